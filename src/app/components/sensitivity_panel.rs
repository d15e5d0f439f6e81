//! Sensitivity: a tornado over every numeric parameter and a 2-D sweep of two of them, each
//! run on request. The sweep runs in slices so the page stays responsive.

use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use crate::analysis::{AnalysisError, Output, Sweep, SweepRun, Tornado, TornadoRun};
use crate::app::effects::chunked::{spawn_chunked, ChunkedTask};
use crate::app::state::AnalysisSettings;
use crate::model::params::spec_of;
use crate::model::{format_money, Scenario, Unit};

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
    Failed(String),
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
pub fn format_output(output: Output, value: Decimal, currency: &str) -> String {
    match output {
        Output::MonthsToFirstRetaliation => format!("{} months", value.round_dp(1)),
        _ => format_money(value, currency),
    }
}

/// The sweep's range on one axis: the parameter's own range, narrowed to something a class
/// can read (from zero to twice the current value, within the allowed range), because a
/// sweep of money from 0 to 10¹² would put every interesting value in one cell.
pub fn sweep_range(scenario: &Scenario, id: &str) -> Option<(Decimal, Decimal)> {
    let spec = spec_of(scenario, id)?;
    let base = crate::model::get_param(scenario, id)?;
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

#[function_component]
pub fn SensitivityPanel(props: &SensitivityPanelProps) -> Html {
    let tornado = use_state(|| Status::<Tornado>::Idle);
    let sweep = use_state(|| Status::<Sweep>::Idle);
    let sweep_task = use_mut_ref(|| None::<ChunkedTask>);
    let tornado_task = use_mut_ref(|| None::<ChunkedTask>);

    let on_tornado = {
        let tornado = tornado.clone();
        let tornado_task = tornado_task.clone();
        let scenario = props.scenario.clone();
        let settings = props.settings.clone();
        Callback::from(move |_: MouseEvent| {
            // About a hundred simulations: one task of about 50 ms in a browser, so it runs
            // one parameter at a time in short slices, like the sweep.
            match TornadoRun::new(&scenario, settings.output, settings.tornado_share) {
                Err(error) => tornado.set(Status::Failed(error.to_string())),
                Ok(run) => {
                    tornado.set(Status::Running(0.0));
                    let progress_state = tornado.clone();
                    let done_state = tornado.clone();
                    let task = spawn_chunked(
                        run,
                        |run: &mut TornadoRun| run.step(1).done(),
                        move |run: &TornadoRun| {
                            progress_state.set(Status::Running(run.progress().fraction()))
                        },
                        move |run: TornadoRun| {
                            done_state.set(match run.finish() {
                                Ok(result) => Status::Done(Rc::new(result)),
                                Err(error) => Status::Failed(error.to_string()),
                            })
                        },
                    );
                    // Starting a new tornado cancels the previous one.
                    *tornado_task.borrow_mut() = Some(task);
                }
            }
        })
    };

    let on_sweep = {
        let sweep = sweep.clone();
        let sweep_task = sweep_task.clone();
        let scenario = props.scenario.clone();
        let settings = props.settings.clone();
        Callback::from(move |_: MouseEvent| {
            let run = start_sweep(&scenario, &settings);
            match run {
                Err(error) => sweep.set(Status::Failed(error.to_string())),
                Ok(run) => {
                    sweep.set(Status::Running(0.0));
                    let progress_state = sweep.clone();
                    let done_state = sweep.clone();
                    let task = spawn_chunked(
                        run,
                        |run: &mut SweepRun| run.step(1).done(),
                        move |run: &SweepRun| {
                            progress_state.set(Status::Running(run.progress().fraction()))
                        },
                        move |run: SweepRun| {
                            done_state.set(match run.finish() {
                                Ok(result) => Status::Done(Rc::new(result)),
                                Err(error) => Status::Failed(error.to_string()),
                            })
                        },
                    );
                    // Starting a new sweep cancels the previous one.
                    *sweep_task.borrow_mut() = Some(task);
                }
            }
        })
    };

    let tornado_body = match &*tornado {
        Status::Idle => {
            html! { <p>{ "Which lever matters most? Move every parameter up and down and rank the effect." }</p> }
        }
        Status::Running(fraction) => {
            html! { <p>{ format!("Running… {:.0} %", fraction * 100.0) }</p> }
        }
        Status::Failed(message) => html! { <p class="error" role="alert">{ message.clone() }</p> },
        Status::Done(result) => html! {
            <>
                { props.render_tornado.as_ref().map(|render| render.emit(result.clone())).unwrap_or_default() }
                { tornado_table(result, props.settings.output, &props.currency) }
            </>
        },
    };
    let sweep_body = match &*sweep {
        Status::Idle => {
            html! { <p>{ format!("Sweep {} against {} on a {n}×{n} grid.", props.settings.sweep_x, props.settings.sweep_y, n = props.settings.sweep_steps) }</p> }
        }
        Status::Running(fraction) => html! {
            <p>
                <progress max="1" value={fraction.to_string()} aria-label="Sweep progress"></progress>
                { format!(" {:.0} %", fraction * 100.0) }
            </p>
        },
        Status::Failed(message) => html! { <p class="error" role="alert">{ message.clone() }</p> },
        Status::Done(result) => html! {
            <>
                { props.render_sweep.as_ref().map(|render| render.emit(result.clone())).unwrap_or_default() }
                { sweep_summary(result, props.settings.output, &props.currency) }
            </>
        },
    };

    html! {
        <>
            <section class="panel" aria-labelledby="tornado-title" data-analysis="tornado" data-status={tornado.attribute()}>
                <h2 id="tornado-title">{ format!("Tornado: {}", props.settings.output.label()) }</h2>
                <button type="button" data-testid="run-tornado" onclick={on_tornado}>{ "Run tornado" }</button>
                { tornado_body }
            </section>
            <section class="panel" aria-labelledby="sweep-title" data-analysis="sweep" data-status={sweep.attribute()}>
                <h2 id="sweep-title">{ format!("Sweep: {}", props.settings.output.label()) }</h2>
                <button type="button" data-testid="run-sweep" onclick={on_sweep}>{ "Run sweep" }</button>
                { sweep_body }
            </section>
        </>
    }
}

fn start_sweep(
    scenario: &Scenario,
    settings: &AnalysisSettings,
) -> Result<SweepRun, AnalysisError> {
    let range = |id: &str| {
        sweep_range(scenario, id).ok_or_else(|| AnalysisError::InvalidInput {
            field: id.to_string(),
            message: "has no range to sweep in this scenario".into(),
        })
    };
    SweepRun::new(
        scenario,
        settings.output,
        &settings.sweep_x,
        range(&settings.sweep_x)?,
        &settings.sweep_y,
        range(&settings.sweep_y)?,
        usize::try_from(settings.sweep_steps).unwrap_or(21),
    )
}

fn tornado_table(result: &Tornado, output: Output, currency: &str) -> Html {
    let format = |value: Option<Decimal>| {
        value.map_or_else(
            || "failed".to_string(),
            |v| format_output(output, v, currency),
        )
    };
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label="Tornado data">
            <table class="tornado-table" data-testid="tornado-table">
                <caption>{ format!("Base: {}", format_output(output, result.base_output, currency)) }</caption>
                <thead><tr><th scope="col">{ "Parameter" }</th><th scope="col">{ "Low" }</th><th scope="col">{ "High" }</th><th scope="col">{ "Swing" }</th></tr></thead>
                <tbody>
                    { for result.bars.iter().take(15).map(|bar| html! {
                        <tr key={bar.id.clone()}>
                            <th scope="row">{ bar.label.clone() }</th>
                            <td>{ format(bar.low_output) }</td>
                            <td>{ format(bar.high_output) }</td>
                            <td>{ format_output(output, bar.swing, currency) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

fn sweep_summary(result: &Sweep, output: Output, currency: &str) -> Html {
    let format = |value: Option<Decimal>| {
        value.map_or_else(|| "—".to_string(), |v| format_output(output, v, currency))
    };
    html! {
        <p data-testid="sweep-summary">
            { format!(
                "{} × {} grid of {} against {}: from {} to {}.",
                result.x.values.len(),
                result.y.values.len(),
                result.x.label,
                result.y.label,
                format(result.min),
                format(result.max)
            ) }
            if result.failures > 0 {
                { format!(" {} cells failed: {}", result.failures, result.first_error.clone().unwrap_or_default()) }
            }
        </p>
    }
}
