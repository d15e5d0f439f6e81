//! One numeric parameter: a slider and an editable number kept in step, with its unit, its
//! range, and the engine's message at the field when an entry cannot be used.
//!
//! Money is shown grouped in thousands with the currency beside the box; fractions stay
//! fractions in the box with their percentage beside it (see [`crate::app::field_text`]);
//! the slider is linear for small ranges and stepped-logarithmic for money (see
//! [`crate::app::slider_scale`]).

use rust_decimal::Decimal;
use yew::prelude::*;

use crate::app::field_text::{display_value, is_fraction, percent_readout, range_hint, unit_label};
use crate::app::slider_scale::SliderScale;
use crate::app::state::{parse_number_in, Action, Draft};
use crate::app::use_lang;
use standoff_core::model::{vendor_param, ParamSpec, Unit};
use standoff_words::{Lang, Msg};

#[derive(Properties, PartialEq)]
pub struct ParamFieldProps {
    pub spec: ParamSpec,
    /// The value in the last valid scenario.
    pub value: Decimal,
    /// A rejected entry, shown instead of the value until corrected.
    #[prop_or_default]
    pub draft: Option<Draft>,
    pub on_action: Callback<Action>,
    /// The currency code that labels money.
    #[prop_or(AttrValue::Static("USD"))]
    pub currency: AttrValue,
    /// A shorter visible label where the surrounding group already says what the field
    /// belongs to (e.g. "Amount" inside "Reciprocal line 2"); the full label from the
    /// registry is still the accessible name.
    #[prop_or_default]
    pub short_label: Option<AttrValue>,
}

/// A DOM id derived from a parameter id (`reciprocal[1].amount` → `p-reciprocal-1--amount`).
pub fn field_dom_id(param_id: &str) -> String {
    let mut id = String::from("p-");
    for c in param_id.chars() {
        id.push(if c.is_ascii_alphanumeric() { c } else { '-' });
    }
    id
}

/// The unit beside the box; ramp weights are relative weights, not multiples of the
/// commitment like usage shares.
fn unit_for(lang: Lang, spec: &ParamSpec, currency: &str) -> String {
    // A further vendor's ramp weight is `more_vendors[k].contract.ramp[…]`.
    let id = vendor_param(&spec.id).map_or(spec.id.as_str(), |(_, inner)| inner);
    let ramp = id.starts_with("contract.ramp");
    match (spec.unit, lang) {
        (Unit::Ratio, Lang::En) if ramp => "weight".to_string(),
        (Unit::Ratio, Lang::Fr) if ramp => "poids".to_string(),
        (Unit::Ratio, Lang::En) => "× commitment".to_string(),
        (Unit::Ratio, Lang::Fr) => "× engagement".to_string(),
        (unit, _) => unit_label(lang, unit, currency),
    }
}

