//! The scenario's title and its calendar: start month and horizon.

use yew::prelude::*;

use super::{group, GroupContext};
use crate::app::edits;
use standoff_words::editor::Ed;

/// Renders the group (a plain function rather than a component: see [`super`]).
pub fn timeframe_group(props: &GroupContext) -> Html {
    let lang = props.state.lang;
    let scenario = &props.state.scenario;
    let body = html! {
        <>
            { props.text("title", lang.t(Ed::Title), "text", &scenario.title, edits::set_title) }
            { props.number("start.year", Some(lang.t(Ed::StartYear))) }
            { props.number("start.month", Some(lang.t(Ed::StartMonth112))) }
            { props.number("horizon_months", Some(lang.t(Ed::MonthsSimulated))) }
        </>
    };
    group(
        lang.t(Ed::ScenarioAndTimeframe),
        "group-timeframe",
        false,
        body,
    )
}
