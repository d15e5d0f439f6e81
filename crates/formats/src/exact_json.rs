//! JSON text to a value, with every number kept exactly as written.
//!
//! serde_json turns a number that is not a whole number within ±2^63 (or 2^64) into an `f64`
//! while it parses, before any deserialiser sees it: `510000000.123456789012345` would become
//! `510000000.12345684`. Money in the model is an exact decimal, so such a number is first
//! written as a JSON string holding the same digits, which the decimal reads exactly. The model
//! has no floating-point field, so no field loses anything: a field of whole numbers refuses the
//! string as it refused the fraction. Whole numbers that fit in 64 bits are left as numbers.
//!
//! serde_json's `arbitrary_precision` feature would keep the text too, but features unify
//! across the workspace: it would change every `serde_json::Number` of the app, and the
//! decimal's own support for it pulls serde_json into the core, which must stay free of it.

use serde_json::Value;

use super::error::{JsonProblem, LinkError};

/// Parses JSON text, keeping numbers exact (see the module documentation).
///
/// The text is parsed as written first, so that a syntax error names its line and column in
/// the user's text; only when it holds an inexact number is the rewritten text parsed again.
pub fn parse_exact(text: &str) -> Result<Value, LinkError> {
    let value: Value = serde_json::from_str(text).map_err(|err| not_json(&err))?;
    match quote_inexact_numbers(text) {
        None => Ok(value),
        Some(rewritten) => serde_json::from_str(&rewritten).map_err(|err| not_json(&err)),
    }
}

/// The text with every inexact number token written as a string, or `None` when it has none.
///
/// A number token can only start outside a string, with `-` or a digit; strings are skipped
/// with their escapes. The text is already known to be valid JSON, so no other check is needed.
fn quote_inexact_numbers(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        match byte {
            b'"' => index = string_end(bytes, index),
            b'-' | b'0'..=b'9' => {
                let end = number_end(bytes, index);
                let token = text.get(index..end).unwrap_or_default();
                if !is_exact_in_serde_json(token) {
                    let out = out.get_or_insert_with(|| String::with_capacity(text.len() + 16));
                    out.push_str(text.get(copied..index).unwrap_or_default());
                    out.push('"');
                    out.push_str(token);
                    out.push('"');
                    copied = end;
                }
                index = end;
            }
            _ => index += 1,
        }
    }
    let mut out = out?;
    out.push_str(text.get(copied..).unwrap_or_default());
    Some(out)
}

/// The index just past the string that opens at `start`.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut index = start + 1;
    while let Some(&byte) = bytes.get(index) {
        match byte {
            b'\\' => index += 2,
            b'"' => return index + 1,
            _ => index += 1,
        }
    }
    index
}

/// The index just past the number token that starts at `start`.
fn number_end(bytes: &[u8], start: usize) -> usize {
    let mut index = start;
    while bytes
        .get(index)
        .is_some_and(|b| matches!(b, b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9'))
    {
        index += 1;
    }
    index
}

/// Whether serde_json keeps this number token exactly: a whole number it stores as a `u64`
/// or an `i64`.
fn is_exact_in_serde_json(token: &str) -> bool {
    token.parse::<u64>().is_ok() || token.parse::<i64>().is_ok()
}

/// Turns a serde_json parse error into [`LinkError::NotJson`]: where, and what kind of
/// mistake, in the user's terms rather than the parser's.
pub(crate) fn not_json(err: &serde_json::Error) -> LinkError {
    LinkError::NotJson {
        line: err.line(),
        column: err.column(),
        problem: json_problem(err),
    }
}

/// The kind of syntax error. serde_json has no typed reason beyond end-of-input versus syntax,
/// so its (stable, English) message is matched here, once, and never shown.
fn json_problem(err: &serde_json::Error) -> JsonProblem {
    if err.is_eof() {
        return JsonProblem::EndsEarly;
    }
    let message = err.to_string();
    let kinds: [(&str, JsonProblem); 13] = [
        ("recursion limit exceeded", JsonProblem::TooDeep),
        ("trailing comma", JsonProblem::TrailingComma),
        ("trailing characters", JsonProblem::TextAfterTheEnd),
        ("key must be a string", JsonProblem::KeyNotText),
        ("expected `:`", JsonProblem::MissingColon),
        ("expected `,` or `}`", JsonProblem::MissingComma),
        ("expected `,` or `]`", JsonProblem::MissingComma),
        ("expected value", JsonProblem::NotAValue),
        ("expected ident", JsonProblem::NotAValue),
        ("invalid number", JsonProblem::BadNumber),
        ("number out of range", JsonProblem::BadNumber),
        ("control character", JsonProblem::ControlCharacter),
        ("invalid escape", JsonProblem::BadEscape),
    ];
    kinds
        .into_iter()
        .find(|(start, _)| message.starts_with(start))
        .map(|(_, problem)| problem)
        .unwrap_or(
            if message.contains("escape") || message.contains("surrogate") {
                JsonProblem::BadEscape
            } else {
                JsonProblem::Other
            },
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_inexact_numbers_outside_strings_are_quoted() {
        assert_eq!(quote_inexact_numbers(r#"{"a": 1, "b": -2}"#), None);
        assert_eq!(
            quote_inexact_numbers(r#"{"a": 1.5, "b": "2.5", "c": [1e3, 18446744073709551616]}"#)
                .as_deref(),
            Some(r#"{"a": "1.5", "b": "2.5", "c": ["1e3", "18446744073709551616"]}"#)
        );
        assert_eq!(
            quote_inexact_numbers(r#"{"a\"1.5": -0.25}"#).as_deref(),
            Some(r#"{"a\"1.5": "-0.25"}"#)
        );
    }

    #[test]
    fn syntax_errors_keep_the_user_s_line_and_column() {
        let err = parse_exact("{\n  \"a\": 1.5,\n}").unwrap_err();
        assert_eq!(
            err,
            LinkError::NotJson {
                line: 3,
                column: 1,
                problem: JsonProblem::TrailingComma
            }
        );
        assert!(matches!(
            parse_exact("{\"a\": [1.5"),
            Err(LinkError::NotJson {
                problem: JsonProblem::EndsEarly,
                ..
            })
        ));
    }
}
