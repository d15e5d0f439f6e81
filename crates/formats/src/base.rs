//! The frozen documents of each format version, and migrations between versions.
//!
//! A link stores only its difference from the **base** document of its version (the default
//! scenario when the version was published, so that the default link is tiny). A JSON file or
//! stored entry missing a field takes it from the **neutral** document of its version (what
//! the model read `{}` as then: neutral values, so that a hand-written file gets only what it
//! says). Once a version is published neither document may change: a field missing from an
//! old link or file must keep meaning what it meant when it was written, whatever today's
//! defaults are. `tests/link_codec.rs` pins each document by its SHA-256 and fails if one is
//! edited. A change to the scenario's shape or defaults that would alter what an old link or
//! file means gets a new version: new `base_vN.json` and `neutral_vN.json` (printed by
//! `cargo test -p standoff-formats --test link_codec print_current_default -- --ignored
//! --nocapture` and `print_current_neutral`), a migration step from N-1 in `STEPS`, and the model's
//! `SCENARIO_VERSION` raised.

use std::sync::OnceLock;

use serde_json::Value;

use super::error::LinkError;

/// The version written by this build, in links, files and stored entries: the model's
/// scenario format version. Raising it without adding a base document fails to compile,
/// because `BASE_TEXTS` has one entry per version.
pub const CURRENT_VERSION: u32 = standoff_core::model::SCENARIO_VERSION;

/// The base documents, index 0 being version 1. Never edit a published one.
const BASE_TEXTS: [&str; CURRENT_VERSION as usize] =
    [include_str!("base_v1.json"), include_str!("base_v2.json")];

/// The neutral documents, index 0 being version 1: what a JSON file's missing fields mean in
/// each version (what the model deserialises `{}` to when the version is published: a customer
/// that pays on time, no reciprocal lines, no retaliation). Never edit a published one.
const NEUTRAL_TEXTS: [&str; CURRENT_VERSION as usize] = [
    include_str!("neutral_v1.json"),
    include_str!("neutral_v2.json"),
];

/// Returns the frozen text of a version's base document, exactly as committed.
pub fn base_text(version: u32) -> Option<&'static str> {
    let index = usize::try_from(version.checked_sub(1)?).ok()?;
    BASE_TEXTS.get(index).copied()
}

/// Returns the parsed base document of a version, parsed once and kept.
///
/// A base that does not parse would be a build defect, not bad input; the tests parse every
/// base, and here it is reported like an unknown version rather than panicking.
pub fn base_document(version: u32) -> Option<&'static Value> {
    static PARSED: OnceLock<Vec<Option<Value>>> = OnceLock::new();
    let parsed = PARSED.get_or_init(|| {
        BASE_TEXTS
            .iter()
            .map(|text| serde_json::from_str(text).ok())
            .collect()
    });
    let index = usize::try_from(version.checked_sub(1)?).ok()?;
    parsed.get(index)?.as_ref()
}

/// Returns the frozen text of a version's neutral document, exactly as committed.
pub fn neutral_text(version: u32) -> Option<&'static str> {
    let index = usize::try_from(version.checked_sub(1)?).ok()?;
    NEUTRAL_TEXTS.get(index).copied()
}

/// Returns the parsed neutral document of a version, parsed once and kept.
pub fn neutral_document(version: u32) -> Option<&'static Value> {
    static PARSED: OnceLock<Vec<Option<Value>>> = OnceLock::new();
    let parsed = PARSED.get_or_init(|| {
        NEUTRAL_TEXTS
            .iter()
            .map(|text| serde_json::from_str(text).ok())
            .collect()
    });
    let index = usize::try_from(version.checked_sub(1)?).ok()?;
    parsed.get(index)?.as_ref()
}

/// One migration step: rewrites a document of version N into version N+1, or says why it
/// cannot.
pub type MigrationStep = fn(Value) -> Result<Value, String>;

