//! Link, file and stored-data errors in English, as the banners show them (moved here from
//! the formats' tests: the formats write no words).

use rust_decimal_macros::dec;
use serde_json::{json, Value};
use standoff_core::model::{FieldError, Rule, Scenario, Unit};
use standoff_formats::{
    decode_link, encode_link, import_json, parse_stored, serialize_stored, FieldProblem,
    JsonProblem, LinkError, StoredItem,
};
use standoff_words::errors::link_error;
use standoff_words::notices::{stored_item, unreadable_reason};
use standoff_words::Lang;

mod v1_document;
use v1_document::v1_default;

fn en(error: &LinkError) -> String {
    link_error(Lang::En, error)
}

fn import_error(edit: impl FnOnce(&mut Value)) -> LinkError {
    let mut scenario = v1_default();
    edit(&mut scenario);
    let file = json!({"format": "standoff-scenario", "version": 1, "scenario": scenario});
    import_json(&file.to_string()).unwrap_err()
}

#[test]
fn link_errors_quote_what_they_found() {
    let link = encode_link(&Scenario::default());
    let (_, payload) = link.split_once('.').unwrap();
    let v9 = decode_link(&format!("#s=v9.{payload}")).unwrap_err();
    assert!(en(&v9).contains("\"v9\""), "{v9:?}");
    let bad = decode_link("#s=v1.ab<script>").unwrap_err();
    assert!(en(&bad).contains("position 3"), "{bad:?}");
    let not_json = import_json("{\"a\": 1,\n  oops}").unwrap_err();
    assert!(matches!(
        not_json,
        LinkError::NotJson {
            line: 2,
            column: 3,
            ..
        }
    ));
    assert!(en(&not_json).contains("line 2, column 3"), "{not_json:?}");
}

#[test]
fn import_errors_name_the_field_and_the_range() {
    let err = import_error(|s| s["payment"]["delay_days"] = json!("soon"));
    assert_eq!(
        en(&err),
        "payment.delay_days is \u{201c}soon\u{201d}: it must be a whole number, and it must be \
         between 0 and 3650 days."
    );
    let err = import_error(|s| {
        s["retaliation"] = json!([
            { "trigger": { "type": "always" }, "lag_months": 1 },
            { "trigger": { "type": "always" }, "lag_months": "two" },
        ])
    });
    assert!(
        en(&err).starts_with("retaliation[1].lag_months is \u{201c}two\u{201d}: it must be"),
        "{err:?}"
    );
    let err = import_error(|s| s["horizon_months"] = json!("9".repeat(100_000)));
    assert!(en(&err).len() < 400, "{}", en(&err).len());
    let err = import_error(|s| {
        s["payment"]["delay_days"] = json!(99_999);
        s["customer"]["currency"] = json!("dollars");
    });
    let message = en(&err);
    assert!(message.contains("payment.delay_days is 99999"), "{message}");
    assert!(message.contains("3650"), "{message}");
}

#[test]
fn stored_items_and_reasons_are_named() {
    let cases = [
        (StoredItem::All, "the saved scenarios"),
        (StoredItem::List, "the list of saved scenarios"),
        (StoredItem::Entry(2), "saved entry 2"),
        (
            StoredItem::Named("First".into()),
            "saved scenario \"First\"",
        ),
        (StoredItem::LastEdited, "the last edited scenario"),
    ];
    for (what, name) in cases {
        assert_eq!(stored_item(Lang::En, &what), name);
    }
    let load = parse_stored("{not json");
    let reason = unreadable_reason(Lang::En, &load.stored.unreadable[0].reason);
    assert!(
        reason.starts_with("the saved scenarios: The data is not valid JSON"),
        "{reason}"
    );
    // Read back, the reason is the stored code, shown as it was stored.
    let again = parse_stored(&serialize_stored(&load.stored));
    let reason = unreadable_reason(Lang::Fr, &again.stored.unreadable[0].reason);
    assert_eq!(reason, "all: not-json");
}

#[test]
fn every_error_is_a_plain_sentence() {
    let field = |i: usize| FieldError {
        field: format!("reciprocal[{i}].amount"),
        value: "-5".to_string(),
        rule: Rule::Range {
            unit: Unit::Money,
            min: dec!(0),
            max: dec!(1000000000000),
        },
    };
    let errors = [
        LinkError::Empty,
        LinkError::TooLong {
            length: 10,
            limit: 5,
        },
        LinkError::NoScenario,
        LinkError::UnknownFormat {
            found: "x".repeat(100),
        },
        LinkError::UnsupportedVersion {
            found: "v9".to_string(),
            newest: 1,
        },
        LinkError::MissingSeparator,
        LinkError::BadBase64 {
            position: 3,
            character: '<',
        },
        LinkError::TruncatedBase64,
        LinkError::TruncatedCompressed,
        LinkError::CorruptCompressed,
        LinkError::TooLargeAfterDecompression { limit: 1 },
        LinkError::NotUtf8 { position: 0 },
        LinkError::NotJson {
            line: 1,
            column: 2,
            problem: JsonProblem::NotAValue,
        },
        LinkError::NotAnObject { found: "an array" },
        LinkError::BadNullPath {
            path: "/x".to_string(),
        },
        LinkError::WrongFileFormat {
            found: "zip".to_string(),
        },
        LinkError::BadVersion {
            found: "\"2\"".to_string(),
        },
        LinkError::Migration {
            from: 1,
            message: "a reason".to_string(),
        },
        LinkError::BadField {
            field: String::new(),
            problem: FieldProblem::Unreadable,
        },
        LinkError::Invalid {
            errors: (0..8).map(field).collect(),
        },
    ];
    for error in errors {
        let text = link_error(Lang::En, &error);
        assert!(text.starts_with("The "), "{text}");
        assert!(text.ends_with('.'), "{text}");
        assert!(text.len() < 900, "{text}");
    }
    let invalid = link_error(
        Lang::En,
        &LinkError::Invalid {
            errors: (0..8).map(field).collect(),
        },
    );
    assert!(invalid.contains("reciprocal[0].amount is -5: it must be between 0 and"));
    assert!(invalid.ends_with("; and 3 more."), "{invalid}");
    assert!(link_error(
        Lang::En,
        &LinkError::UnknownFormat {
            found: "x".repeat(100)
        }
    )
    .contains('…'));
}
