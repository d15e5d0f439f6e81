//! Component tests of the classroom in headless Chromium: presenter mode renders the lesson
//! step the reducer holds (title, count, month, visible panels), its buttons and the window's
//! keys move it, keys typed into a text field are left alone, the keys dialog opens and
//! closes, the lesson follows the interface language, and the share panel's QR code is an SVG
//! of a valid QR size with its quiet zone.
#![cfg(target_arch = "wasm32")]

use standoff::app::components::app_root::AppRoot;
use standoff::app::state::{Action, AppState, Origin};
use standoff_core::model::presets;
use standoff_words::Lang;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};
use yew::AppHandle;

wasm_bindgen_test_configure!(run_in_browser);

mod web_support;
use web_support::{find, text};

/// Mounts the app and returns its handle, so that each test destroys its app (and the app's
/// window key listener) before the next one starts.
async fn mount(initial: AppState) -> (Element, AppHandle<AppRoot>) {
    web_support::mount_app_with_handle(1200, initial).await
}

fn aws_presenting() -> AppState {
    AppState::with_scenario(presets::twitter_aws_2023(), Origin::Default)
        .apply(Action::EnterPresenter)
}

fn panels(host: &Element) -> Vec<String> {
    let nodes = host
        .query_selector_all(".presenter [data-panel]")
        .expect("a valid selector");
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|node| node.dyn_into::<Element>().ok()?.get_attribute("data-panel"))
        .collect()
}

use wasm_bindgen::JsCast;

/// Fires a `keydown` the way a keyboard does, from `target` (bubbling to the window).
async fn press(target: &web_sys::EventTarget, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    target.dispatch_event(&event).expect("dispatched");
    yew::scheduler::flush().await;
}

fn window_target() -> web_sys::EventTarget {
    web_sys::window().expect("a window").into()
}

#[wasm_bindgen_test]
async fn presenter_mode_shows_the_first_step_and_its_panels_without_the_editor() {
    let (host, handle) = mount(aws_presenting()).await;
    assert_eq!(
        text(&host, "[data-testid=step-title]"),
        "2021: the contract"
    );
    assert_eq!(text(&host, "[data-testid=step-count]"), "Step 1 of 7");
    // Month index 0 of a term starting in January 2021.
    assert_eq!(
        text(&host, "[data-testid=presenter-month]"),
        "Month 1 of 66 · Jan 2021"
    );
    assert_eq!(panels(&host), vec!["figures", "cash"]);
    assert!(host
        .query_selector(".editor-panel")
        .expect("selector")
        .is_none());
    // The step's lever is a slider with its number box.
    assert!(host
        .query_selector("[data-testid=presenter-levers] #p-contract-total-commitment")
        .expect("selector")
        .is_some());

    let next: HtmlElement = find(&host, "[data-testid=next-step]");
    next.click();
    yew::scheduler::flush().await;
    assert_eq!(
        text(&host, "[data-testid=step-title]"),
        "Dec 2021: the first true-up"
    );
    assert_eq!(
        text(&host, "[data-testid=presenter-month]"),
        "Month 12 of 66 · Dec 2021"
    );
    assert_eq!(panels(&host), vec!["cash", "exposure"]);
    handle.destroy();
    host.remove();
}

#[wasm_bindgen_test]
async fn window_keys_move_the_lesson_but_keys_typed_into_a_field_do_not() {
    let (host, handle) = mount(aws_presenting()).await;
    press(&window_target(), "PageDown").await;
    press(&window_target(), "n").await;
    assert_eq!(text(&host, "[data-testid=step-count]"), "Step 3 of 7");
    press(&window_target(), "ArrowRight").await;
    // Step 3 is November 2022 (month index 22, 1 year and 10 months after January 2021); one
    // month on is December 2022, month index 23, shown as month 24.
    assert_eq!(
        text(&host, "[data-testid=presenter-month]"),
        "Month 24 of 66 · Dec 2022"
    );

    // A text field keeps its keys: "p" typed there does not go back a step.
    let document = web_support::document();
    let field = document.create_element("input").expect("an input");
    host.append_child(&field).expect("appended");
    press(&field, "p").await;
    assert_eq!(text(&host, "[data-testid=step-count]"), "Step 3 of 7");
    press(&window_target(), "p").await;
    assert_eq!(text(&host, "[data-testid=step-count]"), "Step 2 of 7");

    // "?" opens the keys dialog; Esc closes it and presenter mode stays.
    press(&window_target(), "?").await;
    assert!(text(&host, "[data-testid=keys-dialog]").contains("Page Down"));
    press(&window_target(), "Escape").await;
    assert!(host
        .query_selector("[data-testid=keys-dialog]")
        .expect("selector")
        .is_none());
    assert!(host
        .query_selector("[data-testid=presenter]")
        .expect("selector")
        .is_some());
    // A second Esc leaves presenter mode: the normal screen with its button is back.
    press(&window_target(), "Escape").await;
    assert!(host
        .query_selector("[data-testid=enter-presenter]")
        .expect("selector")
        .is_some());
    handle.destroy();
    host.remove();
}

