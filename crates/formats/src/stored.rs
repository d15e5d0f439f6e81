//! The envelope of saved scenarios kept in localStorage, read tolerantly.
//!
//! Stored text is written by this app but can be corrupted by hand, by a browser extension or
//! by an older or newer build, so reading never fails as a whole: each saved scenario is read
//! on its own, one that cannot be read is reported and set aside *with its raw text*, and the
//! others are kept. Set-aside entries are written back by [`serialize_stored`], so saving
//! after a bad load loses nothing; the app offers to copy or discard them.
//!
//! Layout (one localStorage value):
//! `{"format": "standoff-saved", "version": 1, "entries": [{"name", "saved_at", "scenario"}],
//! "last_edited": {scenario} | null, "unreadable": [{"raw", "reason"}]}`. Each scenario is a
//! complete scenario object carrying its own `version`, read like a bare JSON file (missing
//! fields from its version's neutral document, then migrated and validated).
//!
//! **The reason kept with a set-aside entry.** In memory it is the typed problem
//! ([`Unreadable::Found`]), which the words crate writes in the reader's language. This crate
//! writes no words, so the envelope stores a stable machine code for it instead
//! ([`Unreadable::code`], e.g. `entry 2: not-an-object` or
//! `named "Q3": bad-field payment.delay_days`), meant for whoever inspects the stored text. A
//! reason read back from an envelope (this build's code, or an older build's English sentence)
//! is the user's data: it is kept and written back exactly as found ([`Unreadable::Stored`]).

use serde_json::{Map, Value};

use super::codec::scenario_value;
use super::error::{found_kind, json_kind, Expected, FieldPath, FieldProblem, Found, LinkError};
use super::exact_json::parse_exact;
use super::json_file::{read_scenario_value, MAX_JSON_BYTES};
use super::nearest::nearest;
use standoff_core::model::Scenario;

/// The value of the envelope's `format` member.
pub const STORED_FORMAT: &str = "standoff-saved";

/// The version of the envelope itself (each scenario inside has its own version).
pub const STORED_VERSION: u32 = 1;

/// The largest stored text read: localStorage holds about 5 MB per origin.
pub const MAX_STORED_BYTES: usize = 8 * MAX_JSON_BYTES;

/// Everything the app keeps in localStorage.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredScenarios {
    /// The envelope version, [`STORED_VERSION`] when written by this build.
    pub version: u32,
    /// Named saved scenarios, in the user's order.
    pub entries: Vec<StoredEntry>,
    /// The scenario being edited when the page was last used, restored on reload.
    pub last_edited: Option<Scenario>,
    /// Entries that could not be read, kept verbatim so nothing is lost.
    pub unreadable: Vec<UnreadableEntry>,
}

impl Default for StoredScenarios {
    fn default() -> Self {
        StoredScenarios {
            version: STORED_VERSION,
            entries: Vec::new(),
            last_edited: None,
            unreadable: Vec::new(),
        }
    }
}

/// One named saved scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredEntry {
    pub name: String,
    /// When it was saved, as given by the caller (the app passes an ISO 8601 timestamp; the
    /// codec stays free of clocks).
    pub saved_at: String,
    pub scenario: Scenario,
}

/// A stored item that could not be read, with its text as found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnreadableEntry {
    /// The item's JSON text (or the whole stored text when it was not JSON at all).
    pub raw: String,
    /// Why it could not be read.
    pub reason: Unreadable,
}

/// Why a set-aside entry could not be read (see the module documentation).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Found while reading this time: what could not be read, and why.
    Found { what: StoredItem, error: LinkError },
    /// Read back from the envelope, as it was stored.
    Stored(String),
}

impl Unreadable {
    /// The text stored in the envelope's `reason` member.
    pub fn code(&self) -> String {
        match self {
            Unreadable::Found { what, error } => format!("{}: {}", what.code(), error_code(error)),
            Unreadable::Stored(reason) => reason.clone(),
        }
    }
}

/// A stable machine code for an error: the variant's name, with the field for a field error.
fn error_code(error: &LinkError) -> String {
    let name = match error {
        LinkError::Empty => "empty",
        LinkError::TooLong { .. } => "too-long",
        LinkError::NoScenario => "no-scenario",
        LinkError::UnknownFormat { .. } => "unknown-format",
        LinkError::UnsupportedVersion { .. } => "unsupported-version",
        LinkError::MissingSeparator => "missing-separator",
        LinkError::BadBase64 { .. } => "bad-base64",
        LinkError::TruncatedBase64 => "truncated-base64",
        LinkError::TruncatedCompressed => "truncated-compressed",
        LinkError::CorruptCompressed => "corrupt-compressed",
        LinkError::TooLargeAfterDecompression { .. } => "too-large-after-decompression",
        LinkError::NotUtf8 { .. } => "not-utf8",
        LinkError::NotJson { .. } => "not-json",
        LinkError::NotAnObject { .. } => "not-an-object",
        LinkError::BadNullPath { .. } => "bad-null-path",
        LinkError::WrongFileFormat { .. } => "wrong-file-format",
        LinkError::BadVersion { .. } => "bad-version",
        LinkError::Migration { .. } => "migration",
        LinkError::UnknownField { field, .. } => return format!("unknown-field {field}"),
        LinkError::BadField { field, .. } => return format!("bad-field {field}"),
        LinkError::Invalid { errors } => {
            let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
            return format!("invalid {}", fields.join(","));
        }
    };
    name.to_string()
}

