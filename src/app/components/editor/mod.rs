//! The scenario editor: every term of the scenario and the analysis settings, in collapsible
//! groups as users think of them. Each group lives in its own file; the shared controls live
//! in [`controls`], the drop-down options in [`choices`].
//!
//! The scenario groups are plain functions that render from a [`GroupContext`], not
//! components: they hold no state, every change of the scenario redraws them anyway, and each
//! Yew component type adds its own copy of Yew's lifecycle code to the WebAssembly binary.
//! The fields inside them are components ([`crate::app::components::param_field::ParamField`])
//! and skip redrawing when their value did not change. The analysis group stays a component
//! because it does not depend on the scenario's values and so is skipped while sliders move.
//!
//! Numbers go through [`crate::app::state::Action::SetParam`] (a rejected entry stays at its
//! field as a draft with the engine's message); text, options, switches and list changes are
//! pure edits ([`crate::app::edits`]) sent as [`crate::app::state::Action::EditScenario`],
//! whose errors are shown at the fields they name. Either way the charts keep the last valid
//! scenario.

pub mod analysis;
pub mod choices;
pub mod contract;
pub mod controls;
pub mod operations;
pub mod parties;
pub mod payment;
pub mod reciprocal;
pub mod retaliation;
pub mod settlement;
pub mod timeframe;

use std::rc::Rc;

use yew::prelude::*;

use crate::app::state::{Action, AppState};
use crate::i18n::editor::Ed;
use crate::i18n::format::quoted;
use crate::i18n::params::field_error_message;
pub use controls::GroupContext;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub state: Rc<AppState>,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn Editor(props: &EditorProps) -> Html {
    let context = GroupContext {
        state: props.state.clone(),
        on_action: props.on_action.clone(),
    };
    html! {
        <div class="editor" data-testid="editor">
            { error_summary(&props.state) }
            { timeframe::timeframe_group(&context) }
            { parties::parties_group(&context) }
            { contract::contract_group(&context) }
            { payment::payment_group(&context) }
            { reciprocal::reciprocal_group(&context) }
            { retaliation::retaliation_group(&context) }
            { operations::operations_group(&context) }
            { settlement::settlement_group(&context) }
            <analysis::AnalysisGroup
                settings={props.state.analysis.clone()}
                parameters={Rc::new(analysis::sweep_parameters(props.state.lang, &props.state.scenario))}
                on_action={props.on_action.clone()}
            />
        </div>
    }
}

/// A summary of why the last structural edit was not applied, naming each field: the
/// messages also appear at the fields, but a field may sit in a closed group. (No in-page
/// links: the URL fragment holds the scenario link, so `#field` anchors would replace it.)
fn error_summary(state: &AppState) -> Html {
    let errors = &state.scenario_errors;
    if errors.is_empty() {
        return Html::default();
    }
    let lang = state.lang;
    html! {
        <div class="error-summary" role="alert" data-testid="edit-errors">
            <p>{ lang.t(Ed::ThatChangeWasNotAppliedThe) }</p>
            <ul>
                { for errors.iter().enumerate().map(|(i, error)| html! {
                    <li key={i}>
                        <code>{ error.field.clone() }</code>
                        { format!(" = {} {}", quoted(lang, &error.value), field_error_message(lang, &state.scenario, error)) }
                    </li>
                }) }
            </ul>
        </div>
    }
}

/// A collapsible group: a `<details>` whose summary is the title, around a `<fieldset>` whose
/// legend repeats it for screen readers (hidden on screen, where the summary says it).
/// `open` sets only the initial state; the user's opening and closing is kept across renders.
pub fn group(title: &str, testid: &str, open: bool, body: Html) -> Html {
    html! {
        <details class="group" data-testid={testid.to_string()} {open}>
            <summary>{ title.to_string() }</summary>
            <fieldset class="group-body">
                <legend class="visually-hidden">{ title.to_string() }</legend>
                { body }
            </fieldset>
        </details>
    }
}
