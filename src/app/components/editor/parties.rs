//! The two parties: names, currencies, chart colours, cash on hand and how each discounts
//! the future.

use yew::prelude::*;

use super::choices::RATE_CONVENTIONS;
use super::{group, GroupContext};
use crate::app::edits;
use standoff_core::model::{Party, Side};
use standoff_words::editor::Ed;

/// Renders the group (a plain function rather than a component: see [`super`]).
pub fn parties_group(props: &GroupContext) -> Html {
    let lang = props.state.lang;
    let scenario = &props.state.scenario;
    let body = html! {
        <>
            { party(props, Side::Customer, "customer", lang.t(Ed::TheCustomer), &scenario.customer) }
            { party(props, Side::Vendor, "vendor", lang.t(Ed::TheVendor), &scenario.vendor) }
        </>
    };
    group(lang.t(Ed::TheTwoParties), "group-parties", false, body)
}

fn party(props: &GroupContext, side: Side, path: &str, title: &str, p: &Party) -> Html {
    let lang = props.state.lang;
    html! {
        <fieldset class="item" key={path.to_string()}>
            <legend>{ format!("{title}: {}", p.name) }</legend>
            { props.text(&format!("{path}.name"), lang.t(Ed::Name), "text", &p.name,
                move |s, v| edits::set_party_name(s, side, v)) }
            { props.text(&format!("{path}.currency"), lang.t(Ed::CurrencyISOCodeEGUSD), "text", &p.currency,
                move |s, v| edits::set_party_currency(s, side, v)) }
            { props.text(&format!("{path}.colour"), lang.t(Ed::ChartColour), "color", &p.colour,
                move |s, v| edits::set_party_colour(s, side, v)) }
            { props.number(&format!("{path}.cash_on_hand"), Some(lang.t(Ed::CashOnHand))) }
            { props.number(&format!("{path}.discount_rate"), Some(lang.t(Ed::DiscountRateAnnual))) }
            { props.select(&format!("{path}.rate_convention"), lang.t(Ed::MonthlyRateFromTheAnnualOne), RATE_CONVENTIONS,
                p.rate_convention, move |s, v| edits::set_rate_convention(s, side, v)) }
        </fieldset>
    }
}
