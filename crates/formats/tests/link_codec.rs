//! The link codec: round trips, frozen bases, golden links, and every kind of bad link.

// Tests change a few fields of the default scenario, which reads better than struct update
// syntax with nested defaults.
#![allow(clippy::field_reassign_with_default)]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use standoff_core::model::Scenario;
use standoff_formats::{
    self, base, codec, decode_link, decode_link_with_state, encode_link, encode_link_with_state,
    parse_fragment, LinkError, CURRENT_VERSION, MAX_LINK_CHARS, MAX_PAYLOAD_BYTES,
};

/// SHA-256 of each published base document, index 0 being v1. A published base must never
/// change (old links would change meaning); add a new version instead. See `src/base.rs`.
const BASE_SHA256: [&str; CURRENT_VERSION as usize] = [
    "be36185187b7bbfb3a2faf974f33b247b899aa43f58d41980580d18c7382c771",
    "22d242f180459305a55fcfe04693e3ae68967c24845a3fe72034c6c0d762c315",
];

fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Builds `v1.<payload>` from raw bytes, the way an external tool would.
fn payload_from_bytes(bytes: &[u8]) -> String {
    format!("v1.{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// Builds `#s=v1.<payload>` from patch JSON text, the way docs/link-format.md describes.
fn link_from_patch_text(json: &str) -> String {
    let deflated = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    format!("#s={}", payload_from_bytes(&deflated))
}

/// SHA-256 of each published neutral document, index 0 being v1.
const NEUTRAL_SHA256: [&str; CURRENT_VERSION as usize] = [
    "a52873ea894e7b7b8745717aca3808d4ae818e2e722a6d018d0e9534937f3b2c",
    "2a61846c5e32527ea64c6a44dc1477b7145dcedb8ae88e352128c6f2ad6bec45",
];

#[test]
fn published_neutral_documents_never_change() {
    for version in 1..=CURRENT_VERSION {
        let text = base::neutral_text(version).expect("neutral document exists");
        assert_eq!(
            sha256_hex(text),
            NEUTRAL_SHA256[(version - 1) as usize],
            "neutral_v{version}.json changed: published documents are frozen; add a new version"
        );
    }
}

#[test]
fn published_bases_never_change() {
    for version in 1..=CURRENT_VERSION {
        let text = base::base_text(version).expect("base exists");
        assert_eq!(
            sha256_hex(text),
            BASE_SHA256[(version - 1) as usize],
            "base_v{version}.json changed: published bases are frozen; add a new version"
        );
    }
}

/// Prints the scenario that an empty JSON object deserialises to: the content of a new
/// `neutral_vN.json`.
#[test]
#[ignore]
fn print_current_neutral() {
    let neutral: Scenario = serde_json::from_str("{}").unwrap();
    println!("{}", serde_json::to_string_pretty(&neutral).unwrap());
}

/// Prints the current default scenario as JSON: the content of a new `base_vN.json`.
#[test]
#[ignore]
fn print_current_default() {
    println!(
        "{}",
        serde_json::to_string_pretty(&Scenario::default()).unwrap()
    );
}

#[test]
fn default_scenario_round_trips_in_a_short_link() {
    let scenario = Scenario::default();
    let link = encode_link(&scenario);
    assert_eq!(link, format!("#s=v{CURRENT_VERSION}.q64FAA"));
    assert!(
        link.len() <= 1000,
        "default link is {} characters",
        link.len()
    );
    assert_eq!(decode_link(&link).unwrap(), scenario);
}

#[test]
fn every_accepted_form_of_a_link_decodes() {
    let scenario = Scenario::default();
    let link = encode_link(&scenario);
    let payload = link.trim_start_matches("#s=");
    let forms = [
        link.clone(),
        format!("https://example.org/standoff/{link}"),
        format!("  https://example.org/{link}\n"),
        link.trim_start_matches('#').to_string(),
        payload.to_string(),
        format!("{link}&lang=fr&m=27"),
        format!("#lang=fr&s={payload}"),
        // Line wrapping by a mail client.
        format!("{}\n  {}", &link[..8], &link[8..]),
        // Padding, as Python's urlsafe_b64encode writes it, percent-encoded or not.
        format!("{link}=="),
        format!("{link}%3D%3D"),
    ];
    for form in forms {
        assert_eq!(decode_link(&form).as_ref(), Ok(&scenario), "{form:?}");
    }
}

#[test]
fn extra_state_keys_are_carried_and_escaped() {
    let scenario = Scenario::default();
    let link = encode_link_with_state(
        &scenario,
        &[
            ("lang", "fr"),
            ("m", "27"),
            ("note", "a&b=c #d é"),
            ("s", "ignored"),
        ],
    );
    assert!(
        link.contains("&lang=fr&m=27&note=a%26b%3Dc%20%23d%20%C3%A9"),
        "{link}"
    );
    let decoded = decode_link_with_state(&link).unwrap();
    assert_eq!(decoded.scenario, scenario);
    assert_eq!(
        decoded.state,
        vec![
            ("lang".to_string(), "fr".to_string()),
            ("m".to_string(), "27".to_string()),
            ("note".to_string(), "a&b=c #d é".to_string()),
        ]
    );
    // The state is readable even when the scenario is broken.
    let fragment = parse_fragment("#s=v1.!!!&lang=fr").unwrap();
    assert_eq!(fragment.state, vec![("lang".to_string(), "fr".to_string())]);
}

#[test]
fn a_hand_written_plain_merge_patch_decodes() {
    // An empty patch is the base itself, which is the default scenario of version 1.
    let base_scenario =
        standoff_formats::import_json(base::base_text(1).unwrap()).expect("base v1 reads");
    assert_eq!(
        decode_link(&link_from_patch_text("{}")).unwrap(),
        base_scenario
    );
}

fn err(input: &str) -> LinkError {
    match decode_link(input) {
        Ok(s) => panic!("{input:?} decoded to {s:?}"),
        Err(e) => e,
    }
}

#[test]
fn bad_links_give_named_errors() {
    let good = encode_link(&Scenario::default());
    let payload = good.trim_start_matches(&format!("#s=v{CURRENT_VERSION}."));

    assert_eq!(err(""), LinkError::Empty);
    assert_eq!(err("   \n"), LinkError::Empty);
    assert_eq!(err("https://example.org/standoff/"), LinkError::NoScenario);
    assert_eq!(err("#lang=fr"), LinkError::NoScenario);
    assert!(matches!(err("#s=x1.abc"), LinkError::UnknownFormat { found } if found == "x1"));
    assert!(matches!(err("#s=v.abc"), LinkError::UnknownFormat { .. }));
    let v9 = err(&format!("#s=v9.{payload}"));
    assert!(
        matches!(&v9, LinkError::UnsupportedVersion { found, newest } if found == "v9" && *newest == CURRENT_VERSION)
    );
    assert!(matches!(
        err("#s=v0.abc"),
        LinkError::UnsupportedVersion { .. }
    ));
    assert!(matches!(
        err("#s=v01.abc"),
        LinkError::UnsupportedVersion { .. }
    ));
    assert!(matches!(
        err("#s=v99999999999999999999.abc"),
        LinkError::UnsupportedVersion { .. }
    ));
    assert_eq!(err("#s=v1"), LinkError::MissingSeparator);
    assert_eq!(
        err("#s=v1.abc$def"),
        LinkError::BadBase64 {
            position: 4,
            character: '$'
        }
    );
    assert!(matches!(
        err("#s=v1.ab<script>"),
        LinkError::BadBase64 { position: 3, .. }
    ));
    assert_eq!(err("#s=v1.a"), LinkError::TruncatedBase64);
    assert_eq!(err("#s=v1."), LinkError::TruncatedCompressed);
    // Truncated at every length: never a panic, always an error or (rarely) a valid prefix.
    for cut in 0..good.len() {
        let _ = decode_link(&good[..cut]);
    }
    let half = &good[..good.len() / 2 + 2];
    let half_err = err(half);
    assert!(
        matches!(
            half_err,
            LinkError::TruncatedCompressed
                | LinkError::TruncatedBase64
                | LinkError::CorruptCompressed
        ),
        "{half_err:?}"
    );
    assert_eq!(
        err(&format!(
            "#s={}",
            payload_from_bytes(&[0xff, 0xff, 0xff, 0xff])
        )),
        LinkError::CorruptCompressed
    );
    let too_long = format!("#s=v1.{}", "A".repeat(MAX_LINK_CHARS));
    assert!(matches!(err(&too_long), LinkError::TooLong { .. }));
}

#[test]
fn deflate_bombs_stop_at_the_cap() {
    // 10 MB of spaces compress to about 10 KB; the link is well under the length cap.
    let bomb = vec![b' '; 10 * 1024 * 1024];
    let link = format!(
        "#s={}",
        payload_from_bytes(&miniz_oxide::deflate::compress_to_vec(&bomb, 9))
    );
    assert!(link.len() < MAX_LINK_CHARS, "{}", link.len());
    assert_eq!(
        err(&link),
        LinkError::TooLargeAfterDecompression {
            limit: MAX_PAYLOAD_BYTES
        }
    );
}

#[test]
fn decompressed_content_errors_are_named() {
    let not_json = err(&link_from_patch_text("{\"a\": 1,\n  oops}"));
    assert!(
        matches!(
            not_json,
            LinkError::NotJson {
                line: 2,
                column: 3,
                ..
            }
        ),
        "{not_json:?}"
    );
    assert_eq!(
        err(&link_from_patch_text("[1, 2]")),
        LinkError::NotAnObject { found: "an array" }
    );
    assert!(matches!(
        err(&format!(
            "#s={}",
            payload_from_bytes(&miniz_oxide::deflate::compress_to_vec(b"\xff\xfe{}", 9))
        )),
        LinkError::NotUtf8 { position: 0 }
    ));
    assert!(matches!(
        err(&link_from_patch_text(r#"{"$null": ["/no/such/field"]}"#)),
        LinkError::BadNullPath { .. }
    ));
    // A wrong type names the field.
    let base = base::base_document(1).unwrap();
    let (key, _) = base
        .as_object()
        .unwrap()
        .iter()
        .find(|(k, v)| v.is_u64() && *k != "version")
        .expect("the base has a whole-number field");
    let wrong = err(&link_from_patch_text(
        &json!({ key: "not a number" }).to_string(),
    ));
    assert!(
        matches!(&wrong, LinkError::BadField { field, .. } if field == key),
        "{wrong:?}"
    );
    // Deeply nested JSON is refused by the parser's depth limit, not by a stack overflow.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(matches!(
        err(&link_from_patch_text(&deep)),
        LinkError::NotJson { .. } | LinkError::TooLong { .. }
    ));
}

#[test]
fn a_patch_cannot_change_the_version_it_migrates_from() {
    let link = link_from_patch_text(r#"{"version": 7}"#);
    assert_eq!(decode_link(&link).unwrap().version, CURRENT_VERSION);
}

#[test]
fn value_level_codec_round_trips_arbitrary_documents() {
    // The generic core works on any JSON object, independent of the model's fields.
    let base = base::base_document(CURRENT_VERSION).unwrap().clone();
    let mut doc = base.clone();
    doc["extra"] = json!({"nested": [1, null, "<b>x</b>"], "n": null});
    doc["version"] = Value::from(CURRENT_VERSION);
    let payload = codec::encode_value(&doc);
    assert_eq!(codec::decode_payload_value(&payload).unwrap(), doc);
    let _ = standoff_formats::CURRENT_VERSION;
}

#[test]
fn rewriting_a_fragment_keeps_unknown_members() {
    let mut scenario = Scenario::default();
    let link = format!("{}&future=x%20y&lang=fr", encode_link(&Scenario::default()));
    let mut fragment = parse_fragment(&link).unwrap();
    assert_eq!(fragment.get("future"), Some("x y"));
    scenario.title = "Changed".to_string();
    fragment.set_scenario(&scenario);
    fragment.set("lang", "en");
    fragment.set("m", "27");
    fragment.remove("nothing");
    let rewritten = fragment.to_link();
    assert!(
        rewritten.ends_with("&future=x%20y&lang=en&m=27"),
        "{rewritten}"
    );
    let decoded = decode_link_with_state(&rewritten).unwrap();
    assert_eq!(decoded.scenario, scenario);
    assert_eq!(decoded.state.len(), 3);
    // Encoding with state directly gives the same shape.
    assert_eq!(
        encode_link_with_state(&scenario, &[("future", "x y"), ("lang", "en"), ("m", "27")]),
        rewritten
    );
}
