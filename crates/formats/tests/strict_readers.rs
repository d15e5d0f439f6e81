//! Strict, kind readers: every case of `data/strict/cases.json` (a scenario with one mistake)
//! gives the same typed error through a link, a JSON file (envelope and bare) and a saved
//! entry; what can be read around a misspelt member is kept by the recovering readers; money
//! written as a JSON number is read exactly.

use rust_decimal::Decimal;
use serde_json::{json, Value};
use std::str::FromStr;

use standoff_core::model::Scenario;
use standoff_formats::{
    decode_link, decode_link_keeping_known, encode_link, import_json, import_json_keeping_known,
    parse_stored, Expected, FieldProblem, Found, LinkError, StoredItem,
};

/// A link whose patch is `patch`, compressed as the app does.
fn link_of(patch: &Value) -> String {
    use base64::Engine as _;
    let deflated = miniz_oxide::deflate::compress_to_vec(patch.to_string().as_bytes(), 9);
    format!(
        "#s=v1.{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(deflated)
    )
}

fn envelope(scenario: &Value) -> String {
    json!({ "format": "standoff-scenario", "version": 1, "generator": "test", "scenario": scenario })
        .to_string()
}

fn saved(entry: Value) -> String {
    json!({ "format": "standoff-saved", "version": 1, "entries": [entry] }).to_string()
}

/// The error a case expects.
fn expected_error(case: &Value) -> LinkError {
    let error = &case["error"];
    let text = |key: &str| error[key].as_str().map(str::to_string);
    if let Some(field) = text("unknown_field") {
        return LinkError::UnknownField {
            field: path(&field),
            suggestion: text("suggestion").map(|s| path(&s)),
        };
    }
    if let Some(field) = text("unknown_choice") {
        let LinkError::BadField { problem, .. } = read_file(case) else {
            panic!("{case}")
        };
        let FieldProblem::UnknownChoice { choices, .. } = problem else {
            panic!("{problem:?}")
        };
        assert!(choices.len() > 1, "{choices:?}");
        return LinkError::BadField {
            field,
            problem: FieldProblem::UnknownChoice {
                found: text("found").unwrap_or_default(),
                choices,
                suggestion: text("suggestion"),
            },
        };
    }
    let field = text("wrong_kind").expect("an error kind");
    assert_eq!(text("expected").as_deref(), Some("u32"));
    LinkError::BadField {
        field,
        problem: FieldProblem::Expected {
            expected: Expected::WholeNumber {
                min: 0,
                max: u64::from(u32::MAX),
            },
            found: Found::Number(text("found").unwrap_or_default()),
        },
    }
}

