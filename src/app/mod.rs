//! The Yew user interface: the only layer that touches the browser.
//!
//! `state` holds the one pure reducer; `components` render it; `charts` draw reports on
//! canvases; `effects` hold every side effect (URL, storage, files, clipboard, timers) at the
//! edge; `panic_page` makes sure a bug shows a readable page instead of a dead one.

pub mod charts;
pub mod components;
pub mod edits;
pub mod effects;
pub mod field_text;
pub mod first_screen;
pub mod game_session;
pub mod lang_context;
pub mod panic_page;
pub mod presenter_keys;
pub mod qr;
pub mod simulated;
pub mod slider_scale;
pub mod state;

pub use lang_context::{use_lang, LangContext};

use components::app_root::{AppRoot, AppRootProps};
use effects::startup::initial_state;

/// Installs the panic page, then mounts the application on `<body>` with the state that the
/// page URL describes.
pub fn start() {
    panic_page::install();
    let initial = starting_state();
    yew::Renderer::<AppRoot>::with_props(AppRootProps { initial }).render();
}

/// The state the page opens on: the scenario of its link, or without one the last-edited
/// scenario kept in storage, in the link's language or the browser's.
pub fn starting_state() -> state::AppState {
    let fragment = effects::url_fragment::read();
    let initial = initial_state(&fragment, effects::saved_store::read_raw().as_deref());
    let browser = effects::document_lang::browser_language();
    match effects::startup::first_visit_lang(&fragment, browser.as_deref()) {
        Some(lang) => initial.apply(state::Action::SetLang(lang)),
        None => initial,
    }
}
