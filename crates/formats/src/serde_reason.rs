//! A deserialisation error of the model turned into a typed reason in the user's terms.
//!
//! serde's errors are text ("invalid type: string \"x\", expected u32", "unknown field `a`,
//! expected one of `b`, `c`"), written by a closed set of templates in serde itself. This
//! module reads the parts of that text that come from the model — field and choice names, and
//! what a field holds — and takes everything about the user's value from the document itself,
//! so hostile text quoted in the message is never parsed. Nothing of serde's wording reaches
//! the user: the words crate writes the typed reason.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::error::{excerpt, Expected, FieldPath, FieldProblem, Found, LinkError, PathStep};
use super::field_search::{failing_field, value_at};
use super::nearest::nearest;

/// The error for a document that does not deserialise as a `T` (the current scenario, or a
/// version-1 one), with serde's `message`.
pub(crate) fn field_error<T: DeserializeOwned>(message: &str, doc: &mut Value) -> LinkError {
    let path = failing_field::<T>(doc);
    if let Some((key, known)) = unknown_field(message) {
        return unknown_field_error(doc, path, key, &known);
    }
    if let Some((found, choices)) = unknown_variant(message) {
        return unknown_choice_error(doc, path, found, choices);
    }
    let problem = if path.0.is_empty() {
        FieldProblem::Unreadable
    } else if let Some(member) = missing_field(message) {
        FieldProblem::Missing {
            member: member.to_string(),
        }
    } else {
        FieldProblem::Expected {
            expected: expected_kind(message),
            found: found_at(doc, &path.0),
        }
    };
    LinkError::BadField {
        field: path.to_string(),
        problem,
    }
}

/// The error for an unknown member: its path and the nearest known field at its level.
///
/// The search for the failing field ends at the unknown member when it is the document's only
/// problem. With several problems it may stop higher up; then the path is the first object
/// (in the order serde reads) that has a member of that name.
fn unknown_field_error(doc: &Value, path: FieldPath, key: &str, known: &[&str]) -> LinkError {
    let field = if path.0.last() == Some(&PathStep::Key(key.to_string())) {
        path
    } else {
        first_member_named(doc, key, &mut Vec::new())
            .unwrap_or_else(|| FieldPath(vec![PathStep::Key(key.to_string())]))
    };
    let parent = FieldPath(
        field
            .0
            .split_last()
            .map(|(_, p)| p.to_vec())
            .unwrap_or_default(),
    );
    let suggestion = nearest(key, known).map(|name| parent.join(name));
    LinkError::UnknownField { field, suggestion }
}

/// The error for a choice the field does not have. For a choice written as a tagged object
/// (a trigger's or an action's `type`), the path names the `type` member.
fn unknown_choice_error(
    doc: &Value,
    path: FieldPath,
    found: &str,
    choices: Vec<&str>,
) -> LinkError {
    let mut field = path;
    if value_at(doc, &field.0).is_some_and(|v| v.get("type").is_some()) {
        field = field.join("type");
    }
    let suggestion = nearest(found, &choices).map(str::to_string);
    LinkError::BadField {
        field: field.to_string(),
        problem: FieldProblem::UnknownChoice {
            found: excerpt(found),
            choices: choices.into_iter().map(str::to_string).collect(),
            suggestion,
        },
    }
}

/// The path of the first object member named `key`, depth first in document order.
fn first_member_named(value: &Value, key: &str, path: &mut Vec<PathStep>) -> Option<FieldPath> {
    match value {
        Value::Object(members) => {
            if members.contains_key(key) {
                let mut found = path.clone();
                found.push(PathStep::Key(key.to_string()));
                return Some(FieldPath(found));
            }
            members.iter().find_map(|(name, member)| {
                path.push(PathStep::Key(name.clone()));
                let found = first_member_named(member, key, path);
                path.pop();
                found
            })
        }
        Value::Array(items) => items.iter().enumerate().find_map(|(index, item)| {
            path.push(PathStep::Index(index));
            let found = first_member_named(item, key, path);
            path.pop();
            found
        }),
        _ => None,
    }
}

/// `unknown field `KEY`, expected …` or `…, there are no fields`: the key and the known names.
///
/// The key is the user's and may contain anything, backticks included; the known names are the
/// model's and never do, so the key ends at the last "`, expected " or "`, there are no".
fn unknown_field(message: &str) -> Option<(&str, Vec<&str>)> {
    named_with_choices(message, "unknown field `", "fields")
}

/// `unknown variant `FOUND`, expected …`: the value found and the choices.
fn unknown_variant(message: &str) -> Option<(&str, Vec<&str>)> {
    named_with_choices(message, "unknown variant `", "variants")
}

