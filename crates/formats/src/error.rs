//! The one error type for everything that reads a scenario from outside the app.

use standoff_core::model::FieldError;

/// Why a link, a JSON file or a stored entry could not be turned into a scenario.
///
/// Data only: the words crate writes each variant as one or two plain sentences for the
/// banner the app shows (`standoff_words::errors::link_error`); any text quoted from the
/// input is shortened there and is only ever rendered as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// The input was empty or only whitespace.
    Empty,
    /// The input is longer than the codec accepts, before any decoding.
    TooLong { length: usize, limit: usize },
    /// The fragment has no `s=` member.
    NoScenario,
    /// The `s=` member does not start with a known format tag such as `v1`.
    UnknownFormat { found: String },
    /// The format tag is known but names a version this build cannot read.
    UnsupportedVersion { found: String, newest: u32 },
    /// The `s=` member has no `.` between the version and the data.
    MissingSeparator,
    /// A character outside the base64url alphabet, at a 1-based character position of the data.
    BadBase64 { position: usize, character: char },
    /// The base64 data has a length no encoder produces: it was cut off.
    TruncatedBase64,
    /// The compressed data ends before the end of the DEFLATE stream.
    TruncatedCompressed,
    /// The compressed data is not a valid DEFLATE stream.
    CorruptCompressed,
    /// The data grows past the decompression limit (a deflate bomb, or not a scenario).
    TooLargeAfterDecompression { limit: usize },
    /// The decompressed or imported bytes are not UTF-8.
    NotUtf8 { position: usize },
    /// The text is not JSON.
    NotJson {
        line: usize,
        column: usize,
        message: String,
    },
    /// The JSON is valid but its top level is not an object.
    NotAnObject { found: &'static str },
    /// A `$null` entry of a link patch is not a usable JSON pointer.
    BadNullPath { path: String },
    /// A JSON file names a format other than `standoff-scenario`.
    WrongFileFormat { found: String },
    /// A JSON file or stored entry has a missing or unusable `version`.
    BadVersion { found: String },
    /// A document of an older version could not be brought to the current one.
    Migration { from: u32, message: String },
    /// A field has the wrong type or an unknown value, so the scenario cannot be read.
    BadField { field: String, message: String },
    /// The scenario was read but some fields are outside their allowed range.
    Invalid { errors: Vec<FieldError> },
}

/// Shortens text quoted from hostile input so that a banner stays readable.
pub fn excerpt(text: &str) -> String {
    shorten(text, 24)
}

/// Shows one character of hostile input in a sentence, quoted by `quote`: a control character
/// by its code point only (it would be invisible or break the line), any other non-ASCII one
/// also with its code point (it may look like an ASCII one, or be invisible). This is written
/// out instead of using `char::escape_debug`, whose Unicode tables add about 4 KB to the wasm.
pub fn shown_character(character: char, quote: impl Fn(&str) -> String) -> String {
    let code_point = u32::from(character);
    if character.is_control() {
        format!("U+{code_point:04X}")
    } else if character.is_ascii() {
        quote(character.encode_utf8(&mut [0; 4]))
    } else {
        format!(
            "{} (U+{code_point:04X})",
            quote(character.encode_utf8(&mut [0; 4]))
        )
    }
}

/// Keeps at most `max` characters of `text`, marking a cut with an ellipsis.
pub(crate) fn shorten(text: &str, max: usize) -> String {
    let mut out: String = text.chars().take(max).collect();
    if text.chars().nth(max).is_some() {
        out.push('…');
    }
    out
}

/// Names the kind of a JSON value for messages.
pub(crate) fn json_kind(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// Turns a serde_json parse error into [`LinkError::NotJson`] with its line and column.
pub(crate) fn not_json(err: &serde_json::Error) -> LinkError {
    // serde_json's Display appends " at line L column C"; the variant carries them separately.
    let full = err.to_string();
    let message = match full.rfind(" at line ") {
        Some(cut) => full.get(..cut).unwrap_or(&full).to_string(),
        None => full,
    };
    LinkError::NotJson {
        line: err.line(),
        column: err.column(),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::shown_character;

    fn english(text: &str) -> String {
        format!("'{text}'")
    }

    #[test]
    fn characters_are_shown_quoted_or_by_code_point() {
        assert_eq!(shown_character('!', english), "'!'");
        assert_eq!(shown_character(' ', english), "' '");
        // Invisible or line-breaking characters by code point only.
        assert_eq!(shown_character('\0', english), "U+0000");
        assert_eq!(shown_character('\n', english), "U+000A");
        assert_eq!(shown_character('\u{7f}', english), "U+007F");
        // Non-ASCII ones both ways: 'е' here is the Cyrillic letter, not the Latin 'e'.
        assert_eq!(shown_character('é', english), "'é' (U+00E9)");
        assert_eq!(shown_character('е', english), "'е' (U+0435)");
        assert_eq!(shown_character('\u{200b}', english), "'\u{200b}' (U+200B)");
        assert_eq!(shown_character('😀', english), "'😀' (U+1F600)");
    }
}
