//! The root component: owns the state, derives the report, and wires the effects.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::charts::series::{to_f64, LineChartData, Series};
use crate::app::components::banner::Banner;
use crate::app::components::chart_canvas::ChartCanvas;
use crate::app::components::editor::Editor;
use crate::app::components::headline::Headline;
use crate::app::components::preset_menu::PresetMenu;
use crate::app::effects::url_fragment::{self, FragmentValue};
use crate::app::state::{Action, AppState, Origin};
use crate::engine::{simulate, Report};

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

    let chart = use_memo(report.clone(), |report| {
        arrears_chart(Result::as_ref(&**report).ok())
    });
    // One callback for the life of the page (the dispatcher never changes), so that fields
    // whose value did not change are not re-rendered on every input.
    let on_action = use_callback(state.dispatcher(), |action: Action, dispatch| {
        dispatch.dispatch(action)
    });
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
                <section class="panel editor-panel" aria-labelledby="levers-title">
                    <h2 id="levers-title">{ "The scenario" }</h2>
                    <PresetMenu origin={state.origin.clone()} on_action={on_action.clone()} />
                    <Editor state={Rc::new((*state).clone())} {on_action} />
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
