//! The root component: owns the state, derives the report and the analyses, wires the
//! effects, and lays out the screen.

use std::rc::Rc;

use yew::prelude::*;

use crate::analysis::{bargaining, BargainingOptions, Output, Sweep, Tornado};
use crate::app::charts::build;
use crate::app::charts::spec::ChartSpec;
use crate::app::components::banner::Banner;
use crate::app::components::bargaining_summary::BargainingSummary;
use crate::app::components::chart_canvas::ChartCanvas;
use crate::app::components::compare_panel::ComparePanel;
use crate::app::components::event_log::EventLog;
use crate::app::components::headline::Headline;
use crate::app::components::ledger_table::LedgerTable;
use crate::app::components::monte_carlo_panel::{FanInput, MonteCarloPanel};
use crate::app::components::param_field::ParamField;
use crate::app::components::payoff_table::PayoffTable;
use crate::app::components::sensitivity_panel::SensitivityPanel;
use crate::app::components::timeline::Timeline;
use crate::app::effects::play_timer::use_play_timer;
use crate::app::effects::url_fragment::{self, FragmentValue};
use crate::app::state::{scenario_label, Action, AppState, Origin};
use crate::engine::{simulate, Report};
use crate::model::params::spec_of;
use crate::model::{Scenario, Side};

#[derive(Properties, PartialEq)]
pub struct AppRootProps {
    /// The state to start from; `start()` builds it from the page URL.
    #[prop_or_default]
    pub initial: AppState,
}

/// Builds the starting state from a URL fragment. A bad fragment keeps the default scenario
/// and explains what was wrong in the banner.
pub fn initial_state(fragment: &str) -> AppState {
    let state = AppState::default();
    match url_fragment::parse_fragment(fragment) {
        FragmentValue::Empty => state,
        FragmentValue::DelayDays(days) => state.apply(Action::SetParam {
            id: DELAY_ID.to_string(),
            text: days.to_string(),
        }),
        FragmentValue::Invalid(message) => state.apply(Action::RejectInput {
            message,
            offending_text: Some(fragment.to_string()),
        }),
    }
}

const DELAY_ID: &str = "payment.delay_days";

#[function_component]
pub fn AppRoot(props: &AppRootProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || initial);
    let scenario = use_memo(state.scenario.clone(), |scenario| Rc::new(scenario.clone()));
    let report = use_memo(state.scenario.clone(), |scenario| {
        simulate(scenario).map(Rc::new)
    });
    let bargaining_result = use_memo(state.scenario.clone(), |scenario| {
        bargaining(scenario, &BargainingOptions::default())
    });

    // The URL follows the scenario, so the address bar is always a link to what is shown.
    use_effect_with(state.scenario.payment.delay_days, |days| {
        url_fragment::replace(&url_fragment::format_fragment(*days));
    });

    // A link pasted into the address bar of an open page arrives as a hashchange.
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                gloo::events::EventListener::new(&window, "hashchange", move |_| {
                    let fragment = url_fragment::read();
                    let next = initial_state(&fragment);
                    match next.banner {
                        Some(banner) => dispatch.dispatch(Action::RejectInput {
                            message: banner.message,
                            offending_text: banner.offending_text,
                        }),
                        None => dispatch.dispatch(Action::LoadScenario {
                            scenario: Box::new(next.scenario),
                            origin: Origin::Link,
                        }),
                    }
                })
            });
            move || drop(listener)
        });
    }

    use_play_timer(state.playing, state.dispatcher());

    let on_action = {
        let dispatch = state.dispatcher();
        Callback::from(move |action: Action| dispatch.dispatch(action))
    };
    let on_dismiss = {
        let dispatch = state.dispatcher();
        Callback::from(move |_| dispatch.dispatch(Action::DismissBanner))
    };
    let charts = use_memo((report.clone(), scenario.clone()), |(report, scenario)| {
        report_charts(Result::as_ref(&**report).ok().map(|r| &**r), scenario)
    });
    let on_select_month = {
        let dispatch = state.dispatcher();
        Callback::from(move |month: u32| dispatch.dispatch(Action::SetMonth(month)))
    };
    let currency = state.scenario.customer.currency.clone();
    let analysis_charts = use_memo(
        (scenario.clone(), state.analysis.output),
        |(scenario, output)| AnalysisCharts::new((**scenario).clone(), *output),
    );
    let bargaining_chart = use_memo(
        (bargaining_result.clone(), scenario.clone()),
        |(result, scenario)| {
            Result::as_ref(&**result)
                .ok()
                .map(|result| Rc::new(build::bargaining_picture(result, scenario)))
        },
    );

    let results = match report.as_ref() {
        Ok(report) => html! {
            <>
                <Headline report={report.clone()} month={state.month} />
                <ChartCanvas spec={charts.cash.clone()} month={state.month} on_select_month={on_select_month.clone()}
                    label="Each party's cumulative cash against the pay-on-time baseline, by month" />
                <ChartCanvas spec={charts.exposure.clone()} month={state.month} on_select_month={on_select_month.clone()}
                    label="Arrears, accrued interest and shortfall exposure owed by the customer, by month" />
                <ChartCanvas spec={charts.customer_flows.clone()} month={state.month} on_select_month={on_select_month.clone()}
                    label="The customer's monthly cash flows by ledger line" />
                <ChartCanvas spec={charts.vendor_flows.clone()} month={state.month} on_select_month={on_select_month.clone()}
                    label="The vendor's monthly cash flows by ledger line" />
                <EventLog events={Rc::new(report.events.clone())} month={state.month} on_action={on_action.clone()} />
                <LedgerTable report={report.clone()} month={state.month} />
                <ComparePanel
                    report={report.clone()}
                    label={scenario_label(&state.scenario)}
                    comparison={state.comparison.clone()}
                    on_action={on_action.clone()}
                />
            </>
        },
        Err(error) => html! { <p class="error" role="alert">{ error.to_string() }</p> },
    };

    html! {
        <>
            <header class="app-header">
                <h1>{ "Standoff" }</h1>
                <p class="tagline">{ "Who has the leverage between a customer and its cloud vendor — and when does someone blink?" }</p>
            </header>
            if let Some(banner) = state.banner.clone() {
                <Banner message={banner.message} on_dismiss={on_dismiss} />
            }
            <main class="layout">
                <section class="panel editor-column" aria-labelledby="levers-title">
                    <h2 id="levers-title">{ "Payment behaviour" }</h2>
                    if let Some(spec) = spec_of(&state.scenario, DELAY_ID) {
                        <ParamField
                            {spec}
                            value={rust_decimal::Decimal::from(state.scenario.payment.delay_days)}
                            draft={state.drafts.get(DELAY_ID).cloned()}
                            on_action={on_action.clone()}
                        />
                    }
                </section>
                <div class="results-column">
                    <Timeline
                        start={state.scenario.start}
                        horizon_months={state.scenario.horizon_months}
                        month={state.month}
                        playing={state.playing}
                        on_action={on_action.clone()}
                    />
                    { results }
                    <BargainingSummary
                        bargaining={bargaining_result.clone()}
                        currency={currency.clone()}
                        customer={state.scenario.customer.name.clone()}
                        vendor={state.scenario.vendor.name.clone()}
                    />
                    if let Some(spec) = (*bargaining_chart).clone() {
                        <section class="panel" aria-label="Bargaining picture">
                            <ChartCanvas {spec} label="The settlement prices: each side's reservation price, the zone of agreement, and the Nash and Rubinstein prices" />
                        </section>
                    }
                    <PayoffTable scenario={(*scenario).clone()} currency={currency.clone()} />
                    <SensitivityPanel scenario={(*scenario).clone()} settings={state.analysis.clone()} currency={currency.clone()}
                        render_tornado={analysis_charts.tornado.clone()} render_sweep={analysis_charts.sweep.clone()} />
                    <MonteCarloPanel scenario={(*scenario).clone()} settings={state.analysis.clone()} currency={currency}
                        render_fan={analysis_charts.fan.clone()} />
                </div>
            </main>
        </>
    }
}