fn named_with_choices<'a>(
    message: &'a str,
    prefix: &str,
    things: &str,
) -> Option<(&'a str, Vec<&'a str>)> {
    let rest = message.strip_prefix(prefix)?;
    if let Some(name) = rest.strip_suffix(&format!("`, there are no {things}")) {
        return Some((name, Vec::new()));
    }
    let cut = rest.rfind("`, expected ")?;
    let name = rest.get(..cut)?;
    let list = rest.get(cut + "`, expected ".len()..)?;
    // The names are the backticked parts: "`a`", "`a` or `b`", "one of `a`, `b`, `c`".
    let names = list.split('`').skip(1).step_by(2).collect();
    Some((name, names))
}

/// `missing field `NAME``: the member's name.
fn missing_field(message: &str) -> Option<&str> {
    message.strip_prefix("missing field `")?.strip_suffix('`')
}

/// What the field holds, from the end of serde's message (", expected u32"). The user's value
/// comes before that end and may itself contain ", expected ", so the last one is taken.
fn expected_kind(message: &str) -> Expected {
    let Some(cut) = message.rfind(", expected ") else {
        return Expected::Other;
    };
    let expected = message.get(cut + ", expected ".len()..).unwrap_or_default();
    match expected {
        "u8" => whole(0, u64::from(u8::MAX)),
        "u16" => whole(0, u64::from(u16::MAX)),
        "u32" => whole(0, u64::from(u32::MAX)),
        "u64" | "usize" => whole(0, u64::MAX),
        "i8" => whole(i64::from(i8::MIN), i8::MAX.unsigned_abs().into()),
        "i16" => whole(i64::from(i16::MIN), i16::MAX.unsigned_abs().into()),
        "i32" => whole(i64::from(i32::MIN), i32::MAX.unsigned_abs().into()),
        "i64" | "isize" => whole(i64::MIN, i64::MAX.unsigned_abs()),
        "a string" => Expected::Text,
        "a boolean" => Expected::YesNo,
        "a sequence" => Expected::List,
        "a map" => Expected::Object,
        other if other.starts_with("a Decimal") => Expected::Decimal,
        other if other.starts_with("struct ") || other.starts_with("internally tagged") => {
            Expected::Object
        }
        _ => Expected::Other,
    }
}

fn whole(min: i64, max: u64) -> Expected {
    Expected::WholeNumber { min, max }
}

/// What the document has at `path`. A number that the exact reader wrote as a string (see
/// [`super::exact_json`]) looks like one and is shown as the number the user wrote.
fn found_at(doc: &Value, path: &[PathStep]) -> Found {
    match value_at(doc, path) {
        None => Found::Nothing,
        Some(Value::Null) => Found::Null,
        Some(Value::Bool(yes)) => Found::YesNo(*yes),
        Some(Value::Number(number)) => Found::Number(excerpt(&number.to_string())),
        Some(Value::String(text)) if looks_like_a_fraction(text) => Found::Number(excerpt(text)),
        Some(Value::String(text)) => Found::Text(excerpt(text)),
        Some(Value::Array(_)) => Found::List,
        Some(Value::Object(_)) => Found::Object,
    }
}

/// Whether text is a JSON number that is not a whole number of 64 bits: one the exact reader
/// quotes. (Text such as "60" stays text: the user wrote the quotes.)
fn looks_like_a_fraction(text: &str) -> bool {
    let number = text.strip_prefix('-').unwrap_or(text);
    let starts_with_digit = number.bytes().next().is_some_and(|b| b.is_ascii_digit());
    starts_with_digit
        && number
            .bytes()
            .all(|b| matches!(b, b'0'..=b'9' | b'.' | b'e' | b'E' | b'+' | b'-'))
        && text.parse::<i64>().is_err()
        && text.parse::<u64>().is_err()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_templates_are_read_for_the_model_s_names_only() {
        assert_eq!(
            unknown_field("unknown field `a`, b`, expected one of `x`, `y`, `z`"),
            Some(("a`, b", vec!["x", "y", "z"]))
        );
        assert_eq!(
            unknown_field("unknown field `q`, expected `x` or `y`"),
            Some(("q", vec!["x", "y"]))
        );
        assert_eq!(
            unknown_field("unknown field `q`, there are no fields"),
            Some(("q", vec![]))
        );
        assert_eq!(
            unknown_variant("unknown variant `nominl`, expected `nominal` or `effective`"),
            Some(("nominl", vec!["nominal", "effective"]))
        );
        assert_eq!(missing_field("missing field `type`"), Some("type"));
        assert_eq!(
            expected_kind("invalid type: string \", expected u8\", expected u32"),
            whole(0, 4_294_967_295)
        );
        assert_eq!(
            expected_kind(
                "invalid type: map, expected a Decimal type representing a fixed-point number"
            ),
            Expected::Decimal
        );
    }

    #[test]
    fn fractions_written_as_strings_are_numbers_and_other_text_is_text() {
        assert!(looks_like_a_fraction("1.5"));
        assert!(looks_like_a_fraction("-2e3"));
        assert!(looks_like_a_fraction("18446744073709551616"));
        assert!(!looks_like_a_fraction("60"));
        assert!(!looks_like_a_fraction("e5"));
        assert!(!looks_like_a_fraction("abc"));
    }
}
