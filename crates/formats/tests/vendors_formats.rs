//! Scenarios with several vendors and a budget in links and files: the flagship preset
//! travels both ways unchanged; a hand-written file's further vendor takes the model's
//! defaults for what it leaves out; a misspelt member inside a vendor is named with its path
//! and the nearest field.

use serde_json::{json, Value};
use standoff_core::model::{presets, Allocation, Scenario};
use standoff_formats::{decode_link, encode_link, export_json, import_json, LinkError, PathStep};

fn flagship() -> Scenario {
    presets::by_id("twitter-two-clouds-2023")
        .map(|p| p.scenario)
        .expect("the flagship preset exists")
}

fn link_of(patch: &Value) -> String {
    use base64::Engine as _;
    let deflated = miniz_oxide::deflate::compress_to_vec(patch.to_string().as_bytes(), 9);
    format!(
        "#s=v1.{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(deflated)
    )
}

#[test]
fn the_flagship_travels_by_link_and_by_file_unchanged() {
    let s = flagship();
    assert_eq!(decode_link(&encode_link(&s)), Ok(s.clone()));
    assert_eq!(import_json(&export_json(&s)), Ok(s.clone()));
    // A one-vendor scenario writes neither member, so its JSON is what it always was.
    let aws = presets::by_id("twitter-aws-2023")
        .map(|p| p.scenario)
        .unwrap_or_default();
    let text = export_json(&aws);
    assert!(
        !text.contains("more_vendors") && !text.contains("budget"),
        "{text}"
    );
}

#[test]
fn a_hand_written_further_vendor_takes_the_defaults_it_leaves_out() {
    let file = json!({
        "format": "standoff-scenario", "version": 1, "generator": "test",
        "scenario": {
            "title": "Two vendors",
            "more_vendors": [{ "vendor": { "name": "Other" }, "contract": { "total_commitment": "1200000" } }],
            "budget": { "monthly": "1500000.10", "rule": "pro_rata" }
        }
    });
    let s = import_json(&file.to_string()).expect("the file reads");
    assert_eq!(s.vendor_count(), 2);
    let other = s.vendor_terms(1).unwrap_or_default();
    assert_eq!(other.vendor.name, "Other");
    assert_eq!(
        other.contract.total_commitment,
        rust_decimal::Decimal::from(1_200_000)
    );
    assert_eq!(other.contract.term_months, 24, "the model's default term");
    let budget = s.budget.unwrap_or_default();
    assert_eq!(budget.monthly.to_string(), "1500000.10");
    assert_eq!(budget.rule, Allocation::ProRata);
}

#[test]
fn a_misspelt_member_of_a_further_vendor_is_named_with_the_nearest_field() {
    let link = link_of(&json!({
        "more_vendors": [{ "contract": { "total_commitmnet": "5000" } }]
    }));
    match decode_link(&link) {
        Err(LinkError::UnknownField { field, suggestion }) => {
            assert_eq!(
                steps(&field),
                ["more_vendors", "0", "contract", "total_commitmnet"]
            );
            let nearest = suggestion.as_ref().map(steps);
            assert_eq!(
                nearest.as_ref().and_then(|s| s.last()).map(String::as_str),
                Some("total_commitment")
            );
        }
        other => panic!("expected an unknown field, got {other:?}"),
    }
}

fn steps(path: &standoff_formats::FieldPath) -> Vec<String> {
    path.0
        .iter()
        .map(|step| match step {
            PathStep::Key(key) => key.clone(),
            PathStep::Index(i) => i.to_string(),
        })
        .collect()
}

/// The flagship's link, quoted in `docs/link-format.md` §6.5: with its bilingual lesson it
/// stays well within one QR code (2,953 bytes; `link_roundtrip.rs` checks the presenter's link
/// of every preset), and without the lesson the two vendors and the budget take under 1,000.
#[test]
fn the_flagship_link_length() {
    let s = flagship();
    let link = encode_link(&s);
    let bare = encode_link(&Scenario {
        lesson: Default::default(),
        ..s
    });
    println!(
        "flagship link: {} characters, {} without its lesson",
        link.len(),
        bare.len()
    );
    assert!(link.len() <= 2_500, "{} characters", link.len());
    assert!(bare.len() <= 1_000, "{} characters", bare.len());
}

/// `payment.interest_first`, another optional member added within version 1: a file that sets
/// it reads the rest of `payment` as a file without it does.
#[test]
fn interest_first_in_a_file_keeps_the_rest_of_the_payment_terms() {
    let file = |payment: Value| {
        json!({ "format": "standoff-scenario", "version": 1, "generator": "test",
                "scenario": { "payment": payment } })
        .to_string()
    };
    let with = import_json(&file(json!({ "delay_days": 45, "interest_first": true }))).unwrap();
    let without = import_json(&file(json!({ "delay_days": 45 }))).unwrap();
    assert!(with.payment.interest_first);
    let mut unset = with.clone();
    unset.payment.interest_first = false;
    assert_eq!(unset, without);
    assert_eq!(decode_link(&encode_link(&with)), Ok(with));
}
