//! Sharing and keeping scenarios: the versioned link codec, the JSON file format, the
//! localStorage envelope and the monthly ledger (one definition, `ledger`) as CSV.
//!
//! Everything here is sans-IO: pure functions from text to values and back, with no web
//! crate, so that every way a scenario enters the app can be tested and fuzzed natively. The
//! app calls these functions and does the browser work itself (`history.replaceState`,
//! `localStorage`, downloads).
//!
//! The link format is specified byte by byte in `docs/link-format.md`. In short, a link ends
//! in `#s=v1.<payload>`, where the payload is base64url (no padding) of raw DEFLATE of the
//! UTF-8 JSON of a merge patch of the scenario against the frozen base document of that
//! format version.
//!
//! How the app uses it (all browser work stays in the app):
//! - on load and on `hashchange`: [`decode_link_with_state`]`(location.hash)`; on error show
//!   the error's `Display` in a banner with the offending text to copy, and keep the default
//!   or last good scenario;
//! - on every change (debounced): keep a [`Fragment`] (from [`parse_fragment`], so unknown
//!   state members survive), call [`Fragment::set_scenario`] and [`Fragment::set`] for UI
//!   state, and `history.replaceState` with [`Fragment::to_link`]; the Share button copies
//!   the page address plus that string and shows its length;
//! - a played game: [`encode_game_link`] writes the scenario and the game's member `g`;
//!   [`decode_game_link`] reads it back (`None` for a plain scenario link) and replays it, so
//!   a [`GameLinkError`] names a bad move as the core's typed `GameError`;
//! - files: [`export_json`] / [`import_json`]; CSV: [`spreadsheet_csv`] of the report, with
//!   the words crate's column labels ([`machine_csv`] for the command line), and with several
//!   vendors or a budget [`spreadsheet_vendors_csv`] / [`machine_vendors_csv`], one row per
//!   vendor per month;
//! - localStorage: [`parse_stored`] on load (never fails; show `problems` in a banner),
//!   edit the [`StoredScenarios`] with its methods, write [`serialize_stored`]. The last
//!   edited scenario can also live under its own key with [`export_json`] / [`import_json`],
//!   so that frequent writes do not rewrite the saved list.
//!
//! Every input path (links, JSON files, stored entries) goes through the same pipeline:
//! bytes → JSON value → patched over its version's frozen base (links) or filled from
//! its version's frozen neutral document (files) → migrated to
//! the current version → deserialised → validated. Any failure is a [`LinkError`] whose
//! `Display` is a plain sentence for the banner; nothing in this module panics on any input.

// Input here is hostile by assumption, so the operations that can panic are refused outside
// tests: every failure must become a `LinkError` for the banner instead.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic,
        clippy::unreachable,
        clippy::todo
    )
)]

pub mod base;
pub mod class_debrief;
pub mod codec;
pub mod csv_export;
pub mod error;
pub mod exact_json;
mod field_search;
pub mod game_link;
pub mod json_file;
pub mod ledger;
pub mod nearest;
pub mod patch;
mod read;
mod serde_reason;
pub mod stored;
mod v1;
pub mod vendors_ledger;

pub use base::CURRENT_VERSION;
pub use codec::{
    decode_link, decode_link_keeping_known, decode_link_with_state, encode_fragment, encode_link,
    encode_link_with_state, encode_payload, parse_fragment, DecodedLink, Fragment, MAX_LINK_CHARS,
    MAX_PAYLOAD_BYTES,
};
pub use csv_export::{
    machine_csv, machine_vendors_csv, spreadsheet_csv, spreadsheet_vendors_csv, Spreadsheet,
};
pub use error::{Expected, FieldPath, FieldProblem, Found, JsonProblem, LinkError, PathStep};
pub use game_link::{
    decode_game_link, decode_game_member, encode_game_link, encode_game_member, game_of,
    GameLinkError, GAME_KEY,
};
pub use json_file::{
    export_json, import_json, import_json_keeping_known, read_scenario_value, FILE_FORMAT,
    MAX_JSON_BYTES,
};
pub use stored::{
    parse_stored, serialize_stored, StoredEntry, StoredItem, StoredLoad, StoredProblem,
    StoredScenarios, Unreadable, UnreadableEntry,
};
