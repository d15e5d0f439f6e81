//! The line under a chart that reads out the exact values at the month (or bar, or cell)
//! under the mouse or the keyboard cursor. It is a polite live region, so a screen reader
//! speaks each new reading as the arrow keys move.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartReadoutProps {
    pub id: AttrValue,
    /// The reading; `None` shows how to get one.
    pub text: Option<String>,
}

#[function_component]
pub fn ChartReadout(props: &ChartReadoutProps) -> Html {
    let text = props.text.clone().unwrap_or_else(|| {
        "Point at the chart, or focus it and use the arrow keys, for exact values.".to_string()
    });
    html! {
        <p id={props.id.clone()} class="chart-readout" data-testid="chart-readout" aria-live="polite">
            { text }
        </p>
    }
}