/// `a.b[0].c` as a typed path.
fn path(text: &str) -> standoff_formats::FieldPath {
    use standoff_formats::PathStep;
    let mut steps = Vec::new();
    for part in text.split('.') {
        let (key, index) = match part.split_once('[') {
            Some((key, rest)) => (key, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (part, None),
        };
        steps.push(PathStep::Key(key.to_string()));
        steps.extend(index.map(PathStep::Index));
    }
    standoff_formats::FieldPath(steps)
}

fn read_file(case: &Value) -> LinkError {
    import_json(&envelope(&case["scenario"])).expect_err("the case has a mistake")
}

fn cases() -> Vec<Value> {
    let text = include_str!("data/strict/cases.json");
    serde_json::from_str::<Vec<Value>>(text).expect("cases parse")
}

#[test]
fn every_case_gives_its_typed_error_through_every_reader() {
    for case in cases() {
        let why = case["why"].as_str().unwrap_or_default();
        let expected = expected_error(&case);
        let scenario = &case["scenario"];
        assert_eq!(
            decode_link(&link_of(scenario)).err(),
            Some(expected.clone()),
            "link: {why}"
        );
        assert_eq!(read_file(&case), expected, "file: {why}");
        let bare = import_json(&scenario.to_string()).err();
        assert_eq!(bare, Some(expected.clone()), "bare file: {why}");
        let load = parse_stored(&saved(
            json!({ "name": "Q3", "saved_at": "", "scenario": scenario }),
        ));
        assert!(load.stored.entries.is_empty(), "saved: {why}");
        assert_eq!(load.stored.unreadable.len(), 1, "saved: {why}");
        let problem = &load.problems[0];
        assert_eq!(
            problem.what,
            StoredItem::Named("Q3".to_string()),
            "saved: {why}"
        );
        assert_eq!(problem.error, expected, "saved: {why}");
    }
}

#[test]
fn unknown_members_of_the_envelope_and_of_a_saved_entry_are_named() {
    let file = r#"{"format": "standoff-scenario", "version": 1, "generatr": "x", "scenario": {}}"#;
    assert_eq!(
        import_json(file),
        Err(LinkError::UnknownField {
            field: path("generatr"),
            suggestion: Some(path("generator")),
        })
    );
    let load = parse_stored(&saved(
        json!({ "name": "Q3", "saved_on": "", "scenario": {} }),
    ));
    assert_eq!(
        load.problems[0].error,
        LinkError::UnknownField {
            field: path("saved_on"),
            suggestion: Some(path("saved_at")),
        }
    );
    assert_eq!(
        load.stored.unreadable[0].reason.code(),
        "named \"Q3\": unknown-field saved_on"
    );
    // A `$null` pointer can name a member only the link has: it is an unknown field too.
    let link = link_of(&json!({ "$null": ["/payment/bogus"] }));
    assert_eq!(
        decode_link(&link),
        Err(LinkError::UnknownField {
            field: path("payment.bogus"),
            suggestion: None,
        })
    );
}

#[test]
fn the_recovering_readers_keep_everything_but_the_misspelt_members() {
    let scenario = json!({
        "title": "Kept",
        "horizon_month": 36,
        "contract": { "total_commitment": "1234", "total_commitmnet": "5000" },
        "payment": { "delay_days": 45 }
    });
    let strict = decode_link(&link_of(&scenario)).unwrap_err();
    assert!(
        matches!(strict, LinkError::UnknownField { .. }),
        "{strict:?}"
    );
    let from_link = decode_link_keeping_known(&link_of(&scenario))
        .unwrap()
        .scenario;
    let from_file = import_json_keeping_known(&envelope(&scenario)).unwrap();
    for read in [&from_link, &from_file] {
        assert_eq!(read.title, "Kept");
        assert_eq!(read.contract.total_commitment, Decimal::from(1234));
        assert_eq!(read.payment.delay_days, 45);
    }
    // The file keeps its neutral filling around the set-aside member: what the file does not
    // say means what it means in a file without the mistake.
    let clean = json!({
        "title": "Kept",
        "contract": { "total_commitment": "1234" },
        "payment": { "delay_days": 45 }
    });
    assert_eq!(Ok(from_file), import_json(&envelope(&clean)));
    assert_eq!(
        Ok(from_link),
        decode_link(&link_of(&clean)).map(|s: Scenario| s)
    );
    // Any other problem is the strict reader's error.
    let wrong = json!({ "contrat": {}, "payment": { "delay_days": "soon" } });
    assert!(matches!(
        import_json_keeping_known(&envelope(&wrong)),
        Err(LinkError::UnknownField { .. } | LinkError::BadField { .. })
    ));
    assert!(import_json_keeping_known(&envelope(&wrong)).is_err());
}

#[test]
fn money_written_as_a_json_number_is_read_from_its_text() {
    let exact = Decimal::from_str("510000000.123456789012345").unwrap();
    for written in ["510000000.123456789012345", "\"510000000.123456789012345\""] {
        let file = format!(
            r#"{{"format": "standoff-scenario", "version": 1,
                "scenario": {{"contract": {{"total_commitment": {written}, "discount": 0.15}}}}}}"#
        );
        let scenario = import_json(&file).unwrap();
        assert_eq!(scenario.contract.total_commitment, exact, "{written}");
        assert_eq!(
            scenario.contract.discount,
            Decimal::from_str("0.15").unwrap()
        );
        // Built from the text itself: `link_of` writes the patch back through serde_json,
        // whose f64 would lose the digits before the reader sees them.
        let patch = format!(r#"{{"contract": {{"total_commitment": {written}}}}}"#);
        let text_link = link_from_text(&patch);
        assert_eq!(
            decode_link(&text_link).unwrap().contract.total_commitment,
            exact,
            "{written}"
        );
    }
    // Exponents are read exactly, and a whole number beyond 64 bits keeps every digit (here
    // up to the range check, which quotes it).
    let file = r#"{"contract": {"total_commitment": 5.1e8}}"#;
    let scenario = import_json(file).unwrap();
    assert_eq!(
        scenario.contract.total_commitment,
        Decimal::from(510_000_000)
    );
    let file = r#"{"operations": {"outage_cost": 123456789012345678901234}}"#;
    let Err(LinkError::Invalid { errors }) = import_json(file) else {
        panic!("out of range")
    };
    assert_eq!(errors[0].value, "123456789012345678901234");
    // A link written by the app still reads back to the same scenario.
    let mut scenario = Scenario::default();
    scenario.contract.total_commitment = exact;
    assert_eq!(decode_link(&encode_link(&scenario)), Ok(scenario));
}

/// A link whose patch is exactly `text`.
fn link_from_text(text: &str) -> String {
    use base64::Engine as _;
    let deflated = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9);
    format!(
        "#s=v1.{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(deflated)
    )
}

/// A misspelt field in a version-2 link is named with its version-2 path, and the kind reader
/// keeps what was spelt right; the same mistake in a version-1 link keeps its version-1 path.
#[test]
fn a_misspelt_field_is_named_as_its_version_writes_it() {
    use base64::Engine as _;
    let v2 = |patch: &Value| {
        let deflated = miniz_oxide::deflate::compress_to_vec(patch.to_string().as_bytes(), 9);
        format!(
            "#s=v2.{}",
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(deflated)
        )
    };
    let patch = json!({"vendors": [{}, {"contract": {"total_commitment": "1234", "total_commitmnet": "5"},
        "payment": {"delay_days": 45}}]});
    let expected = LinkError::UnknownField {
        field: path("vendors[1].contract.total_commitmnet"),
        suggestion: Some(path("vendors[1].contract.total_commitment")),
    };
    assert_eq!(decode_link(&v2(&patch)), Err(expected));
    let kept = decode_link_keeping_known(&v2(&patch)).unwrap().scenario;
    assert_eq!(kept.more_vendors[0].payment.delay_days, 45);
    assert_eq!(
        kept.more_vendors[0].contract.total_commitment,
        Decimal::from(1234)
    );
    let top = json!({"contract": {"total_commitmnet": "5"}});
    assert!(matches!(
        decode_link(&v2(&top)),
        Err(LinkError::UnknownField { field, .. }) if field == path("contract")
    ));
    let v1 = json!({"contract": {"total_commitment": "1234", "total_commitmnet": "5"}});
    assert_eq!(
        decode_link(&link_of(&v1)),
        Err(LinkError::UnknownField {
            field: path("contract.total_commitmnet"),
            suggestion: Some(path("contract.total_commitment")),
        })
    );
}
