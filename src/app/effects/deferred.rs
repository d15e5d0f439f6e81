//! Lets the parts of the page below the first screen follow a change one frame later, so
//! that a slider input repaints the visible charts first.
//!
//! The ledger, the event log, the bargaining analysis and the printed handout's text used to
//! be rebuilt inside the input's own task, before the browser could paint the charts the
//! reader is looking at. [`use_deferred`] hands them the new value after the next animation
//! frame (then a 0 ms task, so the frame's paint comes between), the way the first render
//! adds the editor after the first screen. A newer value cancels a pending one, so a fast drag
//! rebuilds them once per frame at most; the first render gets the value at once.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// What is pending: the frame request, then the task it queued.
#[derive(Default)]
struct Pending {
    frame: Option<AnimationFrame>,
    task: Option<Timeout>,
}

/// `value` as of one painted frame ago (at once on the first render).
#[hook]
pub fn use_deferred<T: Clone + PartialEq + 'static>(value: T) -> T {
    let shown = use_state_eq(|| value.clone());
    let pending = use_mut_ref(Pending::default);
    {
        let shown = shown.clone();
        use_effect_with(value, move |value| {
            // Dropping the previous frame request and task cancels them.
            let mut slot = pending.borrow_mut();
            slot.task = None;
            slot.frame = None;
            if *shown == *value {
                return;
            }
            let value = value.clone();
            let later = Rc::clone(&pending);
            slot.frame = Some(request_animation_frame(move |_| {
                let set = Timeout::new(0, move || shown.set(value));
                put_task(&later, set);
            }));
        });
    }
    (*shown).clone()
}

fn put_task(pending: &Rc<RefCell<Pending>>, task: Timeout) {
    if let Ok(mut slot) = pending.try_borrow_mut() {
        slot.task = Some(task);
    } else {
        task.forget();
    }
}

/// `false` on the first render, then `true` once the browser has painted it (a frame, then a
/// task, so the frame's paint comes between). The root renders the first screen alone until
/// then: the editor and the panels further down, about nine tenths of the page's elements,
/// follow, so the first chart appears that much sooner.
#[hook]
pub fn use_after_first_paint() -> bool {
    let painted = use_state_eq(|| false);
    {
        let painted = painted.clone();
        use_effect_with((), move |_| {
            let frame = request_animation_frame(move |_| {
                Timeout::new(0, move || painted.set(true)).forget();
            });
            move || drop(frame)
        });
    }
    *painted
}
