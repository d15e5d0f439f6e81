//! The root component: owns the state, derives the report and the analyses, wires the
//! effects, and lays out the screen.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::charts::build;
use crate::app::charts::spec::ChartSpec;
use crate::app::components::announcer::announcer;
use crate::app::components::banner::banner;
use crate::app::components::bargaining_summary::BargainingSummary;
use crate::app::components::chart_canvas::ChartCanvas;
use crate::app::components::compare_panel::ComparePanel;
use crate::app::components::compare_panel::OtherScenario;
use crate::app::components::editor::Editor;
use crate::app::components::event_log::EventLog;
use crate::app::components::file_panel::FilePanel;
use crate::app::components::headline::headline;
use crate::app::components::language_switcher::language_switcher;
use crate::app::components::ledger_table::LedgerTable;
use crate::app::components::monte_carlo_panel::{FanInput, MonteCarloPanel};
use crate::app::components::payoff_table::PayoffTable;
use crate::app::components::presenter::{presenter, PresenterProps};
use crate::app::components::preset_menu::PresetMenu;
use crate::app::components::print_handout::{Handout, HandoutPart};
use crate::app::components::saved_panel::SavedPanel;
use crate::app::components::sensitivity_panel::SensitivityPanel;
use crate::app::components::share_panel::SharePanel;
use crate::app::components::timeline::Timeline;
use crate::app::effects::deferred::use_deferred;
use crate::app::effects::document_lang::use_document_lang;
use crate::app::effects::file_import::use_file_drop;
use crate::app::effects::play_timer::use_play_timer;
use crate::app::effects::presenter_keys::use_presenter_keys;
use crate::app::effects::print::print_page_after_render;
use crate::app::effects::url_sync::{use_url_sync, UrlSync};
use crate::app::state::{scenario_label, Action, AppState};
use crate::app::LangContext;
use standoff_core::analysis::{bargaining, BargainingOptions, Output, Sweep, Tornado};
use standoff_core::engine::{simulate, EngineError, Report};
use standoff_core::model::{Scenario, Side};
use standoff_words::analysis::output_label;
use standoff_words::charts::ChartMsg;
use standoff_words::classroom::ClassMsg;
use standoff_words::errors::engine_error;
use standoff_words::tr;
use standoff_words::{Lang, Msg};

#[derive(Properties, PartialEq)]
pub struct AppRootProps {
    /// The state to start from; `start()` builds it from the page URL.
    #[prop_or_default]
    pub initial: AppState,
}

/// The compared scenario's report, when there is a comparison and it simulated.
fn other_report(other: &OtherScenario) -> Option<&Report> {
    other
        .as_ref()
        .and_then(|(_, report)| report.as_ref().ok())
        .map(|report| &**report)
}

