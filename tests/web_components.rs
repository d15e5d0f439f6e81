//! Component tests in headless Chromium (wasm-bindgen-test): the real components, mounted in
//! a real DOM, driven through DOM events the way a user's browser would.
#![cfg(target_arch = "wasm32")]

use standoff::app::effects::startup::initial_state;
use standoff::link::encode_link;
use standoff::model::Scenario;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlCanvasElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

mod web_support;
use web_support::{bring_into_view, find, mount_app, pixels as ink, text, type_into};

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
