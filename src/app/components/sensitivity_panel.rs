//! Sensitivity: a tornado over every numeric parameter and a 2-D sweep of two of them, each
//! run on request in the analysis workers (`effects::workers`), so the page stays responsive.

use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use crate::app::effects::workers::{run_analysis, warm_up, AnalysisTask};
use crate::app::state::AnalysisSettings;
use crate::app::use_lang;
use crate::jobs::collect::Outcome;
use crate::jobs::protocol::{Analysis, SweepPlan};
use standoff_core::analysis::{AnalysisError, Input, Output, Problem, Sweep, Tornado};
use standoff_core::model::params::spec_of;
use standoff_core::model::{Scenario, Unit};
use standoff_words::analysis::output_label;
use standoff_words::analysis_errors::point_error;
use standoff_words::errors::analysis_error;
use standoff_words::params::param_label;
use standoff_words::{format, Lang, Msg};

#[derive(Properties, PartialEq)]
pub struct SensitivityPanelProps {
    pub scenario: Rc<Scenario>,
    pub settings: AnalysisSettings,
    pub currency: String,
    /// Draws the tornado and heatmap charts (supplied by the root so this panel stays about
    /// running the analyses).
    #[prop_or_default]
    pub render_tornado: Option<Callback<Rc<Tornado>, Html>>,
    #[prop_or_default]
    pub render_sweep: Option<Callback<Rc<Sweep>, Html>>,
}

/// The status attribute the page exposes for each analysis: idle, running, done or error.
#[derive(Clone, Debug, PartialEq)]
enum Status<T> {
    Idle,
    Running(f64),
    Done(Rc<T>),
    Failed(AnalysisError),
}

impl<T> Status<T> {
    fn attribute(&self) -> &'static str {
        match self {
            Status::Idle => "idle",
            Status::Running(_) => "running",
            Status::Done(_) => "done",
            Status::Failed(_) => "error",
        }
    }
}

/// A value of the chosen output, formatted for its kind.
pub fn format_output(lang: Lang, output: Output, value: Decimal, currency: &str) -> String {
    match (output, lang) {
        (Output::MonthsToFirstRetaliation, Lang::En) => {
            format!("{} months", format::number(lang, value, 1))
        }
        (Output::MonthsToFirstRetaliation, Lang::Fr) => {
            format!("{} mois", format::number(lang, value, 1))
        }
        _ => format::money(lang, value, currency),
    }
}

/// The sweep's range on one axis: the parameter's own range, narrowed to something a class
/// can read (from zero to twice the current value, within the allowed range), because a
/// sweep of money from 0 to 10¹² would put every interesting value in one cell.
pub fn sweep_range(scenario: &Scenario, id: &str) -> Option<(Decimal, Decimal)> {
    let spec = spec_of(scenario, id)?;
    let base = standoff_core::model::get_param(scenario, id)?;
    let wide = matches!(spec.unit, Unit::Money) || spec.max > Decimal::from(1000);
    let (low, high) = if wide {
        let doubled = base.checked_mul(Decimal::TWO)?;
        let high = if doubled.is_zero() {
            spec.max.min(Decimal::from(365))
        } else {
            doubled
        };
        (spec.min.max(Decimal::ZERO), high.min(spec.max))
    } else {
        (spec.min, spec.max)
    };
    (low < high).then_some((low, high))
}

/// The status a result or an error leaves.
fn finished<T>(result: Result<T, AnalysisError>) -> Status<T> {
    match result {
        Ok(result) => Status::Done(Rc::new(result)),
        Err(error) => Status::Failed(error),
    }
}