/// The migration steps, index 0 taking version 1 to 2. Adding version N+1 appends the
/// N → N+1 step (the array length is checked against [`CURRENT_VERSION`] at compile time).
const STEPS: [MigrationStep; CURRENT_VERSION as usize - 1] = [vendors_in_a_list];

/// The members of a version-1 scenario that are its first vendor's terms, in the order a
/// vendor's terms are written. Frozen with version 1, so a list of its own rather than the
/// model's `VENDOR_TERM_FIELDS`, which may grow.
pub const V1_VENDOR_MEMBERS: [&str; 6] = [
    "vendor",
    "contract",
    "payment",
    "reciprocal",
    "retaliation",
    "settlement",
];

/// The version-1 member that lists the vendors after the first.
pub const V1_MORE_VENDORS: &str = "more_vendors";

/// The version-2 member that lists every vendor, the first included.
pub const VENDORS: &str = "vendors";

/// Version 1 → 2: the first vendor's members (`vendor`, `contract`, `payment`, `reciprocal`,
/// `retaliation`, `settlement`) move from the top into a new first item of `vendors`, and the
/// items of `more_vendors` follow it in order. A member the document does not have is not
/// written into the item (it keeps meaning the model's default). Every other member stays
/// where it is, unknown ones included, so that a reader can still name them. A `more_vendors`
/// that is not a list cannot be moved; the readers check a version-1 document against the
/// version-1 shape before migrating, so that such a mistake is named in version-1 terms.
fn vendors_in_a_list(mut doc: Value) -> Result<Value, String> {
    let members = doc
        .as_object_mut()
        .ok_or_else(|| "the scenario is not an object".to_string())?;
    let more = match members.remove(V1_MORE_VENDORS) {
        None => Vec::new(),
        Some(Value::Array(items)) => items,
        Some(_) => return Err(format!("{V1_MORE_VENDORS} is not a list")),
    };
    let mut first = serde_json::Map::new();
    for key in V1_VENDOR_MEMBERS {
        if let Some(value) = members.remove(key) {
            first.insert(key.to_string(), value);
        }
    }
    let mut vendors = Vec::with_capacity(more.len().saturating_add(1));
    vendors.push(Value::Object(first));
    vendors.extend(more);
    members.insert(VENDORS.to_string(), Value::Array(vendors));
    Ok(doc)
}

/// The top-level list members of a version's documents whose items a link patches one by one
/// against the first item of the base document (`docs/link-format.md` §1.2): none in version
/// 1, where every list is replaced whole, and `vendors` from version 2.
pub fn item_patched_lists(version: u32) -> &'static [&'static str] {
    if version >= 2 {
        &[VENDORS]
    } else {
        &[]
    }
}

/// Brings a document of `version` (already completed from that version's base or neutral
/// document) to [`CURRENT_VERSION`], one step at a time.
///
/// Each step is a pure function on the JSON value, written when a version is added, that
/// rewrites what changed: renamed fields, changed units, and new fields given the value that
/// reproduces the old behaviour (which may differ from the new default).
pub fn migrate(version: u32, doc: Value) -> Result<Value, LinkError> {
    run_steps(version, doc, &STEPS)
}

