//! The committed-spend contract: commitment, term, ramp, discount, usage and true-ups.

use yew::prelude::*;

use super::choices::TRUEUP_BASES;
use super::controls::{add_button, remove_button};
use super::{group, GroupContext};
use crate::app::edits;

/// Renders the group (a plain function rather than a component: see [`super`]).
pub fn contract_group(props: &GroupContext) -> Html {
    let contract = &props.state.scenario.contract;
    let years = contract.term_months.div_ceil(12);
    let ramp = if contract.ramp.is_empty() {
        html! { <p class="note">{ "Flat schedule: the same commitment every month." }</p> }
    } else {
        html! {
            <ul class="items" aria-label="Ramp weights, one per contract year">
                { for contract.ramp.iter().enumerate().map(|(i, _)| html! {
                    <li key={format!("contract.ramp[{i}]")} class="item-row">
                        { props.number(&format!("contract.ramp[{i}]"), None) }
                        { remove_button(format!("Remove contract year {} from the ramp", i + 1),
                            props.click(move |s| edits::remove_ramp_year(s, i))) }
                    </li>
                }) }
            </ul>
        }
    };
    let changes = &contract.usage.changes;
    let body = html! {
        <>
            { props.number("contract.total_commitment", Some("Total commitment")) }
            { props.number("contract.term_months", Some("Term")) }
            { props.number("contract.discount", Some("Discount on list price")) }
            <fieldset class="list" data-testid="ramp">
                <legend>{ format!("Ramp: weight of each contract year ({years} for this term)") }</legend>
                { ramp }
                { props.errors_at("contract.ramp") }
                { add_button(if contract.ramp.is_empty() { "Use a ramp" } else { "Add a contract year" },
                    "add-ramp-year", props.click(edits::add_ramp_year)) }
            </fieldset>
            { props.number("contract.usage.start_share", Some("Usage at the start")) }
            <fieldset class="list" data-testid="usage-changes">
                <legend>{ "Usage changes" }</legend>
                <ul class="items">
                    { for changes.iter().enumerate().map(|(i, _)| html! {
                        <li key={format!("contract.usage.changes[{i}]")}>
                            <fieldset class="item">
                                <legend>{ format!("Usage change {}", i + 1) }</legend>
                                { props.number(&format!("contract.usage.changes[{i}].month"), Some("From month")) }
                                { props.number(&format!("contract.usage.changes[{i}].share"), Some("Usage share")) }
                                { remove_button(format!("Remove usage change {}", i + 1),
                                    props.click(move |s| edits::remove_usage_change(s, i))) }
                            </fieldset>
                        </li>
                    }) }
                </ul>
                { add_button("Add a usage change", "add-usage-change", props.click(edits::add_usage_change)) }
            </fieldset>
            { props.select("contract.trueup", "True-up of the shortfall", TRUEUP_BASES, contract.trueup, edits::set_trueup) }
            { props.checkbox("contract.carry_forward", "Usage above a period's commitment counts towards the next",
                contract.carry_forward, edits::set_carry_forward) }
        </>
    };
    group("The contract", "group-contract", false, body)
}
