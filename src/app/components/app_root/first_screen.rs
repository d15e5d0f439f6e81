//! The report's results on the normal page: the first screen's headline and two key charts,
//! and (once the first screen has been painted) what follows the editor: the pain picture,
//! the two cash flows, the event log, the ledger, compare mode's panels and the panels below.

use std::rc::Rc;

use yew::prelude::*;

use super::lower_panels::lower_panels;
use super::state_hook::App;
use crate::app::charts::spec::ChartSpec;
use crate::app::components::chart_canvas::ChartCanvas;
use crate::app::components::compare_panel::ComparePanel;
use crate::app::components::event_log::EventLog;
use crate::app::components::headline::headline;
use crate::app::components::ledger_table::LedgerTable;
use crate::app::state::scenario_label;
use standoff_words::errors::engine_error;
use standoff_words::tr;
use standoff_words::Msg;

/// The first screen's results: the headline figures and the two key charts (they also print
/// on the handout), or the simulation's error in their place.
pub fn first_results(app: &App) -> Html {
    let report = match app.reports.report.as_ref() {
        Ok(report) => report,
        Err(error) => {
            return html! { <p class="error" role="alert">{ engine_error(app.state.lang, error) }</p> }
        }
    };
    let first = &app.charts.first;
    html! {
        <>
            { headline(app.state.lang, report, app.state.month) }
            <div class="print-chart">{ report_chart(app, &first.cash, Msg::CashChartLabel) }</div>
            <div class="print-chart">{ report_chart(app, &first.exposure, Msg::ExposureChartLabel) }</div>
        </>
    }
}

/// The results after the editor: the pain of each month and the two cash flows, the report's
/// panels and the analyses below them. Nothing when the simulation failed (the first screen
/// says why).
pub fn more_results(app: &App) -> Html {
    if app.reports.report.is_err() {
        return Html::default();
    }
    html! {
        <>
            { later_charts(app) }
            { report_panels(app) }
            { lower_panels(app) }
        </>
    }
}

/// The pain picture and the two cash flows.
fn later_charts(app: &App) -> Html {
    let flows = &app.charts.flows;
    html! {
        <>
            // The pain picture follows the settled report, one painted frame after a change,
            // like the verdict it illustrates; below the first screen it never holds up a
            // slider's redraw.
            if let Some(pain) = app.charts.pain.as_ref() {
                { report_chart(app, pain, Msg::PainChartLabel) }
            }
            { report_chart(app, &flows.customer, Msg::CustomerFlowsChartLabel) }
            { report_chart(app, &flows.vendor, Msg::VendorFlowsChartLabel) }
        </>
    }
}

/// One of the report's charts, with the timeline's month and a click that moves it.
fn report_chart(app: &App, spec: &Rc<ChartSpec>, label: Msg) -> Html {
    html! {
        <ChartCanvas spec={spec.clone()} month={app.state.month}
            on_select_month={app.callbacks.on_select_month.clone()} label={app.state.lang.t(label)} />
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
                portfolio={Option::as_ref(&*app.reports.vendors).map(|v| v.portfolio.clone()).filter(|_| other.is_some())}
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
