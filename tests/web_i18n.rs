//! The language switcher in headless Chromium (wasm-bindgen-test): the whole app mounted in a
//! real DOM, switched to French and back by clicking, with its strings, its numbers, its
//! number boxes and `<html lang>` following.
#![cfg(target_arch = "wasm32")]

use standoff::app::effects::startup::initial_state;
use standoff_core::model::Scenario;
use standoff_formats::encode_link;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

mod web_support;
use web_support::{document, find, mount_app, text, type_into};

/// The default scenario paying 90 days late, never stopping: at month index 10 (Nov 2023) the
/// invoices of months 7, 8 and 9 (3 × $800,000) are overdue and unpaid.
fn paying_late() -> String {
    let mut scenario = Scenario::default();
    scenario.payment.delay_days = 90;
    scenario.payment.stop_from_month = None;
    encode_link(&scenario)
}

async fn click(host: &web_sys::Element, selector: &str) {
    find::<HtmlElement>(host, selector).click();
    yew::scheduler::flush().await;
}

fn html_lang() -> String {
    document()
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_switcher_turns_the_screen_french_and_back() {
    let host = mount_app(initial_state(&paying_late(), None)).await;
    type_into(&find::<HtmlInputElement>(&host, "#timeline-month"), "10").await;
    assert_eq!(text(&host, "[data-testid=arrears]"), "$2,400,000");
    assert_eq!(text(&host, "#levers-title"), "The scenario");

    click(&host, "[data-testid=lang-fr]").await;
    assert_eq!(html_lang(), "fr");
    assert_eq!(text(&host, "#levers-title"), "Le scénario");
    assert_eq!(text(&host, "#events-title"), "Journal des événements");
    // U+202F between thousands, U+00A0 before the symbol that follows the amount.
    assert_eq!(
        text(&host, "[data-testid=arrears]"),
        "2\u{202f}400\u{202f}000\u{a0}$"
    );
    assert_eq!(
        text(&host, "[data-testid=timeline-position]"),
        "Mois 11 sur 24 · novembre 2023"
    );
    let pressed: HtmlElement = find(&host, "[data-testid=lang-fr]");
    assert_eq!(
        pressed.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );

    // French number boxes: a whole number of days is accepted, and a share typed with a
    // decimal comma (0,5) is read as one half, shown as 50 % beside the box.
    let delay: HtmlInputElement = find(&host, "#p-payment-delay-days");
    type_into(&delay, "45").await;
    assert!(
        !text(&host, "[data-param='payment.delay_days']").contains("n’est pas"),
        "45 is accepted"
    );
    let share: HtmlInputElement = find(&host, "#p-payment-pay-share");
    type_into(&share, "0,5").await;
    assert_eq!(share.value(), "0,5");
    assert!(
        text(&host, "[data-param='payment.pay_share'] .unit").contains("50\u{202f}%"),
        "the readout says 50 % in French"
    );

    click(&host, "[data-testid=lang-en]").await;
    assert_eq!(html_lang(), "en");
    assert_eq!(text(&host, "#levers-title"), "The scenario");
    assert_eq!(text(&host, "#events-title"), "Event log");
    host.remove();
}
