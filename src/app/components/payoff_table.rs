//! The strategy payoff matrix: every pair of strategies simulated, best responses marked and
//! pure Nash equilibria highlighted.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::effects::workers::{run_analysis, warm_up, AnalysisTask};
use crate::app::use_lang;
use crate::jobs::collect::{all_strategies, Outcome};
use crate::jobs::protocol::Analysis;
use standoff_core::analysis::{AnalysisError, StrategyMatrix};
use standoff_core::model::Scenario;
use standoff_words::analysis::{customer_strategy, vendor_strategy};
use standoff_words::errors::analysis_error;
use standoff_words::format::money;
use standoff_words::{Lang, Msg};

#[derive(Properties, PartialEq)]
pub struct PayoffTableProps {
    pub scenario: Rc<Scenario>,
    pub currency: String,
}

#[function_component]
pub fn PayoffTable(props: &PayoffTableProps) -> Html {
    // The matrix costs 25 simulations, so it runs on request, not on every slider move; a
    // result for an older scenario is marked out of date.
    let lang = use_lang();
    let result = use_state(|| None::<(Rc<Scenario>, Rc<Result<StrategyMatrix, AnalysisError>>)>);
    let running = use_state(|| false);
    let task = use_mut_ref(|| None::<AnalysisTask>);
    use_effect_with((), |_| warm_up());
    let on_run = {
        let (result, running) = (result.clone(), running.clone());
        let scenario = props.scenario.clone();
        Callback::from(move |_: MouseEvent| {
            running.set(true);
            // Open claims at the horizon count in full (terminal recovery 1), as in the bargaining
            // analysis, so that never paying does not look like keeping the money for ever.
            let analysis = Analysis::Matrix {
                strategies: all_strategies(),
                terminal_recovery: rust_decimal::Decimal::ONE,
            };
            let (result, running, of) = (result.clone(), running.clone(), scenario.clone());
            let started = run_analysis(
                &scenario,
                analysis,
                Rc::new(|_| {}),
                Rc::new(move |outcome| {
                    if let Outcome::Matrix(matrix) = outcome {
                        result.set(Some((of.clone(), Rc::new(matrix))));
                        running.set(false);
                    }
                }),
            );
            // Starting a new matrix cancels the previous one.
            *task.borrow_mut() = Some(started);
        })
    };
    let stale = result
        .as_ref()
        .is_some_and(|(scenario, _)| scenario != &props.scenario);
    let body = match result.as_ref() {
        None => {
            html! { <p>{ lang.t(Msg::PayoffHint) }</p> }
        }
        Some((_, outcome)) => match outcome.as_ref() {
            Ok(matrix) => render_matrix(lang, matrix, &props.currency),
            Err(error) => {
                html! { <p class="error" role="alert">{ analysis_error(lang, error) }</p> }
            }
        },
    };
    html! {
        <section class="panel" aria-labelledby="payoff-title" data-analysis="payoff"
            data-status={match (*running, result.is_some()) { (true, _) => "running", (false, true) => "done", (false, false) => "idle" }}>
            <h2 id="payoff-title">{ lang.t(Msg::PayoffMatrix) }</h2>
            <button type="button" data-testid="run-payoff" onclick={on_run}>{ lang.t(Msg::RunPayoff) }</button>
            if stale { <p class="note">{ lang.t(Msg::OutOfDate) }</p> }
            { body }
        </section>
    }
}

fn render_matrix(lang: Lang, matrix: &StrategyMatrix, currency: &str) -> Html {
    let m = &matrix.matrix;
    let a = &matrix.analysis;
    // The strategies' names in the reader's language (the matrix keeps the analysis' English).
    let customer_name = |r: usize| {
        matrix
            .customer_strategies
            .get(r)
            .map_or("", |s| customer_strategy(lang, *s))
    };
    let vendor_name = |c: usize| {
        matrix
            .vendor_strategies
            .get(c)
            .map_or("", |s| vendor_strategy(lang, *s))
    };
    let rows = m.customer_strategies.iter().enumerate().map(|(r, _)| {
        let cells = m.vendor_strategies.iter().enumerate().map(|(c, _)| {
            let cell = m.cells.get(r).and_then(|row| row.get(c)).copied().flatten();
            let customer_best = a.customer_best.get(r).and_then(|row| row.get(c)).copied().unwrap_or(false);
            let vendor_best = a.vendor_best.get(r).and_then(|row| row.get(c)).copied().unwrap_or(false);
            let equilibrium = a.pure_nash.contains(&(r, c));
            let content = match cell {
                Some(payoff) => html! {
                    <>
                        <span class="payoff customer">
                            { money(lang, payoff.customer, currency) }
                            if customer_best { <abbr title={lang.t(Msg::CustomerBest)}>{ " ★" }<span class="visually-hidden">{ lang.t(Msg::CustomerBest) }</span></abbr> }
                        </span>
                        <span class="payoff vendor">
                            { money(lang, payoff.vendor, currency) }
                            if vendor_best { <abbr title={lang.t(Msg::VendorBest)}>{ " ☆" }<span class="visually-hidden">{ lang.t(Msg::VendorBest) }</span></abbr> }
                        </span>
                    </>
                },
                None => html! { <span>{ lang.t(Msg::Failed) }</span> },
            };
            html! {
                <td key={c} class={classes!(equilibrium.then_some("equilibrium"))}
                    data-equilibrium={equilibrium.to_string()}>{ content }</td>
            }
        });
        html! { <tr key={r}><th scope="row">{ customer_name(r) }</th>{ for cells }</tr> }
    });
    let equilibria: Vec<String> = a
        .pure_nash
        .iter()
        .filter_map(|(r, c)| {
            Some(format!(
                "{} / {}",
                m.customer_strategies.get(*r).map(|_| customer_name(*r))?,
                m.vendor_strategies.get(*c).map(|_| vendor_name(*c))?
            ))
        })
        .collect();
    html! {
        <>
            <div class="table-scroll" tabindex="0" role="region" aria-label={lang.t(Msg::PayoffMatrixShort)}>
                <table class="payoff-matrix" data-testid="payoff-matrix">
                    <caption>{ lang.t(Msg::PayoffCaption) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ lang.t(Msg::CustomerVendorCorner) }</th>
                            { for m.vendor_strategies.iter().enumerate().map(|(c, _)| html! { <th scope="col" key={c}>{ vendor_name(c) }</th> }) }
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <p data-testid="equilibria">{
                if equilibria.is_empty() {
                    lang.t(Msg::NoPureEquilibrium).to_string()
                } else {
                    format!("{}{} {}.", lang.t(Msg::PureEquilibria), lang.t(Msg::Colon), equilibria.join("; "))
                }
            }</p>
        </>
    }
}
