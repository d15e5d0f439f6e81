//! The settings of the analyses under the charts: what the tornado and the sweep measure,
//! how far the tornado swings, the sweep's two axes and grid, and the Monte Carlo runs and
//! seed. These are UI settings (`AppState::analysis`), not part of the scenario.

use std::rc::Rc;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use yew::prelude::*;

use super::controls::{event_value, Select};
use super::group;
use crate::app::field_text::percent_readout;
use crate::app::state::{parse_number_in, Action, AnalysisSettings, MAX_MC_RUNS};
use crate::app::use_lang;
use standoff_core::analysis::Output;
use standoff_core::model::params::same_param_list;
use standoff_core::model::{param_specs, Scenario};
use standoff_words::analysis::output_label;
use standoff_words::editor::Ed;
use standoff_words::format::{self, quoted};
use standoff_words::params::param_label;
use standoff_words::Lang;

/// "0.01 to 1" / "0,01 à 1".
fn range_to(lang: Lang, min: Decimal, max: Decimal) -> String {
    let (lo, hi) = (format::number(lang, min, 6), format::number(lang, max, 6));
    match lang {
        Lang::En => format!("{lo} to {hi}"),
        Lang::Fr => format!("{lo} à {hi}"),
    }
}

/// A sweep axis that the scenario no longer has, as its menu shows it.
fn not_in_scenario(lang: Lang, id: &str) -> String {
    match lang {
        Lang::En => format!("{id} (not in this scenario)"),
        Lang::Fr => format!("{id} (absent de ce scénario)"),
    }
}

/// Checks a setting typed by the user: a number, whole when `whole`, within `min..=max`.
/// The message names the setting and its range.
pub fn check_setting(
    lang: Lang,
    label: &str,
    text: &str,
    min: Decimal,
    max: Decimal,
    whole: bool,
) -> Result<Decimal, String> {
    let (lo, hi) = (format::number(lang, min, 6), format::number(lang, max, 6));
    let range = match (lang, whole) {
        (Lang::En, true) => format!("{label} must be a whole number between {lo} and {hi}"),
        (Lang::En, false) => format!("{label} must be a number between {lo} and {hi}"),
        (Lang::Fr, true) => format!("{label} doit être un nombre entier entre {lo} et {hi}"),
        (Lang::Fr, false) => format!("{label} doit être un nombre entre {lo} et {hi}"),
    };
    match parse_number_in(lang, text) {
        Some(value) if value >= min && value <= max && (!whole || value.fract().is_zero()) => {
            Ok(value)
        }
        Some(_) => Err(format!("{range}.")),
        None => Err(match lang {
            Lang::En => format!("{} is not a number: {range}.", quoted(lang, text.trim())),
            Lang::Fr => format!(
                "{} n’est pas un nombre\u{a0}: {range}.",
                quoted(lang, text.trim())
            ),
        }),
    }
}

#[derive(Properties, PartialEq)]
pub struct SettingFieldProps {
    pub dom_id: AttrValue,
    pub label: AttrValue,
    /// The setting's current value, as text.
    pub value: AttrValue,
    pub min: Decimal,
    pub max: Decimal,
    pub whole: bool,
    /// Shows the value as a percentage beside the box (for shares).
    #[prop_or_default]
    pub fraction: bool,
    /// Receives every valid value typed.
    pub on_valid: Callback<Decimal>,
}

/// A text box for one analysis setting. Unlike scenario parameters, settings have no drafts
/// in the state, so a bad entry is kept here, with its message, until corrected.
#[function_component]
pub fn SettingField(props: &SettingFieldProps) -> Html {
    let lang = use_lang();
    let draft = use_state(|| None::<(String, String)>);
    let oninput = {
        let draft = draft.clone();
        let on_valid = props.on_valid.clone();
        let (label, min, max, whole) = (props.label.clone(), props.min, props.max, props.whole);
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let text = input.value();
            match check_setting(lang, &label, &text, min, max, whole) {
                Ok(value) => {
                    draft.set(None);
                    on_valid.emit(value);
                }
                Err(message) => draft.set(Some((text, message))),
            }
        })
    };
    let help_id = format!("{}-help", props.dom_id);
    let text = draft
        .as_ref()
        .map_or_else(|| props.value.to_string(), |(text, _)| text.clone());
    let readout = if props.fraction {
        percent_readout(lang, &text)
    } else {
        None
    };
    html! {
        <div class="field">
            <label for={props.dom_id.clone()}>{ props.label.clone() }</label>
            <div class="control-row">
                <input
                    type="text"
                    class="number"
                    id={props.dom_id.clone()}
                    inputmode={if props.whole { "numeric" } else { "decimal" }}
                    autocomplete="off"
                    value={text}
                    aria-invalid={draft.is_some().to_string()}
                    aria-describedby={help_id.clone()}
                    {oninput}
                />
                if let Some(readout) = readout {
                    <span class="unit">{ format!("{} {readout}", lang.t(Ed::Fraction)) }</span>
                }
            </div>
            if let Some((_, message)) = (*draft).clone() {
                <p class="error" id={help_id} role="alert">{ message }</p>
            } else {
                <p class="hint" id={help_id}>{ range_to(lang, props.min, props.max) }</p>
            }
        </div>
    }
}

