//! The CSS size of an element and the device pixel ratio, kept up to date by a
//! ResizeObserver (after layout, so that reading the size never forces a layout of the page)
//! and by the window's resize events (the pixel ratio changes on zoom or when the window moves
//! to another screen).

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// An element's CSS size in whole pixels, and the device pixel ratio when it was measured.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ElementSize {
    pub width: i32,
    pub height: i32,
    pub ratio: f64,
}

impl ElementSize {
    /// Before the first measurement: no size at all.
    pub const UNMEASURED: ElementSize = ElementSize {
        width: 0,
        height: 0,
        ratio: 1.0,
    };

    /// Whether the element has been laid out with a size.
    pub fn is_laid_out(&self) -> bool {
        self.width > 0 && self.height > 0
    }
}

/// The browser's device pixel ratio.
pub fn pixel_ratio() -> f64 {
    web_sys::window().map_or(1.0, |window| window.device_pixel_ratio())
}

/// The size of `element` (its client size) and the pixel ratio; a change renders the
/// component again. [`ElementSize::UNMEASURED`] until the observer's first report, which the
/// browser makes after its next layout and before painting that frame.
#[hook]
pub fn use_element_size(element: NodeRef) -> ElementSize {
    let size = use_state_eq(|| ElementSize::UNMEASURED);
    {
        let size = size.clone();
        use_effect_with((), move |_| {
            let watch = SizeWatch::start(element, size);
            move || drop(watch)
        });
    }
    *size
}

/// The observer, the window listener and their callback, together: dropping it disconnects
/// them.
struct SizeWatch {
    observer: Option<web_sys::ResizeObserver>,
    _callback: Closure<dyn FnMut()>,
    _listener: Option<gloo::events::EventListener>,
}

impl SizeWatch {
    fn start(element: NodeRef, size: UseStateHandle<ElementSize>) -> SizeWatch {
        let target = element.cast::<web_sys::Element>();
        let measure = Rc::new(move || {
            if let Some(element) = element.cast::<web_sys::Element>() {
                size.set(ElementSize {
                    width: element.client_width(),
                    height: element.client_height(),
                    ratio: pixel_ratio(),
                });
            }
        });
        let on_resize = measure.clone();
        let callback = Closure::<dyn FnMut()>::new(move || on_resize());
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
        match (&observer, target) {
            (Some(observer), Some(target)) => observer.observe(&target),
            // Without an observer the element is measured here, once, at the cost of a
            // layout of the page; the window's resize events keep it up to date.
            _ => measure(),
        }
        let listener = web_sys::window()
            .map(|window| gloo::events::EventListener::new(&window, "resize", move |_| measure()));
        SizeWatch {
            observer,
            _callback: callback,
            _listener: listener,
        }
    }
}

impl Drop for SizeWatch {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
    }
}
