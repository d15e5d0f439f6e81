//! The committed-spend contract: commitment, term, ramp, discount, usage and true-ups.

use yew::prelude::*;

use super::choices::TRUEUP_BASES;
use super::controls::{add_button, remove_button};
use super::{group, GroupContext};
use crate::app::edits::{Edit, List};
use standoff_words::editor::{item_legend, ramp_legend, remove_label, Ed, Item};

/// The contract's fields, its ramp and its usage changes.
pub fn contract_group(props: &GroupContext) -> Html {
    let lang = props.lang;
    let contract = &props.scenario.contract;
    let years = contract.term_months.div_ceil(12);
    let ramp = if contract.ramp.is_empty() {
        html! { <p class="note">{ lang.t(Ed::FlatScheduleTheSameCommitmentEvery) }</p> }
    } else {
        html! {
            <ul class="items" aria-label={lang.t(Ed::RampWeightsOnePerContractYear)}>
                { for contract.ramp.iter().enumerate().map(|(i, _)| html! {
                    <li key={format!("contract.ramp[{i}]")} class="item-row">
                        { props.number(&format!("contract.ramp[{i}]"), None) }
                        { remove_button(lang, remove_label(lang, Item::RampYear, i + 1),
                            props.click(Edit::RemoveListItem { list: List::Ramp, index: i })) }
                    </li>
                }) }
            </ul>
        }
    };
    let changes = &contract.usage.changes;
    let body = html! {
        <>
            { props.number("contract.total_commitment", Some(lang.t(Ed::TotalCommitment))) }
            { props.number("contract.term_months", Some(lang.t(Ed::Term))) }
            { props.number("contract.discount", Some(lang.t(Ed::DiscountOnListPrice))) }
            <fieldset class="list" data-testid="ramp">
                <legend>{ ramp_legend(lang, years) }</legend>
                { ramp }
                { props.errors_at("contract.ramp") }
                { add_button(if contract.ramp.is_empty() { lang.t(Ed::UseARamp) } else { lang.t(Ed::AddAContractYear) },
                    "add-ramp-year", props.click(Edit::AddListItem(List::Ramp))) }
            </fieldset>
            { props.number("contract.usage.start_share", Some(lang.t(Ed::UsageAtTheStart))) }
            <fieldset class="list" data-testid="usage-changes">
                <legend>{ lang.t(Ed::UsageChanges) }</legend>
                <ul class="items">
                    { for changes.iter().enumerate().map(|(i, _)| html! {
                        <li key={format!("contract.usage.changes[{i}]")}>
                            <fieldset class="item">
                                <legend>{ item_legend(lang, Item::UsageChange, i + 1) }</legend>
                                { props.number(&format!("contract.usage.changes[{i}].month"), Some(lang.t(Ed::FromMonth))) }
                                { props.number(&format!("contract.usage.changes[{i}].share"), Some(lang.t(Ed::UsageShare))) }
                                { remove_button(lang, remove_label(lang, Item::UsageChange, i + 1),
                                    props.click(Edit::RemoveListItem { list: List::UsageChanges, index: i })) }
                            </fieldset>
                        </li>
                    }) }
                </ul>
                { add_button(lang.t(Ed::AddAUsageChange), "add-usage-change", props.click(Edit::AddListItem(List::UsageChanges))) }
            </fieldset>
            { props.select("contract.trueup", lang.t(Ed::TrueUpOfTheShortfall), TRUEUP_BASES, contract.trueup, Edit::SetTrueUp) }
            { props.checkbox("contract.carry_forward", lang.t(Ed::UsageAboveAPeriodSCommitment),
                contract.carry_forward, Edit::SetCarryForward) }
        </>
    };
    group(lang.t(Ed::TheContract), "group-contract", false, body)
}
