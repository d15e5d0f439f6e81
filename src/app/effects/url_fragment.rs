//! Keeps the scenario in the page URL's fragment, so that a link reopens it.
//!
//! The skeleton's fragment is `#delay=<days>`; the full versioned link format replaces it.
//! The fragment is never sent to a server. Writing uses `history.replaceState`, so moving a
//! slider does not fill the back button's history.

/// The largest delay a skeleton link may carry (the model's own limit).
const MAX_DELAY_DAYS: u32 = 3650;

/// What the fragment said, parsed: a delay in days, or a message naming what was wrong.
#[derive(Clone, Debug, PartialEq)]
pub enum FragmentValue {
    Empty,
    DelayDays(u32),
    Invalid(String),
}

/// Parses a fragment such as `#delay=60` (with or without the `#`). Pure, tested natively.
pub fn parse_fragment(fragment: &str) -> FragmentValue {
    let fragment = fragment.trim().trim_start_matches('#');
    if fragment.is_empty() {
        return FragmentValue::Empty;
    }
    for pair in fragment.split('&') {
        if let Some(value) = pair.strip_prefix("delay=") {
            return match value.parse::<u32>() {
                Ok(days) if days <= MAX_DELAY_DAYS => FragmentValue::DelayDays(days),
                _ => FragmentValue::Invalid(format!(
                    "The link's payment delay \u{201c}{value}\u{201d} is not allowed: it must be a whole number of days from 0 to {MAX_DELAY_DAYS}. The default scenario is shown."
                )),
            };
        }
    }
    FragmentValue::Invalid(
        "The link could not be read (it has no scenario in it). The default scenario is shown."
            .to_string(),
    )
}

/// Formats the fragment for a delay, including the leading `#`.
pub fn format_fragment(delay_days: u32) -> String {
    format!("#delay={delay_days}")
}

/// Reads the current page's fragment; empty outside a browser.
pub fn read() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// Replaces the page URL's fragment without adding a history entry.
pub fn replace(fragment: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if window.location().hash().ok().as_deref() == Some(fragment) {
        return;
    }
    if let Ok(history) = window.history() {
        // A failure here only means the address bar lags; the app itself is unaffected.
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_round_trip() {
        for days in [0, 1, 45, 365, MAX_DELAY_DAYS] {
            assert_eq!(
                parse_fragment(&format_fragment(days)),
                FragmentValue::DelayDays(days)
            );
        }
    }

    #[test]
    fn bad_fragments_name_the_field_and_range() {
        for bad in ["#delay=-1", "#delay=abc", "#delay=3651", "#delay="] {
            match parse_fragment(bad) {
                FragmentValue::Invalid(message) => {
                    assert!(message.contains("0 to 3650"), "{bad}: {message}")
                }
                other => panic!("{bad} gave {other:?}"),
            }
        }
        assert!(matches!(parse_fragment("#zzz"), FragmentValue::Invalid(_)));
        assert_eq!(parse_fragment(""), FragmentValue::Empty);
        assert_eq!(parse_fragment("#"), FragmentValue::Empty);
    }
}
