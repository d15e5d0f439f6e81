//! The scenario as a readable JSON file, for export, audit trails and import.
//!
//! A file is an envelope `{"format": "standoff-scenario", "version": N, "generator": …,
//! "scenario": {…}}` around the complete scenario. On import, fields missing from the scenario
//! take version N's frozen neutral values (see [`super::base`]), then the document is migrated,
//! deserialised and validated. A bare scenario object with its own `"version"` member is
//! accepted too, for hand-written files.

use serde::Serialize;
use serde_json::Value;

use super::base::{neutral_document, CURRENT_VERSION, V1_MORE_VENDORS};
use super::error::{found_kind, json_kind, Expected, FieldPath, FieldProblem, Found, LinkError};
use super::exact_json::parse_exact;
use super::nearest::nearest;
use super::patch::fill_missing;
use super::read::{current_document, read_document, scenario_keeping_known};
use standoff_core::model::Scenario;

/// The value of the envelope's `format` member.
pub const FILE_FORMAT: &str = "standoff-scenario";

/// The largest JSON file accepted. A scenario is a few kilobytes; the cap bounds parsing work
/// and memory for a wrong or hostile file.
pub const MAX_JSON_BYTES: usize = 1024 * 1024;

/// The envelope as written. Struct fields serialise in declaration order, so the file opens
/// with what it is before the details.
#[derive(Serialize)]
struct FileOut<'a> {
    format: &'a str,
    version: u32,
    generator: String,
    scenario: &'a Scenario,
}

/// Exports a scenario as pretty-printed JSON with a trailing newline.
pub fn export_json(scenario: &Scenario) -> String {
    let file = FileOut {
        format: FILE_FORMAT,
        version: CURRENT_VERSION,
        generator: format!("Standoff {}", env!("CARGO_PKG_VERSION")),
        scenario,
    };
    // Serialising plain structs to a String cannot fail; an empty object is the harmless
    // fallback that keeps this function panic-free.
    let mut text = serde_json::to_string_pretty(&file).unwrap_or_else(|_| "{}".to_string());
    text.push('\n');
    text
}

/// Imports a scenario from JSON text (a file's contents): the envelope or a bare scenario, of
/// any version this build reads.
pub fn import_json(text: &str) -> Result<Scenario, LinkError> {
    read_scenario_value(parse_text(text)?)
}

/// Reads a scenario from a JSON value: a file's envelope, or a bare scenario object of any
/// version this build reads (its own `"version"` member says which; missing means 1). Missing
/// members take that version's neutral values, then the document is migrated, deserialised
/// and validated, as [`import_json`] does with text. This is the reader for a scenario held
/// as a JSON value (a test case's `"scenario"`, say): deserialising one directly as a
/// [`Scenario`] reads only the current version's shape.
pub fn read_scenario_value(value: Value) -> Result<Scenario, LinkError> {
    let (version, doc) = split_envelope(value, Envelope::Strict)?;
    read_document(version, fill_document(version, doc)?)
}

/// Imports a scenario like [`import_json`], but when the only problems are members the model
/// does not know (misspelt fields, in the envelope or the scenario), sets those aside and
/// returns the rest, so that the app can open everything else while its banner names the
/// first one (the strict reader's error). Any other problem is returned as [`import_json`]
/// returns it.
pub fn import_json_keeping_known(text: &str) -> Result<Scenario, LinkError> {
    let (version, doc) = split_envelope(parse_text(text)?, Envelope::Lenient)?;
    scenario_keeping_known(doc, |doc| {
        read_document(version, fill_document(version, doc)?)
    })
}

/// Parses JSON text to a complete, migrated, current-version document (not yet deserialised).
pub fn import_value(text: &str) -> Result<Value, LinkError> {
    document_from_value(parse_text(text)?)
}

/// Parses a file's text, with its size cap, its byte-order mark and exact numbers.
fn parse_text(text: &str) -> Result<Value, LinkError> {
    if text.len() > MAX_JSON_BYTES {
        return Err(LinkError::TooLong {
            length: text.len(),
            limit: MAX_JSON_BYTES,
        });
    }
    // Editors on Windows often save UTF-8 with a byte-order mark, which JSON parsers reject.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LinkError::Empty);
    }
    parse_exact(text)
}

/// Turns a parsed file or stored entry (envelope or bare scenario) into a complete,
/// migrated, current-version document.
fn document_from_value(value: Value) -> Result<Value, LinkError> {
    let (version, doc) = split_envelope(value, Envelope::Strict)?;
    complete_document(version, doc)
}