/// The result of reading stored text: what could be read, and what went wrong this time.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredLoad {
    pub stored: StoredScenarios,
    /// Problems found while reading, for the banner; each one's text is also in
    /// `stored.unreadable` unless it was the `last_edited` scenario.
    pub problems: Vec<StoredProblem>,
}

/// The part of the stored text that could not be read: data, worded per language by the
/// words crate (`standoff_words::notices`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoredItem {
    /// The whole store.
    All,
    /// The `entries` member, when it is not a list.
    List,
    /// An entry without a usable name, by its 1-based position.
    Entry(usize),
    /// An entry by its name (shortened).
    Named(String),
    /// The last edited scenario.
    LastEdited,
}

impl StoredItem {
    /// A stable machine code for the item, part of [`Unreadable::code`].
    pub fn code(&self) -> String {
        match self {
            StoredItem::All => "all".to_string(),
            StoredItem::List => "entries".to_string(),
            StoredItem::Entry(position) => format!("entry {position}"),
            StoredItem::Named(name) => format!("named {}", Value::from(name.as_str())),
            StoredItem::LastEdited => "last-edited".to_string(),
        }
    }
}

/// One problem found while reading stored text.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredProblem {
    /// What could not be read.
    pub what: StoredItem,
    pub error: LinkError,
    /// The offending text, for the banner's copy button.
    pub raw: String,
}

impl StoredScenarios {
    /// Saves a scenario under a name, replacing an entry of the same name in place or
    /// appending a new one.
    pub fn save(&mut self, name: &str, saved_at: &str, scenario: Scenario) {
        let entry = StoredEntry {
            name: name.to_string(),
            saved_at: saved_at.to_string(),
            scenario,
        };
        match self.entries.iter_mut().find(|e| e.name == name) {
            Some(existing) => *existing = entry,
            None => self.entries.push(entry),
        }
    }

    /// Finds a saved scenario by name.
    pub fn get(&self, name: &str) -> Option<&StoredEntry> {
        self.entries.iter().find(|e| e.name == name)
    }

    /// Renames an entry; returns false if `from` does not exist or `to` is already taken.
    pub fn rename(&mut self, from: &str, to: &str) -> bool {
        if from != to && self.entries.iter().any(|e| e.name == to) {
            return false;
        }
        match self.entries.iter_mut().find(|e| e.name == from) {
            Some(entry) => {
                entry.name = to.to_string();
                true
            }
            None => false,
        }
    }

    /// Deletes an entry; returns whether it existed.
    pub fn remove(&mut self, name: &str) -> bool {
        let before = self.entries.len();
        self.entries.retain(|e| e.name != name);
        self.entries.len() != before
    }
}

/// Reads stored text. Never fails: empty text is an empty store, and whatever cannot be read
/// is reported in `problems` and kept in `stored.unreadable`.
pub fn parse_stored(text: &str) -> StoredLoad {
    let mut load = StoredLoad {
        stored: StoredScenarios::default(),
        problems: Vec::new(),
    };
    if text.trim().is_empty() {
        return load;
    }
    let whole = |load: &mut StoredLoad, error: LinkError| {
        load.stored.unreadable.push(UnreadableEntry {
            raw: text.to_string(),
            reason: Unreadable::Found {
                what: StoredItem::All,
                error: error.clone(),
            },
        });
        load.problems.push(StoredProblem {
            what: StoredItem::All,
            error,
            raw: text.to_string(),
        });
    };
    if text.len() > MAX_STORED_BYTES {
        whole(
            &mut load,
            LinkError::TooLong {
                length: text.len(),
                limit: MAX_STORED_BYTES,
            },
        );
        return load;
    }
    let value = match parse_exact(text) {
        Ok(value) => value,
        Err(error) => {
            whole(&mut load, error);
            return load;
        }
    };
    let Value::Object(mut members) = value else {
        whole(
            &mut load,
            LinkError::NotAnObject {
                found: json_kind(&value),
            },
        );
        return load;
    };
    if members.get("format").and_then(Value::as_str) != Some(STORED_FORMAT) {
        whole(
            &mut load,
            LinkError::WrongFileFormat {
                found: members
                    .get("format")
                    .map(|f| f.to_string())
                    .unwrap_or_else(|| "missing".to_string()),
            },
        );
        return load;
    }
    let version = members.get("version").and_then(Value::as_u64);
    if version != Some(u64::from(STORED_VERSION)) {
        // A newer envelope cannot be read safely by this build, and must not be overwritten
        // with less than it holds: it is kept whole.
        whole(
            &mut load,
            LinkError::BadVersion {
                found: members
                    .get("version")
                    .map(|v| v.to_string())
                    .unwrap_or_else(|| "missing".to_string()),
            },
        );
        return load;
    }

    if let Some(Value::Array(items)) = members.remove("unreadable") {
        for item in items {
            let raw = item.get("raw").and_then(Value::as_str);
            let reason = item.get("reason").and_then(Value::as_str);
            load.stored.unreadable.push(UnreadableEntry {
                raw: raw.map(str::to_string).unwrap_or_else(|| item.to_string()),
                reason: Unreadable::Stored(reason.unwrap_or("unreadable").to_string()),
            });
        }
    }

    match members.remove("entries") {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            for (index, item) in items.into_iter().enumerate() {
                match read_entry(&item) {
                    Ok(entry) => load.stored.entries.push(entry),
                    Err((what, error)) => {
                        let what = what.unwrap_or(StoredItem::Entry(index + 1));
                        set_aside(&mut load, what, error, &item, true);
                    }
                }
            }
        }
        Some(other) => set_aside(
            &mut load,
            StoredItem::List,
            LinkError::BadField {
                field: "entries".to_string(),
                problem: FieldProblem::Expected {
                    expected: Expected::List,
                    found: found_kind(&other),
                },
            },
            &other,
            true,
        ),
    }

    match members.remove("last_edited") {
        None | Some(Value::Null) => {}
        Some(item) => match read_scenario(item.clone()) {
            Ok(scenario) => load.stored.last_edited = Some(scenario),
            // The last edited scenario is replaced on the next edit anyway; it is reported
            // (with its text) but not kept among the unreadable entries.
            Err(error) => set_aside(&mut load, StoredItem::LastEdited, error, &item, false),
        },
    }
    load
}

