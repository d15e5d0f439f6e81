//! The normal page: the header, the banner, the first screen of results (the verdict, the
//! timeline, the figures and the two key charts), the editor, and, once the first screen has
//! been painted, the results below it.
//!
//! The document order is the phone's reading order, result first: verdict, figures, first
//! chart, then the editor. On a wide screen the style sheet places the editor in a column on
//! the left of both parts of the results.

use yew::prelude::*;

use super::first_screen::{first_results, more_results};
use super::state_hook::App;
use crate::app::components::announcer::announcer;
use crate::app::components::banner::banner;
use crate::app::components::editor::Editor;
use crate::app::components::language_switcher::language_switcher;
use crate::app::components::preset_menu::PresetMenu;
use crate::app::components::print_handout::{HandoutFoot, HandoutHead};
use crate::app::components::timeline::Timeline;
use crate::app::components::vendors_panel::{vendors_panel, VendorsView};
use crate::app::components::verdict::VerdictPanel;
use standoff_words::classroom::ClassMsg;
use standoff_words::Msg;

/// The whole normal page.
pub fn page(app: &App) -> Html {
    html! {
        <>
            { header(app) }
            { shown_banner(app) }
            <main class="layout">
                { first_results_column(app) }
                { editor_panel(app) }
                if app.complete {
                    <div class="results-column more-results">{ more_results(app) }</div>
                }
            </main>
        </>
    }
}

/// The banner about input that could not be used, if any.
pub fn shown_banner(app: &App) -> Html {
    let lang = app.state.lang;
    match app.state.banner.clone() {
        Some(shown) => banner(
            lang,
            shown.message(lang),
            shown.offending_text,
            &app.callbacks.on_dismiss,
        ),
        None => Html::default(),
    }
}

fn header(app: &App) -> Html {
    let lang = app.state.lang;
    let callbacks = &app.callbacks;
    html! {
        <header class="app-header">
            <h1>{ "Standoff" }</h1>
            <p class="tagline">{ lang.t(Msg::Tagline) }</p>
            { language_switcher(lang, &callbacks.on_action) }
            <div class="header-actions">
                <button type="button" data-testid="enter-presenter" onclick={callbacks.on_present.clone()}>{ lang.t(ClassMsg::PresenterEnter) }</button>
                <button type="button" data-testid="print-handout" onclick={callbacks.on_print.clone()}>{ lang.t(ClassMsg::PrintHandout) }</button>
            </div>
        </header>
    }
}

/// The presets menu, and the editor once the first screen has been painted.
fn editor_panel(app: &App) -> Html {
    let on_action = &app.callbacks.on_action;
    html! {
        <section class="panel editor-panel" aria-labelledby="levers-title">
            <h2 id="levers-title">{ app.state.lang.t(Msg::TheScenario) }</h2>
            <PresetMenu origin={app.state.origin.clone()} edited={app.preset_edited} on_action={on_action.clone()} />
            if app.complete {
                <Editor state={app.editor_state.clone()} on_action={on_action.clone()} />
            }
        </section>
    }
}

/// The verdict, the timeline and the first screen's results between the handout's head and
/// foot.
fn first_results_column(app: &App) -> Html {
    let state = &app.state;
    let settled = &app.reports.settled.scenario;
    let settled_report = app.settled_report();
    html! {
        <div class="results-column first-results">
            { verdict(app) }
            { vendors_panel(state.lang, VendorsView { vendors: &app.reports.vendors, best: &app.reports.best },
                state.month, &app.callbacks.on_select_month) }
            <Timeline
                start={state.scenario.start}
                horizon_months={state.scenario.horizon_months}
                month={state.month}
                playing={state.playing}
                on_action={app.callbacks.on_action.clone()}
            />
            { announcer(state.lang, app.report().as_deref(), &state.scenario, state.month) }
            <HandoutHead scenario={settled.clone()} report={settled_report.clone()} month={state.month} vendors={app.reports.vendors.clone()} />
            { first_results(app) }
            <HandoutFoot report={settled_report} scenario={settled.clone()} link={app.link.clone()} qr={app.complete} />
        </div>
    }
}

/// The verdict of the settled report, with the line that says what to try.
fn verdict(app: &App) -> Html {
    match app.settled_report() {
        Some(report) => html! {
            <VerdictPanel {report} verdict={app.reports.verdict.clone()}
                several_vendors={app.reports.vendors.as_ref().is_some()}
                lesson_steps={app.state.scenario.lesson.len()} on_present={Some(app.callbacks.on_present.clone())}
                on_play={Some(app.callbacks.on_play.clone())} />
        },
        None => Html::default(),
    }
}
