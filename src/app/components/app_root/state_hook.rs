//! The root's state hook: the state, what the page derives from it (the report, the analyses,
//! the charts), the callbacks the root hands down, and the effects that tie the state to the
//! browser (each one lives in [`crate::app::effects`]).
//!
//! The state's scenario is shared and a new `Rc` exactly when it changed (state.rs), so every
//! memo here keyed on it compares a pointer, and none copies the scenario.

use std::rc::Rc;

use yew::prelude::*;

use super::report_charts::{
    flow_charts, other_report, report_charts, AnalysisCharts, FlowCharts, ReportCharts, Settled,
};
use crate::app::charts::build;
use crate::app::charts::spec::ChartSpec;
use crate::app::charts::vendors::{self, arrears_by_vendor, paid_by_vendor};
use crate::app::components::compare_panel::{OtherScenario, OtherSimulation};
use crate::app::effects::deferred::{use_after_first_paint, use_deferred};
use crate::app::effects::document_lang::use_document_lang;
use crate::app::effects::file_import::use_file_drop;
use crate::app::effects::play_timer::use_play_timer;
use crate::app::effects::presenter_keys::use_presenter_keys;
use crate::app::effects::print::print_page_after_render;
use crate::app::effects::url_sync::{use_url_sync, UrlSync};
use crate::app::game_session::{GameAction, PlayMode};
use crate::app::simulated::Simulated;
use crate::app::state::{Action, AppState, Origin};
use standoff_core::analysis::{
    bargaining, best_allocation, pain, portfolio_pain, triage, verdict, AnalysisError, Bargaining,
    BargainingOptions, BestAllocation, Triage, Verdict,
};
use standoff_core::engine::{EngineError, PortfolioReport, Report};
use standoff_core::model::{presets, Scenario};
use standoff_words::Lang;

/// Everything the root's layouts render from.
pub struct App {
    pub state: UseReducerHandle<AppState>,
    /// `false` until the first screen has been painted: the rest of the page follows then.
    pub complete: bool,
    pub reports: Reports,
    pub charts: Charts,
    pub callbacks: Callbacks,
    /// The state as the editor reads it (see [`use_editor_state`]).
    pub editor_state: Rc<AppState>,
    /// The link to what is on screen, for the QR codes and the handout.
    pub link: AttrValue,
    /// Whether the scenario differs from the preset it came from (`false` for any other
    /// origin), for the presets menu.
    pub preset_edited: bool,
}

impl App {
    /// The current report, when the simulation succeeded.
    pub fn report(&self) -> Option<Rc<Report>> {
        Result::as_ref(&*self.reports.report).ok().cloned()
    }

    /// The report below the first screen, one painted frame behind the first screen's.
    pub fn settled_report(&self) -> Option<Rc<Report>> {
        Result::as_ref(&*self.reports.settled.report).ok().cloned()
    }
}

/// The simulations and analyses of the state.
pub struct Reports {
    pub report: Rc<Result<Rc<Report>, EngineError>>,
    /// The scenario and report as the parts below the first screen show them.
    pub settled: Settled,
    pub bargaining: Rc<Result<Bargaining, AnalysisError>>,
    /// The verdict read off `bargaining`, for the top of the page.
    pub verdict: Rc<Result<Verdict, AnalysisError>>,
    /// With several vendors or a budget: every vendor's relationship and the budget's effect
    /// (`report` is then the first vendor's), with the triage and the vendors' charts.
    pub vendors: Rc<Option<Vendors>>,
    /// With two to four vendors: the best shares of their bills, searched on a grid for the
    /// settled scenario (up to 36 simulations of the whole, so it follows a change one painted
    /// frame later, like the analyses below the first screen).
    pub best: Rc<Option<Result<BestAllocation, AnalysisError>>>,
    /// Compare mode's other scenario, simulated once for both its charts and its table.
    pub other: Rc<OtherScenario>,
}

/// What the page shows of a scenario with several vendors or a budget.
#[derive(PartialEq)]
pub struct Vendors {
    pub scenario: Rc<Scenario>,
    pub portfolio: Rc<PortfolioReport>,
    pub triage: Result<Triage, AnalysisError>,
    pub arrears_chart: Option<Rc<ChartSpec>>,
    pub paid_chart: Option<Rc<ChartSpec>>,
}

/// The charts built from the reports.
pub struct Charts {
    pub first: Rc<ReportCharts>,
    pub flows: Rc<FlowCharts>,
    /// Compare mode: the other scenario's label and its first-screen charts.
    pub other: Rc<Option<(String, ReportCharts)>>,
    pub analysis: Rc<AnalysisCharts>,
    pub bargaining: Rc<Option<Rc<ChartSpec>>>,
    /// The pain picture of the settled report: each side's cost of each month of standoff.
    pub pain: Rc<Option<Rc<ChartSpec>>>,
}

