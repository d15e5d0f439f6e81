//! The customer's own operations: data centres, closures and outage risk, other revenue.

use yew::prelude::*;

use super::{group, GroupContext};

/// Renders the group (a plain function rather than a component: see [`super`]).
pub fn operations_group(props: &GroupContext) -> Html {
    let body = html! {
        <>
            { props.number("operations.data_centres", Some("Data centres")) }
            { props.number("operations.closed", Some("Closed")) }
            { props.number("operations.closed_from_month", Some("Closed from month")) }
            { props.number("operations.saving_per_closed_monthly", Some("Saving per closed centre per month")) }
            { props.number("operations.outage_probability_base", Some("Monthly outage probability, nothing closed")) }
            { props.number("operations.outage_probability_per_closed", Some("Added probability per closure")) }
            { props.number("operations.outage_cost", Some("Cost of one major outage")) }
            { props.number("operations.other_ad_revenue_monthly", Some("Other advertisers' revenue per month")) }
        </>
    };
    group("Operations (the customer)", "group-operations", false, body)
}