#[function_component]
pub fn ParamField(props: &ParamFieldProps) -> Html {
    let lang = use_lang();
    let spec = &props.spec;
    // What the user is typing, kept while the box has focus so that re-formatting the
    // accepted value (adding thousands separators) does not move the caret under their
    // fingers; the formatted value shows again once they leave the box.
    let editing = use_state(|| None::<String>);
    let scale = SliderScale::for_range(spec.min, spec.max, spec.step);

    let on_text_input = {
        let on_action = props.on_action.clone();
        let editing = editing.clone();
        let id = spec.id.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let text = input.value();
            editing.set(Some(text.clone()));
            on_action.emit(Action::SetParam {
                id: id.clone(),
                text,
            });
        })
    };
    let on_blur = {
        let editing = editing.clone();
        Callback::from(move |_: FocusEvent| editing.set(None))
    };
    let on_slider_input = {
        let on_action = props.on_action.clone();
        let editing = editing.clone();
        let id = spec.id.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            editing.set(None);
            if let Some(value) = scale.value_at(&input.value()) {
                on_action.emit(Action::SetParam {
                    id: id.clone(),
                    text: value.normalize().to_string(),
                });
            }
        })
    };

    let dom_id = field_dom_id(&spec.id);
    let help_id = format!("{dom_id}-help");
    let unit_id = format!("{dom_id}-unit");
    let number_text = shown_text(
        lang,
        spec.unit,
        props.value,
        props.draft.as_ref(),
        editing.as_deref(),
    );
    let unit = unit_for(lang, spec, &props.currency);
    let readout = if is_fraction(spec.unit) {
        percent_readout(lang, &number_text)
    } else {
        None
    };
    let (slider_min, slider_max, slider_step) = scale.bounds();
    let value_text = format!("{} {unit}", display_value(lang, spec.unit, props.value));
    let invalid = props.draft.is_some();
    let visible_label = props
        .short_label
        .clone()
        .unwrap_or_else(|| AttrValue::from(spec.label.clone()));
    // The number box accepts any text so that a bad entry reaches the reducer and gets a
    // message; the browser's own validation would silently drop it.
    html! {
        <div class={classes!("field", invalid.then_some("invalid"))} data-param={spec.id.clone()}>
            <label for={dom_id.clone()} title={spec.label.clone()}>{ visible_label }</label>
            <div class="control-row">
                <input
                    type="range"
                    id={format!("{dom_id}-slider")}
                    min={slider_min}
                    max={slider_max}
                    step={slider_step}
                    value={scale.position_of(props.value)}
                    aria-label={format!("{} ({})", spec.label, lang.t(Msg::Slider))}
                    aria-valuetext={value_text}
                    oninput={on_slider_input}
                />
                <input
                    type="text"
                    id={dom_id}
                    class="number"
                    inputmode="decimal"
                    autocomplete="off"
                    value={number_text}
                    aria-label={spec.label.clone()}
                    aria-invalid={invalid.to_string()}
                    aria-describedby={format!("{unit_id} {help_id}")}
                    oninput={on_text_input}
                    onblur={on_blur}
                />
                <span class="unit" id={unit_id}>
                    { unit }
                    if let Some(readout) = readout {
                        <span class="readout">{ format!(" {readout}") }</span>
                    }
                </span>
            </div>
            if let Some(draft) = props.draft.clone() {
                <p class="error" id={help_id} role="alert">{ draft.message }</p>
            } else {
                <p class="hint" id={help_id}>{ range_hint(lang, spec.unit, spec.min, spec.max, &props.currency) }</p>
            }
        </div>
    }
}

/// The text in the number box: a rejected entry as typed; what the user is typing while it
/// still means the current value (so the caret stays put); otherwise the current value,
/// formatted. A value changed from elsewhere (a preset, a reset, a link) therefore replaces
/// stale typing even while the box has focus.
fn shown_text(
    lang: Lang,
    unit: Unit,
    value: Decimal,
    draft: Option<&Draft>,
    editing: Option<&str>,
) -> String {
    match (draft, editing) {
        (Some(draft), _) => draft.text.clone(),
        (None, Some(text)) if parse_number_in(lang, text) == Some(value) => text.to_string(),
        _ => display_value(lang, unit, value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn spec(id: &str, unit: Unit) -> ParamSpec {
        ParamSpec {
            id: id.into(),
            label: id.into(),
            unit,
            min: dec!(0),
            max: dec!(100),
            step: dec!(1),
        }
    }

    #[test]
    fn dom_ids_replace_punctuation() {
        assert_eq!(field_dom_id("payment.delay_days"), "p-payment-delay-days");
        assert_eq!(
            field_dom_id("reciprocal[1].amount"),
            "p-reciprocal-1--amount"
        );
    }

    #[test]
    fn the_box_shows_the_draft_then_live_typing_then_the_formatted_value() {
        let draft = Draft {
            text: "12x".into(),
            message: "not a number".into(),
        };
        assert_eq!(
            shown_text(Lang::En, Unit::Money, dec!(1000), Some(&draft), Some("12x")),
            "12x"
        );
        // Typing "1000" shows as typed while it is the value, grouped once it is not typed.
        assert_eq!(
            shown_text(Lang::En, Unit::Money, dec!(1000), None, Some("1000")),
            "1000"
        );
        assert_eq!(
            shown_text(Lang::En, Unit::Money, dec!(1000), None, None),
            "1,000"
        );
        // A reset to 66 months replaces the stale "60" being typed.
        assert_eq!(
            shown_text(Lang::En, Unit::Months, dec!(66), None, Some("60")),
            "66"
        );
    }

    #[test]
    fn ramp_weights_and_usage_shares_have_their_own_units() {
        assert_eq!(
            unit_for(Lang::En, &spec("contract.ramp[0]", Unit::Ratio), "USD"),
            "weight"
        );
        assert_eq!(
            unit_for(
                Lang::En,
                &spec("contract.usage.start_share", Unit::Ratio),
                "USD"
            ),
            "× commitment"
        );
        assert_eq!(
            unit_for(
                Lang::En,
                &spec("contract.total_commitment", Unit::Money),
                "EUR"
            ),
            "EUR"
        );
    }
}
