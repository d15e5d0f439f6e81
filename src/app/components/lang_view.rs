//! One component type for the parts of the page that read nothing but their props and the
//! language: the timeline, the preset menu, the event log, the compare panel and the
//! bargaining summary. Each keeps its props, its markup and its module; only the component
//! around them is shared.
//!
//! Each Yew component type adds its own copy of Yew's lifecycle code (create, mount, update,
//! compare, destroy: about 1.5 KB raw) to the WebAssembly binary; five types cost five copies
//! (docs/performance.md, "session 5 size"). Yew still skips a part whose props compare equal
//! (a part of another kind never compares equal), so each re-renders exactly when it did as a
//! component of its own. Every part calls the same one hook, [`use_lang`], so even a
//! component that Yew reused for another kind would call its hooks in the same order.

use yew::prelude::*;

use super::bargaining_summary::{bargaining_summary, BargainingSummaryProps};
use super::compare_panel::{compare_panel, ComparePanelProps};
use super::event_log::{event_log, EventLogProps};
use super::preset_menu::{preset_menu, PresetMenuProps};
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
    }
}
