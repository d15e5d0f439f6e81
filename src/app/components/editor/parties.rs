//! The two parties: names, currencies, chart colours, cash on hand and how each discounts
//! the future.

use yew::prelude::*;

use super::choices::RATE_CONVENTIONS;
use super::{group, GroupContext};
use crate::app::edits;
use crate::model::{Party, Side};

/// Renders the group (a plain function rather than a component: see [`super`]).
pub fn parties_group(props: &GroupContext) -> Html {
    let scenario = &props.state.scenario;
    let body = html! {
        <>
            { party(props, Side::Customer, "customer", "The customer", &scenario.customer) }
            { party(props, Side::Vendor, "vendor", "The vendor", &scenario.vendor) }
        </>
    };
    group("The two parties", "group-parties", false, body)
}

fn party(props: &GroupContext, side: Side, path: &str, title: &str, p: &Party) -> Html {
    html! {
        <fieldset class="item" key={path.to_string()}>
            <legend>{ format!("{title}: {}", p.name) }</legend>
            { props.text(&format!("{path}.name"), "Name", "text", &p.name,
                move |s, v| edits::set_party_name(s, side, v)) }
            { props.text(&format!("{path}.currency"), "Currency (ISO code, e.g. USD)", "text", &p.currency,
                move |s, v| edits::set_party_currency(s, side, v)) }
            { props.text(&format!("{path}.colour"), "Chart colour", "color", &p.colour,
                move |s, v| edits::set_party_colour(s, side, v)) }
            { props.number(&format!("{path}.cash_on_hand"), Some("Cash on hand")) }
            { props.number(&format!("{path}.discount_rate"), Some("Discount rate (annual)")) }
            { props.select(&format!("{path}.rate_convention"), "Monthly rate from the annual one", RATE_CONVENTIONS,
                p.rate_convention, move |s, v| edits::set_rate_convention(s, side, v)) }
        </fieldset>
    }
}
