//! The scenario's title and its calendar: start month and horizon.

use yew::prelude::*;

use super::{group, GroupContext};
use crate::app::edits::Edit;
use standoff_words::editor::Ed;

/// The title, start month and horizon fields.
pub fn timeframe_group(props: &GroupContext) -> Html {
    let lang = props.lang;
    let scenario = &props.scenario;
    let body = html! {
        <>
            { props.text("title", lang.t(Ed::Title), "text", &scenario.title, Edit::SetTitle) }
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
