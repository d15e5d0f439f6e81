//! The customer's own operations: data centres, closures and outage risk, other revenue.

use yew::prelude::*;

use super::{group, GroupContext};
use standoff_words::editor::Ed;

/// The customer's operations.
pub fn operations_group(props: &GroupContext) -> Html {
    let lang = props.lang;
    let body = html! {
        <>
            { props.number("operations.data_centres", Some(lang.t(Ed::DataCentres))) }
            { props.number("operations.closed", Some(lang.t(Ed::Closed))) }
            { props.number("operations.closed_from_month", Some(lang.t(Ed::ClosedFromMonth))) }
            { props.number("operations.saving_per_closed_monthly", Some(lang.t(Ed::SavingPerClosedCentrePerMonth))) }
            { props.number("operations.outage_probability_base", Some(lang.t(Ed::MonthlyOutageProbabilityNothingClosed))) }
            { props.number("operations.outage_probability_per_closed", Some(lang.t(Ed::AddedProbabilityPerClosure))) }
            { props.number("operations.outage_cost", Some(lang.t(Ed::CostOfOneMajorOutage))) }
            { props.number("operations.other_ad_revenue_monthly", Some(lang.t(Ed::OtherAdvertisersRevenuePerMonth))) }
        </>
    };
    group(
        lang.t(Ed::OperationsTheCustomer),
        "group-operations",
        false,
        body,
    )
}
