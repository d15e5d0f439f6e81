//! The strategy payoff matrix: every pair of strategies simulated, best responses marked and
//! pure Nash equilibria highlighted.

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::{strategy_matrix, AnalysisError, StrategyMatrix};
use crate::model::{format_money, Scenario};

#[derive(Properties, PartialEq)]
pub struct PayoffTableProps {
    pub scenario: Rc<Scenario>,
    pub currency: String,
}

#[function_component]
pub fn PayoffTable(props: &PayoffTableProps) -> Html {
    // The matrix costs 25 simulations, so it runs on request, not on every slider move; a
    // result for an older scenario is marked out of date.
    let result = use_state(|| None::<(Rc<Scenario>, Rc<Result<StrategyMatrix, AnalysisError>>)>);
    let on_run = {
        let result = result.clone();
        let scenario = props.scenario.clone();
        Callback::from(move |_: MouseEvent| {
            // Open claims at the horizon count in full (terminal recovery 1), as in the bargaining
            // analysis, so that never paying does not look like keeping the money for ever.
            let matrix = strategy_matrix(&scenario, &[], &[], rust_decimal::Decimal::ONE);
            result.set(Some((scenario.clone(), Rc::new(matrix))));
        })
    };
    let stale = result
        .as_ref()
        .is_some_and(|(scenario, _)| scenario != &props.scenario);
    let body = match result.as_ref() {
        None => {
            html! { <p>{ "Simulate every pair of strategies to see each side's best responses." }</p> }
        }
        Some((_, outcome)) => match outcome.as_ref() {
            Ok(matrix) => render_matrix(matrix, &props.currency),
            Err(error) => html! { <p class="error" role="alert">{ error.to_string() }</p> },
        },
    };
    html! {
        <section class="panel" aria-labelledby="payoff-title" data-analysis="payoff"
            data-status={if result.is_some() { "done" } else { "idle" }}>
            <h2 id="payoff-title">{ "Strategy payoff matrix" }</h2>
            <button type="button" data-testid="run-payoff" onclick={on_run}>{ "Simulate all strategy pairs" }</button>
            if stale { <p class="note">{ "Out of date: the scenario changed since this was computed." }</p> }
            { body }
        </section>
    }
}

fn render_matrix(matrix: &StrategyMatrix, currency: &str) -> Html {
    let m = &matrix.matrix;
    let a = &matrix.analysis;
    let rows = m.customer_strategies.iter().enumerate().map(|(r, customer)| {
        let cells = m.vendor_strategies.iter().enumerate().map(|(c, _)| {
            let cell = m.cells.get(r).and_then(|row| row.get(c)).copied().flatten();
            let customer_best = a.customer_best.get(r).and_then(|row| row.get(c)).copied().unwrap_or(false);
            let vendor_best = a.vendor_best.get(r).and_then(|row| row.get(c)).copied().unwrap_or(false);
            let equilibrium = a.pure_nash.contains(&(r, c));
            let content = match cell {
                Some(payoff) => html! {
                    <>
                        <span class="payoff customer">
                            { format_money(payoff.customer, currency) }
                            if customer_best { <abbr title="the customer's best response" aria-label="customer's best response">{ " ★" }</abbr> }
                        </span>
                        <span class="payoff vendor">
                            { format_money(payoff.vendor, currency) }
                            if vendor_best { <abbr title="the vendor's best response" aria-label="vendor's best response">{ " ☆" }</abbr> }
                        </span>
                    </>
                },
                None => html! { <span>{ "failed" }</span> },
            };
            html! {
                <td key={c} class={classes!(equilibrium.then_some("equilibrium"))}
                    data-equilibrium={equilibrium.to_string()}>{ content }</td>
            }
        });
        html! { <tr key={r}><th scope="row">{ customer.clone() }</th>{ for cells }</tr> }
    });
    let equilibria: Vec<String> = a
        .pure_nash
        .iter()
        .filter_map(|(r, c)| {
            Some(format!(
                "{} / {}",
                m.customer_strategies.get(*r)?,
                m.vendor_strategies.get(*c)?
            ))
        })
        .collect();
    html! {
        <>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Payoff matrix">
                <table class="payoff-matrix" data-testid="payoff-matrix">
                    <caption>{ "Change in NPV against paying on time: customer (first line) and vendor (second line). ★ customer's best response, ☆ vendor's." }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Customer \\ Vendor" }</th>
                            { for m.vendor_strategies.iter().enumerate().map(|(c, v)| html! { <th scope="col" key={c}>{ v.clone() }</th> }) }
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            <p data-testid="equilibria">{
                if equilibria.is_empty() {
                    "No pure-strategy equilibrium.".to_string()
                } else {
                    format!("Pure Nash equilibria: {}.", equilibria.join("; "))
                }
            }</p>
        </>
    }
}
