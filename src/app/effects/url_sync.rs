//! Keeps the address bar a link to what is shown, and opens links pasted into it.
//!
//! Changes are written after a quiet period with `history.replaceState`, so dragging a slider
//! neither adds history entries nor re-encodes the link on every pixel. The same quiet write
//! keeps the scenario as the last-edited one in storage. A `hashchange` (a link pasted into
//! the address bar of the open page) loads that link, or explains in the banner why it cannot
//! be used and puts the current scenario's link back.

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::app::effects::saved_store;
use crate::app::effects::url_fragment::{link_actions, read, replace, state_fragment, with_lang};
use crate::app::state::{Action, AppState};
use crate::i18n::notices::Fallback;

/// The quiet period before the URL and the last-edited scenario are written.
pub const DEBOUNCE_MS: u32 = 300;

#[hook]
pub fn use_url_sync(state: &UseReducerHandle<AppState>) {
    let pending = use_mut_ref(|| None::<Timeout>);
    // Bumped when a pasted link is refused, so that the good link is written back even though
    // the scenario did not change.
    let rewrite = use_state(|| 0_u32);
    let rewrites = use_mut_ref(|| 0_u32);

    use_effect_with(
        (
            state.scenario.clone(),
            state.month,
            state.presenter,
            state.step,
            state.lang,
            *rewrite,
        ),
        move |(scenario, month, presenter, step, lang, _)| {
            // Only what the link carries: the scenario, the month, the view and the language.
            let shown = AppState {
                scenario: scenario.clone(),
                month: *month,
                presenter: *presenter,
                step: *step,
                ..AppState::default()
            };
            let lang = *lang;
            // Replacing the pending timeout cancels it: only the last change is written.
            *pending.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || {
                let current = with_lang(&read(), lang);
                replace(&format!("#{}", state_fragment(&shown, &current)));
                saved_store::remember_last_edited(&shown.scenario);
            }));
        },
    );

    let dispatch = state.dispatcher();
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "hashchange", move |_| {
                for action in link_actions(&read(), Fallback::CurrentKept) {
                    if matches!(action, Action::RejectInput { .. }) {
                        let next = rewrites.borrow().wrapping_add(1);
                        *rewrites.borrow_mut() = next;
                        rewrite.set(next);
                    }
                    dispatch.dispatch(action);
                }
            })
        });
        move || drop(listener)
    });
}
