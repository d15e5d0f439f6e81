//! How the customer pays: terms, share, delay, a stop and a resume, lump sums, and what
//! lateness costs.

use yew::prelude::*;

use super::choices::INTEREST_MODES;
use super::controls::{add_button, remove_button};
use super::{group, GroupContext};
use crate::app::edits::{Edit, List};
use standoff_words::editor::{item_legend, remove_label, Ed, Item};

/// How the customer pays, with its lump sums.
pub fn payment_group(props: &GroupContext) -> Html {
    let lang = props.lang;
    let payment = &props.scenario.payment;
    let stop_on = payment.stop_from_month.is_some();
    let resume_on = payment.resume_at_month.is_some();
    let body = html! {
        <>
            { props.number("payment.net_days", Some(lang.t(Ed::PaymentTermsNetDays))) }
            { props.number("payment.pay_share", Some(lang.t(Ed::ShareOfEachInvoicePaid))) }
            { props.number("payment.delay_days", Some(lang.t(Ed::PaymentDelay))) }
            { props.checkbox("payment.stop_enabled", lang.t(Ed::TheCustomerStopsPaying), stop_on, Edit::SetStopEnabled) }
            { props.number("payment.stop_from_month", Some(lang.t(Ed::StopPayingFromMonth))) }
            { props.checkbox("payment.resume_enabled", lang.t(Ed::TheCustomerResumesPaying), resume_on, Edit::SetResumeEnabled) }
            { props.number("payment.resume_at_month", Some(lang.t(Ed::ResumePayingAtMonth))) }
            { props.errors_at("payment.resume_at_month") }
            if resume_on {
                { props.checkbox("payment.catch_up_on_resume", lang.t(Ed::OnResumingAlsoPayEveryUnpaid),
                    payment.catch_up_on_resume, Edit::SetCatchUpOnResume) }
            }
            <fieldset class="list" data-testid="lump-sums">
                <legend>{ lang.t(Ed::LumpSumPayments) }</legend>
                <ul class="items">
                    { for payment.lump_sums.iter().enumerate().map(|(i, _)| html! {
                        <li key={format!("payment.lump_sums[{i}]")}>
                            <fieldset class="item">
                                <legend>{ item_legend(lang, Item::LumpSum, i + 1) }</legend>
                                { props.number(&format!("payment.lump_sums[{i}].month"), Some(lang.t(Ed::PaidAtTheEndOfMonth))) }
                                { props.number(&format!("payment.lump_sums[{i}].amount"), Some(lang.t(Ed::Amount))) }
                                { remove_button(lang, remove_label(lang, Item::LumpSum, i + 1),
                                    props.click(Edit::RemoveListItem { list: List::LumpSums, index: i })) }
                            </fieldset>
                        </li>
                    }) }
                </ul>
                { add_button(lang.t(Ed::AddALumpSum), "add-lump-sum", props.click(Edit::AddListItem(List::LumpSums))) }
            </fieldset>
            { props.number("payment.late_interest_monthly", Some(lang.t(Ed::LateInterestPerMonth))) }
            { props.select("payment.interest_mode", lang.t(Ed::LateInterestIs), INTEREST_MODES, payment.interest_mode, Edit::SetInterestMode) }
            { props.checkbox("payment.interest_first", lang.t(Ed::InterestFirst), payment.interest_first, Edit::SetInterestFirst) }
            { props.number("payment.collection_cost_monthly", Some(lang.t(Ed::VendorSCollectionCostPerMonth))) }
            { props.number("payment.claim_recovery", Some(lang.t(Ed::ClaimRecovery))) }
        </>
    };
    group(lang.t(Ed::PaymentBehaviour), "group-payment", true, body)
}
