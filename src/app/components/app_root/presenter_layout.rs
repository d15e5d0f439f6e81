//! Presenter mode's layout: the banner, the presenter's screen, and the handout that prints in
//! its place.

use yew::prelude::*;

use super::page::shown_banner;
use super::state_hook::App;
use crate::app::components::chart_canvas::ChartCanvas;
use crate::app::components::presenter::Presenter;
use crate::app::components::print_handout::{HandoutFoot, HandoutHead};
use standoff_words::Msg;

/// The whole screen in presenter mode.
pub fn presenter_layout(app: &App) -> Html {
    let (first, flows) = (&app.charts.first, &app.charts.flows);
    html! {
        <>
            { shown_banner(app) }
            <Presenter
                state={app.state.clone()}
                report={app.report()}
                cash={first.cash.clone()}
                exposure={first.exposure.clone()}
                customer_flows={flows.customer.clone()}
                vendor_flows={flows.vendor.clone()}
                pain={(*app.charts.pain).clone()}
                settled={app.settled_report()}
                verdict={app.reports.verdict.clone()}
                vendors={app.reports.vendors.clone()}
                link={app.link.clone()}
                on_action={app.callbacks.on_action.clone()}
            />
            { handout(app) }
        </>
    }
}

/// Printing from presenter mode gives the same one-page handout as the main screen: the
/// handout is laid out (so that its charts are drawn) but invisible on screen, and the print
/// style sheet shows it in place of the presenter.
fn handout(app: &App) -> Html {
    let lang = app.state.lang;
    let month = app.state.month;
    let scenario = &app.state.scenario;
    let report = app.report();
    let first = &app.charts.first;
    html! {
        <div class="presenter-handout" data-testid="presenter-handout">
            <HandoutHead scenario={scenario.clone()} report={report.clone()} {month} vendors={app.reports.vendors.clone()} />
            <div class="print-chart">
                <ChartCanvas spec={first.cash.clone()} {month} label={lang.t(Msg::CashChartLabel)} />
            </div>
            <div class="print-chart">
                <ChartCanvas spec={first.exposure.clone()} {month} label={lang.t(Msg::ExposureChartLabel)} />
            </div>
            <HandoutFoot {report} scenario={scenario.clone()} link={app.link.clone()} qr={app.complete} />
        </div>
    }
}
