//! The scenario editor: every term of the scenario and the analysis settings, in collapsible
//! groups as users think of them. Each group lives in its own file; the shared controls live
//! in [`controls`], the drop-down options in [`choices`].
//!
//! The scenario groups render from a [`GroupContext`] through one component, [`EditorGroup`].
//! A group is drawn from its own view of the scenario ([`GroupKind::view`]), so Yew draws it
//! again only when that view, the language, the drafts or the field errors change: a slider in
//! the payment group redraws that group only, not the editor's other seven. The fields inside
//! them are components ([`crate::app::components::param_field::ParamField`]) and skip
//! redrawing when their value did not change. The analysis group is a component of its own:
//! it does not depend on the scenario's values and so is skipped while sliders move.
//!
//! Numbers go through [`crate::app::state::Action::SetParam`] (a rejected entry stays at its
//! field as a draft with the engine's message); text, options, switches and list changes are
//! edits ([`crate::app::edits::Edit`]) sent as [`crate::app::state::Action::Edit`], whose
//! errors are shown at the fields they name. Either way the charts keep the last valid
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
pub mod vendors;

use std::rc::Rc;

use yew::prelude::*;

use crate::app::state::{Action, AppState};
pub use controls::GroupContext;
use standoff_core::model::Scenario;
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
    let state = &props.state;
    let vendor = state.vendor_shown();
    // The groups of a vendor's terms show the vendor chosen, from its own two-party scenario.
    let shown = match vendor {
        0 => None,
        i => state.scenario.vendor_scenario(i),
    };
    let group = |kind: GroupKind| {
        let (source, vendor) = match (&shown, kind.is_vendor_terms()) {
            (Some(alone), true) => (alone, vendor),
            _ => (&*state.scenario, 0),
        };
        let context = GroupContext {
            scenario: Rc::new(kind.view(source)),
            lang: state.lang,
            drafts: state.drafts.clone(),
            errors: state.scenario_errors.clone(),
            on_action: props.on_action.clone(),
            vendor,
        };
        html! { <EditorGroup {kind} {context} /> }
    };
    let (terms, whole): (Vec<GroupKind>, Vec<GroupKind>) = GroupKind::ALL
        .into_iter()
        .partition(|kind| kind.is_vendor_terms());
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
            { for whole.into_iter().map(group) }
            { vendors::vendor_chooser(state, &props.on_action) }
            { for terms.into_iter().map(group) }
            <analysis::AnalysisGroup
                settings={props.state.analysis.clone()}
                parameters={(*parameters).clone()}
                on_action={props.on_action.clone()}
            />
        </div>
    }
}

/// The editor's groups of scenario terms, in page order: the whole scenario's first, then
/// those of one vendor's terms.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GroupKind {
    Timeframe,
    Parties,
    Operations,
    Vendors,
    Contract,
    Payment,
    Reciprocal,
    Retaliation,
    Settlement,
}

impl GroupKind {
    /// Every group, in page order.
    pub const ALL: [GroupKind; 9] = [
        GroupKind::Timeframe,
        GroupKind::Parties,
        GroupKind::Operations,
        GroupKind::Vendors,
        GroupKind::Contract,
        GroupKind::Payment,
        GroupKind::Reciprocal,
        GroupKind::Retaliation,
        GroupKind::Settlement,
    ];

    /// Whether the group shows one vendor's terms ([`standoff_core::model::VendorTerms`]),
    /// which each vendor of the scenario has its own of.
    pub fn is_vendor_terms(self) -> bool {
        matches!(
            self,
            GroupKind::Contract
                | GroupKind::Payment
                | GroupKind::Reciprocal
                | GroupKind::Retaliation
                | GroupKind::Settlement
        )
    }

    /// The scenario as this group sees it: the group's own terms, and the two parties'
    /// currencies that label money fields; every other term stays at its default. The group
    /// is drawn from this view alone, so its props compare equal exactly while nothing the
    /// group can show has changed. A term a group starts to read without its view holding it
    /// shows its default at once, never a value left over from an earlier render.
    pub fn view(self, s: &Scenario) -> Scenario {
        let mut view = Scenario::default();
        view.customer.currency.clone_from(&s.customer.currency);
        view.vendor.currency.clone_from(&s.vendor.currency);
        match self {
            GroupKind::Timeframe => {
                view.title.clone_from(&s.title);
                view.start = s.start;
                view.horizon_months = s.horizon_months;
            }
            GroupKind::Parties => {
                view.customer.clone_from(&s.customer);
                view.vendor.clone_from(&s.vendor);
            }
            GroupKind::Vendors => {
                view.more_vendors.clone_from(&s.more_vendors);
                view.budget.clone_from(&s.budget);
            }
            GroupKind::Contract => view.contract.clone_from(&s.contract),
            GroupKind::Payment => view.payment.clone_from(&s.payment),
            GroupKind::Reciprocal => view.reciprocal.clone_from(&s.reciprocal),
            GroupKind::Retaliation => view.retaliation.clone_from(&s.retaliation),
            GroupKind::Operations => view.operations.clone_from(&s.operations),
            GroupKind::Settlement => view.settlement.clone_from(&s.settlement),
        }
        view
    }
}

#[derive(Properties, PartialEq)]
pub struct EditorGroupProps {
    pub kind: GroupKind,
    pub context: GroupContext,
}

/// One group of the editor.
#[function_component]
pub fn EditorGroup(props: &EditorGroupProps) -> Html {
    let context = &props.context;
    match props.kind {
        GroupKind::Timeframe => timeframe::timeframe_group(context),
        GroupKind::Parties => parties::parties_group(context),
        GroupKind::Vendors => vendors::vendors_group(context),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::edits::{Edit, List};
    use standoff_core::model::presets;

    /// A change to one group's terms changes that group's view only, so Yew draws that group
    /// again and keeps the others; a currency changes every view, since every group
    /// labels money with it.
    #[test]
    fn a_change_shows_in_the_views_of_the_groups_that_show_it() {
        let aws = presets::by_id("twitter-aws-2023")
            .map(|preset| preset.scenario)
            .unwrap_or_default();
        let changed = |edited: &Scenario| -> Vec<GroupKind> {
            GroupKind::ALL
                .into_iter()
                .filter(|kind| kind.view(&aws) != kind.view(edited))
                .collect()
        };
        let mut delayed = aws.clone();
        delayed.payment.delay_days += 1;
        assert_eq!(changed(&delayed), [GroupKind::Payment]);
        let added = Edit::AddListItem(List::ReciprocalLines).apply(&aws);
        assert_eq!(changed(&added), [GroupKind::Reciprocal]);
        let vendor_added = Edit::AddVendor.apply(&aws);
        assert_eq!(changed(&vendor_added), [GroupKind::Vendors]);
        let budgeted = Edit::SetBudgetEnabled(true).apply(&aws);
        assert_eq!(changed(&budgeted), [GroupKind::Vendors]);
        let retitled = Edit::SetTitle("Another".into()).apply(&aws);
        assert_eq!(changed(&retitled), [GroupKind::Timeframe]);
        let renamed = Edit::RenameParty {
            side: standoff_core::model::Side::Vendor,
            name: "Amazon Web Services".into(),
        }
        .apply(&aws);
        assert_eq!(changed(&renamed), [GroupKind::Parties]);
        let euros = Edit::SetCurrency {
            side: standoff_core::model::Side::Customer,
            currency: "EUR".into(),
        }
        .apply(&aws);
        assert_eq!(changed(&euros), GroupKind::ALL);
    }
}
