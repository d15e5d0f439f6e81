//! The link codec: a scenario to and from the URL fragment `#s=v1.<payload>[&key=value…]`.
//!
//! Encoding: scenario → JSON value → link patch against the current version's frozen base
//! (see [`super::patch`]) → compact UTF-8 JSON → raw DEFLATE → base64url without padding.
//! Decoding runs the same steps backwards with a cap at every stage where input can grow,
//! then migrates to the current version, deserialises and validates. The grammar and the
//! byte-level format are in `docs/link-format.md`.

use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::{alphabet, Engine as _};
use miniz_oxide::inflate::TINFLStatus;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde_json::Value;

use super::base::{base_document, item_patched_lists, CURRENT_VERSION};
use super::error::LinkError;
use super::exact_json::parse_exact;
use super::patch::{apply_link_patch_with_items, make_link_patch_with_items};
use super::read::{current_document, read_document, scenario_keeping_known};
use standoff_core::model::Scenario;

/// The most characters a link (after trimming) may have before any decoding is attempted.
///
/// Presets are under 1,000 characters, but the largest scenario validation allows (every
/// list at 240 items, long labels, many-digit amounts) needs about 45,000 and more with
/// 28-digit decimals; 256 Ki characters covers every valid scenario while bounding the work
/// a hostile link can cause (decoding that much base64 takes microseconds).
pub const MAX_LINK_CHARS: usize = 256 * 1024;

/// The most bytes the decompressed JSON patch may have. Inflation stops there, so a deflate
/// bomb (a few bytes that inflate to gigabytes) costs at most this much memory; the largest
/// valid scenario is about a fifth of it.
pub const MAX_PAYLOAD_BYTES: usize = 1024 * 1024;

/// The format tag written before the version number. A future change of the encoding itself
/// (another compression, another alphabet) would get another tag; a change of the scenario's
/// shape only gets a new version number.
pub const FORMAT_TAG: &str = "v";

/// The fragment member that carries the scenario.
pub const SCENARIO_KEY: &str = "s";

/// The DEFLATE level used when encoding. Any level decodes the same; 9 is the smallest output
/// zlib-compatible encoders produce, and scenarios are small enough that speed is irrelevant.
const DEFLATE_LEVEL: u8 = 9;

/// Characters percent-encoded in extra state values: everything but the RFC 3986 unreserved
/// set, so `&`, `=`, `#` and spaces can never break the fragment grammar.
const STATE_ESCAPES: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// base64url, reading both padded and unpadded data and ignoring non-zero trailing bits, so
/// that links produced by other tools (Python's `urlsafe_b64encode` pads) still open.
const LENIENT_BASE64URL: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true),
);

/// The members of a link's fragment: the scenario payload and any other UI state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fragment {
    /// The value of `s` (e.g. `v1.AwA`), with whitespace removed, if present.
    pub scenario: Option<String>,
    /// Every other `key=value` member, percent-decoded, in order. Unknown keys are kept so a
    /// newer link opened in an older build loses nothing when it is re-encoded.
    pub state: Vec<(String, String)>,
}

impl Fragment {
    /// A fragment holding a scenario and no other state.
    pub fn from_scenario(scenario: &Scenario) -> Self {
        Fragment {
            scenario: Some(encode_payload(scenario)),
            state: Vec::new(),
        }
    }

    /// Replaces the scenario, keeping every other member (including keys this build does not
    /// know, so rewriting a newer link loses nothing).
    pub fn set_scenario(&mut self, scenario: &Scenario) {
        self.scenario = Some(encode_payload(scenario));
    }

    /// The value of a state member, if present.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.state
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Sets a state member, replacing it in place if present, or appending it. The key `s` is
    /// the scenario and is ignored here.
    pub fn set(&mut self, key: &str, value: &str) {
        if key == SCENARIO_KEY || key.is_empty() {
            return;
        }
        match self.state.iter_mut().find(|(k, _)| k == key) {
            Some(member) => member.1 = value.to_string(),
            None => self.state.push((key.to_string(), value.to_string())),
        }
    }

    /// Removes a state member.
    pub fn remove(&mut self, key: &str) {
        self.state.retain(|(k, _)| k != key);
    }

