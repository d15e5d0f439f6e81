//! Merge patches (RFC 7386) with one extension for explicit nulls, and the "fill missing
//! fields" step used for whole documents.
//!
//! A link carries only what differs from its version's frozen base document, as an RFC 7386
//! merge patch: objects merge member by member, anything else replaces, and a `null` member
//! removes the key. Plain RFC 7386 cannot *set* a value to `null`, yet a scenario has
//! optional fields whose `None` is serialised as `null`; a removed key would then fall back
//! to the model's `#[serde(default)]`, which is today's default, not `None`. So the top-level
//! object of a link patch may carry one extra member, `"$null"`: an array of JSON pointers
//! (RFC 6901) that are set to `null` after the patch is applied. A `$` can never start a
//! Rust field name, so the member cannot collide with a scenario field. A hand-written patch
//! that sets no field to `null` is plain RFC 7386.

use serde_json::{Map, Value};

use super::error::LinkError;

/// The reserved top-level member of a link patch listing pointers to set to `null`.
pub const NULL_MEMBER: &str = "$null";

/// The member naming the variant of the model's internally tagged enums (`#[serde(tag)]`).
const ENUM_TAG: &str = "type";

/// Applies an RFC 7386 merge patch to `target` in place.
///
/// Recursion depth is bounded by the depth of `patch`, which serde_json limits to 128 when
/// parsing, so hostile input cannot overflow the stack here.
pub fn merge_patch(target: &mut Value, patch: &Value) {
    match patch {
        Value::Object(members) => {
            if !target.is_object() {
                *target = Value::Object(Map::new());
            }
            if let Value::Object(target_members) = target {
                for (key, value) in members {
                    if value.is_null() {
                        target_members.remove(key);
                    } else {
                        merge_patch(
                            target_members.entry(key.clone()).or_insert(Value::Null),
                            value,
                        );
                    }
                }
            }
        }
        other => *target = other.clone(),
    }
}

/// Builds the link patch that turns `base` into `target`: an RFC 7386 merge patch plus the
/// `$null` list for members that must end up `null`.
///
/// Applying the result with [`apply_link_patch`] to `base` gives back exactly `target` (the
/// round-trip tests check this over random scenarios).
pub fn make_link_patch(base: &Value, target: &Value) -> Value {
    make_link_patch_with_items(base, target, &[])
}

/// Builds a link patch like [`make_link_patch`], except that each top-level list named in
/// `item_lists` (version 2's `vendors`) is written, when it differs from the base's, as a
/// list of one merge patch per item, each against the base list's first item (an empty
/// object when the base has none); `$null` pointers then name members inside those items
/// (`/vendors/1/payment/stop_from_month`). [`apply_link_patch_with_items`] reads it back.
pub fn make_link_patch_with_items(base: &Value, target: &Value, item_lists: &[&str]) -> Value {
    let mut nulls = Vec::new();
    let mut path = String::new();
    let (Value::Object(base_members), Value::Object(target_members)) = (base, target) else {
        // A scenario is always an object, so a non-object patch only arises for a non-object
        // target; it cannot be expressed with `$null`, and callers never build one.
        return diff(base, target, &mut path, &mut nulls).unwrap_or(Value::Object(Map::new()));
    };
    let (mut base_rest, mut target_rest) = (base_members.clone(), target_members.clone());
    let mut item_patches = Map::new();
    for key in item_lists {
        let base_list = base_rest.remove(*key);
        let Some(target_list) = target_rest.remove(*key) else {
            if base_list.is_some() {
                item_patches.insert(key.to_string(), Value::Null);
            }
            continue;
        };
        if base_list.as_ref() == Some(&target_list) {
            continue;
        }
        if target_list.is_null() {
            nulls.push(format!("/{}", pointer_token(key)));
            continue;
        }
        let Value::Array(items) = target_list else {
            // Not a list: written as it is, which replaces the base's list (not a scenario).
            item_patches.insert(key.to_string(), target_list);
            continue;
        };
        let empty = Value::Object(Map::new());
        let item_base = match &base_list {
            Some(Value::Array(base_items)) => base_items.first().unwrap_or(&empty),
            _ => &empty,
        };
        let patches = items
            .iter()
            .enumerate()
            .map(|(index, item)| {
                let mut item_path = format!("/{}/{index}", pointer_token(key));
                diff(item_base, item, &mut item_path, &mut nulls).unwrap_or(empty.clone())
            })
            .collect();
        item_patches.insert(key.to_string(), Value::Array(patches));
    }
    let patch = diff(
        &Value::Object(base_rest),
        &Value::Object(target_rest),
        &mut path,
        &mut nulls,
    );
    let mut members = match patch {
        Some(Value::Object(members)) => members,
        Some(other) => return other,
        None => Map::new(),
    };
    members.extend(item_patches);
    if !nulls.is_empty() {
        members.insert(
            NULL_MEMBER.to_string(),
            Value::Array(nulls.into_iter().map(Value::String).collect()),
        );
    }
    Value::Object(members)
}

