//! Helpers shared by the component tests in headless Chromium (`tests/web_*.rs`): a fresh
//! container in the page, the root app mounted on a state, and the DOM look-ups and events a
//! user's browser would produce. Each test binary compiles this module on its own and uses a
//! different subset of it, so unused helpers are expected there.
#![allow(dead_code)]

use standoff::app::components::app_root::{AppRoot, AppRootProps};
use standoff::app::state::AppState;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlCanvasElement, HtmlInputElement};

pub fn document() -> Document {
    web_sys::window()
        .and_then(|window| window.document())
        .expect("a browser document")
}

/// A fresh container of a known width in the page, without the app's stylesheet.
pub fn host(width_px: u32) -> Element {
    let document = document();
    let host = document.create_element("div").expect("a div");
    host.set_attribute("style", &format!("width: {width_px}px"))
        .expect("style");
    document
        .body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    host
}

/// Mounts the whole app on `initial` in a fresh 800 px container and waits for the render,
/// including the second pass that adds the editor and the lower panels after the first paint.
pub async fn mount_app(initial: AppState) -> Element {
    mount_app_with_handle(800, initial).await.0
}

/// The same in a container `width_px` wide, returning the app's handle too, so that a test can
/// destroy its app (and the app's window listeners) before the next test starts. Presenter
/// mode has no editor: its view is complete after the first pass.
pub async fn mount_app_with_handle(
    width_px: u32,
    initial: AppState,
) -> (Element, yew::AppHandle<AppRoot>) {
    let host = host(width_px);
    let handle =
        yew::Renderer::<AppRoot>::with_root_and_props(host.clone(), AppRootProps { initial })
            .render();
    yew::scheduler::flush().await;
    wait_for(&host, "[data-testid=editor], .presenter").await;
    (host, handle)
}

/// Waits (up to about a second) until something matches `selector` in `host`: the lower
/// panels render after the first paint, so a test that mounts the app itself waits for them.
pub async fn wait_for(host: &Element, selector: &str) {
    for _ in 0..100 {
        if host.query_selector(selector).ok().flatten().is_some() {
            return;
        }
        sleep_ms(10).await;
        yew::scheduler::flush().await;
    }
}

/// Scrolls the element to the middle of the viewport and lets the page react: charts far
/// from the viewport do not redraw until they come near it (chart_canvas.rs), as for a reader
/// who scrolls to them.
pub async fn bring_into_view(element: &Element) {
    element.scroll_into_view();
    // The IntersectionObserver reports after the next frames; a loaded machine needs a few.
    for _ in 0..4 {
        sleep_ms(50).await;
        yew::scheduler::flush().await;
    }
}

/// Waits `ms` milliseconds (a browser timer), letting frames and timers of the page run.
pub async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

pub fn find<T: JsCast>(host: &Element, selector: &str) -> T {
    host.query_selector(selector)
        .expect("a valid selector")
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .dyn_into::<T>()
        .unwrap_or_else(|_| panic!("{selector} has another type"))
}

pub fn text(host: &Element, selector: &str) -> String {
    find::<Element>(host, selector)
        .text_content()
        .unwrap_or_default()
}

/// Sets an input's value and fires the `input` event a user's typing fires, then renders.
pub async fn type_into(input: &HtmlInputElement, value: &str) {
    input.set_value(value);
    let event = web_sys::InputEvent::new("input").expect("an input event");
    input.dispatch_event(&event).expect("dispatched");
    yew::scheduler::flush().await;
}

/// The canvas's pixels as RGBA bytes.
pub fn pixels(canvas: &HtmlCanvasElement) -> Vec<u8> {
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
