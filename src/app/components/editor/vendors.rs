//! The customer's further vendors (names; each starts as a copy of the first vendor's terms)
//! and its monthly budget for their bills with the rule that shares it.

use yew::prelude::*;

use super::choices::ALLOCATIONS;
use super::controls::{add_button, remove_button};
use super::{group, GroupContext};
use crate::app::edits::Edit;
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
    html! {
        <li class="item-row" key={path.clone()}>
            { props.text(&path, lang.t(Ed::VendorNameLabel), "text", &name,
                move |name| Edit::RenameVendor { index, name }) }
            { remove_button(lang, format!("{} {name}", lang.t(Ed::Remove)), props.click(Edit::RemoveVendor(index))) }
        </li>
    }
}
