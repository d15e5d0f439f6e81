//! Presenter mode: the screen a teacher projects. Large type and high contrast, the editor
//! hidden, the key charts and the event log big, and the lesson step (title, text or
//! question, the levers it opens) when the scenario has a lesson. Everything here is driven
//! by the reducer: the buttons dispatch the same actions as the keys
//! (`effects/presenter_keys.rs`).

use std::rc::Rc;

use yew::prelude::*;

use super::app_root::state_hook::Vendors;
use super::vendors_panel::{triage_body, vendor_chart, VendorChart};
use crate::app::charts::spec::ChartSpec;
use crate::app::components::chart_canvas::ChartCanvas;
use crate::app::components::event_log::EventLog;
use crate::app::components::headline::headline;
use crate::app::components::param_field::ParamField;
use crate::app::components::qr_code::QrCodeView;
use crate::app::components::timeline::position_text;
use crate::app::components::verdict::VerdictPanel;
use crate::app::effects::presenter_keys::toggle_fullscreen;
use crate::app::game_session::GameAction;
use crate::app::presenter_keys::KEY_HELP;
use crate::app::state::{scenario_label, Action, AppState};
use crate::app::use_lang;
use standoff_core::analysis::{AnalysisError, Verdict};
use standoff_core::engine::Report;
use standoff_core::model::lesson::{CHART_IDS, DEFAULT_CHARTS};
use standoff_core::model::params::{get_param, spec_of};
use standoff_words::classroom::{step_count, ClassMsg};
use standoff_words::game::hand_over_controls;
use standoff_words::params::param_label;
use standoff_words::triage::TriageMsg;
use standoff_words::{Lang, Msg};

/// The height of a chart on the projector, in CSS pixels, until the style sheet stretches it
/// to fill its share of the screen.
const PRESENTER_CHART_HEIGHT: u32 = 380;

#[derive(Properties, PartialEq)]
pub struct PresenterProps {
    /// The whole state: presenter mode shows the month, the lesson step, the levers' values
    /// and drafts, and its own dialogs.
    pub state: UseReducerHandle<AppState>,
    /// The simulated report, or `None` when the simulation failed.
    pub report: Option<Rc<Report>>,
    pub cash: Rc<ChartSpec>,
    pub exposure: Rc<ChartSpec>,
    pub customer_flows: Rc<ChartSpec>,
    pub vendor_flows: Rc<ChartSpec>,
    /// The pain picture, once the settled report has been read.
    pub pain: Option<Rc<ChartSpec>>,
    /// The settled report and its verdict, for the verdict panel.
    pub settled: Option<Rc<Report>>,
    pub verdict: Rc<Result<Verdict, AnalysisError>>,
    /// With several vendors or a budget: the triage and the vendors' charts.
    pub vendors: Rc<Option<Vendors>>,
    /// The page's link, for the QR code.
    pub link: AttrValue,
    pub on_action: Callback<Action>,
}

/// The grid's class for the panels shown, so that the style sheet gives them the whole width
/// and the height left below the lesson: one to three side by side, four in two rows of two,
/// more in rows of three.
fn grid_class(shown: usize) -> &'static str {
    match shown {
        0 | 1 => "panels-1",
        2 => "panels-2",
        3 => "panels-3",
        4 => "panels-4",
        _ => "panels-many",
    }
}

