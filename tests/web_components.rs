//! Component tests in headless Chromium (wasm-bindgen-test): the real components, mounted in
//! a real DOM, driven through DOM events the way a user's browser would.
#![cfg(target_arch = "wasm32")]

use standoff::app::effects::chunked::{spawn_chunked, ChunkedTask};
use standoff::app::effects::startup::initial_state;
use standoff_core::model::Scenario;
use standoff_formats::encode_link;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlCanvasElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

mod web_support;
use web_support::{bring_into_view, find, mount_app, pixels as ink, sleep_ms, text, type_into};

/// Mounts the app with the state a link fragment describes, in a fresh container.
async fn mount(fragment: &str) -> Element {
    mount_app(initial_state(fragment, None)).await
}

/// A link to the default scenario with the payment delay set to `days`.
fn delay_link(days: u32) -> String {
    let mut scenario = Scenario::default();
    scenario.payment.delay_days = days;
    encode_link(&scenario)
}

#[wasm_bindgen_test]
async fn a_link_value_is_restored_into_the_control() {
    let host = mount(&delay_link(90)).await;
    let number: HtmlInputElement = find(&host, "#p-payment-delay-days");
    assert_eq!(number.value(), "90");
    let slider: HtmlInputElement = find(&host, "#p-payment-delay-days-slider");
    assert_eq!(slider.value(), "90");
    host.remove();
}

#[wasm_bindgen_test]
async fn a_bad_link_shows_a_banner_and_the_default_scenario() {
    // '!' is not in the base64url alphabet: the 7th character of the data after "v1.".
    let host = mount("#s=v1.q1YCAA!").await;
    let banner = text(&host, "[data-testid=banner-message]");
    assert!(banner.contains("'!' at position 7"), "{banner}");
    let offending: web_sys::HtmlTextAreaElement = find(&host, "[data-testid=banner-offending]");
    assert_eq!(offending.value(), "s=v1.q1YCAA!");
    let number: HtmlInputElement = find(&host, "#p-payment-delay-days");
    let default_delay = Scenario::default().payment.delay_days.to_string();
    assert_eq!(number.value(), default_delay);
    host.remove();
}