#[wasm_bindgen_test]
async fn the_lesson_follows_the_interface_language() {
    let (host, handle) = mount(aws_presenting().apply(Action::SetLang(Lang::Fr))).await;
    assert_eq!(text(&host, "[data-testid=step-title]"), "2021 : le contrat");
    assert_eq!(text(&host, "[data-testid=step-count]"), "Étape 1 sur 7");
    handle.destroy();
    host.remove();
}

#[wasm_bindgen_test]
async fn the_share_panel_has_a_qr_code_of_a_valid_size_dark_on_light() {
    let state = AppState::with_scenario(presets::symmetric(), Origin::Default);
    let (host, handle) = mount(state).await;
    let svg: Element = find(&host, "[data-testid=share-qr] svg");
    let view_box = svg.get_attribute("viewBox").unwrap_or_default();
    let side: usize = view_box
        .rsplit(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    // A QR code of version v has 4v + 17 modules a side (v = 1 to 40), plus 4 modules of
    // quiet zone on each side.
    let modules = side.saturating_sub(8);
    assert!((21..=177).contains(&modules), "{view_box}");
    assert_eq!((modules - 17) % 4, 0, "{view_box}");
    let rect: Element = find(&svg, "rect");
    assert_eq!(rect.get_attribute("fill").as_deref(), Some("#ffffff"));
    let path: Element = find(&svg, "path");
    assert_eq!(path.get_attribute("fill").as_deref(), Some("#000000"));
    // The top-left finder pattern starts at the quiet zone's corner.
    assert!(path
        .get_attribute("d")
        .unwrap_or_default()
        .starts_with("M4 4h1v1h-1z"));
    handle.destroy();
    host.remove();
}

/// The names in the first column of the rows of the table `selector`, top to bottom.
fn row_names(host: &Element, selector: &str) -> Vec<String> {
    let nodes = host
        .query_selector_all(&format!("{selector} tbody th"))
        .expect("a valid selector");
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|node| node.text_content())
        .collect()
}

#[wasm_bindgen_test]
async fn the_handout_of_several_vendors_prints_whom_to_pay_first() {
    let id = "twitter-two-clouds-2023";
    let flagship = presets::by_id(id).expect("the flagship preset").scenario;
    let initial = AppState::with_scenario(flagship, Origin::Preset(id.to_string()));
    let (host, handle) = mount(initial).await;
    let triage = text(
        &host,
        "[data-testid=handout-head] [data-testid=handout-triage]",
    );
    assert!(triage.starts_with("Who gets paid"), "{triage}");
    assert!(
        triage.contains(
            "Pay Google Cloud first: not paying it would cost Twitter $0.63 per dollar kept, against $0.15 for AWS."
        ),
        "{triage}"
    );
    assert!(
        triage.contains("its threat is credible") && triage.contains("its threat is not credible"),
        "{triage}"
    );
    // The table ranks the vendors whom to pay first, as the vendors panel does, under its own
    // test id so that the page holds one "triage-table".
    assert_eq!(
        row_names(&host, "[data-testid=handout-triage-table]"),
        ["Google Cloud", "AWS"]
    );
    assert_eq!(
        host.query_selector_all("[data-testid=triage-table]")
            .expect("a valid selector")
            .length(),
        1
    );
    assert!(host
        .query_selector(".handout-head.with-triage")
        .expect("selector")
        .is_some());
    handle.destroy();
    host.remove();

    // A two-party scenario's handout has no triage.
    let (host, handle) = mount(AppState::with_scenario(
        presets::twitter_aws_2023(),
        Origin::Default,
    ))
    .await;
    assert!(host
        .query_selector("[data-testid=handout-triage]")
        .expect("selector")
        .is_none());
    handle.destroy();
    host.remove();
}