/// How the analysis panels draw their results: callbacks made once per scenario and output,
/// so that the panels' props stay equal between renders.
struct AnalysisCharts {
    tornado: Callback<Rc<Tornado>, Html>,
    sweep: Callback<Rc<Sweep>, Html>,
    fan: Callback<FanInput, Html>,
}

impl AnalysisCharts {
    fn new(scenario: Rc<Scenario>, output: Output) -> Self {
        let tornado = {
            let scenario = scenario.clone();
            Callback::from(move |result: Rc<Tornado>| {
                let spec = Rc::new(build::tornado(&result, &scenario, output));
                html! {
                    <ChartCanvas {spec} label={format!("Tornado: how far each parameter moves {}", output.label())} />
                }
            })
        };
        let sweep = {
            let scenario = scenario.clone();
            Callback::from(move |result: Rc<Sweep>| {
                let spec = Rc::new(build::heatmap(&result, &scenario, output));
                html! {
                    <ChartCanvas {spec} label={format!("Heatmap of {} over two parameters", output.label())} />
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
            let spec = Rc::new(build::fan(bands, &scenario, progress));
            html! {
                <ChartCanvas {spec} label="Monte Carlo fan: the customer's cash against the baseline, 5th to 95th percentile" />
            }
        });
        AnalysisCharts {
            tornado,
            sweep,
            fan,
        }
    }
}

/// The charts of one report.
struct ReportCharts {
    cash: Rc<ChartSpec>,
    exposure: Rc<ChartSpec>,
    customer_flows: Rc<ChartSpec>,
    vendor_flows: Rc<ChartSpec>,
}

/// Builds the report's charts; without a report (the simulation failed) each chart says so.
fn report_charts(report: Option<&Report>, scenario: &Scenario) -> ReportCharts {
    let chart = |kind: &str, title: &str, make: &dyn Fn(&Report) -> ChartSpec| {
        Rc::new(report.map_or_else(
            || build::unavailable(kind, title, "The simulation failed; see the message above."),
            make,
        ))
    };
    ReportCharts {
        cash: chart("cash", "Cash against the baseline", &|r| {
            build::cash_position(r, scenario, None)
        }),
        exposure: chart("exposure", "What the customer owes", &|r| {
            build::arrears_exposure(r, scenario, None)
        }),
        customer_flows: chart("flows-customer", "Customer cash flows", &|r| {
            build::flows_by_line(r, scenario, Side::Customer, None)
        }),
        vendor_flows: chart("flows-vendor", "Vendor cash flows", &|r| {
            build::flows_by_line(r, scenario, Side::Vendor, None)
        }),
    }
}
