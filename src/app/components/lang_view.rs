//! One component type for the parts of the page that read nothing but their props and the
//! language: the timeline, the preset menu, the event log, the compare panel, the bargaining
//! summary, the handout's head and foot, and the editor with each of its groups. Each keeps its
//! props (with their own comparison: an editor group compares only what it reads), its markup
//! and its module; only the component around them is shared.
//!
//! Each Yew component type adds its own copy of Yew's lifecycle code (create, mount, update,
//! compare, destroy: about 1.5 KB raw) to the WebAssembly binary; five types cost five copies
//! (docs/performance.md, "session 5 size"). Yew still skips a part whose props compare equal
//! (a part of another kind never compares equal), so each re-renders exactly when it did as a
//! component of its own; the editor and its groups, which did not read the language from the
//! context, now also re-render when it changes, which changes their props anyway. Every part
//! calls the same one hook, [`use_lang`], so even a component that Yew reused for another kind
//! would call its hooks in the same order.

use yew::prelude::*;

use super::bargaining_summary::{bargaining_summary, BargainingSummaryProps};
use super::compare_panel::{compare_panel, ComparePanelProps};
use super::editor::analysis::{analysis_group, AnalysisGroupContext};
use super::editor::{editor, editor_group, EditorGroupProps, EditorProps};
use super::event_log::{event_log, EventLogProps};
use super::preset_menu::{preset_menu, PresetMenuProps};
use super::print_handout::{handout, HandoutProps};
use super::timeline::{timeline, TimelineProps};
use crate::app::use_lang;

/// Which part, with its props.
#[derive(PartialEq)]
pub enum View {
    Timeline(TimelineProps),
    PresetMenu(PresetMenuProps),
    EventLog(EventLogProps),
    ComparePanel(ComparePanelProps),
    BargainingSummary(BargainingSummaryProps),
    Handout(HandoutProps),
    Editor(EditorProps),
    EditorGroup(EditorGroupProps),
    AnalysisGroup(AnalysisGroupContext),
}

#[derive(Properties, PartialEq)]
pub struct LangViewProps {
    pub view: View,
}

/// A part of the page that reads only its props and the language.
#[function_component]
pub fn LangView(props: &LangViewProps) -> Html {
    let lang = use_lang();
    match &props.view {
        View::Timeline(props) => timeline(lang, props),
        View::PresetMenu(props) => preset_menu(lang, props),
        View::EventLog(props) => event_log(lang, props),
        View::ComparePanel(props) => compare_panel(lang, props),
        View::BargainingSummary(props) => bargaining_summary(lang, props),
        View::Handout(props) => handout(lang, props),
        View::Editor(props) => editor(props),
        View::EditorGroup(props) => editor_group(props),
        View::AnalysisGroup(props) => analysis_group(lang, props),
    }
}
