//! The flows from the vendor to the customer (advertising, data licensing, other revenue):
//! the customer's leverage.

use yew::prelude::*;

use super::choices::{FLOW_KINDS, FREQUENCIES};
use super::controls::{add_button, remove_button};
use super::{group, GroupContext};
use crate::app::edits;

/// Renders the group (a plain function rather than a component: see [`super`]).
pub fn reciprocal_group(props: &GroupContext) -> Html {
    let lines = &props.state.scenario.reciprocal;
    let body = html! {
        <>
            if lines.is_empty() {
                <p class="note">{ "The vendor buys nothing from the customer." }</p>
            }
            <ul class="items" data-testid="reciprocal-lines">
                { for lines.iter().enumerate().map(|(i, line)| {
                    let path = format!("reciprocal[{i}]");
                    html! {
                        <li key={path.clone()}>
                            <fieldset class="item" data-testid="reciprocal-line">
                                <legend>{ format!("Line {}: {}", i + 1, line.label) }</legend>
                                { props.text(&format!("{path}.label"), "Label", "text", &line.label,
                                    move |s, v| edits::set_line_label(s, i, v)) }
                                { props.select(&format!("{path}.kind"), "Kind", FLOW_KINDS, line.kind,
                                    move |s, v| edits::set_line_kind(s, i, v)) }
                                { props.number(&format!("{path}.amount"), Some("Amount per period")) }
                                { props.select(&format!("{path}.frequency"), "Invoiced", FREQUENCIES, line.frequency,
                                    move |s, v| edits::set_line_frequency(s, i, v)) }
                                { props.number(&format!("{path}.net_days"), Some("Vendor pays after (net days)")) }
                                { remove_button(format!("Remove line {} ({})", i + 1, line.label),
                                    props.click(move |s| edits::remove_reciprocal_line(s, i))) }
                            </fieldset>
                        </li>
                    }
                }) }
            </ul>
            { props.errors_at("reciprocal") }
            { add_button("Add a line", "add-reciprocal-line", props.click(edits::add_reciprocal_line)) }
        </>
    };
    group(
        "Reciprocal flows (vendor → customer)",
        "group-reciprocal",
        false,
        body,
    )
}
