//! Monte Carlo: the uncertain parameters drawn from triangular distributions around their
//! values, outages and lawsuits sampled, thousands of runs in the analysis workers
//! (`effects::workers`) with a progress bar, and
//! the result as percentile bands and summary probabilities. The seed is part of the settings,
//! so the same link gives the same bands.

use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use crate::app::effects::workers::{run_analysis, warm_up, AnalysisTask};
use crate::app::state::AnalysisSettings;
use crate::app::use_lang;
use crate::jobs::collect::Outcome;
use crate::jobs::protocol::Analysis;
use standoff_core::analysis::{
    AnalysisError, Distribution, McResult, ParamDistribution, ScenarioMcSpec,
};
use standoff_core::model::params::spec_of;
use standoff_core::model::{get_param, Scenario};
use standoff_words::analysis::mc_label;
use standoff_words::errors::analysis_error;
use standoff_words::{format, Lang, Msg};

/// How far either side of its value an uncertain parameter may go: ±30 %.
const SPREAD_PERCENT: i64 = 30;

/// What the fan chart draws: the finished result (if any) and the share of runs done.
pub type FanInput = (Option<Rc<McResult>>, f64);

#[derive(Properties, PartialEq)]
pub struct MonteCarloPanelProps {
    pub scenario: Rc<Scenario>,
    pub settings: AnalysisSettings,
    pub currency: String,
    /// Draws the fan chart from the result, or a progress chart while running.
    #[prop_or_default]
    pub render_fan: Option<Callback<FanInput, Html>>,
}

/// The parameters treated as uncertain: how late the customer pays, how much of the
/// commitment it uses, and each reciprocal line's amount.
pub fn uncertain_params(scenario: &Scenario) -> Vec<String> {
    let mut ids = vec![
        "payment.delay_days".to_string(),
        "contract.usage.start_share".to_string(),
    ];
    for index in 0..scenario.reciprocal.len() {
        ids.push(format!("reciprocal[{index}].amount"));
    }
    ids
}

/// A triangular distribution peaking at the parameter's value, ±30 % clamped to its range;
/// `None` for parameters that are zero (nothing to spread) or absent.
pub fn triangular_around(scenario: &Scenario, id: &str) -> Option<ParamDistribution> {
    let spec = spec_of(scenario, id)?;
    let mode = get_param(scenario, id)?;
    let spread = mode.checked_mul(Decimal::new(SPREAD_PERCENT, 2))?.abs();
    if spread.is_zero() {
        return None;
    }
    let low = mode.checked_sub(spread)?.max(spec.min);
    let high = mode.checked_add(spread)?.min(spec.max);
    Some(ParamDistribution {
        id: id.to_string(),
        distribution: Distribution::Triangular { low, mode, high },
    })
}

/// The Monte Carlo specification for a scenario and the panel's settings.
pub fn default_spec(scenario: &Scenario, settings: &AnalysisSettings) -> ScenarioMcSpec {
    ScenarioMcSpec {
        seed: settings.mc_seed,
        runs: settings.mc_runs,
        params: uncertain_params(scenario)
            .iter()
            .filter_map(|id| triangular_around(scenario, id))
            .collect(),
        sample_outages: true,
        sample_lawsuits: true,
        rule_chances: Vec::new(),
    }
}

#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Running(f64),
    Done(Rc<McResult>),
    Failed(AnalysisError),
}

