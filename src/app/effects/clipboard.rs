//! Copies text with the asynchronous Clipboard API.
//!
//! The API is missing on pages that are not a secure context and may be refused by the
//! browser or the user; the caller then shows the text for copying by hand.

use wasm_bindgen::JsValue;

use standoff_words::tr;
use standoff_words::Lang;
use wasm_bindgen_futures::JsFuture;

/// Why the clipboard could not be used, as data: the share panel words it in the reader's
/// language.
#[derive(Clone, Debug, PartialEq)]
pub enum CopyFailure {
    /// No window, or no Clipboard API on this page (not a secure context).
    NoClipboard,
    /// The browser or the user refused; the browser's own reason, as it gives it.
    Refused(String),
}

impl CopyFailure {
    /// The reason in `lang`, to follow a colon.
    pub fn reason(&self, lang: Lang) -> String {
        match self {
            CopyFailure::NoClipboard => tr!(lang,
                en: "this browser offers no clipboard access to this page";
                fr: "ce navigateur ne donne pas accès au presse-papiers à cette page"),
            CopyFailure::Refused(why) => tr!(lang,
                en: "the browser refused to copy ({why})";
                fr: "le navigateur a refusé de copier ({why})"),
        }
    }
}

/// Writes `text` to the clipboard, or says why it could not.
pub async fn copy_text(text: &str) -> Result<(), CopyFailure> {
    let window = web_sys::window().ok_or(CopyFailure::NoClipboard)?;
    let navigator = window.navigator();
    // `navigator.clipboard` is undefined outside secure contexts; calling it would throw.
    let available = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map(|clipboard| !clipboard.is_undefined() && !clipboard.is_null())
        .unwrap_or(false);
    if !available {
        return Err(CopyFailure::NoClipboard);
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .map(|_| ())
        .map_err(|error| CopyFailure::Refused(js_sys::Error::from(error).message().into()))
}
