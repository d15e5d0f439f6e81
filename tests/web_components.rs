//! Component tests in headless Chromium (wasm-bindgen-test): the real components, mounted in
//! a real DOM, driven through DOM events the way a user's browser would.
#![cfg(target_arch = "wasm32")]

use standoff::app::components::app_root::{AppRoot, AppRootProps};
use standoff::app::effects::startup::initial_state;
use standoff::link::encode_link;
use standoff::model::Scenario;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, Element, HtmlCanvasElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window()
        .and_then(|window| window.document())
        .expect("a browser document")
}

/// Mounts the app with the state a link fragment describes, in a fresh container.
async fn mount(fragment: &str) -> Element {
    let document = document();
    let host = document.create_element("div").expect("a div");
    host.set_attribute("style", "width: 800px").expect("style");
    document
        .body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    let props = AppRootProps {
        initial: initial_state(fragment, None),
    };
    yew::Renderer::<AppRoot>::with_root_and_props(host.clone(), props).render();
    yew::scheduler::flush().await;
    host
}

/// A link to the default scenario with the payment delay set to `days`.
fn delay_link(days: u32) -> String {
    let mut scenario = Scenario::default();
    scenario.payment.delay_days = days;
    encode_link(&scenario)
}

fn find<T: JsCast>(host: &Element, selector: &str) -> T {
    host.query_selector(selector)
        .expect("a valid selector")
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .dyn_into::<T>()
        .unwrap_or_else(|_| panic!("{selector} has another type"))
}

fn text(host: &Element, selector: &str) -> String {
    find::<Element>(host, selector)
        .text_content()
        .unwrap_or_default()
}

async fn type_into(input: &HtmlInputElement, value: &str) {
    input.set_value(value);
    let event = web_sys::InputEvent::new("input").expect("an input event");
    input.dispatch_event(&event).expect("dispatched");
    yew::scheduler::flush().await;
}

/// Counts canvas pixels that are not pure white: the chart's ink.
fn ink(canvas: &HtmlCanvasElement) -> Vec<u8> {
    let context = canvas
        .get_context("2d")
        .expect("a context")
        .expect("a 2d context")
        .dyn_into::<web_sys::CanvasRenderingContext2d>()
        .expect("a 2d context");
    let width = f64::from(canvas.width());
    let height = f64::from(canvas.height());
    context
        .get_image_data(0.0, 0.0, width, height)
        .expect("image data")
        .data()
        .0
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
