//! The scenario editor: every term of the scenario and the analysis settings, in collapsible
//! groups as users think of them. Each group lives in its own file; the shared controls live
//! in [`controls`], the drop-down options in [`choices`].
//!
//! The scenario groups are plain functions that render from a [`GroupContext`], wrapped in
//! one component, [`EditorGroup`], whose props compare equal while the part of the state that
//! group reads is unchanged ([`GroupReads`]): a slider in the payment group re-renders that
//! group only, not the editor's other seven (one component type for the eight groups, because
//! each Yew component type adds its own copy of Yew's lifecycle code to the WebAssembly
//! binary). The fields inside them are components
//! ([`crate::app::components::param_field::ParamField`]) and skip redrawing when their value
//! did not change. The analysis group is a component of its own: it does not depend on the
//! scenario's values and so is skipped while sliders move.
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
pub use controls::GroupContext;
use standoff_core::model::{
    Contract, Operations, Party, Payment, ReciprocalLine, RetaliationRule, Settlement, YearMonth,
};
use standoff_words::editor::Ed;
use standoff_words::format::quoted;
use standoff_words::params::field_error_message;

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
    // The sweep's axes (every parameter's id and label) are listed again only when the
    // scenario's parameters or the language change, not when a value moves.
    let parameters = use_memo(
        analysis::ParamListKey {
            lang: props.state.lang,
            scenario: props.state.scenario.clone(),
        },
        |key| Rc::new(analysis::sweep_parameters(key.lang, &key.scenario)),
    );
    html! {
        <div class="editor" data-testid="editor">
            { error_summary(&props.state) }
            <EditorGroup kind={GroupKind::Timeframe} context={context.clone()} />
            <EditorGroup kind={GroupKind::Parties} context={context.clone()} />
            <EditorGroup kind={GroupKind::Contract} context={context.clone()} />
            <EditorGroup kind={GroupKind::Payment} context={context.clone()} />
            <EditorGroup kind={GroupKind::Reciprocal} context={context.clone()} />
            <EditorGroup kind={GroupKind::Retaliation} context={context.clone()} />
            <EditorGroup kind={GroupKind::Operations} context={context.clone()} />
            <EditorGroup kind={GroupKind::Settlement} context={context} />
            <analysis::AnalysisGroup
                settings={props.state.analysis.clone()}
                parameters={(*parameters).clone()}
                on_action={props.on_action.clone()}
            />
        </div>
    }
}

/// The editor's groups of scenario terms, in page order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GroupKind {
    Timeframe,
    Parties,
    Contract,
    Payment,
    Reciprocal,
    Retaliation,
    Operations,
    Settlement,
}

/// What a group shows of the scenario: its own terms, and the currency that labels its
/// money fields. Besides these, every group reads the language, the drafts and the field
/// errors (compared whole: they are empty nearly always). Field labels come from the group's
/// own terms (a reciprocal line's label names its fields), ranges are fixed.
#[derive(PartialEq)]
enum GroupReads<'a> {
    Timeframe(&'a str, &'a YearMonth, u32),
    Parties(&'a Party, &'a Party),
    Contract(&'a Contract, &'a str),
    Payment(&'a Payment, &'a str),
    Reciprocal(&'a [ReciprocalLine], &'a str),
    Retaliation(&'a [RetaliationRule], &'a str),
    Operations(&'a Operations, &'a str),
    Settlement(&'a Option<Settlement>, &'a str),
}

impl GroupKind {
    fn reads(self, state: &AppState) -> GroupReads<'_> {
        let s = &state.scenario;
        // Money fields are labelled with the customer's currency, except the vendor's own
        // figures, which are in the parties group with the vendor's whole record.
        let customer = s.customer.currency.as_str();
        match self {
            GroupKind::Timeframe => GroupReads::Timeframe(&s.title, &s.start, s.horizon_months),
            GroupKind::Parties => GroupReads::Parties(&s.customer, &s.vendor),
            GroupKind::Contract => GroupReads::Contract(&s.contract, customer),
            GroupKind::Payment => GroupReads::Payment(&s.payment, customer),
            GroupKind::Reciprocal => GroupReads::Reciprocal(&s.reciprocal, customer),
            GroupKind::Retaliation => GroupReads::Retaliation(&s.retaliation, customer),
            GroupKind::Operations => GroupReads::Operations(&s.operations, customer),
            GroupKind::Settlement => GroupReads::Settlement(&s.settlement, customer),
        }
    }
}

#[derive(Properties)]
pub struct EditorGroupProps {
    pub kind: GroupKind,
    pub context: GroupContext,
}

/// Equal while everything the group reads is: then Yew keeps the group as it is.
impl PartialEq for EditorGroupProps {
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (&self.context.state, &other.context.state);
        self.kind == other.kind
            && self.context.on_action == other.context.on_action
            && (Rc::ptr_eq(a, b)
                || (a.lang == b.lang
                    && a.drafts == b.drafts
                    && a.scenario_errors == b.scenario_errors
                    && self.kind.reads(a) == other.kind.reads(b)))
    }
}

/// One group of the editor.
#[function_component]
pub fn EditorGroup(props: &EditorGroupProps) -> Html {
    let context = &props.context;
    match props.kind {
        GroupKind::Timeframe => timeframe::timeframe_group(context),
        GroupKind::Parties => parties::parties_group(context),
        GroupKind::Contract => contract::contract_group(context),
        GroupKind::Payment => payment::payment_group(context),
        GroupKind::Reciprocal => reciprocal::reciprocal_group(context),
        GroupKind::Retaliation => retaliation::retaliation_group(context),
        GroupKind::Operations => operations::operations_group(context),
        GroupKind::Settlement => settlement::settlement_group(context),
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
                        { format!(" = {} {}", quoted(lang, &error.value), field_error_message(lang, error)) }
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
