//! The charts the root builds from the reports: the first screen's two, the two cash-flow
//! charts, compare mode's, and the callbacks that draw the analysis panels' results. Pure
//! builders; the state hook ([`super::state_hook`]) memoises them.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::charts::build;
use crate::app::charts::spec::ChartSpec;
use crate::app::components::chart_canvas::ChartCanvas;
use crate::app::components::compare_panel::OtherScenario;
use crate::app::components::monte_carlo_panel::FanInput;
use standoff_core::analysis::{Output, Sweep, Tornado};
use standoff_core::engine::{EngineError, PortfolioReport, Report};
use standoff_core::model::{Scenario, Side};
use standoff_words::analysis::output_label;
use standoff_words::charts::ChartMsg;
use standoff_words::tr;
use standoff_words::{Lang, Msg};

/// The compared scenario's report, when there is a comparison and it simulated.
pub fn other_report(other: &OtherScenario) -> Option<&Report> {
    other
        .as_ref()
        .and_then(|other| other.report.as_ref().ok())
        .map(|report| &**report)
}

/// How the analysis panels draw their results: callbacks made once per scenario and output,
/// so that the panels' props stay equal between renders.
pub struct AnalysisCharts {
    pub tornado: Callback<Rc<Tornado>, Html>,
    pub sweep: Callback<Rc<Sweep>, Html>,
    pub fan: Callback<FanInput, Html>,
}

impl AnalysisCharts {
    pub fn new(lang: Lang, scenario: Rc<Scenario>, output: Output) -> Self {
        let tornado = {
            let scenario = scenario.clone();
            Callback::from(move |result: Rc<Tornado>| {
                let spec = Rc::new(build::tornado(lang, &result, &scenario, output));
                let name = output_label(lang, output);
                html! {
                    <ChartCanvas {spec} label={tr!(lang, en: "Tornado: how far each parameter moves {name}"; fr: "Tornade\u{a0}: combien chaque paramètre fait varier {name}")} />
                }
            })
        };
        let sweep = {
            let scenario = scenario.clone();
            Callback::from(move |result: Rc<Sweep>| {
                let spec = Rc::new(build::heatmap(lang, &result, &scenario, output));
                let name = output_label(lang, output);
                html! {
                    <ChartCanvas {spec} label={tr!(lang, en: "Heatmap of {name} over two parameters"; fr: "Carte de chaleur de {name} selon deux paramètres")} />
                }
            })
        };
        let fan = Callback::from(move |(result, done): FanInput| {
            // The fan follows the customer's cash against the baseline, the question of the
            // first chart.
            let bands = result.as_ref().and_then(|result| {
                result
                    .series
                    .iter()
                    .find(|series| series.id == "customer_vs_baseline")
            });
            let progress = (done < 1.0).then_some(done as f32);
            let spec = Rc::new(build::fan(lang, bands, &scenario, progress));
            html! {
                <ChartCanvas {spec} label={lang.t(Msg::FanChartLabel)} />
            }
        });
        AnalysisCharts {
            tornado,
            sweep,
            fan,
        }
    }
}

/// The scenario and its report as the parts below the first screen show them. The scenario is
/// the state's `Rc` and the report a memo of it: both are new exactly when the scenario
/// changes, so they are compared by pointer.
#[derive(Clone)]
pub struct Settled {
    pub scenario: Rc<Scenario>,
    pub report: Rc<Result<Rc<Report>, EngineError>>,
    /// With several vendors or a budget, the whole of which `report` is the first vendor's
    /// part; it comes from the same simulation as `report`.
    pub portfolio: Option<Rc<PortfolioReport>>,
}

impl PartialEq for Settled {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.scenario, &other.scenario) && Rc::ptr_eq(&self.report, &other.report)
    }
}

/// The charts of one report on the first screen.
pub struct ReportCharts {
    pub cash: Rc<ChartSpec>,
    pub exposure: Rc<ChartSpec>,
}

/// The report's two cash-flow charts, further down the page.
pub struct FlowCharts {
    pub customer: Rc<ChartSpec>,
    pub vendor: Rc<ChartSpec>,
}

/// One chart of `report`; without a report (the simulation failed) the chart says so.
fn chart_or_unavailable(
    lang: Lang,
    report: Option<&Report>,
    kind: &str,
    title: ChartMsg,
    make: &dyn Fn(&Report) -> ChartSpec,
) -> Rc<ChartSpec> {
    Rc::new(report.map_or_else(
        || {
            build::unavailable(
                lang,
                kind,
                lang.t(title),
                lang.t(ChartMsg::SimulationFailed),
            )
        },
        make,
    ))
}

/// Builds the report's first-screen charts. With `compare`, every chart shares its axes with
/// the other report's.
pub fn report_charts(
    lang: Lang,
    report: Option<&Report>,
    scenario: &Scenario,
    compare: Option<&Report>,
) -> ReportCharts {
    ReportCharts {
        cash: chart_or_unavailable(lang, report, "cash", ChartMsg::CashShort, &|r| {
            build::cash_position(lang, r, scenario, compare)
        }),
        exposure: chart_or_unavailable(lang, report, "exposure", ChartMsg::OwesShort, &|r| {
            build::arrears_exposure(lang, r, scenario, compare)
        }),
    }
}

/// Builds the report's cash-flow charts, on the other report's axes with `compare`.
pub fn flow_charts(
    lang: Lang,
    report: Option<&Report>,
    scenario: &Scenario,
    compare: Option<&Report>,
) -> FlowCharts {
    let flows = |kind: &str, title: ChartMsg, side: Side| {
        chart_or_unavailable(lang, report, kind, title, &|r| {
            build::flows_by_line(lang, r, scenario, side, compare)
        })
    };
    FlowCharts {
        customer: flows(
            "flows-customer",
            ChartMsg::CustomerFlowsShort,
            Side::Customer,
        ),
        vendor: flows("flows-vendor", ChartMsg::VendorFlowsShort, Side::Vendor),
    }
}