/// Runs `steps[version - 1..]` in order, setting `"version"` before each step and at the end.
fn run_steps(version: u32, mut doc: Value, steps: &[MigrationStep]) -> Result<Value, LinkError> {
    let newest = u32::try_from(steps.len())
        .ok()
        .and_then(|n| n.checked_add(1))
        .unwrap_or(u32::MAX);
    if version == 0 || version > newest {
        return Err(LinkError::BadVersion {
            found: version.to_string(),
        });
    }
    let mut current = version;
    loop {
        let Value::Object(members) = &mut doc else {
            return Err(LinkError::NotAnObject {
                found: super::error::json_kind(&doc),
            });
        };
        // The version inside the document is the one its container declared (or the last step
        // produced); a patch or a file cannot make the migration start from somewhere else.
        members.insert("version".to_string(), Value::from(current));
        let Some(step) = usize::try_from(current - 1)
            .ok()
            .and_then(|index| steps.get(index))
        else {
            return Ok(doc);
        };
        doc = step(doc).map_err(|message| LinkError::Migration {
            from: current,
            message,
        })?;
        current += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rename_a_to_b(mut doc: Value) -> Result<Value, String> {
        let members = doc.as_object_mut().ok_or("not an object")?;
        let a = members.remove("a").ok_or("no field a")?;
        members.insert("b".to_string(), a);
        Ok(doc)
    }

    fn double_b(mut doc: Value) -> Result<Value, String> {
        let b = doc["b"].as_u64().ok_or("b is not a number")?;
        doc["b"] = Value::from(b * 2);
        Ok(doc)
    }

    #[test]
    fn migration_steps_run_in_order_from_the_declared_version() {
        let steps: [MigrationStep; 2] = [rename_a_to_b, double_b];
        let v1 = serde_json::json!({"version": 9, "a": 5});
        assert_eq!(
            run_steps(1, v1, &steps),
            Ok(serde_json::json!({"version": 3, "b": 10}))
        );
        let v2 = serde_json::json!({"b": 5});
        assert_eq!(
            run_steps(2, v2, &steps),
            Ok(serde_json::json!({"version": 3, "b": 10}))
        );
        let v3 = serde_json::json!({"b": 5});
        assert_eq!(
            run_steps(3, v3, &steps),
            Ok(serde_json::json!({"version": 3, "b": 5}))
        );
        assert_eq!(
            run_steps(1, serde_json::json!({"b": 1}), &steps),
            Err(LinkError::Migration {
                from: 1,
                message: "no field a".to_string()
            })
        );
        assert!(matches!(
            run_steps(4, serde_json::json!({}), &steps),
            Err(LinkError::BadVersion { .. })
        ));
        assert!(matches!(
            run_steps(0, serde_json::json!({}), &steps),
            Err(LinkError::BadVersion { .. })
        ));
        assert!(matches!(
            run_steps(1, serde_json::json!([]), &steps),
            Err(LinkError::NotAnObject { .. })
        ));
        assert_eq!(
            migrate(CURRENT_VERSION, serde_json::json!({"version": 0})),
            Ok(serde_json::json!({ "version": CURRENT_VERSION }))
        );
    }

    #[test]
    fn version_1_moves_the_first_vendor_into_a_list_before_the_others() {
        let v1 = serde_json::json!({
            "title": "T",
            "vendor": {"name": "AWS"},
            "contract": {"term_months": 12},
            "settlement": null,
            "lesson": {"steps": []},
            "more_vendors": [{"vendor": {"name": "Google"}}],
            "mispelt": 1
        });
        assert_eq!(
            migrate(1, v1),
            Ok(serde_json::json!({
                "version": 2,
                "title": "T",
                "lesson": {"steps": []},
                "mispelt": 1,
                "vendors": [
                    {"vendor": {"name": "AWS"}, "contract": {"term_months": 12}, "settlement": null},
                    {"vendor": {"name": "Google"}}
                ]
            }))
        );
        assert_eq!(
            migrate(1, serde_json::json!({})),
            Ok(serde_json::json!({"version": 2, "vendors": [{}]}))
        );
        assert!(matches!(
            migrate(1, serde_json::json!({"more_vendors": 3})),
            Err(LinkError::Migration { from: 1, .. })
        ));
    }

    #[test]
    fn every_base_parses_as_an_object_with_its_version() {
        for version in 1..=CURRENT_VERSION {
            for doc in [base_document(version), neutral_document(version)] {
                let doc = doc.expect("document parses");
                assert_eq!(doc.get("version"), Some(&Value::from(version)));
            }
        }
        assert!(base_document(0).is_none());
        assert!(base_document(CURRENT_VERSION + 1).is_none());
        assert!(base_text(u32::MAX).is_none());
    }
}