#[function_component]
pub fn SensitivityPanel(props: &SensitivityPanelProps) -> Html {
    let lang = use_lang();
    let tornado = use_state(|| Status::<Tornado>::Idle);
    let sweep = use_state(|| Status::<Sweep>::Idle);
    let sweep_task = use_mut_ref(|| None::<AnalysisTask>);
    let tornado_task = use_mut_ref(|| None::<AnalysisTask>);
    use_effect_with((), |_| warm_up());

    let on_tornado = {
        let tornado = tornado.clone();
        let tornado_task = tornado_task.clone();
        let scenario = props.scenario.clone();
        let settings = props.settings.clone();
        Callback::from(move |_: MouseEvent| {
            tornado.set(Status::Running(0.0));
            let (progress, done) = (tornado.clone(), tornado.clone());
            let analysis = Analysis::Tornado {
                output: settings.output,
                share: settings.tornado_share,
            };
            let task = run_analysis(
                &scenario,
                analysis,
                Rc::new(move |fraction| progress.set(Status::Running(fraction))),
                Rc::new(move |outcome| {
                    if let Outcome::Tornado(result) = outcome {
                        done.set(finished(result));
                    }
                }),
            );
            // Starting a new tornado cancels the previous one.
            *tornado_task.borrow_mut() = Some(task);
        })
    };

    let on_sweep = {
        let sweep = sweep.clone();
        let sweep_task = sweep_task.clone();
        let scenario = props.scenario.clone();
        let settings = props.settings.clone();
        Callback::from(move |_: MouseEvent| {
            let plan = match sweep_plan_of(&scenario, &settings) {
                Err(error) => return sweep.set(Status::Failed(error)),
                Ok(plan) => plan,
            };
            sweep.set(Status::Running(0.0));
            let (progress, done) = (sweep.clone(), sweep.clone());
            let task = run_analysis(
                &scenario,
                Analysis::Sweep(plan),
                Rc::new(move |fraction| progress.set(Status::Running(fraction))),
                Rc::new(move |outcome| {
                    if let Outcome::Sweep(result) = outcome {
                        done.set(finished(result));
                    }
                }),
            );
            // Starting a new sweep cancels the previous one.
            *sweep_task.borrow_mut() = Some(task);
        })
    };

    let tornado_body = match &*tornado {
        Status::Idle => {
            html! { <p>{ lang.t(Msg::TornadoIdle) }</p> }
        }
        Status::Running(fraction) => {
            html! { <p>{ format!("{} {:.0} %", lang.t(Msg::Running), fraction * 100.0) }</p> }
        }
        Status::Failed(error) => {
            html! { <p class="error" role="alert">{ analysis_error(lang, error) }</p> }
        }
        Status::Done(result) => html! {
            <>
                { props.render_tornado.as_ref().map(|render| render.emit(result.clone())).unwrap_or_default() }
                { tornado_table(lang, &props.scenario, result, props.settings.output, &props.currency) }
            </>
        },
    };
    let sweep_body = match &*sweep {
        Status::Idle => {
            html! { <p>{ sweep_plan(lang, &props.scenario, &props.settings) }</p> }
        }
        Status::Running(fraction) => html! {
            <p>
                <progress max="1" value={fraction.to_string()} aria-label={lang.t(Msg::SweepProgress)}></progress>
                { format!(" {:.0}{}%", fraction * 100.0, if lang == Lang::Fr { "\u{202f}" } else { " " }) }
            </p>
        },
        Status::Failed(error) => {
            html! { <p class="error" role="alert">{ analysis_error(lang, error) }</p> }
        }
        Status::Done(result) => html! {
            <>
                { props.render_sweep.as_ref().map(|render| render.emit(result.clone())).unwrap_or_default() }
                { sweep_summary(lang, &props.scenario, result, props.settings.output, &props.currency) }
            </>
        },
    };

    html! {
        <>
            <section class="panel" aria-labelledby="tornado-title" data-analysis="tornado" data-status={tornado.attribute()}>
                <h2 id="tornado-title">{ format!("{}{} {}", lang.t(Msg::TornadoTitle), lang.t(Msg::Colon), output_label(lang, props.settings.output)) }</h2>
                <button type="button" data-testid="run-tornado" onclick={on_tornado}>{ lang.t(Msg::RunTornado) }</button>
                { tornado_body }
            </section>
            <section class="panel" aria-labelledby="sweep-title" data-analysis="sweep" data-status={sweep.attribute()}>
                <h2 id="sweep-title">{ format!("{}{} {}", lang.t(Msg::SweepTitle), lang.t(Msg::Colon), output_label(lang, props.settings.output)) }</h2>
                <button type="button" data-testid="run-sweep" onclick={on_sweep}>{ lang.t(Msg::RunSweep) }</button>
                { sweep_body }
            </section>
        </>
    }
}

