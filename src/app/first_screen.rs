//! The first screen while the app loads: the verdict and the first chart of the scenario the
//! page opens on (with several vendors, whom to pay first and what each vendor is paid), drawn by a small module of its own (`src/bin/first_screen.rs`) with the
//! app's engine, words and chart code, under a cover that `web/boot.js` lifts once the app has
//! drawn its own first chart. It has no control, so nothing on it looks ready before the app
//! is.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlCanvasElement};

use crate::app::charts::draw::draw;
use crate::app::charts::spec::ChartSpec;
use crate::app::charts::{build, vendors};
use crate::app::simulated::Simulated;
use standoff_core::analysis::{bargaining, triage, verdict, BargainingOptions};
use standoff_core::engine::{PortfolioReport, Report};
use standoff_core::model::Scenario;
use standoff_words::triage::{triage_sentences, TriageMsg};
use standoff_words::verdict::verdict_sentences;
use standoff_words::{Lang, Msg};

/// The mark the first screen's chart places when drawn: the benchmark counts it as the first
/// chart; `web/boot.js` waits for the app's own marks instead.
const DRAWN_MARK: &str = "standoff:chart-drawn:first-screen";

/// Shows the first screen, unless the page opens on a problem (a bad link, a broken saved
/// entry), which the app itself explains.
pub fn show() -> Option<()> {
    let state = super::starting_state();
    if state.banner.is_some() {
        return None;
    }
    let simulated = Simulated::of(&state.scenario);
    let report = Result::as_ref(&*simulated.report).ok()?;
    let portfolio = simulated.portfolio.as_deref();
    let document = web_sys::window()?.document()?;
    let cover = cover(&document, state.lang, report, &state.scenario)?;
    if let Some(portfolio) = portfolio {
        add_ranking(&document, &cover, state.lang, &state.scenario, portfolio)?;
    }
    add_chart_box(&document, &cover)?;
    document.body()?.append_child(&cover).ok()?;
    let canvas = document
        .query_selector(".first-screen canvas")
        .ok()??
        .dyn_into::<HtmlCanvasElement>()
        .ok()?;
    let spec = first_chart(state.lang, report, portfolio, &state.scenario)?;
    let ratio = web_sys::window()?.device_pixel_ratio();
    draw(canvas, &spec, None, ratio).ok()??;
    let _ = web_sys::window()?.performance()?.mark(DRAWN_MARK);
    Some(())
}

/// The chart the app shows first: with several vendors what each is paid, otherwise the cash
/// of both sides against paying on time.
fn first_chart(
    lang: Lang,
    report: &Report,
    portfolio: Option<&PortfolioReport>,
    scenario: &Scenario,
) -> Option<ChartSpec> {
    match portfolio {
        Some(portfolio) => vendors::paid_by_vendor(lang, portfolio, scenario),
        None => Some(build::cash_position(lang, report, scenario, None)),
    }
}

/// With several vendors, the triage's heading and its first sentence: whom to pay first.
fn add_ranking(
    document: &Document,
    cover: &Element,
    lang: Lang,
    scenario: &Scenario,
    portfolio: &PortfolioReport,
) -> Option<()> {
    let sentences = triage(scenario, portfolio)
        .ok()
        .map(|triage| triage_sentences(lang, scenario, &triage))?;
    let panel = section(
        document,
        cover,
        "first-screen-ranking",
        lang.t(TriageMsg::Title),
    )?;
    add(document, &panel, "p", "", sentences.first()?)?;
    Some(())
}

/// The box the first chart is drawn in.
fn add_chart_box(document: &Document, cover: &Element) -> Option<()> {
    let chart = add(document, cover, "div", "first-screen-chart", "")?;
    add(document, &chart, "canvas", "", "")?;
    Some(())
}

/// The cover: the page's title and the verdict's sentences, hidden from
/// assistive technology (the app's own page, beneath it, is what they read).
fn cover(document: &Document, lang: Lang, report: &Report, scenario: &Scenario) -> Option<Element> {
    let cover = element(document, "div", "first-screen", "")?;
    cover.set_attribute("aria-hidden", "true").ok()?;
    let head = add(document, &cover, "header", "first-screen-head", "")?;
    add(document, &head, "p", "first-screen-title", "Standoff")?;
    add(
        document,
        &head,
        "p",
        "first-screen-tagline",
        lang.t(Msg::Tagline),
    )?;
    let panel = section(
        document,
        &cover,
        "first-screen-verdict",
        lang.t(Msg::VerdictTitle),
    )?;
    let sentences = bargaining(scenario, &BargainingOptions::default())
        .ok()
        .and_then(|b| verdict(&b, scenario.horizon_months).ok())
        .map(|v| verdict_sentences(lang, report, &v));
    for sentence in sentences.iter().flatten() {
        add(document, &panel, "p", "", sentence)?;
    }
    add(
        document,
        &panel,
        "p",
        "first-screen-wait",
        lang.t(Msg::FirstScreenWait),
    )?;
    Some(cover)
}

/// A new element of `tag` with `class` and `text` (none when empty).
fn element(document: &Document, tag: &str, class: &str, text: &str) -> Option<Element> {
    let element = document.create_element(tag).ok()?;
    if !class.is_empty() {
        element.set_class_name(class);
    }
    if !text.is_empty() {
        element.set_text_content(Some(text));
    }
    Some(element)
}

/// A panel styled as the page's verdict, with `class` and a heading, appended to `parent`.
fn section(document: &Document, parent: &Element, class: &str, heading: &str) -> Option<Element> {
    let panel = add(document, parent, "section", &format!("verdict {class}"), "")?;
    add(document, &panel, "p", "first-screen-heading", heading)?;
    Some(panel)
}

/// [`element`], appended to `parent`.
fn add(
    document: &Document,
    parent: &Element,
    tag: &str,
    class: &str,
    text: &str,
) -> Option<Element> {
    let child = element(document, tag, class, text)?;
    parent.append_child(&child).ok()?;
    Some(child)
}
