//! Printing: opens the browser's print dialog; the handout layout is the print style sheet's
//! (`styles/print.css`).

/// Asks the browser to print the page. A browser that refuses (an embedded view) leaves the
/// page as it was.
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
