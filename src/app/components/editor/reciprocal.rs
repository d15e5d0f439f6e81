//! The flows from the vendor to the customer (advertising, data licensing, other revenue):
//! the customer's leverage.

use yew::prelude::*;

use super::choices::{FLOW_KINDS, FREQUENCIES};
use super::controls::{add_button, remove_button};
use super::{group, GroupContext};
use crate::app::edits::{Edit, List};
use standoff_words::editor::{line_texts, Ed};

/// The reciprocal lines, each with its fields.
pub fn reciprocal_group(props: &GroupContext) -> Html {
    let lang = props.lang;
    let lines = &props.scenario.reciprocal;
    let body = html! {
        <>
            if lines.is_empty() {
                <p class="note">{ lang.t(Ed::TheVendorBuysNothingFromThe) }</p>
            }
            <ul class="items" data-testid="reciprocal-lines">
                { for lines.iter().enumerate().map(|(i, line)| {
                    let path = format!("reciprocal[{i}]");
                    html! {
                        <li key={path.clone()}>
                            <fieldset class="item" data-testid="reciprocal-line">
                                <legend>{ line_texts(lang, i + 1, &line.label).0 }</legend>
                                { props.text(&format!("{path}.label"), lang.t(Ed::Label), "text", &line.label,
                                    move |label| Edit::SetLineLabel { index: i, label }) }
                                { props.select(&format!("{path}.kind"), lang.t(Ed::Kind), FLOW_KINDS, line.kind,
                                    move |kind| Edit::SetLineKind { index: i, kind }) }
                                { props.number(&format!("{path}.amount"), Some(lang.t(Ed::AmountPerPeriod))) }
                                { props.select(&format!("{path}.frequency"), lang.t(Ed::Invoiced), FREQUENCIES, line.frequency,
                                    move |frequency| Edit::SetLineFrequency { index: i, frequency }) }
                                { props.number(&format!("{path}.net_days"), Some(lang.t(Ed::VendorPaysAfterNetDays))) }
                                { props.number(&format!("{path}.value_to_vendor"), Some(lang.t(Ed::ValueToVendor))) }
                                { remove_button(lang, line_texts(lang, i + 1, &line.label).1,
                                    props.click(Edit::RemoveListItem { list: List::ReciprocalLines, index: i })) }
                            </fieldset>
                        </li>
                    }
                }) }
            </ul>
            { props.errors_at("reciprocal") }
            { add_button(lang.t(Ed::AddALine), "add-reciprocal-line", props.click(Edit::AddListItem(List::ReciprocalLines))) }
        </>
    };
    group(
        lang.t(Ed::ReciprocalFlowsVendorCustomer),
        "group-reciprocal",
        false,
        body,
    )
}
