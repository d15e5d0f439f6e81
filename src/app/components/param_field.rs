//! One numeric parameter: a slider and an editable number kept in step, with its unit, its
//! range, and the engine's message at the field when an entry cannot be used.

use rust_decimal::Decimal;
use yew::prelude::*;

use crate::app::state::{Action, Draft};
use crate::model::{ParamSpec, Unit};

#[derive(Properties, PartialEq)]
pub struct ParamFieldProps {
    pub spec: ParamSpec,
    /// The value in the last valid scenario.
    pub value: Decimal,
    /// A rejected entry, shown instead of the value until corrected.
    #[prop_or_default]
    pub draft: Option<Draft>,
    pub on_action: Callback<Action>,
}

/// A DOM id derived from a parameter id (`reciprocal[1].amount` → `p-reciprocal-1--amount`).
pub fn field_dom_id(param_id: &str) -> String {
    let mut id = String::from("p-");
    for c in param_id.chars() {
        id.push(if c.is_ascii_alphanumeric() { c } else { '-' });
    }
    id
}

/// The unit shown beside the number.
pub fn unit_label(unit: Unit, currency: &str) -> String {
    match unit {
        Unit::Money => currency.to_string(),
        Unit::Percent | Unit::Probability => "fraction (0.015 = 1.5 %)".to_string(),
        Unit::Ratio => "× commitment".to_string(),
        Unit::Days => "days".to_string(),
        Unit::Months => "months".to_string(),
        Unit::MonthIndex => "month #".to_string(),
        Unit::Count => "count".to_string(),
        Unit::Year => "year".to_string(),
        Unit::CalendarMonth => "month (1–12)".to_string(),
    }
}

#[function_component]
pub fn ParamField(props: &ParamFieldProps) -> Html {
    let spec = &props.spec;
    let on_input = {
        let on_action = props.on_action.clone();
        let id = spec.id.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            on_action.emit(Action::SetParam {
                id: id.clone(),
                text: input.value(),
            });
        })
    };
    let dom_id = field_dom_id(&spec.id);
    let help_id = format!("{dom_id}-help");
    let number_text = props.draft.as_ref().map_or_else(
        || props.value.normalize().to_string(),
        |draft| draft.text.clone(),
    );
    let slider_value = props
        .value
        .clamp(spec.min, spec.max)
        .normalize()
        .to_string();
    let invalid = props.draft.is_some();
    // The number box accepts any text so that a bad entry reaches the reducer and gets a
    // message; the browser's own validation would silently drop it.
    html! {
        <div class="field" data-param={spec.id.clone()}>
            <label for={dom_id.clone()}>{ spec.label.clone() }</label>
            <div class="control-row">
                <input
                    type="range"
                    id={format!("{dom_id}-slider")}
                    min={spec.min.normalize().to_string()}
                    max={spec.max.normalize().to_string()}
                    step={spec.step.normalize().to_string()}
                    value={slider_value}
                    aria-label={format!("{} (slider)", spec.label)}
                    oninput={on_input.clone()}
                />
                <input
                    type="text"
                    id={dom_id}
                    inputmode="decimal"
                    value={number_text}
                    aria-invalid={invalid.to_string()}
                    aria-describedby={help_id.clone()}
                    oninput={on_input}
                />
            </div>
            if let Some(draft) = props.draft.clone() {
                <p class="error" id={help_id} role="alert">{ draft.message }</p>
            } else {
                <p class="hint" id={help_id}>{ range_hint(spec) }</p>
            }
        </div>
    }
}

fn range_hint(spec: &ParamSpec) -> String {
    let unit = unit_label(spec.unit, "");
    let value = |v: Decimal| v.normalize().to_string();
    format!("{} to {} {}", value(spec.min), value(spec.max), unit)
        .trim_end()
        .to_string()
}
