//! The line under a chart that reads out the exact values at the month (or bar, or cell)
//! under the mouse or the keyboard cursor. It is a polite live region, so a screen reader
//! speaks each new reading as the arrow keys move.

use yew::prelude::*;

use crate::app::use_lang;
use standoff_words::Msg;

#[derive(Properties, PartialEq)]
pub struct ChartReadoutProps {
    /// The element id that the chart's `aria-describedby` names.
    pub id: AttrValue,
    /// The reading; `None` shows how to get one.
    #[prop_or_default]
    pub text: Option<String>,
}

#[function_component]
pub fn ChartReadout(props: &ChartReadoutProps) -> Html {
    let lang = use_lang();
    let text = match &props.text {
        Some(text) => text.clone(),
        None => lang.t(Msg::ReadoutHint).to_string(),
    };
    html! {
        <p id={props.id.clone()} class="chart-readout" data-testid="chart-readout" aria-live="polite">
            { text }
        </p>
    }
}
