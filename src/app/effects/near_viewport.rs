//! Whether an element is in or near the viewport, from an IntersectionObserver: what lets a
//! chart scrolled far away skip its redraws and catch up when it comes back.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Whether `element` is within `margin` (a CSS root margin such as `"300px 0px"`) of the
/// viewport. `None` until the observer first reports, and for good where the browser has no
/// IntersectionObserver.
#[hook]
pub fn use_near_viewport(element: NodeRef, margin: &'static str) -> Option<bool> {
    let near = use_state_eq(|| None::<bool>);
    {
        let near = near.clone();
        use_effect_with((), move |_| {
            let watch = VisibilityWatch::start(element, margin, near);
            move || drop(watch)
        });
    }
    *near
}

/// The observer and its callback, together: dropping it disconnects the observer.
struct VisibilityWatch {
    observer: Option<web_sys::IntersectionObserver>,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl VisibilityWatch {
    fn start(
        element: NodeRef,
        margin: &str,
        near: UseStateHandle<Option<bool>>,
    ) -> VisibilityWatch {
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            // The last entry is the newest state of our one element.
            if let Some(entry) = entries
                .iter()
                .last()
                .and_then(|entry| entry.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
            {
                near.set(Some(entry.is_intersecting()));
            }
        });
        let observer = element
            .cast::<web_sys::Element>()
            .and_then(|element| observe(&element, margin, &callback));
        VisibilityWatch {
            observer,
            _callback: callback,
        }
    }
}

/// An IntersectionObserver with `margin` watching `element`, or `None` where the browser has
/// none.
fn observe(
    element: &web_sys::Element,
    margin: &str,
    callback: &Closure<dyn FnMut(js_sys::Array)>,
) -> Option<web_sys::IntersectionObserver> {
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(margin);
    let observer = web_sys::IntersectionObserver::new_with_options(
        callback.as_ref().unchecked_ref(),
        &options,
    )
    .ok()?;
    observer.observe(element);
    Some(observer)
}

impl Drop for VisibilityWatch {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
    }
}
