//! Side effects at the edge of the app: everything that reads or writes the browser's state
//! outside the component tree.

pub mod chunked;
pub mod play_timer;
pub mod url_fragment;
