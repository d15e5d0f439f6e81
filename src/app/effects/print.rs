//! Printing: opens the browser's print dialog; the handout layout is the print style sheet's
//! (`styles/print.css`).

/// Asks the browser to print the page. A browser that refuses (an embedded view) leaves the
/// page as it was.
fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Asks the browser to print in a later task, after the page has rendered what the current
/// one changed (the handout's link): Yew renders in a microtask, which a dialog opened in the
/// same task would come before.
pub fn print_page_after_render() {
    gloo::timers::callback::Timeout::new(0, print_page).forget();
}
