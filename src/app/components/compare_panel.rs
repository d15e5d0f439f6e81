//! Compare mode: a second scenario beside the current one, with a table of differences in the
//! key outputs.

use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use crate::app::state::{Action, Comparison};
use crate::engine::{EngineError, Report};
use crate::model::{format_money, presets};

/// The second scenario of compare mode and its simulation, computed once by the root.
pub type OtherScenario = Option<(Comparison, Result<Rc<Report>, EngineError>)>;

#[derive(Properties, PartialEq)]
pub struct ComparePanelProps {
    pub report: Rc<Report>,
    pub label: String,
    pub other: Rc<OtherScenario>,
    pub on_action: Callback<Action>,
}

/// Reads one key output from a report.
pub type ReportValue = fn(&Report) -> Decimal;

/// The key outputs compared, as (label, value of a report).
pub fn key_outputs() -> Vec<(&'static str, ReportValue)> {
    vec![
        ("Peak arrears", |r| r.totals.peak_arrears),
        ("Arrears at the end", |r| r.totals.final_arrears),
        ("Interest accrued", |r| r.totals.interest_accrued),
        ("Shortfall exposure at the end", |r| {
            r.totals.final_shortfall_exposure
        }),
        ("Paid to the vendor", |r| r.totals.paid_to_vendor),
        ("Ad revenue lost", |r| r.totals.ad_revenue_lost),
        ("Outage cost", |r| r.totals.outage_cost),
        ("Customer NPV vs on-time", |r| {
            r.totals.customer.npv_vs_baseline
        }),
        ("Vendor NPV vs on-time", |r| r.totals.vendor.npv_vs_baseline),
    ]
}

#[function_component]
pub fn ComparePanel(props: &ComparePanelProps) -> Html {
    let comparison = props
        .other
        .as_ref()
        .as_ref()
        .map(|(comparison, _)| comparison);
    let on_pick = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            let id = select.value();
            if id.is_empty() {
                on_action.emit(Action::CloseComparison);
            } else if let Some(preset) = presets::by_id(&id) {
                on_action.emit(Action::OpenComparison {
                    label: preset.name.to_string(),
                    scenario: Box::new(preset.scenario),
                });
            }
        })
    };
    let on_swap = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(Action::SwapComparison))
    };
    let picker = html! {
        <label class="field">
            <span>{ "Compare with" }</span>
            <select data-testid="compare-select" onchange={on_pick}>
                <option value="" selected={comparison.is_none()}>{ "— nothing —" }</option>
                { for presets::all().into_iter().map(|preset| html! {
                    <option key={preset.id} value={preset.id}
                        selected={comparison.is_some_and(|c| c.label == preset.name)}>
                        { preset.name }
                    </option>
                }) }
            </select>
        </label>
    };
    let table = match props.other.as_ref() {
        Some((comparison, Ok(other))) => {
            let currency = props.report.currency.as_str();
            let rows = key_outputs().into_iter().map(|(label, value)| {
                let mine = value(&props.report);
                let theirs = value(other);
                let difference = theirs.checked_sub(mine).unwrap_or_default();
                html! {
                    <tr key={label}>
                        <th scope="row">{ label }</th>
                        <td>{ format_money(mine, currency) }</td>
                        <td>{ format_money(theirs, currency) }</td>
                        <td>{ format_money(difference, currency) }</td>
                    </tr>
                }
            });
            html! {
                <>
                    <div class="table-scroll" tabindex="0" role="region" aria-label="Comparison">
                        <table class="summary" data-testid="compare-table">
                            <thead><tr>
                                <th scope="col">{ "Output" }</th>
                                <th scope="col">{ props.label.clone() }</th>
                                <th scope="col">{ comparison.label.clone() }</th>
                                <th scope="col">{ "Difference" }</th>
                            </tr></thead>
                            <tbody>{ for rows }</tbody>
                        </table>
                    </div>
                    <button type="button" data-testid="compare-swap" onclick={on_swap}>{ "Edit the other scenario (swap)" }</button>
                </>
            }
        }
        Some((_, Err(error))) => {
            html! { <p class="error" role="alert">{ error.to_string() }</p> }
        }
        None => html! { <p>{ "Pick a second scenario to see both side by side." }</p> },
    };
    html! {
        <section class="panel" aria-labelledby="compare-title">
            <h2 id="compare-title">{ "Compare" }</h2>
            { picker }
            { table }
        </section>
    }
}
