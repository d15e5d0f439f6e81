//! The first screen of the normal page: the headline and the report's charts, then (once the
//! first screen has been painted) the event log, the ledger and compare mode's panels that
//! follow the report.

use yew::prelude::*;

use super::state_hook::App;
use crate::app::components::chart_canvas::ChartCanvas;
use crate::app::components::compare_panel::ComparePanel;
use crate::app::components::event_log::EventLog;
use crate::app::components::headline::headline;
use crate::app::components::ledger_table::LedgerTable;
use crate::app::components::verdict::VerdictPanel;
use crate::app::state::scenario_label;
use standoff_words::errors::engine_error;
use standoff_words::tr;
use standoff_words::Msg;

/// The report's results, or the simulation's error in their place.
pub fn results(app: &App) -> Html {
    match app.reports.report.as_ref() {
        Ok(report) => html! {
            <>
                if let Some(settled) = app.settled_report() {
                    <VerdictPanel report={settled} verdict={app.reports.verdict.clone()} />
                }
                { headline(app.state.lang, report, app.state.month) }
                { report_charts(app) }
                if app.complete {
                    { report_panels(app) }
                }
            </>
        },
        Err(error) => {
            html! { <p class="error" role="alert">{ engine_error(app.state.lang, error) }</p> }
        }
    }
}

/// The report's charts: who is winning, what is owed, the pain of each month and the two cash
/// flows; the first two also print on the handout.
fn report_charts(app: &App) -> Html {
    let lang = app.state.lang;
    let month = app.state.month;
    let on_select_month = &app.callbacks.on_select_month;
    let (first, flows) = (&app.charts.first, &app.charts.flows);
    html! {
        <>
            <div class="print-chart">
                <ChartCanvas spec={first.cash.clone()} {month} on_select_month={on_select_month.clone()}
                    label={lang.t(Msg::CashChartLabel)} />
            </div>
            <div class="print-chart">
                <ChartCanvas spec={first.exposure.clone()} {month} on_select_month={on_select_month.clone()}
                    label={lang.t(Msg::ExposureChartLabel)} />
            </div>
            // The pain picture follows the settled report, one painted frame after a change,
            // like the verdict it illustrates; below the first screen's two charts it never
            // holds up a slider's redraw.
            if let Some(pain) = app.charts.pain.as_ref() {
                <ChartCanvas spec={pain.clone()} {month} on_select_month={on_select_month.clone()}
                    label={lang.t(Msg::PainChartLabel)} />
            }
            <ChartCanvas spec={flows.customer.clone()} {month} on_select_month={on_select_month.clone()}
                label={lang.t(Msg::CustomerFlowsChartLabel)} />
            <ChartCanvas spec={flows.vendor.clone()} {month} on_select_month={on_select_month.clone()}
                label={lang.t(Msg::VendorFlowsChartLabel)} />
        </>
    }
}

/// The event log and the ledger of the settled report, and compare mode's panels.
fn report_panels(app: &App) -> Html {
    let state = &app.state;
    let on_action = &app.callbacks.on_action;
    let other = &app.reports.other;
    html! {
        <>
            if let Some(later) = app.settled_report() {
                <EventLog report={later.clone()} scenario={app.reports.settled.scenario.clone()} month={state.month} on_action={on_action.clone()} />
                <LedgerTable report={later} month={state.month} />
            }
            <ComparePanel
                report={app.report().filter(|_| other.is_some())}
                label={scenario_label(&state.scenario)}
                other={other.clone()}
                on_action={on_action.clone()}
            />
            { compare_charts(app) }
        </>
    }
}

/// Compare mode: both scenarios' first-screen charts side by side, on shared axes.
fn compare_charts(app: &App) -> Html {
    let Some((label, theirs)) = (*app.charts.other).as_ref() else {
        return Html::default();
    };
    let lang = app.state.lang;
    let mine = scenario_label(&app.state.scenario);
    let first = &app.charts.first;
    let chart_label =
        |name: &str, what: Msg| format!("{name}{} {}", lang.t(Msg::Colon), lang.t(what));
    let this_scenario = lang.t(Msg::ThisScenario);
    html! {
        <section class="panel" aria-labelledby="compare-charts-title" data-testid="compare-charts">
            <h2 id="compare-charts-title">{
                tr!(lang, en: "{mine} and {label} on shared axes"; fr: "{mine} et {label} sur des axes communs")
            }</h2>
            <div class="compare-grid">
                <div>
                    <h3>{ mine.clone() }</h3>
                    <ChartCanvas spec={first.cash.clone()} label={chart_label(this_scenario, Msg::CashAgainstBaseline)} />
                    <ChartCanvas spec={first.exposure.clone()} label={chart_label(this_scenario, Msg::WhatCustomerOwes)} />
                </div>
                <div>
                    <h3>{ label.clone() }</h3>
                    <ChartCanvas spec={theirs.cash.clone()} label={chart_label(label, Msg::CashAgainstBaseline)} />
                    <ChartCanvas spec={theirs.exposure.clone()} label={chart_label(label, Msg::WhatCustomerOwes)} />
                </div>
            </div>
        </section>
    }
}
