//! The customer's further vendors (names and order; each starts as a copy of the first
//! vendor's terms), its monthly budget for their bills with the rule that shares it, and the
//! choice of the vendor whose terms the groups below show.

use std::rc::Rc;

use yew::prelude::*;

use super::choices::ALLOCATIONS;
use super::controls::{add_button, event_value, remove_button, Select};
use super::{group, GroupContext};
use crate::app::edits::Edit;
use crate::app::state::{Action, AppState};
use standoff_core::model::{VendorTerms, VENDORS_MAX};
use standoff_words::editor::Ed;

/// The vendors list and the budget.
pub fn vendors_group(props: &GroupContext) -> Html {
    let lang = props.lang;
    let s = &props.scenario;
    let budget = &s.budget;
    let body = html! {
        <>
            <p class="note">{ lang.t(Ed::FirstVendorNote) }</p>
            <fieldset class="list" data-testid="vendors-list">
                <legend>{ lang.t(Ed::FurtherVendors) }</legend>
                <ul class="items">
                    { for s.more_vendors.iter().enumerate().map(|(index, terms)| vendor_row(props, index, terms)) }
                </ul>
                if s.vendor_count() < VENDORS_MAX {
                    { add_button(lang.t(Ed::AddVendor), "add-vendor", props.click(Edit::AddVendor)) }
                }
            </fieldset>
            { props.checkbox("budget.enabled", lang.t(Ed::HasBudget), budget.is_some(), Edit::SetBudgetEnabled) }
            if let Some(budget) = budget {
                { props.number("budget.monthly", None) }
                { props.select("budget.rule", lang.t(Ed::BudgetRule), ALLOCATIONS, budget.rule, Edit::SetAllocation) }
            }
        </>
    };
    group(lang.t(Ed::VendorsAndBudget), "group-vendors", false, body)
}

fn vendor_row(props: &GroupContext, index: usize, terms: &VendorTerms) -> Html {
    let lang = props.lang;
    let path = format!("more_vendors[{index}].vendor.name");
    let name = terms.vendor.name.clone();
    let up = format!("{} {name}", lang.t(Ed::MoveUp));
    // The row's vendor is vendor `index + 1` of the scenario.
    let move_up = props.click(Edit::MoveVendorUp(index.saturating_add(1)));
    html! {
        <li class="item-row" key={path.clone()}>
            { props.text(&path, lang.t(Ed::VendorNameLabel), "text", &name,
                move |name| Edit::RenameVendor { index, name }) }
            <button type="button" class="move" aria-label={up.clone()} title={up} onclick={move_up}>
                { "↑" }
            </button>
            { remove_button(lang, format!("{} {name}", lang.t(Ed::Remove)), props.click(Edit::RemoveVendor(index))) }
        </li>
    }
}

/// With several vendors, the choice of the vendor whose terms the groups below show.
pub fn vendor_chooser(state: &AppState, on_action: &Callback<Action>) -> Html {
    let s = &state.scenario;
    if s.vendor_count() < 2 {
        return Html::default();
    }
    let options: Vec<(AttrValue, AttrValue)> = (0..s.vendor_count())
        .filter_map(|i| {
            let name = s.vendor_name(i)?;
            Some((
                AttrValue::from(i.to_string()),
                AttrValue::from(name.to_string()),
            ))
        })
        .collect();
    let on_action = on_action.clone();
    let onchange = Callback::from(move |event: Event| {
        if let Some(i) = event_value(&event).and_then(|v| v.parse::<usize>().ok()) {
            on_action.emit(Action::ShowVendorTerms(i));
        }
    });
    html! {
        <div class="field vendor-chooser" data-testid="vendor-chooser">
            <label for="vendor-terms">{ state.lang.t(Ed::TermsShownFor) }</label>
            <Select
                dom_id="vendor-terms"
                options={Rc::new(options)}
                selected={AttrValue::from(state.vendor_shown().to_string())}
                {onchange}
                testid="vendor-terms"
            />
        </div>
    }
}
