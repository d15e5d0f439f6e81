//! The presenter's keyboard and full screen, at the edge: one `keydown` listener on the
//! window for the life of the page. The mapping itself is pure ([`crate::app::presenter_keys`]);
//! this file only reads the event, skips keys meant for a text field or already handled (a
//! focused chart uses ← and → itself), and dispatches the action or toggles full screen.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::presenter_keys::{key_command, typing_target, KeyCommand};
use crate::app::state::{Action, AppState};

/// Whether the event comes from an element that keeps its keys (a text field, a select,
/// editable content, a slider).
fn from_typing_target(event: &web_sys::KeyboardEvent) -> bool {
    let Some(element) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    let input_type = element
        .dyn_ref::<web_sys::HtmlInputElement>()
        .map(|input| input.type_());
    typing_target(
        &element.tag_name(),
        input_type.as_deref(),
        element.is_content_editable(),
    )
}

/// Full screen on or off. Browsers refuse it outside a user gesture or in some embeddings;
/// the presenter then simply stays in the window, so a failure is ignored.
pub fn toggle_fullscreen() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if document.fullscreen_element().is_some() {
        call_settled(&document, "exitFullscreen");
    } else if let Some(root) = document.document_element() {
        call_settled(&root, "requestFullscreen");
    }
}

/// Leaves full screen if the page is in it (leaving presenter mode ends full screen too).
pub fn exit_fullscreen() {
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        if document.fullscreen_element().is_some() {
            call_settled(&document, "exitFullscreen");
        }
    }
}

/// Calls a method that returns a promise and waits for it in the background, so that a
/// refusal settles quietly instead of surfacing as an unhandled rejection in the console.
fn call_settled(target: &wasm_bindgen::JsValue, method: &str) {
    let function = js_sys::Reflect::get(target, &method.into())
        .ok()
        .and_then(|value| value.dyn_into::<js_sys::Function>().ok());
    let Some(function) = function else {
        return;
    };
    if let Ok(result) = function.call0(target) {
        if let Ok(promise) = result.dyn_into::<js_sys::Promise>() {
            wasm_bindgen_futures::spawn_local(async move {
                let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
            });
        }
    }
}

/// Listens for the presenter's keys. The latest state is read through a shared cell that the
/// root updates on every render, so the listener is attached once. The cell holds the
/// reducer's handle (a pointer to the state), not a copy: copying the whole state on every
/// render cost a deep clone of the scenario per slider input.
#[hook]
pub fn use_presenter_keys(state: &UseReducerHandle<AppState>) {
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    let dispatch = state.dispatcher();
    use_effect_with((), move |_| {
        let latest = Rc::clone(&latest);
        let listener = web_sys::window().map(|window| {
            // Not passive: a handled key must not also scroll the page (space, Page Down).
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&window, "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if event.default_prevented() || from_typing_target(event) {
                    return;
                }
                let modified = event.ctrl_key() || event.alt_key() || event.meta_key();
                let command = key_command(&latest.borrow(), &event.key(), modified);
                let Some(command) = command else {
                    return;
                };
                event.prevent_default();
                match command {
                    KeyCommand::ToggleFullscreen => toggle_fullscreen(),
                    KeyCommand::Dispatch(action) => {
                        if matches!(action, Action::Escape) && !latest.borrow().key_help {
                            // Esc already ends full screen in browsers; this covers the case
                            // where presenter mode is left while it is still on.
                            exit_fullscreen();
                        }
                        dispatch.dispatch(action);
                    }
                }
            })
        });
        move || drop(listener)
    });
}