/// The analysis settings and the parameters a sweep can use; no scenario, so that the group
/// (with its two long menus) is not redrawn while a slider moves.
#[derive(Properties, PartialEq)]
pub struct AnalysisGroupContext {
    pub settings: AnalysisSettings,
    /// `(id, label)` of every numeric parameter of the scenario.
    pub parameters: Rc<Vec<(AttrValue, AttrValue)>>,
    pub on_action: Callback<Action>,
}

/// What [`sweep_parameters`] reads: equal when the list it gives is the same, so that a memo
/// keyed on it lists the axes again only when the language or the scenario's parameters change
/// (a list item added or removed, an optional term switched, a reciprocal line renamed), not
/// when a slider moves a value.
pub struct ParamListKey {
    pub lang: Lang,
    pub scenario: Rc<Scenario>,
}

impl PartialEq for ParamListKey {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && (Rc::ptr_eq(&self.scenario, &other.scenario)
                || same_param_list(&self.scenario, &other.scenario))
    }
}

/// The sweep's candidate axes: every numeric parameter of `scenario`.
pub fn sweep_parameters(lang: Lang, scenario: &Scenario) -> Vec<(AttrValue, AttrValue)> {
    param_specs(scenario)
        .into_iter()
        .map(|spec| {
            let label = param_label(lang, scenario, &spec.id).unwrap_or(spec.label);
            (AttrValue::from(spec.id), AttrValue::from(label))
        })
        .collect()
}

