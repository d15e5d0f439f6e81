//! JSON files and saved scenarios (the CSV ledger: crates/words/tests/ledger_csv.rs, which
//! writes its headers).

// Tests change a few fields of the default scenario, which reads better than struct update
// syntax with nested defaults.
#![allow(clippy::field_reassign_with_default)]

use serde_json::{json, Value};
use standoff_core::model::Scenario;
use standoff_formats::{
    export_json, import_json, parse_stored, serialize_stored, FieldProblem, Found, LinkError,
    StoredItem, StoredScenarios, Unreadable, UnreadableEntry, CURRENT_VERSION, MAX_JSON_BYTES,
};

/// A file of the current version around a scenario of the current shape.
fn file_with(scenario: Value) -> String {
    json!({"format": "standoff-scenario", "version": CURRENT_VERSION, "scenario": scenario})
        .to_string()
}

fn default_value() -> Value {
    serde_json::to_value(Scenario::default()).unwrap()
}

#[test]
fn export_is_readable_and_imports_back() {
    let text = export_json(&Scenario::default());
    assert!(text.starts_with("{\n  \"format\": \"standoff-scenario\",\n  \"version\": 2,"));
    assert!(text.ends_with("}\n"));
    assert_eq!(import_json(&text), Ok(Scenario::default()));
    // With a byte-order mark, as some Windows editors save it.
    assert_eq!(
        import_json(&format!("\u{feff}{text}")),
        Ok(Scenario::default())
    );
}

#[test]
fn a_bare_scenario_with_a_version_imports() {
    assert_eq!(
        import_json(&default_value().to_string()),
        Ok(Scenario::default())
    );
}

#[test]
fn missing_fields_take_the_files_version_neutral_values() {
    let text = file_with(json!({"version": 1, "customer": {"currency": "EUR"}}));
    let scenario = import_json(&text).unwrap();
    let neutral = import_json(standoff_formats::base::neutral_text(1).unwrap()).unwrap();
    assert_eq!(scenario.customer.currency, "EUR");
    assert_eq!(scenario.customer.name, neutral.customer.name);
    assert_eq!(scenario.payment, neutral.payment);
    assert_eq!(scenario.reciprocal, neutral.reciprocal);
    // A hand-written file gets only what it says: no payment stop, no retaliation.
    assert_eq!(scenario.payment.stop_from_month, None);
    assert!(scenario.retaliation.is_empty());
}

#[test]
fn import_errors_name_the_field() {
    let mut doc = default_value();
    doc["vendors"][0]["payment"]["delay_days"] = json!("soon");
    let err = import_json(&file_with(doc)).unwrap_err();
    assert!(
        matches!(&err, LinkError::BadField { field, .. } if field == "vendors[0].payment.delay_days"),
        "{err:?}"
    );

    let mut doc = default_value();
    doc["vendors"][0]["reciprocal"][0]["amount"] = json!("lots");
    let err = import_json(&file_with(doc)).unwrap_err();
    assert!(
        matches!(&err, LinkError::BadField { field, .. } if field == "vendors[0].reciprocal[0].amount"),
        "{err:?}"
    );

    let mut doc = default_value();
    doc["vendors"][0]["payment"]["delay_days"] = json!(99_999);
    doc["customer"]["currency"] = json!("dollars");
    let mut second = doc["vendors"][0].clone();
    second["vendor"]["colour"] = json!("green");
    doc["vendors"].as_array_mut().unwrap().push(second);
    let err = import_json(&file_with(doc.clone())).unwrap_err();
    let LinkError::Invalid { errors } = &err else {
        panic!("{err:?}")
    };
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert!(
        fields.contains(&"vendors[0].payment.delay_days"),
        "{fields:?}"
    );
    assert!(fields.contains(&"customer.currency"), "{fields:?}");
    assert!(fields.contains(&"vendors[1].vendor.colour"), "{fields:?}");
    // A version-1 file names the same fields as version 1 writes them.
    let mut v1 = json!({"version": 1, "payment": {"delay_days": 99_999}, "customer": {"currency": "dollars"},
        "more_vendors": [{"vendor": {"colour": "green"}}]});
    let err = import_json(&v1.to_string()).unwrap_err();
    let LinkError::Invalid { errors } = &err else {
        panic!("{err:?}")
    };
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert!(fields.contains(&"payment.delay_days"), "{fields:?}");
    assert!(
        fields.contains(&"more_vendors[0].vendor.colour"),
        "{fields:?}"
    );
    v1["payment"]["delay_days"] = json!("soon");
    assert!(matches!(
        import_json(&v1.to_string()),
        Err(LinkError::BadField { field, .. }) if field == "payment.delay_days"
    ));
    // No vendor, or more than eight, is named with the allowed range.
    for count in [0, 9] {
        doc["vendors"] = json!(vec![doc["vendors"][0].clone(); count]);
        let err = import_json(&file_with(doc.clone())).unwrap_err();
        let LinkError::Invalid { errors } = &err else {
            panic!("{err:?}")
        };
        assert_eq!(errors[0].field, "vendors");
        assert_eq!(
            errors[0].rule,
            standoff_core::model::Rule::Between {
                min: 1,
                max: 8,
                what: standoff_core::model::Counted::Items
            }
        );
    }
    // Their English words: `standoff-words`' tests/link_words.rs.
}

