//! Component tests of the scenario editor and the presets menu in headless Chromium
//! (wasm-bindgen-test): the whole app mounted in a real DOM and driven through DOM events.
//! Expected values come from the preset definitions in `crates/core/src/model/presets.rs` and
//! the ranges in `crates/core/src/model/limits.rs`, written out by hand.
#![cfg(target_arch = "wasm32")]

use standoff::app::state::AppState;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

mod web_support;
use web_support::{find, mount_app, text, type_into};

/// Mounts the app with the default scenario (the teaching example, which a link of the empty
/// patch opens; a first visit opens on the Twitter story instead) in a fresh container.
async fn mount() -> Element {
    mount_app(AppState::default()).await
}

fn count(host: &Element, selector: &str) -> u32 {
    host.query_selector_all(selector)
        .expect("a valid selector")
        .length()
}

fn value(host: &Element, selector: &str) -> String {
    find::<HtmlInputElement>(host, selector).value()
}

async fn click(host: &Element, selector: &str) {
    find::<HtmlElement>(host, selector).click();
    yew::scheduler::flush().await;
}

/// Chooses an option of a `<select>` the way a browser does: sets its value, then fires
/// `change`. (The select's own binding is not among the crate's web-sys features.)
async fn choose(host: &Element, selector: &str, option: &str) {
    let select: Element = find(host, selector);
    js_sys::Reflect::set(
        &select,
        &JsValue::from_str("value"),
        &JsValue::from_str(option),
    )
    .expect("set value");
    let event = web_sys::Event::new("change").expect("a change event");
    select.dispatch_event(&event).expect("dispatched");
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn every_group_of_the_editor_is_there_with_a_legend() {
    let host = mount().await;
    for testid in [
        "group-timeframe",
        "group-parties",
        "group-contract",
        "group-payment",
        "group-reciprocal",
        "group-retaliation",
        "group-operations",
        "group-settlement",
        "group-analysis",
    ] {
        let selector = format!("details[data-testid={testid}] > fieldset > legend");
        assert_eq!(count(&host, &selector), 1, "{selector}");
    }
    // The payment delay keeps the DOM ids the end-to-end journeys use.
    assert_eq!(value(&host, "#p-payment-delay-days"), "0");
    assert_eq!(value(&host, "#p-payment-delay-days-slider"), "0");
    host.remove();
}

#[wasm_bindgen_test]
async fn an_out_of_range_amount_is_flagged_at_its_field_and_the_headline_is_kept() {
    let host = mount().await;
    let headline_before = text(&host, ".headline");
    // The default scenario commits $24M (Scenario::default), grouped in thousands.
    let number: HtmlInputElement = find(&host, "#p-contract-total-commitment");
    assert_eq!(number.value(), "24,000,000");

    // Money is limited to one trillion (limits::MONEY_MAX); two trillion is out of range.
    type_into(&number, "2,000,000,000,000").await;

    let message = text(&host, "#p-contract-total-commitment-help");
    assert!(message.contains("Total commitment"), "{message}");
    assert!(message.contains("between 0 and 1000000000000"), "{message}");
    assert_eq!(
        number.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    assert_eq!(number.value(), "2,000,000,000,000", "the entry is kept");
    assert_eq!(text(&host, ".headline"), headline_before);

    // A valid entry clears the message and changes the figures.
    type_into(&number, "48000000").await;
    assert_eq!(
        number.get_attribute("aria-invalid").as_deref(),
        Some("false")
    );
    assert_ne!(text(&host, ".headline"), headline_before);
    host.remove();
}

#[wasm_bindgen_test]
async fn an_empty_party_name_is_explained_at_the_field() {
    let host = mount().await;
    let name: HtmlInputElement = find(&host, "#p-customer-name");
    assert_eq!(name.value(), "Platform");
    type_into(&name, "").await;
    let message = text(&host, "#p-customer-name-help");
    assert!(message.contains("1 to 80 characters"), "{message}");
    assert_eq!(count(&host, "[data-testid=edit-errors]"), 1);
    type_into(&name, "Twitter").await;
    assert_eq!(count(&host, "[data-testid=edit-errors]"), 0);
    assert_eq!(count(&host, "#p-customer-name-help"), 0);
    host.remove();
}

#[wasm_bindgen_test]
async fn adding_and_removing_a_reciprocal_line_changes_the_line_editors() {
    let host = mount().await;
    // The default scenario has one line: the vendor's $100k of monthly ads.
    assert_eq!(count(&host, "[data-testid=reciprocal-line]"), 1);
    assert_eq!(value(&host, "#p-reciprocal-0--amount"), "100,000");

    click(&host, "[data-testid=add-reciprocal-line]").await;
    assert_eq!(count(&host, "[data-testid=reciprocal-line]"), 2);
    assert_eq!(value(&host, "#p-reciprocal-1--label"), "New line 2");
    assert_eq!(value(&host, "#p-reciprocal-1--amount"), "1,000,000");

    // Removing the first line leaves the new one, now first.
    click(&host, "[data-testid=reciprocal-line] button.remove").await;
    assert_eq!(count(&host, "[data-testid=reciprocal-line]"), 1);
    assert_eq!(value(&host, "#p-reciprocal-0--label"), "New line 2");
    host.remove();
}

#[wasm_bindgen_test]
async fn choosing_a_preset_shows_its_values_and_reset_returns_to_them() {
    let host = mount().await;
    choose(&host, "[data-testid=preset-menu]", "twitter-aws-2023").await;

    // From twitter_aws_2023(): $510M over 66 months, 45 % usage, Twitter and AWS, two ad
    // lines, a stop from month 22 (November 2022 from January 2021) and a $10M lump sum in
    // month 25 (February 2023).
    assert_eq!(value(&host, "#p-contract-total-commitment"), "510,000,000");
    assert_eq!(value(&host, "#p-contract-term-months"), "66");
    assert_eq!(value(&host, "#p-contract-usage-start-share"), "0.45");
    assert_eq!(value(&host, "#p-customer-name"), "Twitter");
    assert_eq!(value(&host, "#p-vendor-name"), "AWS");
    assert_eq!(value(&host, "#p-payment-stop-from-month"), "22");
    assert_eq!(value(&host, "#p-payment-lump-sums-0--amount"), "10,000,000");
    assert_eq!(count(&host, "[data-testid=reciprocal-line]"), 2);
    assert_eq!(value(&host, "#p-reciprocal-0--label"), "Amazon retail ads");
    assert!(text(&host, "#preset-description").contains("$510M"));

    // Late interest is 1.5 % a month: the box holds the fraction, the readout the percentage.
    assert_eq!(value(&host, "#p-payment-late-interest-monthly"), "0.015");
    let unit = text(&host, "#p-payment-late-interest-monthly-unit");
    assert!(unit.contains("= 1.5 %"), "{unit}");

    // Edit, then reset to the preset.
    let term: HtmlInputElement = find(&host, "#p-contract-term-months");
    type_into(&term, "60").await;
    assert_eq!(value(&host, "#p-contract-term-months"), "60");
    click(&host, "[data-testid=reset]").await;
    assert_eq!(value(&host, "#p-contract-term-months"), "66");
    host.remove();
}

#[wasm_bindgen_test]
async fn the_money_slider_walks_a_stepped_scale_of_exact_values() {
    let host = mount().await;
    // Positions: 0 is zero, then 90 per decade from 1,000 (1.0, 1.1 … 9.9 × 10^k).
    // 5.1 × 10^8 is five decades above 10^3 (450 positions), then the 42nd mantissa (5.1):
    // position 492.
    let slider: HtmlInputElement = find(&host, "#p-contract-total-commitment-slider");
    assert_eq!(slider.max(), "811");
    type_into(&slider, "492").await;
    assert_eq!(value(&host, "#p-contract-total-commitment"), "510,000,000");
    assert_eq!(
        slider.get_attribute("aria-valuetext").as_deref(),
        Some("510,000,000 USD")
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn switching_the_stop_off_removes_its_month_field() {
    let host = mount().await;
    // The default customer stops paying from month 6.
    assert_eq!(value(&host, "#p-payment-stop-from-month"), "6");
    click(&host, "#p-payment-stop-enabled").await;
    assert_eq!(count(&host, "#p-payment-stop-from-month"), 0);
    click(&host, "#p-payment-stop-enabled").await;
    assert_eq!(value(&host, "#p-payment-stop-from-month"), "0");
    host.remove();
}

/// The groups Yew does not re-render (their part of the scenario did not change) still edit
/// the scenario on screen: a delay typed in the payment group survives a rename in the parties
/// group, a removed line in the reciprocal group, and a checkbox in the settlement group.
#[wasm_bindgen_test]
async fn an_edit_in_one_group_keeps_the_edits_made_in_the_others() {
    let host = mount().await;
    type_into(&find(&host, "#p-payment-delay-days"), "45").await;
    assert_eq!(value(&host, "#p-payment-delay-days"), "45");

    type_into(&find(&host, "#p-customer-name"), "Twitter").await;
    assert_eq!(value(&host, "#p-customer-name"), "Twitter");
    assert_eq!(value(&host, "#p-payment-delay-days"), "45");
    assert_eq!(value(&host, "#p-payment-delay-days-slider"), "45");

    click(&host, "[data-testid=reciprocal-line] button.remove").await;
    assert_eq!(count(&host, "[data-testid=reciprocal-line]"), 0);
    assert_eq!(value(&host, "#p-customer-name"), "Twitter");
    assert_eq!(value(&host, "#p-payment-delay-days"), "45");

    // Back in the payment group, whose controls were drawn before the rename and the removal.
    type_into(&find(&host, "#p-payment-delay-days"), "60").await;
    assert_eq!(value(&host, "#p-customer-name"), "Twitter");
    assert_eq!(count(&host, "[data-testid=reciprocal-line]"), 0);
    let settlement: HtmlInputElement = find(&host, "#p-settlement-enabled");
    settlement.click();
    yew::scheduler::flush().await;
    assert!(count(&host, "#p-settlement-month") == 1);
    assert_eq!(value(&host, "#p-customer-name"), "Twitter");
    assert_eq!(value(&host, "#p-payment-delay-days"), "60");
    assert_eq!(count(&host, "[data-testid=reciprocal-line]"), 0);
    host.remove();
}