#[wasm_bindgen_test]
async fn an_out_of_range_entry_is_flagged_at_the_field_and_the_chart_is_kept() {
    let host = mount(&delay_link(60)).await;
    let canvas: HtmlCanvasElement = find(&host, "canvas");
    let before = ink(&canvas);
    let headline_before = text(&host, "[data-testid=arrears]");

    let number: HtmlInputElement = find(&host, "#p-payment-delay-days");
    type_into(&number, "5000").await;

    let error = text(&host, "#p-payment-delay-days-help");
    assert!(error.contains("Payment delay"), "{error}");
    assert!(error.contains("between 0 and 3650 days"), "{error}");
    assert_eq!(
        number.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    assert_eq!(text(&host, "[data-testid=arrears]"), headline_before);
    assert_eq!(
        ink(&canvas),
        before,
        "the chart keeps the last valid scenario"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn moving_the_delay_redraws_the_chart_and_changes_the_number() {
    let host = mount("").await;
    let canvas: HtmlCanvasElement = find(&host, "canvas");
    bring_into_view(&canvas).await;
    let before = ink(&canvas);
    assert!(
        before.chunks(4).any(|pixel| pixel != [255, 255, 255, 255]),
        "the chart drew something"
    );
    let headline_before = text(&host, "[data-testid=arrears]");

    let slider: HtmlInputElement = find(&host, "#p-payment-delay-days-slider");
    type_into(&slider, "120").await;

    assert_ne!(text(&host, "[data-testid=arrears]"), headline_before);
    assert_ne!(ink(&canvas), before, "the chart was redrawn");
    host.remove();
}

/// Milliseconds since the page opened.
fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or(0.0, |performance| performance.now())
}

/// Keeps the thread busy for `ms` milliseconds, like one step of an analysis.
fn busy(ms: f64) {
    let start = now_ms();
    while now_ms() - start < ms {}
}

/// What a job run by `spawn_chunked` reported: its progress calls and its final step count.
#[derive(Default)]
struct JobLog {
    progress: std::cell::Cell<u32>,
    done: std::cell::Cell<Option<u32>>,
}

/// Starts a job of `steps` steps, each busy for `step_ms`, that counts its steps in `job`.
fn start_job(steps: u32, step_ms: f64, log: &std::rc::Rc<JobLog>) -> ChunkedTask {
    let (progress, done) = (log.clone(), log.clone());
    spawn_chunked(
        0_u32,
        move |count: &mut u32| {
            busy(step_ms);
            *count += 1;
            *count == steps
        },
        move |_| progress.progress.set(progress.progress.get() + 1),
        move |count| done.done.set(Some(count)),
    )
}

#[wasm_bindgen_test]
async fn a_short_analysis_finishes_in_its_first_slice_without_showing_progress() {
    // Ten steps of 0.2 ms take about 2 ms, far less than one 35 ms slice.
    let log = std::rc::Rc::new(JobLog::default());
    let _task = start_job(10, 0.2, &log);
    sleep_ms(50).await;
    assert_eq!(log.done.get(), Some(10));
    assert_eq!(
        log.progress.get(),
        0,
        "no progress for a job done in one slice"
    );
}

#[wasm_bindgen_test]
async fn a_long_analysis_runs_in_slices_shows_progress_and_finishes() {
    // 120 steps of 1 ms need at least four slices of 35 ms.
    let log = std::rc::Rc::new(JobLog::default());
    let _task = start_job(120, 1.0, &log);
    for _ in 0..200 {
        if log.done.get().is_some() {
            break;
        }
        sleep_ms(10).await;
    }
    assert_eq!(log.done.get(), Some(120));
    assert!(log.progress.get() >= 1, "progress shown between slices");
    assert!(
        log.progress.get() <= 4,
        "at most once per slice: {}",
        log.progress.get()
    );
}

#[wasm_bindgen_test]
async fn dropping_a_running_analysis_stops_it() {
    let log = std::rc::Rc::new(JobLog::default());
    let steps = std::rc::Rc::new(std::cell::Cell::new(0_u32));
    let counted = steps.clone();
    let task = spawn_chunked(
        0_u32,
        move |count: &mut u32| {
            busy(1.0);
            *count += 1;
            counted.set(*count);
            *count == 10_000
        },
        |_| {},
        {
            let log = log.clone();
            move |count| log.done.set(Some(count))
        },
    );
    sleep_ms(80).await;
    let before = steps.get();
    assert!(before > 0, "the job started");
    drop(task);
    sleep_ms(150).await;
    assert_eq!(steps.get(), before, "no step after the task was dropped");
    assert_eq!(log.done.get(), None);
}

/// The cells of each row of the table `selector`, top to bottom.
fn table_rows(host: &Element, selector: &str) -> Vec<Vec<String>> {
    let rows = host
        .query_selector_all(&format!("{selector} tbody tr"))
        .expect("a valid selector");
    (0..rows.length())
        .filter_map(|i| rows.item(i))
        .filter_map(|row| {
            use wasm_bindgen::JsCast;
            let row: Element = row.dyn_into().ok()?;
            let cells = row.query_selector_all("th, td").ok()?;
            Some(
                (0..cells.length())
                    .filter_map(|k| cells.item(k))
                    .filter_map(|cell| cell.text_content())
                    .collect(),
            )
        })
        .collect()
}

/// Compare mode between the flagship (AWS and Google Cloud under one budget) and Twitter vs
/// AWS alone: each side's vendors with what they were paid and what is overdue to them at the
/// end. Twitter vs AWS alone (docs/presets.md): the usage invoices of January 2021 to
/// September 2022 (21 × $3,477,272.73), the 2021 true-up ($50,999,999.97) and the $10M lump
/// sum are paid, $134,022,727.30; overdue in June 2026, 44 × $3,477,272.73 + 4 ×
/// $50,999,999.97 − $10,000,000 = $347,000,000.00.
#[wasm_bindgen_test]
async fn compare_mode_shows_each_side_s_vendors_when_one_side_has_several() {
    use standoff::app::state::{Action, AppState, Origin};
    use standoff_core::model::presets;
    let flagship = presets::by_id("twitter-two-clouds-2023")
        .expect("the flagship")
        .scenario;
    let state = AppState::with_scenario(flagship, Origin::Default).apply(Action::OpenComparison {
        label: "AWS alone".to_string(),
        scenario: Box::new(presets::twitter_aws_2023()),
    });
    let host = mount_app(state).await;
    web_support::wait_for(&host, "[data-testid=compare-vendors]").await;
    let rows = table_rows(&host, "[data-testid=compare-vendors]");
    assert_eq!(rows.len(), 5, "{rows:?}");
    assert_eq!(rows[1], ["AWS", "$3,666,666.63", "$34,583,333.40"]);
    assert_eq!(rows[2], ["Google Cloud", "$183,333,333.37", "$0"]);
    assert_eq!(rows[3], ["AWS alone"]);
    assert_eq!(rows[4], ["AWS", "$134,022,727.30", "$347,000,000"]);
    host.remove();

    // Two two-party scenarios: the table of key outputs says it all.
    let state = AppState::with_scenario(presets::twitter_aws_2023(), Origin::Default).apply(
        Action::OpenComparison {
            label: "Again".to_string(),
            scenario: Box::new(presets::twitter_aws_2023()),
        },
    );
    let host = mount_app(state).await;
    web_support::wait_for(&host, "[data-testid=compare-table]").await;
    assert!(host
        .query_selector("[data-testid=compare-table]")
        .expect("selector")
        .is_some());
    assert!(host
        .query_selector("[data-testid=compare-vendors]")
        .expect("selector")
        .is_none());
    host.remove();
}
