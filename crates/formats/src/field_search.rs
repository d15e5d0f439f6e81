//! Which member of a document makes it fail to deserialise as a scenario.
//!
//! serde names no path in its errors, and tracking one while deserialising (the
//! serde_path_to_error crate) doubled every deserialiser of the model in the wasm build, about
//! 70 KB. Every struct of the model has `#[serde(default)]`, so a member can be taken out and
//! the document still reads when that member was the wrong one: [`failing_field`] takes
//! members out one at a time, descends into the one whose absence makes the document read,
//! and repeats (in a list, it looks for the first entry that does not read). Only an error
//! ever pays for it.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::error::{FieldPath, PathStep};

/// How many trial deserialisations [`failing_field`] may spend, so that a hostile document
/// (a huge object, deeply nested lists) costs milliseconds, not minutes. Past it, the path
/// found so far is named.
const FIELD_SEARCH_BUDGET: usize = 200;

/// The path (`payment.delay_days`, `reciprocal[0].amount`) of the member that makes `doc` fail
/// to deserialise as a `T` (the current scenario, or a version-1 one); empty when no single
/// member is to blame. Each member is put back after its trial, so `doc` is unchanged when
/// this returns.
pub(crate) fn failing_field<T: DeserializeOwned>(doc: &mut Value) -> FieldPath {
    let mut path: Vec<PathStep> = Vec::new();
    let mut budget = FIELD_SEARCH_BUDGET;
    while let Some(culprit) = culprit_below::<T>(doc, &path, &mut budget) {
        path.push(culprit);
    }
    FieldPath(path)
}

/// The value at `path`, if the document has it.
pub(crate) fn value_at<'a>(doc: &'a Value, path: &[PathStep]) -> Option<&'a Value> {
    path.iter().try_fold(doc, |value, step| match step {
        PathStep::Key(key) => value.get(key.as_str()),
        PathStep::Index(index) => value.get(*index),
    })
}

pub(crate) fn value_at_mut<'a>(doc: &'a mut Value, path: &[PathStep]) -> Option<&'a mut Value> {
    path.iter().try_fold(doc, |value, step| match step {
        PathStep::Key(key) => value.get_mut(key.as_str()),
        PathStep::Index(index) => value.get_mut(*index),
    })
}

/// Removes the member at `path`; false when the document has no such member.
pub(crate) fn remove_at(doc: &mut Value, path: &FieldPath) -> bool {
    let Some((PathStep::Key(key), parent)) = path.0.split_last() else {
        return false;
    };
    match value_at_mut(doc, parent) {
        Some(Value::Object(members)) => members.remove(key).is_some(),
        _ => false,
    }
}

/// Whether the document reads as a `T` (validation aside).
fn reads<T: DeserializeOwned>(doc: &Value) -> bool {
    T::deserialize(doc).is_ok()
}

/// The member of the value at `path` whose removal lets the whole document read, if any (for a
/// list, the first entry that does not read). Only called on a value whose removal lets the
/// document read, so every error of the document is inside it.
fn culprit_below<T: DeserializeOwned>(
    doc: &mut Value,
    path: &[PathStep],
    budget: &mut usize,
) -> Option<PathStep> {
    let keys: Vec<String> = match value_at_mut(doc, path)? {
        Value::Object(members) => members.keys().cloned().collect(),
        Value::Array(_) => return failing_item::<T>(doc, path, budget),
        _ => return None,
    };
    for key in keys {
        *budget = budget.checked_sub(1)?;
        let member = match value_at_mut(doc, path)? {
            Value::Object(members) => members.remove(&key)?,
            _ => return None,
        };
        let fixed = reads::<T>(doc);
        if let Some(Value::Object(members)) = value_at_mut(doc, path) {
            members.insert(key.clone(), member);
        }
        if fixed {
            return Some(PathStep::Key(key));
        }
    }
    None
}

/// The first item of the list at `path` that does not read. serde stops at the first wrong
/// item, so the list's first k items read exactly when k is at most that item's index: a
/// binary search finds it in log2(n) trials.
fn failing_item<T: DeserializeOwned>(
    doc: &mut Value,
    path: &[PathStep],
    budget: &mut usize,
) -> Option<PathStep> {
    let items = match value_at_mut(doc, path)? {
        Value::Array(items) => std::mem::take(items),
        _ => return None,
    };
    let (mut reads_up_to, mut fails_at) = (0, items.len());
    while fails_at - reads_up_to > 1 && *budget > 0 {
        *budget -= 1;
        let middle = reads_up_to + (fails_at - reads_up_to) / 2;
        if let Some(slot) = value_at_mut(doc, path) {
            *slot = Value::Array(items.get(..middle).unwrap_or_default().to_vec());
        }
        if reads::<T>(doc) {
            reads_up_to = middle;
        } else {
            fails_at = middle;
        }
    }
    let found = fails_at - reads_up_to == 1;
    if let Some(slot) = value_at_mut(doc, path) {
        *slot = Value::Array(items);
    }
    found.then_some(PathStep::Index(reads_up_to))
}