#[function_component]
pub fn AppRoot(props: &AppRootProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || initial);
    // The first render shows only the headline and the report's charts; the editor and the
    // panels further down (about nine tenths of the page's elements) follow once the browser
    // has painted that first screen, so the first chart appears that much sooner
    // (docs/performance.md). A frame, then a task: the paint of the frame comes between.
    let complete = use_state_eq(|| false);
    {
        let complete = complete.clone();
        use_effect_with((), move |_| {
            let frame = gloo::render::request_animation_frame(move |_| {
                gloo::timers::callback::Timeout::new(0, move || complete.set(true)).forget();
            });
            move || drop(frame)
        });
    }
    let complete = *complete;
    // The state's scenario is shared and a new `Rc` exactly when it changed (state.rs), so the
    // memos below keyed on it compare a pointer, and none copies the scenario.
    let scenario: Rc<Scenario> = state.scenario.clone();
    let report = use_memo(scenario.clone(), |scenario| simulate(scenario).map(Rc::new));
    // The ledger, the event log, the bargaining analysis and the handout's text lie below the
    // first screen: they follow a change one painted frame later, so that a slider input
    // repaints the visible charts first (docs/performance.md).
    let settled = use_deferred(Settled {
        scenario: scenario.clone(),
        report: report.clone(),
    });
    let settled_report = Result::as_ref(&*settled.report).ok().cloned();
    let bargaining_result = use_memo(settled.scenario.clone(), |scenario| {
        bargaining(scenario, &BargainingOptions::default())
    });

    // The URL follows the scenario and pasted links open; scenario files can be dropped.
    // The link to what is on screen, for the QR codes and the handout: the text the address
    // bar got after its quiet period (encoded once per pause, not on every input).
    let UrlSync {
        link,
        flush: flush_link,
    } = use_url_sync(&state);
    {
        let dispatch = state.dispatcher();
        use_file_drop(Callback::from(move |action| dispatch.dispatch(action)));
    }

    use_play_timer(state.playing, state.dispatcher());
    use_document_lang(state.lang);
    let lang = state.lang;
    // Presenter mode's keys (space, arrows, steps, full screen, help, Esc).
    use_presenter_keys(&state);

    // One callback for the life of the page (the dispatcher never changes), so that fields
    // whose value did not change are not re-rendered on every input.
    let on_action = use_callback(state.dispatcher(), |action: Action, dispatch| {
        dispatch.dispatch(action)
    });
    // The root's other callbacks are made once too: a new callback would make the props of
    // the charts and buttons that get it differ on every render.
    let on_dismiss = use_callback(state.dispatcher(), |_, dispatch| {
        dispatch.dispatch(Action::DismissBanner)
    });
    // Compare mode: the other scenario simulated once, here, for both the charts on shared
    // axes and the table of differences (which also shows its error, if any).
    let other: Rc<OtherScenario> = use_memo(state.comparison.clone(), |comparison| {
        comparison.as_ref().map(|comparison| {
            (
                comparison.clone(),
                simulate(&comparison.scenario).map(Rc::new),
            )
        })
    });
    let charts = use_memo(
        (report.clone(), scenario.clone(), other.clone(), lang),
        |(report, scenario, other, lang)| {
            report_charts(
                *lang,
                Result::as_ref(&**report).ok().map(|r| &**r),
                scenario,
                other_report(other),
            )
        },
    );
    // The two cash-flow charts lie below the first screen: like the ledger they follow a
    // change one painted frame later, so that a slider input builds only the charts in view
    // (docs/performance.md). Presenter mode shows them on its first screen, so there they
    // follow at once.
    let flows_from = if state.presenter {
        Settled {
            scenario: scenario.clone(),
            report: report.clone(),
        }
    } else {
        settled.clone()
    };
    let flows = use_memo((flows_from, other.clone(), lang), |(from, other, lang)| {
        flow_charts(
            *lang,
            Result::as_ref(&*from.report).ok().map(|r| &**r),
            &from.scenario,
            other_report(other),
        )
    });
    let other_charts = use_memo(
        (report.clone(), other.clone(), lang),
        |(report, other, lang)| {
            other
                .as_ref()
                .as_ref()
                .and_then(|(comparison, other_report)| {
                    let other_report = other_report.as_ref().ok()?;
                    let mine = Result::as_ref(&**report).ok().map(|r| &**r);
                    Some((
                        comparison.label.clone(),
                        report_charts(*lang, Some(other_report), &comparison.scenario, mine),
                    ))
                })
        },
    );
    let on_select_month = use_callback(state.dispatcher(), |month: u32, dispatch| {
        dispatch.dispatch(Action::SetMonth(month))
    });
    let currency = state.scenario.customer.currency.clone();
    let analysis_charts = use_memo(
        (scenario.clone(), state.analysis.output, lang),
        |(scenario, output, lang)| AnalysisCharts::new(*lang, scenario.clone(), *output),
    );
    let bargaining_chart = use_memo(
        (bargaining_result.clone(), settled.scenario.clone(), lang),
        |(result, scenario, lang)| {
            Result::as_ref(&**result)
                .ok()
                .map(|result| Rc::new(build::bargaining_picture(*lang, result, scenario)))
        },
    );

    // The editor reads the scenario, the drafts, the field errors, the analysis settings and
    // the language: its state is copied only when one of those changes, so that the timeline's
    // month, the play button or a banner do not re-render the whole editor.
    let editor_state = {
        let current = state.clone();
        use_memo(
            (
                scenario.clone(),
                state.drafts.clone(),
                state.scenario_errors.clone(),
                state.analysis.clone(),
                // The editor writes its labels, titles and messages in `state.lang`.
                state.lang,
            ),
            move |_| (*current).clone(),
        )
    };

    let results = match report.as_ref() {
        Ok(report) => html! {
            <>
                { headline(lang, report, state.month) }
                <div class="print-chart">
                    <ChartCanvas spec={charts.cash.clone()} month={state.month} on_select_month={on_select_month.clone()}
                        label={lang.t(Msg::CashChartLabel)} />
                </div>
                <div class="print-chart">
                    <ChartCanvas spec={charts.exposure.clone()} month={state.month} on_select_month={on_select_month.clone()}
                        label={lang.t(Msg::ExposureChartLabel)} />
                </div>
                <ChartCanvas spec={flows.customer.clone()} month={state.month} on_select_month={on_select_month.clone()}
                    label={lang.t(Msg::CustomerFlowsChartLabel)} />
                <ChartCanvas spec={flows.vendor.clone()} month={state.month} on_select_month={on_select_month.clone()}
                    label={lang.t(Msg::VendorFlowsChartLabel)} />
                if complete {
                if let Some(later) = settled_report.clone() {
                    <EventLog report={later.clone()} scenario={settled.scenario.clone()} month={state.month} on_action={on_action.clone()} />
                    <LedgerTable report={later} month={state.month} />
                }
                <ComparePanel
                    report={other.is_some().then(|| report.clone())}
                    label={scenario_label(&state.scenario)}
                    other={other.clone()}
                    on_action={on_action.clone()}
                />
                if let Some((label, theirs)) = (*other_charts).as_ref() {
                    <section class="panel" aria-labelledby="compare-charts-title" data-testid="compare-charts">
                        <h2 id="compare-charts-title">{
                            {
                                let mine = scenario_label(&state.scenario);
                                tr!(lang, en: "{mine} and {label} on shared axes"; fr: "{mine} et {label} sur des axes communs")
                            }
                        }</h2>
                        <div class="compare-grid">
                            <div>
                                <h3>{ scenario_label(&state.scenario) }</h3>
                                <ChartCanvas spec={charts.cash.clone()} label={format!("{}{} {}", lang.t(Msg::ThisScenario), lang.t(Msg::Colon), lang.t(Msg::CashAgainstBaseline))} />
                                <ChartCanvas spec={charts.exposure.clone()} label={format!("{}{} {}", lang.t(Msg::ThisScenario), lang.t(Msg::Colon), lang.t(Msg::WhatCustomerOwes))} />
                            </div>
                            <div>
                                <h3>{ label.clone() }</h3>
                                <ChartCanvas spec={theirs.cash.clone()} label={format!("{label}{} {}", lang.t(Msg::Colon), lang.t(Msg::CashAgainstBaseline))} />
                                <ChartCanvas spec={theirs.exposure.clone()} label={format!("{label}{} {}", lang.t(Msg::Colon), lang.t(Msg::WhatCustomerOwes))} />
                            </div>
                        </div>
                    </section>
                }
                }
            </>
        },
        Err(error) => html! { <p class="error" role="alert">{ engine_error(lang, error) }</p> },
    };

    // Hooks, so before presenter mode's early return.
    let on_present = use_callback(state.dispatcher(), |_: MouseEvent, dispatch| {
        dispatch.dispatch(Action::EnterPresenter)
    });
    // A link still in its quiet period is written first, and the dialog opens in a later task,
    // after the page has rendered it: the handout's link and QR code are the current ones.
    let on_print = use_callback(flush_link, |_: MouseEvent, flush_link| {
        flush_link.emit(());
        print_page_after_render();
    });
    let report_ok = Result::as_ref(&*report).ok().cloned();
    if state.presenter {
        return html! {
            <ContextProvider<LangContext> context={lang}>
                if let Some(shown) = state.banner.clone() {
                    { banner(lang, shown.message(lang), shown.offending_text, &on_dismiss) }
                }
                { presenter(lang, &PresenterProps {
                    state: &state,
                    report: report_ok.clone(),
                    cash: charts.cash.clone(),
                    exposure: charts.exposure.clone(),
                    customer_flows: flows.customer.clone(),
                    vendor_flows: flows.vendor.clone(),
                    link: link.clone(),
                    on_action: on_action.clone(),
                }) }
                // Printing from presenter mode gives the same one-page handout as the main
                // screen: the handout is laid out (so that its charts are drawn) but invisible
                // on screen, and the print style sheet shows it in place of the presenter.
                <div class="presenter-handout" data-testid="presenter-handout">
                    <Handout part={HandoutPart::Head} scenario={scenario.clone()} report={report_ok.clone()} month={state.month} />
                    <div class="print-chart">
                        <ChartCanvas spec={charts.cash.clone()} month={state.month} label={lang.t(Msg::CashChartLabel)} />
                    </div>
                    <div class="print-chart">
                        <ChartCanvas spec={charts.exposure.clone()} month={state.month} label={lang.t(Msg::ExposureChartLabel)} />
                    </div>
                    <Handout part={HandoutPart::Foot} report={report_ok} scenario={scenario.clone()} link={link.clone()} />
                </div>
            </ContextProvider<LangContext>>
        };
    }
    html! {
        <ContextProvider<LangContext> context={lang}>
            <header class="app-header">
                <h1>{ "Standoff" }</h1>
                <p class="tagline">{ lang.t(Msg::Tagline) }</p>
                { language_switcher(lang, &on_action) }
                <div class="header-actions">
                    <button type="button" data-testid="enter-presenter" onclick={on_present}>{ lang.t(ClassMsg::PresenterEnter) }</button>
                    <button type="button" data-testid="print-handout" onclick={on_print}>{ lang.t(ClassMsg::PrintHandout) }</button>
                </div>
            </header>
            if let Some(shown) = state.banner.clone() {
                { banner(lang, shown.message(lang), shown.offending_text, &on_dismiss) }
            }
            <main class="layout">
                <section class="panel editor-panel" aria-labelledby="levers-title">
                    <h2 id="levers-title">{ lang.t(Msg::TheScenario) }</h2>
                    <PresetMenu origin={state.origin.clone()} on_action={on_action.clone()} />
                    if complete {
                        <Editor state={editor_state} on_action={on_action.clone()} />
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
                    { announcer(lang, Result::as_ref(&*report).ok().map(|r| &**r), &scenario, state.month) }
                    <Handout part={HandoutPart::Head} scenario={settled.scenario.clone()} report={settled_report.clone()} month={state.month} />
                    { results }
                    <Handout part={HandoutPart::Foot} report={settled_report.clone()} scenario={settled.scenario.clone()} link={link.clone()} />
                    if complete {
                    <BargainingSummary
                        bargaining={bargaining_result.clone()}
                        currency={currency.clone()}
                        customer={settled.scenario.customer.name.clone()}
                        vendor={settled.scenario.vendor.name.clone()}
                    />
                    if let Some(spec) = (*bargaining_chart).clone() {
                        <section class="panel" aria-label={lang.t(Msg::BargainingPicture)}>
                            <ChartCanvas {spec} label={lang.t(Msg::BargainingChartLabel)} />
                        </section>
                    }
                    <PayoffTable scenario={scenario.clone()} currency={currency.clone()} />
                    <SensitivityPanel scenario={scenario.clone()} settings={state.analysis.clone()} currency={currency.clone()}
                        render_tornado={analysis_charts.tornado.clone()} render_sweep={analysis_charts.sweep.clone()} />
                    <MonteCarloPanel scenario={scenario.clone()} settings={state.analysis.clone()} currency={currency}
                        render_fan={analysis_charts.fan.clone()} />
                    <section class="panel" aria-labelledby="sharing-title">
                        <h2 id="sharing-title">{ lang.t(Msg::ShareAndKeep) }</h2>
                        <SharePanel scenario={scenario.clone()} month={state.month} link={link.clone()} />
                        <FilePanel scenario={scenario.clone()} report={report.clone()} on_action={on_action.clone()} />
                        <SavedPanel scenario={scenario.clone()} on_action={on_action.clone()} />
                    </section>
                    }
                </div>
            </main>
        </ContextProvider<LangContext>>
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
    fn new(lang: Lang, scenario: Rc<Scenario>, output: Output) -> Self {
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
struct Settled {
    scenario: Rc<Scenario>,
    report: Rc<Result<Rc<Report>, EngineError>>,
}

impl PartialEq for Settled {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.scenario, &other.scenario) && Rc::ptr_eq(&self.report, &other.report)
    }
}

/// The charts of one report on the first screen.
struct ReportCharts {
    cash: Rc<ChartSpec>,
    exposure: Rc<ChartSpec>,
}

/// The report's two cash-flow charts, further down the page.
struct FlowCharts {
    customer: Rc<ChartSpec>,
    vendor: Rc<ChartSpec>,
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
fn report_charts(
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
fn flow_charts(
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