/// Returns the merge patch from `base` to `target`, or `None` when they are equal, and records
/// in `nulls` the pointers of members that must be set to `null` afterwards.
fn diff(base: &Value, target: &Value, path: &mut String, nulls: &mut Vec<String>) -> Option<Value> {
    match (base, target) {
        (Value::Object(base_members), Value::Object(target_members)) => {
            let mut patch = Map::new();
            for key in base_members.keys() {
                if !target_members.contains_key(key) {
                    patch.insert(key.clone(), Value::Null);
                }
            }
            for (key, target_value) in target_members {
                let mark = path.len();
                path.push('/');
                push_pointer_token(path, key);
                let base_value = base_members.get(key);
                if target_value.is_null() {
                    // A null member cannot be written in RFC 7386; `$null` sets it afterwards.
                    if base_value != Some(&Value::Null) {
                        nulls.push(path.clone());
                    }
                } else {
                    let sub = match base_value {
                        Some(base_value) => diff(base_value, target_value, path, nulls),
                        None => diff(&Value::Null, target_value, path, nulls),
                    };
                    if let Some(sub) = sub {
                        patch.insert(key.clone(), sub);
                    }
                }
                path.truncate(mark);
            }
            if patch.is_empty() {
                None
            } else {
                Some(Value::Object(patch))
            }
        }
        _ if base == target => None,
        (_, Value::Object(_)) => {
            // Merging an object over a non-object starts from an empty object, so the patch is
            // the object's own diff against `{}`, which strips its nulls into `$null`. An empty
            // patch object must still be written, or the old non-object value would stay.
            let empty = Value::Object(Map::new());
            Some(diff(&empty, target, path, nulls).unwrap_or(empty))
        }
        _ => Some(target.clone()),
    }
}

/// One RFC 6901 reference token, `~` and `/` escaped.
fn pointer_token(key: &str) -> String {
    let mut token = String::new();
    push_pointer_token(&mut token, key);
    token
}

/// Appends one RFC 6901 reference token, escaping `~` and `/`.
fn push_pointer_token(path: &mut String, key: &str) {
    for c in key.chars() {
        match c {
            '~' => path.push_str("~0"),
            '/' => path.push_str("~1"),
            c => path.push(c),
        }
    }
}

/// Applies a link patch (RFC 7386 plus `$null`) to a copy of `base`.
///
/// The patch must be an object. Every `$null` pointer must name a member of an object that
/// exists after the merge; anything else is a [`LinkError::BadNullPath`].
pub fn apply_link_patch(base: &Value, patch: Value) -> Result<Value, LinkError> {
    apply_link_patch_with_items(base, patch, &[])
}

/// Applies a link patch like [`apply_link_patch`], except that a top-level member named in
/// `item_lists` whose patch value is a list makes the result's list: one item per patch item,
/// each that patch merged over a copy of the base list's first item (over `{}` when the base
/// has none). Any other patch value of such a member merges as RFC 7386 says (`null` removes
/// the member; anything else replaces it). `$null` pointers may pass through those lists by
/// item index (`/vendors/0/settlement`), never through any other list.
pub fn apply_link_patch_with_items(
    base: &Value,
    patch: Value,
    item_lists: &[&str],
) -> Result<Value, LinkError> {
    let Value::Object(mut members) = patch else {
        return Err(LinkError::NotAnObject {
            found: super::error::json_kind(&patch),
        });
    };
    let nulls = members.remove(NULL_MEMBER);
    let mut lists = Vec::new();
    for key in item_lists {
        if let Some(Value::Array(items)) = members.get(*key) {
            lists.push((key.to_string(), items.clone()));
            members.remove(*key);
        }
    }
    let mut result = base.clone();
    merge_patch(&mut result, &Value::Object(members));
    for (key, item_patches) in lists {
        let empty = Value::Object(Map::new());
        let item_base = match base.get(&key) {
            Some(Value::Array(base_items)) => base_items.first().unwrap_or(&empty),
            _ => &empty,
        };
        let items = item_patches
            .iter()
            .map(|item_patch| {
                let mut item = item_base.clone();
                merge_patch(&mut item, item_patch);
                item
            })
            .collect();
        if let Value::Object(result_members) = &mut result {
            result_members.insert(key, Value::Array(items));
        }
    }
    match nulls {
        None => {}
        Some(Value::Array(pointers)) => {
            for pointer in pointers {
                let Value::String(pointer) = pointer else {
                    return Err(LinkError::BadNullPath {
                        path: pointer.to_string(),
                    });
                };
                set_null(&mut result, &pointer, item_lists)?;
            }
        }
        Some(other) => {
            return Err(LinkError::BadNullPath {
                path: other.to_string(),
            })
        }
    }
    Ok(result)
}

