//! The panels below the report on the normal page, drawn once the first screen has been
//! painted: the bargaining analysis and its picture, the payoff table, sensitivity, Monte
//! Carlo, the class debrief of played games, and sharing and keeping the scenario. They all show the settled scenario, one
//! painted frame behind the first screen, so that a slider input renders only what is in view.

use yew::prelude::*;

use super::state_hook::App;
use crate::app::components::bargaining_summary::BargainingSummary;
use crate::app::components::chart_canvas::ChartCanvas;
use crate::app::components::class_debrief::ClassDebrief;
use crate::app::components::file_panel::FilePanel;
use crate::app::components::monte_carlo_panel::MonteCarloPanel;
use crate::app::components::payoff_table::PayoffTable;
use crate::app::components::saved_panel::SavedPanel;
use crate::app::components::sensitivity_panel::SensitivityPanel;
use crate::app::components::share_panel::SharePanel;
use standoff_words::Msg;

/// The panels, in page order.
pub fn lower_panels(app: &App) -> Html {
    html! {
        <>
            { bargaining(app) }
            { analyses(app) }
            <ClassDebrief />
            { sharing(app) }
        </>
    }
}

/// The bargaining analysis of the settled scenario, and its picture.
fn bargaining(app: &App) -> Html {
    let lang = app.state.lang;
    let settled = &app.reports.settled.scenario;
    html! {
        <>
            <BargainingSummary
                bargaining={app.reports.bargaining.clone()}
                currency={app.state.scenario.customer.currency.clone()}
                customer={settled.customer.name.clone()}
                vendor={settled.vendor.name.clone()}
            />
            if let Some(spec) = (*app.charts.bargaining).clone() {
                <section class="panel" aria-label={lang.t(Msg::BargainingPicture)}>
                    <ChartCanvas {spec} label={lang.t(Msg::BargainingChartLabel)} />
                </section>
            }
        </>
    }
}

/// The payoff table, sensitivity and Monte Carlo panels, of the settled scenario.
fn analyses(app: &App) -> Html {
    let state = &app.state;
    let scenario = &app.reports.settled.scenario;
    let currency = scenario.customer.currency.clone();
    let charts = &app.charts.analysis;
    html! {
        <>
            <PayoffTable scenario={scenario.clone()} currency={currency.clone()} />
            <SensitivityPanel scenario={scenario.clone()} settings={state.analysis.clone()} currency={currency.clone()}
                render_tornado={charts.tornado.clone()} render_sweep={charts.sweep.clone()} />
            <MonteCarloPanel scenario={scenario.clone()} settings={state.analysis.clone()} {currency}
                render_fan={charts.fan.clone()} />
        </>
    }
}

/// Sharing the link, the file and the browser's saved scenarios, of the settled scenario.
fn sharing(app: &App) -> Html {
    let state = &app.state;
    let scenario = &app.reports.settled.scenario;
    let on_action = &app.callbacks.on_action;
    let portfolio = Option::as_ref(&*app.reports.vendors).map(|vendors| vendors.portfolio.clone());
    html! {
        <section class="panel" aria-labelledby="sharing-title">
            <h2 id="sharing-title">{ state.lang.t(Msg::ShareAndKeep) }</h2>
            <SharePanel scenario={scenario.clone()} month={state.month} link={app.link.clone()} />
            <FilePanel scenario={scenario.clone()} report={app.reports.settled.report.clone()} {portfolio} on_action={on_action.clone()} />
            <SavedPanel scenario={scenario.clone()} on_action={on_action.clone()} />
        </section>
    }
}
