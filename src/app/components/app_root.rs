//! The root component: owns the state, derives the report, and wires the effects.

use yew::prelude::*;

use std::rc::Rc;

use crate::app::charts::build;
use crate::app::charts::spec::ChartSpec;
use crate::app::components::banner::Banner;
use crate::app::components::chart_canvas::ChartCanvas;
use crate::app::components::headline::Headline;
use crate::app::components::param_field::ParamField;
use crate::app::effects::url_fragment::{self, FragmentValue};
use crate::app::state::{Action, AppState, Origin};
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
    let report = use_memo(state.scenario.clone(), simulate);

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

    let charts = use_memo(
        (report.clone(), state.scenario.clone()),
        |(report, scenario)| report_charts(Result::as_ref(&**report).ok(), scenario),
    );
    let on_select_month = {
        let dispatch = state.dispatcher();
        Callback::from(move |month: u32| dispatch.dispatch(Action::SetMonth(month)))
    };
    let on_action = {
        let dispatch = state.dispatcher();
        Callback::from(move |action: Action| dispatch.dispatch(action))
    };
    let on_dismiss = {
        let dispatch = state.dispatcher();
        Callback::from(move |_| dispatch.dispatch(Action::DismissBanner))
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
                <section class="panel" aria-labelledby="levers-title">
                    <h2 id="levers-title">{ "Payment behaviour" }</h2>
                    if let Some(spec) = spec_of(&state.scenario, DELAY_ID) {
                        <ParamField
                            {spec}
                            value={rust_decimal::Decimal::from(state.scenario.payment.delay_days)}
                            draft={state.drafts.get(DELAY_ID).cloned()}
                            {on_action}
                        />
                    }
                </section>
                <section class="panel" aria-labelledby="results-title">
                    <h2 id="results-title">{ "What happens" }</h2>
                    {
                        match report.as_ref() {
                            Ok(report) => html! {
                                <Headline final_arrears={report.months.last().map(|month| month.arrears).unwrap_or_default()} />
                            },
                            Err(error) => html! { <p class="error" role="alert">{ format!("{error:?}") }</p> },
                        }
                    }
                    <ChartCanvas spec={charts.cash.clone()} month={state.month} on_select_month={on_select_month.clone()}
                        label="Each party's cumulative cash against the pay-on-time baseline, by month" />
                    <ChartCanvas spec={charts.exposure.clone()} month={state.month} on_select_month={on_select_month.clone()}
                        label="Arrears, accrued interest and shortfall exposure owed by the customer, by month" />
                    <ChartCanvas spec={charts.customer_flows.clone()} month={state.month} on_select_month={on_select_month.clone()}
                        label="The customer's monthly cash flows by ledger line" />
                    <ChartCanvas spec={charts.vendor_flows.clone()} month={state.month} on_select_month={on_select_month}
                        label="The vendor's monthly cash flows by ledger line" />
                </section>
            </main>
        </>
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
