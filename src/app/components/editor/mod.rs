//! The scenario editor: every term of the scenario and the analysis settings, in collapsible
//! groups as users think of them. Each group is one component in its own file; the shared
//! controls live in [`controls`], the drop-down options in [`choices`].
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
pub use controls::GroupProps;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub state: Rc<AppState>,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn Editor(props: &EditorProps) -> Html {
    let group = GroupProps {
        state: props.state.clone(),
        on_action: props.on_action.clone(),
    };
    html! {
        <div class="editor" data-testid="editor">
            <ErrorSummary state={props.state.clone()} />
            <timeframe::TimeframeGroup ..group.clone() />
            <parties::PartiesGroup ..group.clone() />
            <contract::ContractGroup ..group.clone() />
            <payment::PaymentGroup ..group.clone() />
            <reciprocal::ReciprocalGroup ..group.clone() />
            <retaliation::RetaliationGroup ..group.clone() />
            <operations::OperationsGroup ..group.clone() />
            <settlement::SettlementGroup ..group />
            <analysis::AnalysisGroup
                settings={props.state.analysis.clone()}
                parameters={Rc::new(analysis::sweep_parameters(&props.state.scenario))}
                on_action={props.on_action.clone()}
            />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ErrorSummaryProps {
    state: Rc<AppState>,
}

/// A summary of why the last structural edit was not applied, naming each field: the
/// messages also appear at the fields, but a field may sit in a closed group. (No in-page
/// links: the URL fragment holds the scenario link, so `#field` anchors would replace it.)
#[function_component]
fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    let errors = &props.state.scenario_errors;
    if errors.is_empty() {
        return Html::default();
    }
    html! {
        <div class="error-summary" role="alert" data-testid="edit-errors">
            <p>{ "That change was not applied; the charts still show the last valid scenario:" }</p>
            <ul>
                { for errors.iter().enumerate().map(|(i, error)| html! {
                    <li key={i}>
                        <code>{ error.field.clone() }</code>
                        { format!(" = \u{201c}{}\u{201d} {}", error.value, error.message) }
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
