//! Side effects at the edge of the app: everything that reads or writes the browser's state
//! outside the component tree. The decisions (what a link or a stored text means, which
//! action follows) are pure functions here, tested natively; only thin wrappers touch the
//! browser.

pub mod chunked;
pub mod clipboard;
pub mod deferred;
pub mod document_lang;
pub mod download;
pub mod element_style;
pub mod file_import;
pub mod near_viewport;
pub mod observe_size;
pub mod play_timer;
pub mod presenter_keys;
pub mod print;
pub mod saved_store;
pub mod startup;
pub mod url_fragment;
pub mod url_sync;
pub mod workers;
