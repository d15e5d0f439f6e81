//! The line under a chart that reads out the exact values at the month (or bar, or cell)
//! under the mouse or the keyboard cursor. It is a polite live region, so a screen reader
//! speaks each new reading as the arrow keys move.

use yew::prelude::*;

use standoff_words::{Lang, Msg};

/// The readout's markup, with the element id `id` that the chart's `aria-describedby` names;
/// `text` is the reading, `None` shows how to get one. A plain function rather than a
/// component: it changes exactly when its chart renders, so a component of its own would skip
/// no render.
pub fn chart_readout(lang: Lang, id: AttrValue, text: Option<String>) -> Html {
    let text = text.unwrap_or_else(|| lang.t(Msg::ReadoutHint).to_string());
    html! {
        <p {id} class="chart-readout" data-testid="chart-readout" aria-live="polite">
            { text }
        </p>
    }
}
