//! The customer's payment delay: a slider and an editable number kept in step.

use yew::prelude::*;

use crate::app::state::{Action, MAX_DELAY_DAYS};

/// The slider stops at two years; longer delays can still be typed in the number box.
const SLIDER_MAX_DAYS: u32 = 730;

#[derive(Properties, PartialEq)]
pub struct DelayControlProps {
    pub days: u32,
    pub error: Option<String>,
    pub on_action: Callback<Action>,
}

/// Turns what the user typed into an action: a valid delay, or a rejection naming the range.
pub fn parse_delay_input(text: &str) -> Action {
    match text.trim().parse::<u32>() {
        Ok(days) => Action::SetDelayDays(days),
        Err(_) => Action::RejectDelayInput(text.to_string()),
    }
}

#[function_component]
pub fn DelayControl(props: &DelayControlProps) -> Html {
    let on_input = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            on_action.emit(parse_delay_input(&input.value()));
        })
    };
    let invalid = props.error.is_some();
    html! {
        <div class="field">
            <label for="delay-days">{ "Payment delay" }</label>
            <div class="control-row">
                <input
                    id="delay-slider"
                    type="range"
                    min="0"
                    max={SLIDER_MAX_DAYS.to_string()}
                    step="1"
                    value={props.days.min(SLIDER_MAX_DAYS).to_string()}
                    aria-label="Payment delay in days (slider)"
                    oninput={on_input.clone()}
                />
                <input
                    id="delay-days"
                    type="number"
                    min="0"
                    max={MAX_DELAY_DAYS.to_string()}
                    step="1"
                    inputmode="numeric"
                    value={props.days.to_string()}
                    aria-invalid={invalid.to_string()}
                    aria-describedby="delay-help"
                    oninput={on_input}
                />
                <span class="unit">{ "days" }</span>
            </div>
            if let Some(error) = props.error.clone() {
                <p class="error" id="delay-help" role="alert">{ error }</p>
            } else {
                <p class="unit" id="delay-help">{ format!("How long after the due date the customer pays, 0 to {MAX_DELAY_DAYS} days.") }</p>
            }
        </div>
    }
}
