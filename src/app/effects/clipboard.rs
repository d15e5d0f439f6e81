//! Copies text with the asynchronous Clipboard API.
//!
//! The API is missing on pages that are not a secure context and may be refused by the
//! browser or the user; the caller then shows the text for copying by hand.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Writes `text` to the clipboard, or says why it could not.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or_else(|| "there is no browser window".to_string())?;
    let navigator = window.navigator();
    // `navigator.clipboard` is undefined outside secure contexts; calling it would throw.
    let available = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map(|clipboard| !clipboard.is_undefined() && !clipboard.is_null())
        .unwrap_or(false);
    if !available {
        return Err("this browser offers no clipboard access to this page".to_string());
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .map(|_| ())
        .map_err(|error| {
            let reason = js_sys::Error::from(error).message();
            format!("the browser refused to copy ({reason})")
        })
}