/// The callbacks the root hands down. Each is made once (the dispatcher never changes), so
/// that the props of the fields, charts and buttons that get one stay equal between renders.
pub struct Callbacks {
    pub on_action: Callback<Action>,
    pub on_dismiss: Callback<()>,
    pub on_select_month: Callback<u32>,
    pub on_present: Callback<MouseEvent>,
    pub on_print: Callback<MouseEvent>,
    pub on_play: Callback<PlayMode>,
}

/// The state from `initial`, what derives from it, and the effects that follow it.
#[hook]
pub fn use_app(initial: AppState) -> App {
    let state = use_reducer(move || initial);
    let complete = use_after_first_paint();
    let reports = use_reports(&state);
    let UrlSync { link, flush } = use_browser_effects(&state);
    let callbacks = use_callbacks(&state, flush);
    let charts = use_charts(&state, &reports);
    let editor_state = use_editor_state(&state);
    let preset_edited = use_preset_edited(&state);
    App {
        state,
        complete,
        reports,
        charts,
        callbacks,
        editor_state,
        link,
        preset_edited,
    }
}

/// Whether the scenario differs from the preset it came from. The preset is built once per
/// origin; comparing it with the scenario at each input is a structural comparison of two
/// small values.
#[hook]
fn use_preset_edited(state: &UseReducerHandle<AppState>) -> bool {
    let preset = use_memo(state.origin.clone(), |origin| match origin {
        Origin::Preset(id) => presets::by_id(id).map(|preset| preset.scenario),
        _ => None,
    });
    (*preset)
        .as_ref()
        .is_some_and(|preset| *preset != *state.scenario)
}

#[hook]
fn use_reports(state: &UseReducerHandle<AppState>) -> Reports {
    let scenario = state.scenario.clone();
    let simulated = use_memo(scenario.clone(), |scenario| Simulated::of(scenario));
    let report = simulated.report.clone();
    // The ledger, the event log, the bargaining analysis and the handout's text lie below the
    // first screen: they follow a change one painted frame later, so that a slider input
    // repaints the visible charts first.
    let settled = use_deferred(Settled {
        scenario,
        report: report.clone(),
        portfolio: simulated.portfolio.clone(),
    });
    let bargaining = use_memo(settled.scenario.clone(), |scenario| {
        bargaining(scenario, &BargainingOptions::default())
    });
    let verdict = use_memo(
        (bargaining.clone(), settled.scenario.horizon_months),
        |(bargaining, horizon)| {
            Result::as_ref(&**bargaining)
                .map_err(Clone::clone)
                .and_then(|bargaining| verdict(bargaining, *horizon))
        },
    );
    let other = use_memo(state.comparison.clone(), |comparison| {
        comparison.as_ref().map(|comparison| {
            let simulated = Simulated::of(&comparison.scenario);
            OtherSimulation {
                comparison: comparison.clone(),
                report: (*simulated.report).clone(),
                portfolio: simulated.portfolio,
            }
        })
    });
    let vendors = use_vendors(&simulated, &state.scenario, state.lang);
    let best = use_memo(settled.scenario.clone(), |scenario| {
        best_allocation(scenario).transpose()
    });
    Reports {
        report,
        settled,
        bargaining,
        verdict,
        vendors,
        best,
        other,
    }
}

/// The triage and the vendors' charts of a scenario with several vendors or a budget.
#[hook]
fn use_vendors(
    simulated: &Rc<Simulated>,
    scenario: &Rc<Scenario>,
    lang: Lang,
) -> Rc<Option<Vendors>> {
    use_memo(
        (simulated.portfolio.clone(), scenario.clone(), lang),
        |(portfolio, scenario, lang)| {
            let portfolio = portfolio.clone()?;
            Some(Vendors {
                triage: triage(scenario, &portfolio),
                arrears_chart: arrears_by_vendor(*lang, &portfolio, scenario).map(Rc::new),
                paid_chart: paid_by_vendor(*lang, &portfolio, scenario).map(Rc::new),
                scenario: scenario.clone(),
                portfolio,
            })
        },
    )
}

/// The URL follows the scenario and pasted links open; scenario files can be dropped; the
/// play timer ticks; the document's language follows; presenter mode's keys work.
#[hook]
fn use_browser_effects(state: &UseReducerHandle<AppState>) -> UrlSync {
    let sync = use_url_sync(state);
    let dispatch = state.dispatcher();
    use_file_drop(Callback::from(move |action| dispatch.dispatch(action)));
    use_play_timer(state.playing, state.dispatcher());
    use_document_lang(state.lang);
    use_presenter_keys(state);
    sync
}