/// Presenter mode's screen, in the interface language, which also chooses the lesson text
/// (English when a step has no French).
#[function_component]
pub fn Presenter(props: &PresenterProps) -> Html {
    let lang = use_lang();
    let state = &*props.state;
    let emit = |action: Action| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    let step = state.current_step();
    let shows = |id: &str| match step {
        Some(step) => step.shows_chart(id),
        None => DEFAULT_CHARTS.contains(&id),
    };
    // The figures span the screen above the grid; every other panel is a cell of it. The
    // vendors' panels exist only with several vendors or a budget.
    let vendors = (*props.vendors).as_ref();
    let exists = |id: &str| !id.starts_with("vendor") || vendors.is_some();
    let shown = CHART_IDS
        .iter()
        .filter(|id| **id != "figures" && shows(id) && exists(id))
        .count();
    let on_select_month = {
        let on_action = props.on_action.clone();
        Callback::from(move |month: u32| on_action.emit(Action::SetMonth(month)))
    };
    let chart = |id: &'static str, spec: &Rc<ChartSpec>, label: Msg| {
        html! {
            <div class="presenter-chart" data-panel={id} key={id}>
                <ChartCanvas spec={spec.clone()} month={state.month} label={lang.t(label)}
                    height={PRESENTER_CHART_HEIGHT} on_select_month={on_select_month.clone()} />
            </div>
        }
    };

    let lesson_panel = lesson_panel(lang, state, &props.on_action);

    let levers = step
        .map(|step| step.lever_ids(&state.scenario))
        .unwrap_or_default();
    let currency = AttrValue::from(state.scenario.customer.currency.clone());
    let lever_fields = levers.iter().filter_map(|id| {
        let mut spec = spec_of(&state.scenario, id)?;
        let value = get_param(&state.scenario, id)?;
        // The label (title and accessible name) in the reader's language.
        if let Some(label) = param_label(lang, &state.scenario, id) {
            spec.label = label;
        }
        Some(html! {
            <ParamField key={id.clone()} {spec} {value} draft={state.drafts.get(id).cloned()}
                on_action={props.on_action.clone()} currency={currency.clone()} />
        })
    });

    let play_pause = if state.playing {
        html! { <button type="button" data-testid="presenter-pause" onclick={emit(Action::Pause)}>{ lang.t(Msg::Pause) }</button> }
    } else {
        html! { <button type="button" data-testid="presenter-play" onclick={emit(Action::Play)}>{ lang.t(Msg::Play) }</button> }
    };
    let on_fullscreen = Callback::from(|_: MouseEvent| toggle_fullscreen());

    html! {
        <div class="presenter" data-testid="presenter">
            <header class="presenter-bar">
                <h1 data-testid="presenter-title">{ scenario_label(&state.scenario) }</h1>
                <p class="presenter-month" data-testid="presenter-month" aria-live="polite">
                    { position_text(lang, state.scenario.start, state.scenario.horizon_months, state.month) }
                </p>
                <div class="presenter-buttons">
                    <button type="button" aria-label={lang.t(Msg::PreviousMonth)} onclick={emit(Action::StepMonth(-1))}>{ lang.t(ClassMsg::PreviousMonthButton) }</button>
                    { play_pause }
                    <button type="button" aria-label={lang.t(Msg::NextMonth)} onclick={emit(Action::StepMonth(1))}>{ lang.t(ClassMsg::NextMonthButton) }</button>
                    <button type="button" data-testid="presenter-qr" aria-pressed={state.big_qr.to_string()}
                        onclick={emit(Action::ShowQr(!state.big_qr))}>{ lang.t(ClassMsg::ShowQr) }</button>
                    <button type="button" onclick={on_fullscreen}>{ lang.t(ClassMsg::FullScreen) }</button>
                    <button type="button" data-testid="presenter-keys" onclick={emit(Action::ShowKeyHelp(true))}>{ lang.t(ClassMsg::ShowKeys) }</button>
                    <button type="button" data-testid="presenter-leave" onclick={emit(Action::LeavePresenter)}>{ lang.t(ClassMsg::PresenterLeave) }</button>
                </div>
            </header>
            { lesson_panel }
            if !levers.is_empty() {
                <section class="presenter-levers" aria-label={lang.t(ClassMsg::Levers)} data-testid="presenter-levers">
                    { for lever_fields }
                </section>
            }
            if let (true, Some(report)) = (shows("figures"), props.report.clone()) {
                <div class="presenter-figures" data-panel="figures">
                    { headline(lang, &report, state.month) }
                </div>
            }
            <div class={classes!("presenter-grid", grid_class(shown))}>
                if let (true, Some(report)) = (shows("verdict"), props.settled.clone()) {
                    // The panel scrolls when its sentences outgrow its cell, so it takes the
                    // focus, for the keys to scroll it.
                    <div class="presenter-verdict" data-panel="verdict" tabindex="0">
                        <VerdictPanel {report} verdict={props.verdict.clone()} />
                    </div>
                }
                if shows("cash") { { chart("cash", &props.cash, Msg::CashChartLabel) } }
                if shows("exposure") { { chart("exposure", &props.exposure, Msg::ExposureChartLabel) } }
                if let (true, Some(pain)) = (shows("pain"), props.pain.as_ref()) {
                    { chart("pain", pain, Msg::PainChartLabel) }
                }
                if let Some(vendors) = vendors {
                    { vendor_panels(lang, vendors, &shows, state.month, &on_select_month) }
                }
                if shows("flows-customer") { { chart("flows-customer", &props.customer_flows, Msg::CustomerFlowsChartLabel) } }
                if shows("flows-vendor") { { chart("flows-vendor", &props.vendor_flows, Msg::VendorFlowsChartLabel) } }
                if let (true, Some(report)) = (shows("events"), props.report.clone()) {
                    <div class="presenter-events" data-panel="events">
                        <EventLog {report} scenario={state.scenario.clone()}
                            month={state.month} on_action={props.on_action.clone()} />
                    </div>
                }
            </div>
            if state.big_qr {
                <div class="overlay" role="dialog" aria-modal="true" aria-labelledby="qr-title" data-testid="qr-dialog">
                    <div class="overlay-box qr-box">
                        <h2 id="qr-title">{ lang.t(ClassMsg::QrTitle) }</h2>
                        <QrCodeView text={props.link.clone()} class={classes!("qr-large")} />
                        <button type="button" onclick={emit(Action::ShowQr(false))}>{ lang.t(ClassMsg::Close) }</button>
                    </div>
                </div>
            }
            if state.key_help {
                <div class="overlay" role="dialog" aria-modal="true" aria-labelledby="keys-title" data-testid="keys-dialog">
                    <div class="overlay-box">
                        <h2 id="keys-title">{ lang.t(ClassMsg::KeysTitle) }</h2>
                        <table class="keys-table">
                            <tbody>
                                { for KEY_HELP.iter().map(|row| html! {
                                    <tr key={row.keys.text(Lang::En)}><th scope="row"><kbd>{ row.keys.text(lang) }</kbd></th><td>{ lang.t(row.does) }</td></tr>
                                }) }
                            </tbody>
                        </table>
                        <button type="button" data-testid="keys-close" onclick={emit(Action::ShowKeyHelp(false))}>{ lang.t(ClassMsg::Close) }</button>
                    </div>
                </div>
            }
        </div>
    }
}

