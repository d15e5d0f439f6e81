//! The page's own language: `<html lang>` follows the interface language, so that screen
//! readers pronounce the text with the right voice and browsers offer the right
//! translation; and the browser's preferred language, read once for a first visit.

use yew::prelude::*;

use standoff_words::Lang;

/// Keeps `<html lang>` equal to the interface language.
#[hook]
pub fn use_document_lang(lang: Lang) {
    use_effect_with(lang, |lang| set_document_lang(*lang));
}

/// Sets `<html lang>`; outside a browser it does nothing.
pub fn set_document_lang(lang: Lang) {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element());
    if let Some(root) = root {
        // Failing to set an attribute only leaves the previous language announced.
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// The browser's preferred language (`navigator.language`), if it has one.
pub fn browser_language() -> Option<String> {
    web_sys::window().and_then(|window| window.navigator().language())
}