/// Sets the member named by an RFC 6901 pointer to `null`, creating the member (but not its
/// parents) if needed. Pointers into arrays are refused, except through an item of a
/// top-level list of `item_lists` (`/vendors/0/…`, the index written as RFC 6901 writes one:
/// decimal digits without a leading zero): other arrays are always replaced whole.
fn set_null(root: &mut Value, pointer: &str, item_lists: &[&str]) -> Result<(), LinkError> {
    let bad = || LinkError::BadNullPath {
        path: pointer.to_string(),
    };
    let Some(rest) = pointer.strip_prefix('/') else {
        return Err(bad());
    };
    let tokens: Vec<String> = rest.split('/').map(unescape_token).collect();
    let Some((last, parents)) = tokens.split_last() else {
        return Err(bad());
    };
    let mut node = root;
    for (depth, token) in parents.iter().enumerate() {
        node = match node {
            Value::Object(members) => members.get_mut(token).ok_or_else(bad)?,
            Value::Array(items) if depth == 1 && through_items(&tokens, item_lists) => {
                let index = array_index(token).ok_or_else(bad)?;
                items.get_mut(index).ok_or_else(bad)?
            }
            _ => return Err(bad()),
        };
    }
    match node {
        Value::Object(members) => {
            members.insert(last.clone(), Value::Null);
            Ok(())
        }
        _ => Err(bad()),
    }
}

/// Whether a pointer's first token names a list whose items a link patches one by one.
fn through_items(tokens: &[String], item_lists: &[&str]) -> bool {
    tokens
        .first()
        .is_some_and(|first| item_lists.contains(&first.as_str()))
}

/// An RFC 6901 array index: `0`, or digits without a leading zero.
fn array_index(token: &str) -> Option<usize> {
    let digits_only = !token.is_empty() && token.bytes().all(|b| b.is_ascii_digit());
    if !digits_only || (token.len() > 1 && token.starts_with('0')) {
        return None;
    }
    token.parse().ok()
}