#[function_component]
pub fn AnalysisGroup(props: &AnalysisGroupContext) -> Html {
    let lang = use_lang();
    let settings = &props.settings;
    let on_action = props.on_action.clone();
    let dispatch = move |make: fn(Decimal) -> Option<Action>| {
        let on_action = on_action.clone();
        Callback::from(move |value: Decimal| {
            if let Some(action) = make(value) {
                on_action.emit(action);
            }
        })
    };

    let on_output = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            let chosen = event_value(&event)
                .and_then(|id| id.parse::<usize>().ok())
                .and_then(|index| Output::ALL.get(index).copied());
            if let Some(output) = chosen {
                on_action.emit(Action::SetAnalysisOutput(output));
            }
        })
    };
    let specs = &props.parameters;
    let axis_select = |axis: &'static str, label: &'static str, current: &str| {
        let on_action = props.on_action.clone();
        let (x, y) = (settings.sweep_x.clone(), settings.sweep_y.clone());
        let onchange = Callback::from(move |event: Event| {
            if let Some(id) = event_value(&event) {
                let (x, y) = if axis == "x" {
                    (id, y.clone())
                } else {
                    (x.clone(), id)
                };
                on_action.emit(Action::SetSweepAxes { x, y });
            }
        });
        // A sweep axis removed from the scenario (its line deleted) stays listed, marked, so
        // that the menu never shows another parameter than the one the sweep uses.
        let mut options: Vec<(AttrValue, AttrValue)> = Vec::with_capacity(specs.len() + 1);
        if !specs.iter().any(|(id, _)| id == current) {
            options.push((
                AttrValue::from(current.to_string()),
                AttrValue::from(not_in_scenario(lang, current)),
            ));
        }
        options.extend(specs.iter().cloned());
        let dom_id = format!("analysis-sweep-{axis}");
        html! {
            <div class="field">
                <label for={dom_id.clone()}>{ label }</label>
                <Select
                    dom_id={dom_id}
                    options={Rc::new(options)}
                    selected={AttrValue::from(current.to_string())}
                    {onchange}
                />
            </div>
        }
    };
    let output_options: Vec<(AttrValue, AttrValue)> = Output::ALL
        .iter()
        .enumerate()
        .map(|(i, output)| {
            (
                AttrValue::from(i.to_string()),
                AttrValue::Static(output_label(lang, *output)),
            )
        })
        .collect();
    let output_selected = Output::ALL
        .iter()
        .position(|output| *output == settings.output)
        .unwrap_or_default()
        .to_string();

    let body = html! {
        <>
            <div class="field">
                <label for="analysis-output">{ lang.t(Ed::OutcomeMeasuredByTheTornadoAnd) }</label>
                <Select
                    dom_id="analysis-output"
                    options={Rc::new(output_options)}
                    selected={AttrValue::from(output_selected)}
                    onchange={on_output}
                />
            </div>
            <SettingField
                dom_id="analysis-tornado-share"
                label={lang.t(Ed::TornadoSwingShareOfEachValue)}
                value={settings.tornado_share.normalize().to_string()}
                min={Decimal::new(1, 2)}
                max={Decimal::ONE}
                whole={false}
                fraction={true}
                on_valid={dispatch(|v| Some(Action::SetTornadoShare(v)))}
            />
            { axis_select("x", lang.t(Ed::SweepHorizontalAxis), &settings.sweep_x) }
            { axis_select("y", lang.t(Ed::SweepVerticalAxis), &settings.sweep_y) }
            <SettingField
                dom_id="analysis-sweep-steps"
                label={lang.t(Ed::SweepStepsPerAxis)}
                value={settings.sweep_steps.to_string()}
                min={Decimal::from(2)}
                max={Decimal::from(41)}
                whole={true}
                on_valid={dispatch(|v| v.to_u32().map(Action::SetSweepSteps))}
            />
            <SettingField
                dom_id="analysis-mc-runs"
                label={lang.t(Ed::MonteCarloRuns)}
                value={settings.mc_runs.to_string()}
                min={Decimal::from(10)}
                max={Decimal::from(MAX_MC_RUNS)}
                whole={true}
                on_valid={dispatch(|v| v.to_u32().map(Action::SetMcRuns))}
            />
            <SettingField
                dom_id="analysis-mc-seed"
                label={lang.t(Ed::MonteCarloSeed)}
                value={settings.mc_seed.to_string()}
                min={Decimal::ZERO}
                max={Decimal::from(u64::MAX)}
                whole={true}
                on_valid={dispatch(|v| v.to_u64().map(Action::SetMcSeed))}
            />
        </>
    };
    group(lang.t(Ed::AnalysisSettings), "group-analysis", false, body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    /// The memo of the sweep's axes is kept while `ParamListKey`s compare equal, so they must
    /// compare equal exactly when `sweep_parameters` would list the same axes, in each
    /// language: for value changes (kept) and for every kind of structural edit (listed again).
    #[test]
    fn the_sweep_axes_key_is_equal_exactly_when_the_axes_are() {
        use crate::app::edits;
        use standoff_core::model::params::set_param;
        use standoff_core::model::presets;
        let moved = |s: &Scenario, id: &str, value: Decimal| {
            let mut next = s.clone();
            assert_eq!(set_param(&mut next, id, value), Ok(()), "{id}");
            next
        };
        let mut checked = (0, 0);
        for preset in presets::all() {
            let base = preset.scenario;
            let changes = [
                moved(&base, "payment.delay_days", dec!(77)),
                moved(&base, "contract.total_commitment", dec!(123456)),
                edits::set_title(&base, "Another title"),
                edits::set_party_name(&base, standoff_core::model::Side::Customer, "Someone"),
                edits::add_ramp_year(&base),
                edits::clear_ramp(&base),
                edits::add_usage_change(&base),
                edits::add_lump_sum(&base),
                edits::add_reciprocal_line(&base),
                edits::remove_reciprocal_line(&base, 0),
                edits::set_line_label(&base, 0, "Renamed line"),
                edits::add_retaliation_rule(&base),
                edits::remove_retaliation_rule(&base, 0),
                edits::set_action_kind(&base, 0, edits::ActionKind::Legal),
                edits::set_action_kind(&base, 0, edits::ActionKind::CreditHold),
                edits::set_stop_enabled(&base, true),
                edits::set_resume_enabled(&base, false),
                edits::set_settlement_enabled(&base, base.settlement.is_none()),
            ];
            for changed in changes {
                for lang in [Lang::En, Lang::Fr] {
                    let key = |s: &Scenario| ParamListKey {
                        lang,
                        scenario: Rc::new(s.clone()),
                    };
                    let same_axes =
                        sweep_parameters(lang, &base) == sweep_parameters(lang, &changed);
                    assert_eq!(key(&base) == key(&changed), same_axes, "{}", preset.id);
                    checked.0 += usize::from(same_axes);
                    checked.1 += usize::from(!same_axes);
                }
                // Another language is always another list.
                let english = ParamListKey {
                    lang: Lang::En,
                    scenario: Rc::new(changed.clone()),
                };
                let french = ParamListKey {
                    lang: Lang::Fr,
                    scenario: Rc::new(changed),
                };
                assert!(english != french);
            }
        }
        // Both outcomes were exercised.
        assert!(checked.0 > 0 && checked.1 > 0, "{checked:?}");
    }

    #[test]
    fn settings_are_checked_against_their_range_and_named() {
        assert_eq!(
            check_setting(Lang::En, "Steps", "21", dec!(2), dec!(41), true),
            Ok(dec!(21))
        );
        assert_eq!(
            check_setting(Lang::En, "Runs", "1,000", dec!(10), dec!(10000), true),
            Ok(dec!(1000))
        );
        assert_eq!(
            check_setting(Lang::En, "Steps", "42", dec!(2), dec!(41), true),
            Err("Steps must be a whole number between 2 and 41.".to_string())
        );
        assert_eq!(
            check_setting(Lang::En, "Steps", "2.5", dec!(2), dec!(41), true),
            Err("Steps must be a whole number between 2 and 41.".to_string())
        );
        assert_eq!(
            check_setting(Lang::En, "Swing", "0.25", dec!(0.01), dec!(1), false),
            Ok(dec!(0.25))
        );
        assert_eq!(
            check_setting(Lang::En, "Swing", " x ", dec!(0.01), dec!(1), false),
            Err(
                "\u{201c}x\u{201d} is not a number: Swing must be a number between 0.01 and 1."
                    .to_string()
            )
        );
    }
}