/// The panels of several vendors that the step shows: whom to pay first, and the two charts.
fn vendor_panels(
    lang: Lang,
    vendors: &Vendors,
    shows: &dyn Fn(&str) -> bool,
    month: Option<u32>,
    on_select_month: &Callback<u32>,
) -> Html {
    let chart = |id: &'static str, which: VendorChart| {
        html! {
            <div class="presenter-chart" data-panel={id} key={id}>
                { vendor_chart(lang, which, vendors, month, on_select_month, Some(PRESENTER_CHART_HEIGHT)) }
            </div>
        }
    };
    html! {
        <>
            if shows("vendors") {
                <div class="presenter-triage" data-panel="vendors" tabindex="0" role="region"
                    aria-label={lang.t(TriageMsg::Title)}>
                    { triage_body(lang, vendors) }
                </div>
            }
            if shows("vendor-paid") { { chart("vendor-paid", VendorChart::Paid) } }
            if shows("vendor-arrears") { { chart("vendor-arrears", VendorChart::Arrears) } }
        </>
    }
}

/// The lesson step shown: its count, title and text, the button that hands the controls to
/// the players when the step has play, and the previous and next buttons.
fn lesson_panel(lang: Lang, state: &AppState, on_action: &Callback<Action>) -> Html {
    let emit = |action: Action| {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    match (state.step, state.current_step()) {
        (Some(number), Some(step)) => {
            let code = lang.code();
            let steps = state.scenario.lesson.len();
            html! {
                <section class="lesson-step" data-testid="lesson-step" aria-live="polite" aria-labelledby="step-title">
                    <p class="step-count" data-testid="step-count">{ step_count(lang, number, steps) }</p>
                    <h2 id="step-title" data-testid="step-title">{ step.title.get(code) }</h2>
                    <p class="step-text" data-testid="step-text">{ step.text.get(code) }</p>
                    if let Some(play) = &step.play {
                        <p>
                            <button type="button" data-testid="lesson-play"
                                onclick={emit(Action::Game(GameAction::StartLessonPlay))}>
                                { hand_over_controls(lang, play.rounds) }
                            </button>
                        </p>
                    }
                    <div class="button-row">
                        <button type="button" data-testid="previous-step" disabled={number <= 1}
                            onclick={emit(Action::PreviousStep)}>{ lang.t(ClassMsg::PreviousStep) }</button>
                        <button type="button" data-testid="next-step" disabled={number >= steps}
                            onclick={emit(Action::NextStep)}>{ lang.t(ClassMsg::NextStep) }</button>
                    </div>
                </section>
            }
        }
        _ => html! {},
    }
}