    /// Writes the fragment with its leading `#`: `#s=v1.…&key=value…`, the scenario first and
    /// the other members percent-encoded in order.
    pub fn to_link(&self) -> String {
        let mut out = String::from("#");
        if let Some(payload) = &self.scenario {
            out.push_str(SCENARIO_KEY);
            out.push('=');
            out.extend(utf8_percent_encode(payload, STATE_ESCAPES));
        }
        for (key, value) in &self.state {
            if key == SCENARIO_KEY || key.is_empty() {
                continue;
            }
            if out.len() > 1 {
                out.push('&');
            }
            out.extend(utf8_percent_encode(key, STATE_ESCAPES));
            out.push('=');
            out.extend(utf8_percent_encode(value, STATE_ESCAPES));
        }
        out
    }
}

/// A decoded link: the scenario and the other fragment members.
#[derive(Clone, Debug, PartialEq)]
pub struct DecodedLink {
    pub scenario: Scenario,
    pub state: Vec<(String, String)>,
}

/// Encodes a scenario as the value of the `s` member, e.g. `v1.q1YqS8wpTVWyUjI0MjJQqgUA`.
pub fn encode_payload(scenario: &Scenario) -> String {
    encode_value(&scenario_value(scenario))
}

/// Encodes a scenario as a URL fragment, `#s=v1.<payload>`, to append to the page's address.
pub fn encode_link(scenario: &Scenario) -> String {
    format!("#{}", encode_fragment(scenario, &[]))
}

/// Encodes a scenario and extra UI state (e.g. `[("lang", "fr"), ("m", "27")]`) as a URL
/// fragment, `#s=v1.<payload>&lang=fr&m=27`. Keys and values are percent-encoded; a state
/// key `s` is skipped because it would shadow the scenario.
pub fn encode_link_with_state(scenario: &Scenario, state: &[(&str, &str)]) -> String {
    format!("#{}", encode_fragment(scenario, state))
}

/// The fragment without its leading `#`.
pub fn encode_fragment(scenario: &Scenario, state: &[(&str, &str)]) -> String {
    let mut fragment = Fragment::from_scenario(scenario);
    for (key, value) in state {
        fragment.set(key, value);
    }
    let link = fragment.to_link();
    link.strip_prefix('#').unwrap_or(&link).to_string()
}

/// Decodes a link into a scenario.
///
/// Accepts a full URL, the fragment with or without `#`, or the bare `v1.…` payload, with
/// surrounding (or wrapped-in) whitespace.
pub fn decode_link(input: &str) -> Result<Scenario, LinkError> {
    decode_link_with_state(input).map(|decoded| decoded.scenario)
}

/// Decodes a link into a scenario and the other fragment members.
pub fn decode_link_with_state(input: &str) -> Result<DecodedLink, LinkError> {
    let fragment = parse_fragment(input)?;
    let payload = fragment.scenario.ok_or(LinkError::NoScenario)?;
    let (version, doc) = merged_document(&payload)?;
    let scenario = read_document(version, doc)?;
    Ok(DecodedLink {
        scenario,
        state: fragment.state,
    })
}

/// Splits a link into its fragment members without decoding the scenario, so the app can read
/// UI state (language, month) even when the scenario itself is broken.
pub fn parse_fragment(input: &str) -> Result<Fragment, LinkError> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(LinkError::Empty);
    }
    if trimmed.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLong {
            length: trimmed.len(),
            limit: MAX_LINK_CHARS,
        });
    }
    let fragment = match trimmed.split_once('#') {
        Some((_, after)) => after,
        None if trimmed.contains("://") => return Err(LinkError::NoScenario),
        None => trimmed,
    };
    let mut out = Fragment::default();
    for member in fragment.split('&') {
        // Whitespace is never part of the grammar (browsers percent-encode spaces), so any
        // whitespace comes from line wrapping in a chat or an e-mail and is dropped.
        let member: String = member.chars().filter(|c| !c.is_whitespace()).collect();
        if member.is_empty() {
            continue;
        }
        let (key, value) = match member.split_once('=') {
            // A member whose "key" has a dot is a bare payload such as `v1.q1Y…` (possibly
            // padded with `=`), which a key never is.
            Some((key, _)) if key.contains('.') => {
                (SCENARIO_KEY.to_string(), percent_decode(&member))
            }
            Some((key, value)) => (percent_decode(key), percent_decode(value)),
            None if member.contains('.') => (SCENARIO_KEY.to_string(), percent_decode(&member)),
            None => (percent_decode(&member), String::new()),
        };
        if key == SCENARIO_KEY {
            // The first `s` wins; a later one is ignored rather than silently replacing it.
            if out.scenario.is_none() {
                out.scenario = Some(value);
            }
        } else {
            out.state.push((key, value));
        }
    }
    Ok(out)
}

