//! Side effects at the edge of the app: everything that reads or writes the browser's state
//! outside the component tree.

pub mod url_fragment;
