//! How the customer pays: terms, share, delay, a stop and a resume, lump sums, and what
//! lateness costs.

use yew::prelude::*;

use super::choices::INTEREST_MODES;
use super::controls::{add_button, remove_button};
use super::{group, GroupContext};
use crate::app::edits;

/// Renders the group (a plain function rather than a component: see [`super`]).
pub fn payment_group(props: &GroupContext) -> Html {
    let payment = &props.state.scenario.payment;
    let stop_on = payment.stop_from_month.is_some();
    let resume_on = payment.resume_at_month.is_some();
    let body = html! {
        <>
            { props.number("payment.net_days", Some("Payment terms (net days)")) }
            { props.number("payment.pay_share", Some("Share of each invoice paid")) }
            { props.number("payment.delay_days", Some("Payment delay")) }
            { props.checkbox("payment.stop_enabled", "The customer stops paying", stop_on, edits::set_stop_enabled) }
            { props.number("payment.stop_from_month", Some("Stop paying from month")) }
            { props.checkbox("payment.resume_enabled", "The customer resumes paying", resume_on, edits::set_resume_enabled) }
            { props.number("payment.resume_at_month", Some("Resume paying at month")) }
            { props.errors_at("payment.resume_at_month") }
            if resume_on {
                { props.checkbox("payment.catch_up_on_resume", "On resuming, also pay every unpaid invoice",
                    payment.catch_up_on_resume, edits::set_catch_up_on_resume) }
            }
            <fieldset class="list" data-testid="lump-sums">
                <legend>{ "Lump-sum payments" }</legend>
                <ul class="items">
                    { for payment.lump_sums.iter().enumerate().map(|(i, _)| html! {
                        <li key={format!("payment.lump_sums[{i}]")}>
                            <fieldset class="item">
                                <legend>{ format!("Lump sum {}", i + 1) }</legend>
                                { props.number(&format!("payment.lump_sums[{i}].month"), Some("Paid at the end of month")) }
                                { props.number(&format!("payment.lump_sums[{i}].amount"), Some("Amount")) }
                                { remove_button(format!("Remove lump sum {}", i + 1),
                                    props.click(move |s| edits::remove_lump_sum(s, i))) }
                            </fieldset>
                        </li>
                    }) }
                </ul>
                { add_button("Add a lump sum", "add-lump-sum", props.click(edits::add_lump_sum)) }
            </fieldset>
            { props.number("payment.late_interest_monthly", Some("Late interest per month")) }
            { props.select("payment.interest_mode", "Late interest is", INTEREST_MODES, payment.interest_mode, edits::set_interest_mode) }
            { props.number("payment.collection_cost_monthly", Some("Vendor's collection cost per month")) }
        </>
    };
    group("Payment behaviour", "group-payment", true, body)
}
