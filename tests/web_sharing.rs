//! Component tests of sharing and keeping scenarios in headless Chromium: the banner shows
//! hostile text as text, and the saved-scenarios panel saves to and lists from the browser's
//! real localStorage.
#![cfg(target_arch = "wasm32")]

use standoff::app::components::app_root::{AppRoot, AppRootProps};
use standoff::app::components::saved_panel::{SavedPanel, SavedPanelProps};
use standoff::app::effects::saved_store::STORAGE_KEY;
use standoff::app::state::{Action, AppState};
use standoff_core::model::Scenario;
use standoff_formats::parse_stored;
use standoff_words::notices::Notice;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, HtmlTextAreaElement, Storage};
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

mod web_support;
use web_support::find;

fn storage() -> Storage {
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .expect("localStorage")
}

/// A fresh container at the width of a narrow editor column.
fn host() -> Element {
    web_support::host(400)
}

const HOSTILE: &str = "<img src=x onerror=\"window.__pwned=1\"><b>bold</b>";

#[wasm_bindgen_test]
async fn banner_text_from_outside_is_shown_as_text_only() {
    let host = host();
    let initial = AppState::default().apply(Action::RejectInput {
        notice: Notice::NoPreset(HOSTILE.to_string()),
        offending_text: Some(HOSTILE.to_string()),
    });
    yew::Renderer::<AppRoot>::with_root_and_props(host.clone(), AppRootProps { initial }).render();
    yew::scheduler::flush().await;

    let banner: Element = find(&host, "[data-testid=banner]");
    assert_eq!(banner.get_attribute("role").as_deref(), Some("alert"));
    let message: Element = find(&host, "[data-testid=banner-message]");
    assert_eq!(
        message.text_content().unwrap_or_default(),
        format!("There is no preset called \u{201c}{HOSTILE}\u{201d}.")
    );
    assert!(banner.query_selector("img, b").expect("selector").is_none());
    let area: HtmlTextAreaElement = find(&host, "[data-testid=banner-offending]");
    assert_eq!(area.value(), HOSTILE);
    assert!(area.read_only());
    host.remove();
}

#[wasm_bindgen_test]
async fn the_saved_panel_saves_lists_and_keeps_names_as_text() {
    storage().remove_item(STORAGE_KEY).expect("cleared");
    let host = host();
    let mut scenario = Scenario::default();
    scenario.payment.delay_days = 61;
    let props = SavedPanelProps {
        scenario: std::rc::Rc::new(scenario.clone()),
        on_action: Callback::noop(),
    };
    yew::Renderer::<SavedPanel>::with_root_and_props(host.clone(), props).render();
    yew::scheduler::flush().await;

    let name: HtmlInputElement = find(&host, "[data-testid=save-name]");
    name.set_value(HOSTILE);
    name.dispatch_event(&web_sys::InputEvent::new("input").expect("input event"))
        .expect("dispatched");
    yew::scheduler::flush().await;
    let save: web_sys::HtmlElement = find(&host, "[data-testid=save]");
    save.click();
    yew::scheduler::flush().await;

    let listed: Element = find(&host, "[data-testid=saved-name]");
    assert_eq!(listed.text_content().unwrap_or_default(), HOSTILE);
    assert!(host.query_selector("img, b").expect("selector").is_none());
    let status: Element = find(&host, "[data-testid=saved-status]");
    assert_eq!(
        status.text_content().unwrap_or_default(),
        format!("Saved as \u{201c}{HOSTILE}\u{201d}.")
    );

    let raw = storage()
        .get_item(STORAGE_KEY)
        .expect("readable")
        .expect("stored");
    let load = parse_stored(&raw);
    assert!(load.problems.is_empty());
    let entry = load.stored.get(HOSTILE).expect("saved under its name");
    assert_eq!(entry.scenario, scenario);
    storage().remove_item(STORAGE_KEY).expect("cleared");
    host.remove();
}