#[hook]
fn use_callbacks(state: &UseReducerHandle<AppState>, flush_link: Callback<()>) -> Callbacks {
    let dispatcher = state.dispatcher();
    let on_action = use_callback(dispatcher.clone(), |action: Action, dispatch| {
        dispatch.dispatch(action)
    });
    let on_dismiss = use_callback(dispatcher.clone(), |_, dispatch| {
        dispatch.dispatch(Action::DismissBanner)
    });
    let on_select_month = use_callback(dispatcher.clone(), |month: u32, dispatch| {
        dispatch.dispatch(Action::SetMonth(month))
    });
    let on_present = use_callback(dispatcher.clone(), |_: MouseEvent, dispatch| {
        dispatch.dispatch(Action::EnterPresenter)
    });
    let on_play = use_callback(dispatcher, |mode: PlayMode, dispatch| {
        dispatch.dispatch(Action::Game(GameAction::Start(mode)))
    });
    // A link still in its quiet period is written first, and the dialog opens in a later task,
    // after the page has rendered it: the handout's link and QR code are the current ones.
    let on_print = use_callback(flush_link, |_: MouseEvent, flush_link| {
        flush_link.emit(());
        print_page_after_render();
    });
    Callbacks {
        on_action,
        on_dismiss,
        on_select_month,
        on_present,
        on_print,
        on_play,
    }
}

#[hook]
fn use_charts(state: &UseReducerHandle<AppState>, reports: &Reports) -> Charts {
    let lang = state.lang;
    let scenario = state.scenario.clone();
    let report = reports.report.clone();
    let other = reports.other.clone();
    let first = use_memo(
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
    // change one painted frame later, so that a slider input builds only the charts in view.
    // Presenter mode shows them on its first screen, so there they follow at once.
    let flows_from = if state.presenter {
        Settled {
            scenario: scenario.clone(),
            report: report.clone(),
            portfolio: (*reports.vendors)
                .as_ref()
                .map(|vendors| vendors.portfolio.clone()),
        }
    } else {
        reports.settled.clone()
    };
    let flows = use_memo((flows_from, other.clone(), lang), |(from, other, lang)| {
        flow_charts(
            *lang,
            Result::as_ref(&*from.report).ok().map(|r| &**r),
            &from.scenario,
            other_report(other),
        )
    });
    let compared = use_memo((report, other, lang), |(report, other, lang)| {
        other.as_ref().as_ref().and_then(|other| {
            let other_report = other.report.as_ref().ok()?;
            let mine = Result::as_ref(&**report).ok().map(|r| &**r);
            let comparison = &other.comparison;
            Some((
                comparison.label.clone(),
                report_charts(*lang, Some(other_report), &comparison.scenario, mine),
            ))
        })
    });
    let analysis = use_memo(
        (
            reports.settled.scenario.clone(),
            state.analysis.output,
            lang,
        ),
        |(scenario, output, lang)| AnalysisCharts::new(*lang, scenario.clone(), *output),
    );
    let bargaining = use_memo(
        (
            reports.bargaining.clone(),
            reports.settled.scenario.clone(),
            lang,
        ),
        |(result, scenario, lang)| {
            Result::as_ref(&**result)
                .ok()
                .map(|result| Rc::new(build::bargaining_picture(*lang, result, scenario)))
        },
    );
    let pain = use_memo((reports.settled.clone(), lang), |(settled, lang)| {
        let report = Result::as_ref(&*settled.report).ok()?;
        let spec = match settled.portfolio.as_deref() {
            Some(portfolio) => {
                let pain = portfolio_pain(portfolio).ok()?;
                vendors::portfolio_pain(*lang, portfolio, &settled.scenario, &pain)?
            }
            None => build::standoff_pain(*lang, report, &settled.scenario, &pain(report).ok()?),
        };
        Some(Rc::new(spec))
    });
    Charts {
        first,
        flows,
        other: compared,
        analysis,
        bargaining,
        pain,
    }
}

/// The editor reads the scenario, the vendor whose terms it shows, the drafts, the field
/// errors, the analysis settings and the language: its state is copied only when one of
/// those changes, so that the timeline's
/// month, the play button or a banner do not draw the whole editor again.
#[hook]
fn use_editor_state(state: &UseReducerHandle<AppState>) -> Rc<AppState> {
    let current = state.clone();
    use_memo(
        (
            state.scenario.clone(),
            state.vendor_tab,
            state.drafts.clone(),
            state.scenario_errors.clone(),
            state.analysis.clone(),
            state.lang,
        ),
        move |_| (*current).clone(),
    )
}
