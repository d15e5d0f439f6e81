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
    /// The text is not JSON: where (1-based line and column), and what kind of mistake.
    NotJson {
        line: usize,
        column: usize,
        problem: JsonProblem,
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
    /// A member that is not a field at its place: `field` is its whole path
    /// (`contract.total_commitmnet`), `suggestion` the path of the nearest known field at the
    /// same level, when one is close enough to be a likely misspelling.
    UnknownField {
        field: FieldPath,
        suggestion: Option<FieldPath>,
    },
    /// A field has the wrong kind of value or an unknown choice, so the scenario cannot be
    /// read. `field` is its path (`payment.delay_days`), empty when no single field is to blame.
    BadField {
        field: String,
        problem: FieldProblem,
    },
    /// The scenario was read but some fields are outside their allowed range.
    Invalid { errors: Vec<FieldError> },
}

/// What kind of mistake makes a text not JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonProblem {
    /// The text ends inside a value (an object, a list or a string left open).
    EndsEarly,
    /// Lists and objects nested deeper than the parser's limit (128).
    TooDeep,
    /// A comma right before a closing `]` or `}`.
    TrailingComma,
    /// Something follows the end of the JSON value.
    TextAfterTheEnd,
    /// An object member whose name is not in double quotes.
    KeyNotText,
    /// A member name not followed by `:`.
    MissingColon,
    /// Two members or items not separated by a comma, or a list or object not closed.
    MissingComma,
    /// Something that is not a JSON value where one is needed (a bare word, a single quote).
    NotAValue,
    /// A malformed number (`1.`, `01`, `1e`).
    BadNumber,
    /// A line break or another control character inside a string.
    ControlCharacter,
    /// A malformed backslash escape inside a string.
    BadEscape,
    /// Any other syntax error.
    Other,
}

/// The path of a member in a JSON document: `contract.total_commitment`, `reciprocal[0].amount`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldPath(pub Vec<PathStep>);

/// One step of a [`FieldPath`]: a member of an object, or an item of a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathStep {
    Key(String),
    Index(usize),
}

impl FieldPath {
    /// The path of `key` inside the object at this path.
    pub fn join(&self, key: &str) -> FieldPath {
        let mut steps = self.0.clone();
        steps.push(PathStep::Key(key.to_string()));
        FieldPath(steps)
    }

    /// A path of member names only, as written in code and tests (`payment.delay_days`).
    pub fn of_keys(keys: &[&str]) -> FieldPath {
        FieldPath(keys.iter().map(|k| PathStep::Key(k.to_string())).collect())
    }
}

/// Written the way the documentation and validation name fields: keys joined by `.`, list
/// items as `[i]`. A member name from hostile input is shortened by the words crate.
impl std::fmt::Display for FieldPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, step) in self.0.iter().enumerate() {
            match step {
                PathStep::Key(key) if i == 0 => f.write_str(key)?,
                PathStep::Key(key) => write!(f, ".{key}")?,
                PathStep::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// Why a field's value cannot be read, in the user's terms: what the field holds and what was
/// found, never the deserialiser's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldProblem {
    /// The value is not what the field holds (text where a number goes, a whole number out of
    /// the field's range, a fraction where a whole number goes).
    Expected { expected: Expected, found: Found },
    /// A choice the field does not have: the choices it has, and the nearest one when close.
    UnknownChoice {
        found: String,
        choices: Vec<String>,
        suggestion: Option<String>,
    },
    /// A member the value needs is missing (a trigger's `type`).
    Missing { member: String },
    /// No single reason can be given (several problems at once).
    Unreadable,
}

/// What a field holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    /// A whole number from `min` to `max`.
    WholeNumber { min: i64, max: u64 },
    /// A decimal number (an amount, a rate, a share), written as a number or a string.
    Decimal,
    /// Text in double quotes.
    Text,
    /// `true` or `false`.
    YesNo,
    /// A list in `[ ]`.
    List,
    /// An object in `{ }`.
    Object,
    /// Something else (never seen with today's model; kept for a model that grows).
    Other,
}

impl Expected {
    /// Whether the field holds a number (whole or decimal).
    pub fn is_number(&self) -> bool {
        matches!(self, Expected::WholeNumber { .. } | Expected::Decimal)
    }
}

/// What was found in its place, with a short excerpt of text values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// A number, as written.
    Number(String),
    /// Text (shortened).
    Text(String),
    YesNo(bool),
    Null,
    List,
    Object,
    /// Nothing: the member is missing.
    Nothing,
}

/// Shortens text quoted from hostile input so that a banner stays readable.
pub fn excerpt(text: &str) -> String {
    shorten(text, 24)
}

/// Shortens a field path for a sentence: the path's known part is short, but the last member
/// of an unknown field is the user's and can be anything.
pub fn path_excerpt(text: &str) -> String {
    shorten(text, 80)
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

/// What a value is, for a member whose kind is wrong.
pub(crate) fn found_kind(value: &serde_json::Value) -> Found {
    use serde_json::Value;
    match value {
        Value::Null => Found::Null,
        Value::Bool(yes) => Found::YesNo(*yes),
        Value::Number(n) => Found::Number(n.to_string()),
        Value::String(text) => Found::Text(excerpt(text)),
        Value::Array(_) => Found::List,
        Value::Object(_) => Found::Object,
    }
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
