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
//! (docs/performance.md). Printing must not show the link of a moment ago: the browser's
//! `beforeprint` event, and the Print button through [`UrlSync::flush`], write a pending link
//! at once.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::effects::saved_store;
use crate::app::effects::url_fragment::{
    link_actions, page_address, read, replace, state_fragment, with_lang,
};
use crate::app::game_session::GameSession;
use crate::app::state::{Action, AppState};
use standoff_core::model::Scenario;
use standoff_words::notices::Fallback;

/// The quiet period before the URL and the last-edited scenario are written.
pub const DEBOUNCE_MS: u32 = 300;

/// What the link carries of the state: the scenario (shared, not copied), the month, the view
/// (the language is passed beside it, see [`fragment_for`]).
fn shown_state(
    scenario: &Rc<Scenario>,
    month: Option<u32>,
    presenter: bool,
    step: Option<u32>,
    game: Option<GameSession>,
) -> AppState {
    AppState {
        scenario: scenario.clone(),
        month,
        presenter,
        step,
        game,
        ..AppState::default()
    }
}

/// The fragment (with its `#`) for `shown` in `lang`, keeping the members of the current
/// fragment that this build does not know.
fn fragment_for(shown: &AppState, lang: standoff_words::Lang) -> String {
    let current = with_lang(&read(), lang);
    format!("#{}", state_fragment(shown, &current))
}

/// The fragment (with its `#`) that a `hashchange` navigated to, from the event itself. The
/// address bar may already say something else by the time the event is handled: a quiet-period
/// write that was due at the same moment puts the shown scenario's link back with
/// `replaceState`, and reading the address then would load the old link instead of the pasted
/// one. The current address is the fallback when the event carries no URL.
fn pasted_fragment(event: &web_sys::Event) -> String {
    event
        .dyn_ref::<web_sys::HashChangeEvent>()
        .map(|change| change.new_url())
        .and_then(|url| {
            url.split_once('#')
                .map(|(_, fragment)| format!("#{fragment}"))
        })
        .unwrap_or_else(read)
}

/// A link write waiting for the end of the quiet period.
type PendingWrite = Rc<RefCell<Option<Box<dyn FnOnce()>>>>;

/// Runs the pending write, if any, now. The write is taken out of the cell before it runs,
/// so the timer that finds the cell empty later does nothing.
fn write_now(pending: &PendingWrite) {
    let write = pending.borrow_mut().take();
    if let Some(write) = write {
        write();
    }
}

/// What [`use_url_sync`] gives the page.
pub struct UrlSync {
    /// The link last written (the first render's link at once, so the QR codes are there from
    /// the start).
    pub link: AttrValue,
    /// Writes a pending link now instead of at the end of the quiet period (before printing).
    pub flush: Callback<()>,
}

/// Keeps the address bar in step with `state` and returns the link it last wrote.
#[hook]
pub fn use_url_sync(state: &UseReducerHandle<AppState>) -> UrlSync {
    let timer = use_mut_ref(|| None::<Timeout>);
    let pending: PendingWrite = use_mut_ref(|| None);
    // The first render's link at once; the initialiser runs only then, so later renders do not
    // copy the scenario for it.
    let link = use_state_eq(|| {
        let first = shown_state(
            &state.scenario,
            state.month,
            state.presenter,
            state.step,
            state.game.clone(),
        );
        AttrValue::from(format!(
            "{}{}",
            page_address(),
            fragment_for(&first, state.lang)
        ))
    });
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
            state.game.clone(),
            *rewrite,
        ),
        {
            let link = link.clone();
            let pending = pending.clone();
            move |(scenario, month, presenter, step, lang, game, _)| {
                let shown = shown_state(scenario, *month, *presenter, *step, game.clone());
                let lang = *lang;
                // Only the last change is written: its write replaces any pending one, and
                // replacing the timer cancels the old one.
                *pending.borrow_mut() = Some(Box::new(move || {
                    let fragment = fragment_for(&shown, lang);
                    replace(&fragment);
                    // The same text as the address bar, without encoding the scenario twice.
                    link.set(AttrValue::from(format!("{}{fragment}", page_address())));
                    saved_store::remember_last_edited(&shown.scenario);
                }));
                let due = pending.clone();
                *timer.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || write_now(&due)));
            }
        },
    );

    // Printing with the browser's own command (Ctrl+P) writes the link first; the page is
    // rendered again before the browser lays it out for print.
    use_effect_with((), {
        let pending = pending.clone();
        move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "beforeprint", move |_| write_now(&pending))
            });
            move || drop(listener)
        }
    });

    let dispatch = state.dispatcher();
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "hashchange", move |event| {
                for action in link_actions(&pasted_fragment(event), Fallback::CurrentKept) {
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
    // One callback for the life of the page (the cell never changes), so that the Print
    // button's handler stays the same between renders.
    let flush = use_callback((), move |(), _| write_now(&pending));
    UrlSync {
        link: (*link).clone(),
        flush,
    }
}