/// The sweep the settings ask for: each axis over its [`sweep_range`].
fn sweep_plan_of(
    scenario: &Scenario,
    settings: &AnalysisSettings,
) -> Result<SweepPlan, AnalysisError> {
    let range = |id: &str| {
        sweep_range(scenario, id).ok_or_else(|| AnalysisError::InvalidInput {
            input: Input::Param(id.to_string()),
            problem: Box::new(Problem::NoRangeToSweep),
        })
    };
    Ok(SweepPlan {
        output: settings.output,
        x: settings.sweep_x.clone(),
        x_range: range(&settings.sweep_x)?,
        y: settings.sweep_y.clone(),
        y_range: range(&settings.sweep_y)?,
        points: usize::try_from(settings.sweep_steps).unwrap_or(21),
    })
}

/// "Sweep Payment delay against Usage share … on a 21×21 grid."
fn sweep_plan(lang: Lang, scenario: &Scenario, settings: &AnalysisSettings) -> String {
    let label = |id: &str| param_label(lang, scenario, id).unwrap_or_else(|| id.to_string());
    let (x, y, n) = (
        label(&settings.sweep_x),
        label(&settings.sweep_y),
        settings.sweep_steps,
    );
    match lang {
        Lang::En => format!("Sweep {x} against {y} on a {n}×{n} grid."),
        Lang::Fr => format!("Balayage de {x} contre {y} sur une grille de {n}×{n}."),
    }
}

fn tornado_table(
    lang: Lang,
    scenario: &Scenario,
    result: &Tornado,
    output: Output,
    currency: &str,
) -> Html {
    let format = |value: Option<Decimal>| {
        value.map_or_else(
            || lang.t(Msg::Failed).to_string(),
            |v| format_output(lang, output, v, currency),
        )
    };
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={lang.t(Msg::TornadoData)}>
            <table class="tornado-table" data-testid="tornado-table">
                <caption>{ format!("{}{} {}", lang.t(Msg::Base), lang.t(Msg::Colon), format_output(lang, output, result.base_output, currency)) }</caption>
                <thead><tr><th scope="col">{ lang.t(Msg::Parameter) }</th><th scope="col">{ lang.t(Msg::Low) }</th><th scope="col">{ lang.t(Msg::High) }</th><th scope="col">{ lang.t(Msg::Swing) }</th></tr></thead>
                <tbody>
                    { for result.bars.iter().take(15).map(|bar| html! {
                        <tr key={bar.id.clone()}>
                            <th scope="row">{ param_label(lang, scenario, &bar.id).unwrap_or_else(|| bar.label.clone()) }</th>
                            <td>{ format(bar.low_output) }</td>
                            <td>{ format(bar.high_output) }</td>
                            <td>{ format_output(lang, output, bar.swing, currency) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

fn sweep_summary(
    lang: Lang,
    scenario: &Scenario,
    result: &Sweep,
    output: Output,
    currency: &str,
) -> Html {
    let format = |value: Option<Decimal>| {
        value.map_or_else(
            || "—".to_string(),
            |v| format_output(lang, output, v, currency),
        )
    };
    let label = |id: &str, english: &str| {
        param_label(lang, scenario, id).unwrap_or_else(|| english.to_string())
    };
    let (x, y) = (
        label(&result.x.id, &result.x.label),
        label(&result.y.id, &result.y.label),
    );
    let (columns, rows) = (result.x.values.len(), result.y.values.len());
    let (low, high) = (format(result.min), format(result.max));
    let text = match lang {
        Lang::En => format!("{columns} × {rows} grid of {x} against {y}: from {low} to {high}."),
        Lang::Fr => {
            format!("Grille de {columns} × {rows} de {x} contre {y}\u{a0}: de {low} à {high}.")
        }
    };
    html! {
        <p data-testid="sweep-summary">
            { text }
            if result.failures > 0 {
                {{
                    let first = result.first_error.as_ref().map(|error| point_error(lang, error)).unwrap_or_default();
                    standoff_words::tr!(lang, en: " {} cells failed: {}", result.failures, first;
                        fr: " {} cellules en échec\u{a0}: {}", result.failures, first)
                }}
            }
        </p>
    }
}