fn percent_decode(text: &str) -> String {
    percent_decode_str(text).decode_utf8_lossy().into_owned()
}

/// Encodes a scenario's JSON value (of the current version) as `v<N>.<payload>`.
///
/// This is the generic core: it only needs the value, so it is tested independently of the
/// model's exact fields.
pub fn encode_value(value: &Value) -> String {
    let empty = Value::Object(serde_json::Map::new());
    let base = base_document(CURRENT_VERSION).unwrap_or(&empty);
    let patch = make_link_patch_with_items(base, value, item_patched_lists(CURRENT_VERSION));
    let json = patch_text(&patch);
    let compressed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), DEFLATE_LEVEL);
    format!(
        "{FORMAT_TAG}{CURRENT_VERSION}.{}",
        LENIENT_BASE64URL.encode(compressed)
    )
}

/// The top-level members a link patch writes first, and last; the others come between them
/// in the order of their names. Readers take members in any order; this one compresses best
/// (the vendors' terms next to the customer's similar members, the lesson's long free text
/// at the end), a few percent off a link with a lesson.
const WRITTEN_FIRST: &str = "vendors";
const WRITTEN_LAST: &str = "lesson";

/// A link patch as compact JSON, its top-level members in the order above.
fn patch_text(patch: &Value) -> String {
    let Value::Object(members) = patch else {
        return patch.to_string();
    };
    let first = members.get_key_value(WRITTEN_FIRST);
    let last = members.get_key_value(WRITTEN_LAST);
    let middle = members
        .iter()
        .filter(|(key, _)| key.as_str() != WRITTEN_FIRST && key.as_str() != WRITTEN_LAST);
    let mut text = String::from("{");
    for (key, value) in first.into_iter().chain(middle).chain(last) {
        if text.len() > 1 {
            text.push(',');
        }
        text.push_str(&Value::String(key.clone()).to_string());
        text.push(':');
        text.push_str(&value.to_string());
    }
    text.push('}');
    text
}

/// Decodes the value of an `s` member (`v<N>.<payload>`) to a JSON document of the current
/// version, complete and migrated but not yet deserialised or validated.
pub fn decode_payload_value(payload: &str) -> Result<Value, LinkError> {
    let (version, doc) = merged_document(payload)?;
    current_document(version, doc)
}

/// Decodes a link like [`decode_link_with_state`], but when the only problems of its scenario
/// are members the model does not know (misspelt fields), sets those aside and returns the
/// rest, so that the app can open everything else while its banner names the first one (the
/// strict reader's error). Any other problem is returned as the strict reader returns it.
pub fn decode_link_keeping_known(input: &str) -> Result<DecodedLink, LinkError> {
    let fragment = parse_fragment(input)?;
    let payload = fragment.scenario.ok_or(LinkError::NoScenario)?;
    let (version, doc) = merged_document(&payload)?;
    let scenario = scenario_keeping_known(doc, |doc| read_document(version, doc))?;
    Ok(DecodedLink {
        scenario,
        state: fragment.state,
    })
}

/// The version of a payload and its patch applied to that version's base: the whole document,
/// not yet migrated.
fn merged_document(payload: &str) -> Result<(u32, Value), LinkError> {
    let (version, patch) = decode_patch(payload)?;
    let base = base_document(version).ok_or_else(|| LinkError::UnsupportedVersion {
        found: format!("{FORMAT_TAG}{version}"),
        newest: CURRENT_VERSION,
    })?;
    let merged = apply_link_patch_with_items(base, patch, item_patched_lists(version))?;
    Ok((version, merged))
}

/// Decodes `v<N>.<payload>` to its version and its patch, checking every stage.
pub fn decode_patch(payload: &str) -> Result<(u32, Value), LinkError> {
    let payload: String = payload.chars().filter(|c| !c.is_whitespace()).collect();
    if payload.is_empty() {
        return Err(LinkError::NoScenario);
    }
    if payload.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLong {
            length: payload.len(),
            limit: MAX_LINK_CHARS,
        });
    }
    let Some((head, data)) = payload.split_once('.') else {
        return match parse_head(&payload) {
            Err(err) => Err(err),
            Ok(_) => Err(LinkError::MissingSeparator),
        };
    };
    let version = parse_head(head)?;
    let bytes = decode_base64(data)?;
    let json = inflate(&bytes)?;
    let text = std::str::from_utf8(&json).map_err(|err| LinkError::NotUtf8 {
        position: err.valid_up_to(),
    })?;
    let patch = parse_exact(text)?;
    Ok((version, patch))
}

