//! The page shown if the impossible happens.
//!
//! On wasm32 a panic aborts the whole app, which would leave a blank or frozen page. The hook
//! below runs before the abort and replaces the page with a readable explanation, the panic
//! message (as text, never as HTML), and a link that reloads the default scenario.

use std::panic::PanicHookInfo;

use standoff_words::ui::PanicMsg;
use standoff_words::Lang;

/// Installs the hook. Safe to call more than once: the last call wins.
pub fn install() {
    std::panic::set_hook(Box::new(show));
}

fn show(info: &PanicHookInfo<'_>) {
    let message = info.to_string();
    web_sys::console::error_1(&message.as_str().into());
    // If even the document is unavailable there is nothing more we can show.
    let _ = render(&message);
}

fn render(message: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let body = document.body()?;
    body.set_text_content(None);

    let section = document.create_element("section").ok()?;
    section.set_class_name("fatal");
    section.set_attribute("role", "alert").ok()?;

    // The app's state is gone, but `<html lang>` still says the reader's language (the
    // document-language effect keeps it in step with the interface).
    let lang = document
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default();
    let title = document.create_element("h1").ok()?;
    title.set_text_content(Some(lang.t(PanicMsg::Title)));
    let explanation = document.create_element("p").ok()?;
    explanation.set_text_content(Some(lang.t(PanicMsg::Explanation)));
    let details = document.create_element("pre").ok()?;
    details.set_text_content(Some(message));
    let reload = document.create_element("a").ok()?;
    // The path without the fragment is the app with its default scenario.
    let path = web_sys::window()?.location().pathname().ok()?;
    reload.set_attribute("href", &path).ok()?;
    reload.set_text_content(Some(lang.t(PanicMsg::Reload)));

    for child in [&title, &explanation, &details, &reload] {
        section.append_child(child).ok()?;
    }
    body.append_child(&section).ok()?;
    Some(())
}