#[function_component]
pub fn MonteCarloPanel(props: &MonteCarloPanelProps) -> Html {
    let lang = use_lang();
    let status = use_state(|| Status::Idle);
    let task = use_mut_ref(|| None::<AnalysisTask>);
    use_effect_with((), |_| warm_up());

    let on_run = {
        let status = status.clone();
        let task = task.clone();
        let scenario = props.scenario.clone();
        let settings = props.settings.clone();
        Callback::from(move |_: MouseEvent| {
            let spec = default_spec(&scenario, &settings);
            status.set(Status::Running(0.0));
            let (progress, done) = (status.clone(), status.clone());
            let started = run_analysis(
                &scenario,
                Analysis::MonteCarlo(spec),
                Rc::new(move |fraction| progress.set(Status::Running(fraction))),
                Rc::new(move |outcome| {
                    if let Outcome::MonteCarlo(result) = outcome {
                        done.set(match result {
                            Ok(result) => Status::Done(Rc::new(result)),
                            Err(error) => Status::Failed(error),
                        });
                    }
                }),
            );
            *task.borrow_mut() = Some(started);
        })
    };
    let on_cancel = {
        let status = status.clone();
        let task = task.clone();
        Callback::from(move |_: MouseEvent| {
            task.borrow_mut().take();
            status.set(Status::Idle);
        })
    };

    let attribute = match &*status {
        Status::Idle => "idle",
        Status::Running(_) => "running",
        Status::Done(_) => "done",
        Status::Failed(_) => "error",
    };
    let body = match &*status {
        Status::Idle => html! {
            <p>{ format!(
                "{}",
                idle_text(lang, props.settings.mc_runs, props.settings.mc_seed)
            ) }</p>
        },
        Status::Running(fraction) => html! {
            <>
                { props.render_fan.as_ref().map(|render| render.emit((None, *fraction))).unwrap_or_default() }
                <p>
                    <progress max="1" value={fraction.to_string()} aria-label={lang.t(Msg::McProgress)}></progress>
                    { format!(" {:.0}{}%", fraction * 100.0, if lang == Lang::Fr { "\u{202f}" } else { " " }) }
                    <button type="button" onclick={on_cancel}>{ lang.t(Msg::Cancel) }</button>
                </p>
            </>
        },
        Status::Failed(error) => {
            html! { <p class="error" role="alert">{ analysis_error(lang, error) }</p> }
        }
        Status::Done(result) => html! {
            <>
                { props.render_fan.as_ref().map(|render| render.emit((Some(result.clone()), 1.0))).unwrap_or_default() }
                { summary(lang, result, &props.currency) }
            </>
        },
    };
    html! {
        <section class="panel" aria-labelledby="mc-title" data-analysis="mc" data-status={attribute}>
            <h2 id="mc-title">{ lang.t(Msg::McTitle) }</h2>
            <button type="button" data-testid="run-mc" onclick={on_run}>{ lang.t(Msg::RunMc) }</button>
            { body }
        </section>
    }
}

/// "2,000 runs with seed 2023: …", the plan before a run.
fn idle_text(lang: Lang, runs: u32, seed: u64) -> String {
    let runs = format::count(lang, u64::from(runs));
    match lang {
        Lang::En => format!("{runs} runs with seed {seed}: payment delay, usage and each reciprocal line drawn ±{SPREAD_PERCENT} % (triangular); outages and lawsuits sampled."),
        Lang::Fr => format!("{runs} tirages avec la graine {seed}\u{a0}: retard de paiement, usage et chaque ligne réciproque tirés à ±{SPREAD_PERCENT}\u{202f}% (loi triangulaire)\u{a0}; pannes et procès tirés au sort."),
    }
}

fn summary(lang: Lang, result: &McResult, currency: &str) -> Html {
    let money = |value: Decimal| format::money(lang, value, currency);
    let runs_text = match lang {
        Lang::En => format!(
            "{} runs, {} failed, seed {}.",
            format::count(lang, u64::from(result.succeeded)),
            result.failed,
            result.seed
        ),
        Lang::Fr => format!(
            "{} tirages, {} en échec, graine {}.",
            format::count(lang, u64::from(result.succeeded)),
            result.failed,
            result.seed
        ),
    };
    html! {
        <>
            <p data-testid="mc-runs">{ runs_text }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label={lang.t(Msg::McSummary)}>
                <table class="summary" data-testid="mc-summary">
                    <thead><tr><th scope="col">{ lang.t(Msg::Output) }</th><th scope="col">{ format::percent(lang, Decimal::new(5, 2)) }</th><th scope="col">{ lang.t(Msg::Median) }</th><th scope="col">{ format::percent(lang, Decimal::new(95, 2)) }</th></tr></thead>
                    <tbody>
                        { for result.scalars.iter().map(|scalar| {
                            let months = scalar.id == "months_to_first_retaliation";
                            let show = |v: Decimal| if months { format::number(lang, v, 0) } else { money(v) };
                            html! {
                                <tr key={scalar.id.clone()}>
                                    <th scope="row">{ mc_label(lang, &scalar.id, &scalar.label).to_string() }</th>
                                    <td>{ show(scalar.band.p5) }</td>
                                    <td>{ show(scalar.band.p50) }</td>
                                    <td>{ show(scalar.band.p95) }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <ul class="probabilities" data-testid="mc-probabilities">
                { for result.probabilities.iter().map(|p| html! {
                    <li key={p.id.clone()}>{ format!("{}{} {}", mc_label(lang, &p.id, &p.label), lang.t(Msg::Colon), crate::app::components::bargaining_summary::percent(lang, p.probability)) }</li>
                }) }
            </ul>
        </>
    }
}
