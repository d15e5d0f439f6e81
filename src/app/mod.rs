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
pub mod game_session;
pub mod lang_context;
pub mod panic_page;
pub mod presenter_keys;
pub mod qr;
pub mod slider_scale;
pub mod state;

pub use lang_context::{use_lang, LangContext};

use components::app_root::{AppRoot, AppRootProps};
use effects::startup::initial_state;

/// Installs the panic page, then mounts the application on `<body>` with the state that the
/// page URL describes (or, without a link, the last-edited scenario kept in storage).
pub fn start() {
    panic_page::install();
    let fragment = effects::url_fragment::read();
    let mut initial = initial_state(&fragment, effects::saved_store::read_raw().as_deref());
    let browser = effects::document_lang::browser_language();
    if let Some(lang) = effects::startup::first_visit_lang(&fragment, browser.as_deref()) {
        initial = initial.apply(state::Action::SetLang(lang));
    }
    yew::Renderer::<AppRoot>::with_props(AppRootProps { initial }).render();
}
