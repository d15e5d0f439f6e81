//! The two parties: names, currencies, chart colours, cash on hand and how each discounts
//! the future.

use yew::prelude::*;

use super::choices::RATE_CONVENTIONS;
use super::{group, GroupContext};
use crate::app::edits::Edit;
use standoff_core::model::{Party, Side};
use standoff_words::editor::Ed;

/// The two parties, one after the other.
pub fn parties_group(props: &GroupContext) -> Html {
    let lang = props.lang;
    let scenario = &props.scenario;
    let body = html! {
        <>
            { party(props, Side::Customer, "customer", lang.t(Ed::TheCustomer), &scenario.customer) }
            { party(props, Side::Vendor, "vendor", lang.t(Ed::TheVendor), &scenario.vendor) }
        </>
    };
    group(lang.t(Ed::TheTwoParties), "group-parties", false, body)
}

fn party(props: &GroupContext, side: Side, path: &str, title: &str, p: &Party) -> Html {
    let lang = props.lang;
    html! {
        <fieldset class="item" key={path.to_string()}>
            <legend>{ format!("{title}: {}", p.name) }</legend>
            { props.text(&format!("{path}.name"), lang.t(Ed::Name), "text", &p.name,
                move |name| Edit::RenameParty { side, name }) }
            { props.text(&format!("{path}.currency"), lang.t(Ed::CurrencyISOCodeEGUSD), "text", &p.currency,
                move |currency| Edit::SetCurrency { side, currency }) }
            { props.text(&format!("{path}.colour"), lang.t(Ed::ChartColour), "color", &p.colour,
                move |colour| Edit::SetColour { side, colour }) }
            { props.number(&format!("{path}.cash_on_hand"), Some(lang.t(Ed::CashOnHand))) }
            { props.number(&format!("{path}.discount_rate"), Some(lang.t(Ed::DiscountRateAnnual))) }
            { props.select(&format!("{path}.rate_convention"), lang.t(Ed::MonthlyRateFromTheAnnualOne), RATE_CONVENTIONS,
                p.rate_convention, move |convention| Edit::SetRateConvention { side, convention }) }
        </fieldset>
    }
}