#[test]
fn import_rejects_what_is_not_a_scenario_file() {
    assert_eq!(import_json(""), Err(LinkError::Empty));
    let err = import_json("{\n \"format\": \"standoff-scenario\",\n oops").unwrap_err();
    assert!(matches!(err, LinkError::NotJson { line: 3, .. }), "{err:?}");
    assert_eq!(
        import_json("[1]"),
        Err(LinkError::NotAnObject { found: "an array" })
    );
    assert!(matches!(
        import_json(r#"{"format": "something-else", "version": 1, "scenario": {}}"#),
        Err(LinkError::WrongFileFormat { .. })
    ));
    assert!(matches!(
        import_json(r#"{"format": "standoff-scenario", "version": 99, "scenario": {}}"#),
        Err(LinkError::BadVersion { .. })
    ));
    assert!(matches!(
        import_json(r#"{"format": "standoff-scenario", "version": "1", "scenario": {}}"#),
        Err(LinkError::BadVersion { .. })
    ));
    assert!(matches!(
        import_json(r#"{"format": "standoff-scenario", "version": 1}"#),
        Err(LinkError::BadField { .. })
    ));
    // Without a version, a document is read as version 1 (as the model does).
    let base = import_json(standoff_formats::base::neutral_text(1).unwrap()).unwrap();
    assert_eq!(
        import_json(r#"{"title": "no version"}"#).map(|s| s.customer),
        Ok(base.customer.clone())
    );
    assert_eq!(
        import_json(r#"{"format": "standoff-scenario", "scenario": {}}"#),
        Ok(base)
    );
    let huge = format!("{{\"title\": \"{}\"}}", "x".repeat(MAX_JSON_BYTES));
    assert!(matches!(import_json(&huge), Err(LinkError::TooLong { .. })));
}

#[test]
fn hostile_names_import_as_plain_text() {
    let mut doc = default_value();
    doc["customer"]["name"] = json!("<script>alert(1)</script>");
    let scenario = import_json(&file_with(doc)).unwrap();
    assert_eq!(scenario.customer.name, "<script>alert(1)</script>");
}

fn sample_store() -> StoredScenarios {
    let mut store = StoredScenarios::default();
    store.save("First", "2026-11-28T09:00:00Z", Scenario::default());
    let mut other = Scenario::default();
    other.title = "Second".to_string();
    store.save("Second", "2026-11-28T09:05:00Z", other.clone());
    store.last_edited = Some(other);
    store
}

#[test]
fn stored_scenarios_round_trip_and_edit() {
    let mut store = sample_store();
    let load = parse_stored(&serialize_stored(&store));
    assert!(load.problems.is_empty());
    assert_eq!(load.stored, store);

    assert!(store.rename("First", "Renamed"));
    assert!(!store.rename("Renamed", "Second"), "a name is taken");
    assert!(!store.rename("Missing", "x"));
    assert!(store.get("Renamed").is_some());
    store.save("Second", "later", Scenario::default());
    assert_eq!(
        store.entries.len(),
        2,
        "saving under an existing name replaces it"
    );
    assert!(store.remove("Renamed"));
    assert!(!store.remove("Renamed"));
    assert_eq!(store.entries.len(), 1);

    let empty = parse_stored("");
    assert!(empty.problems.is_empty());
    assert_eq!(empty.stored, StoredScenarios::default());
}

#[test]
fn a_corrupt_entry_is_reported_kept_and_the_others_load() {
    let mut value: Value = serde_json::from_str(&serialize_stored(&sample_store())).unwrap();
    value["entries"][0]["scenario"]["vendors"][0]["payment"]["delay_days"] =
        json!("corrupted by hand");
    let load = parse_stored(&value.to_string());
    assert_eq!(load.stored.entries.len(), 1);
    assert_eq!(load.stored.entries[0].name, "Second");
    assert!(load.stored.last_edited.is_some());
    assert_eq!(load.problems.len(), 1);
    let problem = &load.problems[0];
    assert_eq!(problem.what, StoredItem::Named("First".to_string()));
    assert!(
        matches!(&problem.error, LinkError::BadField { field, .. } if field == "vendors[0].payment.delay_days")
    );
    assert!(problem.raw.contains("corrupted by hand"));
    // Saving again keeps the unreadable entry verbatim: nothing is lost.
    assert_eq!(load.stored.unreadable.len(), 1);
    let again = parse_stored(&serialize_stored(&load.stored));
    assert!(again.problems.is_empty());
    assert_eq!(again.stored.entries.len(), 1);
    // In memory the reason is the typed problem; read back, it is the code that was stored.
    let stored = |entries: &[UnreadableEntry]| -> Vec<(String, String)> {
        entries
            .iter()
            .map(|e| (e.raw.clone(), e.reason.code()))
            .collect()
    };
    assert_eq!(
        stored(&again.stored.unreadable),
        stored(&load.stored.unreadable)
    );
    assert_eq!(
        again.stored.unreadable[0].reason,
        Unreadable::Stored("named \"First\": bad-field vendors[0].payment.delay_days".to_string())
    );
    assert!(again.stored.unreadable[0].raw.contains("corrupted by hand"));
}

/// Entries saved by a build that wrote version 1 (the first vendor at the top, the others in
/// `more_vendors`) open as the same scenarios, and are written back in the current shape.
#[test]
fn entries_saved_as_version_1_still_open() {
    let mut two = Scenario::default();
    two.more_vendors.push(standoff_core::model::VendorTerms {
        vendor: standoff_core::model::Party {
            name: "Second".to_string(),
            ..Default::default()
        },
        ..Default::default()
    });
    let v1_entry = |name: &str, s: &Scenario| {
        let mut doc = serde_json::to_value(s).unwrap();
        let vendors = doc["vendors"].as_array().unwrap().clone();
        let members = doc.as_object_mut().unwrap();
        members.remove("vendors");
        members.insert("version".to_string(), json!(1));
        for (key, value) in vendors[0].as_object().unwrap() {
            members.insert(key.clone(), value.clone());
        }
        if vendors.len() > 1 {
            members.insert("more_vendors".to_string(), json!(vendors[1..]));
        }
        json!({"name": name, "saved_at": "2026-01-01T00:00:00Z", "scenario": doc})
    };
    let text = json!({"format": "standoff-saved", "version": 1,
        "entries": [v1_entry("one", &Scenario::default()), v1_entry("two", &two)],
        "last_edited": null})
    .to_string();
    let load = parse_stored(&text);
    assert!(load.problems.is_empty(), "{:?}", load.problems);
    assert_eq!(load.stored.entries[0].scenario, Scenario::default());
    assert_eq!(load.stored.entries[1].scenario, two);
    let again: Value = serde_json::from_str(&serialize_stored(&load.stored)).unwrap();
    assert_eq!(again["entries"][1]["scenario"]["version"], json!(2));
    assert_eq!(
        again["entries"][1]["scenario"]["vendors"][1]["vendor"]["name"],
        json!("Second")
    );
}

#[test]
fn unreadable_stored_text_is_kept_whole() {
    for text in [
        "{not json",
        "[1, 2]",
        r#"{"format": "other"}"#,
        r#"{"format": "standoff-saved", "version": 2, "entries": []}"#,
    ] {
        let load = parse_stored(text);
        assert_eq!(load.problems.len(), 1, "{text}");
        assert!(load.stored.entries.is_empty());
        assert_eq!(load.stored.unreadable[0].raw, text);
        let again = parse_stored(&serialize_stored(&load.stored));
        assert_eq!(again.stored.unreadable[0].raw, text);
    }
    // A broken last-edited scenario is reported; the entries still load.
    let mut value: Value = serde_json::from_str(&serialize_stored(&sample_store())).unwrap();
    value["last_edited"] = json!({"version": 1, "horizon_months": -3});
    value["entries"][1] = json!("not an entry");
    let load = parse_stored(&value.to_string());
    assert_eq!(load.stored.entries.len(), 1);
    assert!(load.stored.last_edited.is_none());
    let whats: Vec<&StoredItem> = load.problems.iter().map(|p| &p.what).collect();
    assert_eq!(whats, [&StoredItem::Entry(2), &StoredItem::LastEdited]);
}

#[test]
fn import_errors_name_the_field_inside_lists_and_tagged_choices() {
    // A wrong value two lists deep: the list index and the member are both named.
    let mut doc = default_value();
    doc["vendors"][0]["retaliation"] = json!([
        { "trigger": { "type": "always" }, "lag_months": 1 },
        { "trigger": { "type": "always" }, "lag_months": "two" },
    ]);
    let err = import_json(&file_with(doc)).unwrap_err();
    assert!(
        matches!(&err, LinkError::BadField { field, .. } if field == "vendors[0].retaliation[1].lag_months"),
        "{err:?}"
    );
    assert!(
        matches!(&err, LinkError::BadField { problem: FieldProblem::Expected { found: Found::Text(text), .. }, .. } if text == "two"),
        "{err:?}"
    );

    // Inside a choice tagged by "type", the threshold cannot be left out (it has no default),
    // so the search stops at the choice itself: the trigger of rule 0 is named.
    let mut doc = default_value();
    doc["vendors"][0]["retaliation"] =
        json!([{ "trigger": { "type": "days_overdue", "days": "soon" } }]);
    let err = import_json(&file_with(doc)).unwrap_err();
    assert!(
        matches!(&err, LinkError::BadField { field, .. } if field == "vendors[0].retaliation[0].trigger"),
        "{err:?}"
    );
}

#[test]
fn a_long_list_with_a_wrong_entry_is_reported_quickly() {
    // 5,000 good rules, then a wrong one: the search halves the list (about 13 trials), so the
    // error comes back at once and names the entry and its member.
    let mut doc = default_value();
    let mut rules = vec![json!({ "trigger": { "type": "always" } }); 5_000];
    rules.push(json!({ "lag_months": "never" }));
    doc["vendors"][0]["retaliation"] = json!(rules);
    let started = std::time::Instant::now();
    let err = import_json(&file_with(doc)).unwrap_err();
    assert!(
        matches!(&err, LinkError::BadField { field, .. } if field == "vendors[0].retaliation[5000].lag_months"),
        "{err:?}"
    );
    assert!(started.elapsed().as_secs() < 2, "{:?}", started.elapsed());
}

#[test]
fn a_huge_wrong_value_gives_a_short_message() {
    let mut doc = default_value();
    doc["horizon_months"] = json!("9".repeat(100_000));
    let err = import_json(&file_with(doc)).unwrap_err();
    // A string of digits too long for 64 bits is what the exact reader makes of such a number,
    // so it is shown as a number; either way it is shortened.
    let LinkError::BadField {
        field,
        problem:
            FieldProblem::Expected {
                found: Found::Number(text) | Found::Text(text),
                ..
            },
    } = &err
    else {
        panic!("{err:?}")
    };
    assert_eq!(field, "horizon_months");
    // The sentence around it is short too: `standoff-words`' tests/link_words.rs.
    assert!(text.len() < 400, "{}", text.len());
}