/// Undoes RFC 6901 escaping of one reference token.
fn unescape_token(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// Fills members missing from `doc` with those of `base`, recursively, without ever removing
/// or overwriting anything `doc` has.
///
/// This gives whole documents (JSON files, stored entries) the same rule as links: a field
/// missing from a document of version N means version N's default. An object is only filled
/// when all its keys are keys of the base object: a different set of keys means a different
/// enum variant (or a shape the base does not know), and mixing the base's variant into it
/// would corrupt it. For the same reason an object whose serde enum tag (`"type"`) differs
/// from the base's is left alone.
pub fn fill_missing(doc: &mut Value, base: &Value) {
    if let (Value::Object(doc_members), Value::Object(base_members)) = (doc, base) {
        if !doc_members.keys().all(|k| base_members.contains_key(k)) {
            return;
        }
        if doc_members.get(ENUM_TAG) != base_members.get(ENUM_TAG) {
            return;
        }
        for (key, base_value) in base_members {
            match doc_members.get_mut(key) {
                Some(doc_value) => fill_missing(doc_value, base_value),
                None => {
                    doc_members.insert(key.clone(), base_value.clone());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn round_trip(base: Value, target: Value) {
        let patch = make_link_patch(&base, &target);
        let back = apply_link_patch(&base, patch.clone()).expect("patch applies");
        assert_eq!(back, target, "patch was {patch}");
    }

    #[test]
    fn rfc7386_examples() {
        // The examples from RFC 7386 appendix A that involve objects.
        let cases = [
            (json!({"a":"b"}), json!({"a":"c"}), json!({"a":"c"})),
            (json!({"a":"b"}), json!({"b":"c"}), json!({"a":"b","b":"c"})),
            (json!({"a":"b"}), json!({"a":null}), json!({})),
            (
                json!({"a":"b","b":"c"}),
                json!({"a":null}),
                json!({"b":"c"}),
            ),
            (json!({"a":["b"]}), json!({"a":"c"}), json!({"a":"c"})),
            (json!({"a":"c"}), json!({"a":["b"]}), json!({"a":["b"]})),
            (
                json!({"a":{"b":"c"}}),
                json!({"a":{"b":"d","c":null}}),
                json!({"a":{"b":"d"}}),
            ),
            (json!({"a":[{"b":"c"}]}), json!({"a":[1]}), json!({"a":[1]})),
            (json!({"e":null}), json!({"a":1}), json!({"e":null,"a":1})),
            (json!([1, 2]), json!({"a":"b","c":null}), json!({"a":"b"})),
            (
                json!({}),
                json!({"a":{"bb":{"ccc":null}}}),
                json!({"a":{"bb":{}}}),
            ),
        ];
        for (target, patch, expected) in cases {
            let mut t = target.clone();
            merge_patch(&mut t, &patch);
            assert_eq!(t, expected, "{target} + {patch}");
        }
    }

    #[test]
    fn diff_round_trips_including_nulls_and_variant_changes() {
        let base = json!({"a": 1, "b": {"c": "x", "d": null}, "e": {"Flat": {"r": "1"}}, "f": [1]});
        round_trip(base.clone(), base.clone());
        round_trip(
            base.clone(),
            json!({"a": null, "b": {"c": null, "d": 3}, "e": {"Ramp": [1, 2]}, "f": [null]}),
        );
        round_trip(
            base.clone(),
            json!({"a": {"z": null, "y": {"w": null}}, "b": 5, "e": "Unit", "f": {}}),
        );
        round_trip(base.clone(), json!({"new": null, "a/b~c": null, "b": {}}));
        round_trip(base, json!({}));
    }

    #[test]
    fn equal_documents_give_an_empty_patch() {
        let base = json!({"a": 1, "b": {"c": null}});
        assert_eq!(make_link_patch(&base, &base), json!({}));
    }

    #[test]
    fn bad_null_paths_are_errors_not_panics() {
        let base = json!({"a": {"b": 1}, "l": [1]});
        for bad in [
            json!({"$null": "x"}),
            json!({"$null": [1]}),
            json!({"$null": [""]}),
            json!({"$null": ["a"]}),
            json!({"$null": ["/zz/b"]}),
            json!({"$null": ["/a/b/c"]}),
            json!({"$null": ["/l/0"]}),
        ] {
            assert!(
                matches!(
                    apply_link_patch(&base, bad.clone()),
                    Err(LinkError::BadNullPath { .. })
                ),
                "{bad}"
            );
        }
        assert!(matches!(
            apply_link_patch(&base, json!([1])),
            Err(LinkError::NotAnObject { .. })
        ));
    }

    #[test]
    fn item_lists_are_patched_item_by_item_against_the_base_s_first_item() {
        let base = json!({"t": 1, "v": [{"a": 1, "b": {"c": 2, "d": null}, "n": 5}]});
        let lists = ["v"];
        for target in [
            base.clone(),
            json!({"t": 2, "v": [{"a": 1, "b": {"c": 3, "d": null}, "n": 5}]}),
            json!({"t": 1, "v": [{"a": 1, "b": {"c": 2, "d": null}, "n": null},
                                 {"a": 9, "b": {"c": 2, "d": 4}, "n": 5}]}),
            json!({"t": 1, "v": []}),
            json!({"t": 1}),
        ] {
            let patch = make_link_patch_with_items(&base, &target, &lists);
            let back = apply_link_patch_with_items(&base, patch.clone(), &lists).unwrap();
            assert_eq!(back, target, "patch was {patch}");
        }
        let two = json!({"t": 1, "v": [{"a": 1, "b": {"c": 2, "d": null}, "n": 5},
                                       {"a": 1, "b": {"c": 2, "d": null}, "n": null}]});
        assert_eq!(
            make_link_patch_with_items(&base, &two, &lists),
            json!({"v": [{}, {}], "$null": ["/v/1/n"]})
        );
        // Without the list named, arrays stay whole and pointers cannot enter them.
        assert!(matches!(
            apply_link_patch(&base, json!({"$null": ["/v/0/n"]})),
            Err(LinkError::BadNullPath { .. })
        ));
        for bad in ["/v/01/n", "/v/1/n", "/v/x/n", "/v/0", "/v/-/n"] {
            assert!(
                matches!(
                    apply_link_patch_with_items(&base, json!({"$null": [bad]}), &lists),
                    Err(LinkError::BadNullPath { .. })
                ),
                "{bad}"
            );
        }
        assert_eq!(
            apply_link_patch_with_items(&base, json!({"v": 3}), &lists).unwrap(),
            json!({"t": 1, "v": 3})
        );
    }

    #[test]
    fn fill_missing_keeps_doc_values_and_skips_other_variants() {
        let base = json!({"a": 1, "b": {"c": 2, "d": 3}, "e": {"Flat": {"r": 1}}});
        let mut doc = json!({"b": {"c": 9}, "e": {"Ramp": [1]}});
        fill_missing(&mut doc, &base);
        assert_eq!(
            doc,
            json!({"a": 1, "b": {"c": 9, "d": 3}, "e": {"Ramp": [1]}})
        );
    }
}