/// Whether members of the envelope that it does not have are errors or set aside.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Envelope {
    Strict,
    Lenient,
}

/// The members of the file envelope.
const ENVELOPE_MEMBERS: [&str; 4] = ["format", "version", "generator", "scenario"];

/// The version and the scenario object of a file: the envelope's `scenario`, or the whole
/// object when it has no `format` (a bare scenario).
fn split_envelope(value: Value, unknown: Envelope) -> Result<(u32, Value), LinkError> {
    let Value::Object(mut members) = value else {
        return Err(LinkError::NotAnObject {
            found: json_kind(&value),
        });
    };
    let Some(format) = members.get("format") else {
        let version = read_version(members.get("version"))?;
        return Ok((version, Value::Object(members)));
    };
    if format.as_str() != Some(FILE_FORMAT) {
        return Err(LinkError::WrongFileFormat {
            found: match format {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            },
        });
    }
    if let Some(stranger) = members
        .keys()
        .find(|k| !ENVELOPE_MEMBERS.contains(&k.as_str()))
    {
        if unknown == Envelope::Strict {
            return Err(LinkError::UnknownField {
                field: FieldPath::of_keys(&[stranger]),
                suggestion: nearest(stranger, &ENVELOPE_MEMBERS).map(|k| FieldPath::of_keys(&[k])),
            });
        }
    }
    let version = read_version(members.get("version"))?;
    match members.remove("scenario") {
        Some(doc @ Value::Object(_)) => Ok((version, doc)),
        other => Err(LinkError::BadField {
            field: "scenario".to_string(),
            problem: FieldProblem::Expected {
                expected: Expected::Object,
                found: other.as_ref().map_or(Found::Nothing, found_kind),
            },
        }),
    }
}

/// Fills a scenario object of `version` from that version's neutral document and migrates it
/// to the current version.
fn complete_document(version: u32, doc: Value) -> Result<Value, LinkError> {
    current_document(version, fill_document(version, doc)?)
}

/// Fills a scenario object of `version` from that version's neutral document (not migrated).
fn fill_document(version: u32, mut doc: Value) -> Result<Value, LinkError> {
    let neutral = neutral_document(version).ok_or_else(|| LinkError::BadVersion {
        found: version.to_string(),
    })?;
    // Optional members that a frozen neutral document does not have (the lesson and the
    // budget; in version 1 also the further vendors) are set aside while filling:
    // `fill_missing` leaves an object whose keys the base does not know untouched, which
    // would otherwise skip the whole scenario.
    let extensions = take_extensions(&mut doc, version);
    fill_missing(&mut doc, neutral);
    if let Value::Object(members) = &mut doc {
        members.extend(extensions);
    }
    Ok(doc)
}

/// Top-level scenario members that a version's neutral document does not have because they
/// are written only when set. They are optional with a serde default, so a document without
/// them means "none". Inside them, as inside any list item (each of version 2's `vendors`
/// too), a missing member takes the model's default.
const EXTENSION_MEMBERS: [&str; 2] = ["lesson", "budget"];

/// Removes and returns the [`EXTENSION_MEMBERS`] a document of `version` has (and version 1's
/// `more_vendors`).
fn take_extensions(doc: &mut Value, version: u32) -> Vec<(String, Value)> {
    let Value::Object(members) = doc else {
        return Vec::new();
    };
    let v1_only: &[&str] = if version == 1 {
        &[V1_MORE_VENDORS]
    } else {
        &[]
    };
    EXTENSION_MEMBERS
        .iter()
        .chain(v1_only)
        .filter_map(|key| members.remove(*key).map(|value| (key.to_string(), value)))
        .collect()
}

/// Reads a `version` member: a whole number from 1 to [`CURRENT_VERSION`], 1 when missing.
fn read_version(value: Option<&Value>) -> Result<u32, LinkError> {
    // A document without a version is read as version 1, as the model does: hand-written
    // files often omit it, and version 1 is the one whose meaning never changes.
    let Some(found) = value else {
        return Ok(1);
    };
    found
        .as_u64()
        .and_then(|v| u32::try_from(v).ok())
        .filter(|v| (1..=CURRENT_VERSION).contains(v))
        .ok_or_else(|| LinkError::BadVersion {
            found: found.to_string(),
        })
}
