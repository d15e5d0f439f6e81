//! The root component: owns the state, derives the report, and wires the effects.

use yew::prelude::*;

use crate::app::charts::series::{to_f64, LineChartData, Series};
use crate::app::components::banner::Banner;
use crate::app::components::chart_canvas::ChartCanvas;
use crate::app::components::file_panel::FilePanel;
use crate::app::components::headline::Headline;
use crate::app::components::param_field::ParamField;
use crate::app::components::saved_panel::SavedPanel;
use crate::app::components::share_panel::SharePanel;
use crate::app::effects::file_import::use_file_drop;
use crate::app::effects::url_sync::use_url_sync;
use crate::app::state::{Action, AppState};
use crate::engine::{simulate, Report};
use crate::model::params::spec_of;

#[derive(Properties, PartialEq)]
pub struct AppRootProps {
    /// The state to start from; `start()` builds it from the page URL.
    #[prop_or_default]
    pub initial: AppState,
}

const DELAY_ID: &str = "payment.delay_days";

#[function_component]
pub fn AppRoot(props: &AppRootProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || initial);
    let report = use_memo(state.scenario.clone(), simulate);

    // The URL follows the scenario and pasted links open; scenario files can be dropped.
    use_url_sync(&state);
    {
        let dispatch = state.dispatcher();
        use_file_drop(Callback::from(move |action| dispatch.dispatch(action)));
    }

    let chart = use_memo(report.clone(), |report| {
        arrears_chart(Result::as_ref(&**report).ok())
    });
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
                <Banner message={banner.message} offending_text={banner.offending_text} on_dismiss={on_dismiss} />
            }
            <main class="layout">
                <section class="panel" aria-labelledby="levers-title">
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
                    <ChartCanvas data={chart} label="Arrears owed by the customer, by month" />
                </section>
                <section class="panel" aria-labelledby="sharing-title">
                    <h2 id="sharing-title">{ "Share and keep" }</h2>
                    <SharePanel scenario={state.scenario.clone()} month={state.month} />
                    <FilePanel scenario={state.scenario.clone()} report={report.clone()} on_action={on_action.clone()} />
                    <SavedPanel scenario={state.scenario.clone()} on_action={on_action.clone()} />
                </section>
            </main>
        </>
    }
}

/// The skeleton's one chart: arrears by month.
fn arrears_chart(report: Option<&Report>) -> LineChartData {
    let points = report
        .map(|report| {
            report
                .months
                .iter()
                .map(|month| (f64::from(month.index) + 1.0, to_f64(month.arrears)))
                .collect()
        })
        .unwrap_or_default();
    LineChartData {
        title: "Arrears owed to the vendor".into(),
        y_label: "USD".into(),
        months: report.map_or(0, |report| report.months.len()),
        series: vec![Series {
            label: "Arrears".into(),
            colour: "#c2571a".into(),
            points,
        }],
    }
}
