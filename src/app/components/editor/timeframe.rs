//! The scenario's title and its calendar: start month and horizon.

use yew::prelude::*;

use super::{group, GroupContext};
use crate::app::edits;

/// Renders the group (a plain function rather than a component: see [`super`]).
pub fn timeframe_group(props: &GroupContext) -> Html {
    let scenario = &props.state.scenario;
    let body = html! {
        <>
            { props.text("title", "Title", "text", &scenario.title, edits::set_title) }
            { props.number("start.year", Some("Start year")) }
            { props.number("start.month", Some("Start month (1–12)")) }
            { props.number("horizon_months", Some("Months simulated")) }
        </>
    };
    group("Scenario and timeframe", "group-timeframe", false, body)
}