fn set_aside(load: &mut StoredLoad, what: StoredItem, error: LinkError, item: &Value, keep: bool) {
    let raw = item.to_string();
    if keep {
        load.stored.unreadable.push(UnreadableEntry {
            raw: raw.clone(),
            reason: Unreadable::Found {
                what: what.clone(),
                error: error.clone(),
            },
        });
    }
    load.problems.push(StoredProblem { what, error, raw });
}

/// The members of a saved entry.
const ENTRY_MEMBERS: [&str; 3] = ["name", "saved_at", "scenario"];

/// Reads one `{name, saved_at, scenario}` entry; on failure, names it when its name is known.
fn read_entry(item: &Value) -> Result<StoredEntry, (Option<StoredItem>, LinkError)> {
    let Value::Object(members) = item else {
        return Err((
            None,
            LinkError::NotAnObject {
                found: json_kind(item),
            },
        ));
    };
    let Some(name) = members.get("name").and_then(Value::as_str) else {
        return Err((
            None,
            LinkError::BadField {
                field: "name".to_string(),
                problem: FieldProblem::Expected {
                    expected: Expected::Text,
                    found: members.get("name").map_or(Found::Nothing, found_kind),
                },
            },
        ));
    };
    let what = Some(StoredItem::Named(super::error::excerpt(name)));
    if let Some(stranger) = members
        .keys()
        .find(|k| !ENTRY_MEMBERS.contains(&k.as_str()))
    {
        let error = LinkError::UnknownField {
            field: FieldPath::of_keys(&[stranger]),
            suggestion: nearest(stranger, &ENTRY_MEMBERS).map(|k| FieldPath::of_keys(&[k])),
        };
        return Err((what, error));
    }
    let saved_at = members
        .get("saved_at")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let scenario = members.get("scenario").cloned().unwrap_or(Value::Null);
    let scenario = read_scenario(scenario).map_err(|error| (what, error))?;
    Ok(StoredEntry {
        name: name.to_string(),
        saved_at,
        scenario,
    })
}

fn read_scenario(value: Value) -> Result<Scenario, LinkError> {
    read_scenario_value(value)
}

/// Writes the store as compact JSON for localStorage.
pub fn serialize_stored(stored: &StoredScenarios) -> String {
    let mut members = Map::new();
    members.insert("format".to_string(), Value::from(STORED_FORMAT));
    members.insert("version".to_string(), Value::from(STORED_VERSION));
    let entries = stored
        .entries
        .iter()
        .map(|entry| {
            let mut e = Map::new();
            e.insert("name".to_string(), Value::from(entry.name.as_str()));
            e.insert("saved_at".to_string(), Value::from(entry.saved_at.as_str()));
            e.insert("scenario".to_string(), scenario_value(&entry.scenario));
            Value::Object(e)
        })
        .collect();
    members.insert("entries".to_string(), Value::Array(entries));
    members.insert(
        "last_edited".to_string(),
        stored
            .last_edited
            .as_ref()
            .map(scenario_value)
            .unwrap_or(Value::Null),
    );
    let unreadable = stored
        .unreadable
        .iter()
        .map(|u| {
            let mut e = Map::new();
            e.insert("raw".to_string(), Value::from(u.raw.as_str()));
            e.insert("reason".to_string(), Value::from(u.reason.code()));
            Value::Object(e)
        })
        .collect();
    members.insert("unreadable".to_string(), Value::Array(unreadable));
    Value::Object(members).to_string()
}
