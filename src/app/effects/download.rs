//! Saves generated text as a file through the browser's download, without any server: a
//! `Blob`, an object URL and a temporary `<a download>` link.

use gloo::timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};

/// How long the object URL stays valid after the click; the browser has by then read it.
const REVOKE_AFTER_MS: u32 = 10_000;

/// Offers `text` for download as `filename` with the given media type.
pub fn download_text(filename: &str, media_type: &str, text: &str) -> Result<(), String> {
    let failed = |_| format!("The browser could not prepare the download of {filename}.");
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or_else(|| "There is no page to download from.".to_string())?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(failed)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(failed)?;
    let anchor = document
        .create_element("a")
        .map_err(failed)?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| format!("The browser could not prepare the download of {filename}."))?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.set_hidden(true);
    if let Some(body) = document.body() {
        let _ = body.append_child(&anchor);
    }
    anchor.click();
    anchor.remove();
    Timeout::new(REVOKE_AFTER_MS, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Offers the picture on `canvas` for download as a PNG file named `filename`, through a
/// temporary link to the picture's data URL.
pub fn download_canvas_png(canvas: &web_sys::HtmlCanvasElement, filename: &str) {
    let Ok(url) = canvas.to_data_url_with_type("image/png") else {
        return;
    };
    let link = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.create_element("a").ok())
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(link) = link {
        let _ = link.set_attribute("href", &url);
        let _ = link.set_attribute("download", filename);
        link.click();
    }
}

/// A file name made from a scenario title: lower-case ASCII letters, digits and hyphens.
pub fn file_stem(title: &str) -> String {
    let mut stem = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            stem.push(c.to_ascii_lowercase());
        } else if !stem.ends_with('-') && !stem.is_empty() {
            stem.push('-');
        }
        if stem.len() >= 48 {
            break;
        }
    }
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() {
        "standoff-scenario".to_string()
    } else {
        format!("standoff-{stem}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_are_safe_file_names() {
        assert_eq!(
            file_stem("Twitter vs AWS (2023)"),
            "standoff-twitter-vs-aws-2023"
        );
        assert_eq!(file_stem("../../etc/passwd"), "standoff-etc-passwd");
        assert_eq!(file_stem("Société"), "standoff-soci-t");
        assert_eq!(file_stem("<script>"), "standoff-script");
        assert_eq!(file_stem("  "), "standoff-scenario");
    }
}