/// Reads `v<N>`: the format tag then a version number this build can read.
fn parse_head(head: &str) -> Result<u32, LinkError> {
    let digits = head
        .strip_prefix(FORMAT_TAG)
        .filter(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()))
        .ok_or_else(|| LinkError::UnknownFormat {
            found: head.to_string(),
        })?;
    let unsupported = || LinkError::UnsupportedVersion {
        found: head.to_string(),
        newest: CURRENT_VERSION,
    };
    let version: u32 = digits.parse().map_err(|_| unsupported())?;
    if version == 0 || version > CURRENT_VERSION || digits.starts_with('0') {
        return Err(unsupported());
    }
    Ok(version)
}

/// Decodes base64url, tolerating padding and the standard alphabet's `+` and `/` (some tools
/// emit them), and naming the first bad character by its 1-based position.
fn decode_base64(data: &str) -> Result<Vec<u8>, LinkError> {
    let unpadded = data.trim_end_matches('=');
    let mut normalised = String::with_capacity(unpadded.len());
    for (index, character) in unpadded.chars().enumerate() {
        let mapped = match character {
            'A'..='Z' | 'a'..='z' | '0'..='9' | '-' | '_' => character,
            '+' => '-',
            '/' => '_',
            _ => {
                return Err(LinkError::BadBase64 {
                    position: index + 1,
                    character,
                })
            }
        };
        normalised.push(mapped);
    }
    if normalised.len() % 4 == 1 {
        return Err(LinkError::TruncatedBase64);
    }
    LENIENT_BASE64URL
        .decode(normalised.as_bytes())
        .map_err(|err| match err {
            base64::DecodeError::InvalidByte(offset, byte)
            | base64::DecodeError::InvalidLastSymbol(offset, byte) => LinkError::BadBase64 {
                position: offset + 1,
                character: char::from(byte),
            },
            base64::DecodeError::InvalidLength(_) | base64::DecodeError::InvalidPadding => {
                LinkError::TruncatedBase64
            }
        })
}

/// Inflates raw DEFLATE with a hard output cap.
fn inflate(bytes: &[u8]) -> Result<Vec<u8>, LinkError> {
    miniz_oxide::inflate::decompress_to_vec_with_limit(bytes, MAX_PAYLOAD_BYTES).map_err(|err| {
        match err.status {
            TINFLStatus::HasMoreOutput => LinkError::TooLargeAfterDecompression {
                limit: MAX_PAYLOAD_BYTES,
            },
            TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => {
                LinkError::TruncatedCompressed
            }
            _ => LinkError::CorruptCompressed,
        }
    })
}

/// The scenario's JSON value as serialised by the model.
///
/// It goes through the pretty-printed text that the file export writes, then parses it, so
/// that links and files are written by one serialiser. The value is the one
/// `serde_json::to_value` gives (a unit test compares them): the model has no floating-point
/// fields, so every number and string reads back exactly, and both ways sort the keys.
/// Serialising the model's plain structs cannot fail; if it ever did, the value is `null`,
/// which encodes to a link that decodes to a clear error rather than a panic here.
pub(crate) fn scenario_value(scenario: &Scenario) -> Value {
    serde_json::to_string_pretty(scenario)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or(Value::Null)
}

#[cfg(test)]
mod tests {
    use super::scenario_value;
    use standoff_core::model::presets;

    /// The value built through the pretty-printed text is exactly the one serde_json builds
    /// directly, for every preset (one of which carries a lesson) and the default scenario.
    #[test]
    fn scenario_value_equals_serde_json_to_value() {
        let mut scenarios: Vec<_> = presets::all().into_iter().map(|p| p.scenario).collect();
        scenarios.push(standoff_core::model::Scenario::default());
        for scenario in scenarios {
            let direct = serde_json::to_value(&scenario).unwrap();
            assert_eq!(
                scenario_value(&scenario),
                direct,
                "{}",
                scenario.customer.name
            );
        }
    }
}
