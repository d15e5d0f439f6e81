//! Keeps the address bar a link to what is shown, and opens links pasted into it.
//!
//! Changes are written after a quiet period with `history.replaceState`, so dragging a slider
//! neither adds history entries nor re-encodes the link on every pixel. The same quiet write
//! keeps the scenario as the last-edited one in storage. A `hashchange` (a link pasted into
//! the address bar of the open page) loads that link, or explains in the banner why it cannot
//! be used and puts the current scenario's link back.
//!
//! The hook also returns the full link it last wrote, for the QR codes and the printed
//! handout. Encoding a link deflates the whole scenario, and a QR code of it is two more
//! encodings (share panel and handout); doing that on every slider input cost more than the
//! charts' redraw, so the link shown in the page follows the address bar's quiet period too
//! (docs/performance.md).

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::app::effects::saved_store;
use crate::app::effects::url_fragment::{
    link_actions, page_address, read, replace, state_fragment, with_lang,
};
use crate::app::state::{Action, AppState};
use crate::i18n::notices::Fallback;

/// The quiet period before the URL and the last-edited scenario are written.
pub const DEBOUNCE_MS: u32 = 300;

/// What the link carries of the state: the scenario, the month, the view and the language.
fn shown_state(state: &AppState) -> AppState {
    AppState {
        scenario: state.scenario.clone(),
        month: state.month,
        presenter: state.presenter,
        step: state.step,
        ..AppState::default()
    }
}

/// The full link (address and fragment) to `shown` in `lang`.
fn full_link(shown: &AppState, lang: crate::i18n::Lang) -> AttrValue {
    let current = with_lang(&read(), lang);
    AttrValue::from(format!(
        "{}#{}",
        page_address(),
        state_fragment(shown, &current)
    ))
}

/// Keeps the address bar in step with `state` and returns the link it last wrote (the first
/// render's link at once, so the QR codes are there from the start).
#[hook]
pub fn use_url_sync(state: &UseReducerHandle<AppState>) -> AttrValue {
    let pending = use_mut_ref(|| None::<Timeout>);
    let link = {
        let first = shown_state(state);
        let lang = state.lang;
        use_state_eq(move || full_link(&first, lang))
    };
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
        {
            let link = link.clone();
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
                    let fragment = format!("#{}", state_fragment(&shown, &current));
                    replace(&fragment);
                    // The same text as the address bar, without encoding the scenario twice.
                    link.set(AttrValue::from(format!("{}{fragment}", page_address())));
                    saved_store::remember_last_edited(&shown.scenario);
                }));
            }
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
    (*link).clone()
}
