//! The one error type for everything that reads a scenario from outside the app.

use std::fmt;

use crate::model::FieldError;

/// Why a link, a JSON file or a stored entry could not be turned into a scenario.
///
/// Each variant's `Display` is one or two plain sentences meant for the banner the app shows;
/// any text quoted from the input is shortened and is only ever rendered as text.
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
pub(crate) fn excerpt(text: &str) -> String {
    shorten(text, 24)
}

/// Keeps at most `max` characters of `text`, marking a cut with an ellipsis.
pub(crate) fn shorten(text: &str, max: usize) -> String {
    let mut out: String = text.chars().take(max).collect();
    if text.chars().nth(max).is_some() {
        out.push('…');
    }
    out
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Empty => write!(f, "The link is empty."),
            LinkError::TooLong { length, limit } => write!(
                f,
                "The data is too long ({length} characters or bytes; the limit is {limit}), so it \
                 was not read."
            ),
            LinkError::NoScenario => write!(
                f,
                "The link has no scenario in it: expected a part starting with \"#s=v1.\"."
            ),
            LinkError::UnknownFormat { found } => write!(
                f,
                "The link's scenario starts with \"{}\", which is not a Standoff link format \
                 (expected \"v1.\").",
                excerpt(found)
            ),
            LinkError::UnsupportedVersion { found, newest } => write!(
                f,
                "The link is format \"{}\", but this version of Standoff reads formats v1 to \
                 v{newest}: it was probably made by a newer version.",
                excerpt(found)
            ),
            LinkError::MissingSeparator => write!(
                f,
                "The link's scenario has no \".\" between the version and the data: it is \
                 malformed."
            ),
            LinkError::BadBase64 {
                position,
                character,
            } => write!(
                f,
                "The link's data has an invalid character {:?} at position {position}: it may \
                 have been damaged when copied.",
                character
            ),
            LinkError::TruncatedBase64 => write!(
                f,
                "The link's data stops in the middle of a character group: it was probably cut \
                 off when copied."
            ),
            LinkError::TruncatedCompressed => write!(
                f,
                "The link's compressed data is truncated: it was probably cut off when copied."
            ),
            LinkError::CorruptCompressed => write!(
                f,
                "The link's compressed data is corrupt: it may have been damaged when copied."
            ),
            LinkError::TooLargeAfterDecompression { limit } => write!(
                f,
                "The link's data is too large after decompression (over {limit} bytes), so it \
                 was not read."
            ),
            LinkError::NotUtf8 { position } => write!(
                f,
                "The data is not UTF-8 text (invalid byte at offset {position})."
            ),
            LinkError::NotJson {
                line,
                column,
                message,
            } => write!(
                f,
                "The data is not valid JSON at line {line}, column {column}: {message}."
            ),
            LinkError::NotAnObject { found } => write!(
                f,
                "The scenario must be a JSON object, but the data is {found}."
            ),
            LinkError::BadNullPath { path } => write!(
                f,
                "The link's \"$null\" list names \"{}\", which is not a field of the scenario.",
                excerpt(path)
            ),
            LinkError::WrongFileFormat { found } => write!(
                f,
                "The file's format is \"{}\", not \"standoff-scenario\": it is not a Standoff \
                 scenario file.",
                excerpt(found)
            ),
            LinkError::BadVersion { found } => write!(
                f,
                "The scenario's version is {}, which is not a version this build of Standoff \
                 can read (1 to {}).",
                excerpt(found),
                crate::link::CURRENT_VERSION
            ),
            LinkError::Migration { from, message } => write!(
                f,
                "The scenario of version {from} could not be upgraded: {message}."
            ),
            LinkError::BadField { field, message } => {
                if field.is_empty() || field == "." {
                    write!(f, "The scenario could not be read: {message}.")
                } else {
                    write!(f, "The field \"{field}\" could not be read: {message}.")
                }
            }
            LinkError::Invalid { errors } => {
                // A banner stays readable: the first few errors are named, the rest counted
                // (the full list is in `errors` for a details view).
                const SHOWN: usize = 5;
                write!(f, "The scenario has values outside their allowed range: ")?;
                for (i, e) in errors.iter().take(SHOWN).enumerate() {
                    if i > 0 {
                        write!(f, "; ")?;
                    }
                    write!(f, "{} is {}: it {}", e.field, excerpt(&e.value), e.message)?;
                }
                if errors.len() > SHOWN {
                    write!(f, "; and {} more", errors.len() - SHOWN)?;
                }
                write!(f, ".")
            }
        }
    }
}

impl std::error::Error for LinkError {}

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
