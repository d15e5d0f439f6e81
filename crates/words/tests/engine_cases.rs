//! Data-driven engine tests: every `tests/data/engine/*.json` file holds a scenario (or an
//! NPV example), the expected figures, and in `"why"` how each was derived by hand.
//!
//! File format:
//! ```json
//! { "why": "...", "scenario": { ... },
//!   "expect": { "months.7.arrears": "1600000", "totals.interest_accrued": "82.5", ... },
//!   "events": [ { "month_index": 3, "kind": "trigger_fired", "contains": "arrears pass" } ],
//!   "event_counts": { "trigger_fired": 2 } }
//! { "why": "...", "npv": { "rate": "0.10", "flows": ["-10000", "3000"] },
//!   "expect": { "npv": "1188.44", "npv_month0": "1307.29" } }
//! ```
//! Paths are dotted keys into the report's JSON; in `months.N.customer.lines` and
//! `vendor.lines` lines are addressed by key (`contract_payments`, `reciprocal_0`, …).
//! An actual value is compared after rounding it (half away from zero) to as many decimals
//! as the expected string has, so "82.5" checks to one decimal and "990.10" to cents.

use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::Value;
use standoff_core::engine::{npv, npv_month0, simulate};
use standoff_core::model::Scenario;
use standoff_words::events::event_sentence;
use standoff_words::Lang;
use std::str::FromStr;

fn line_key(line: &Value) -> String {
    match line {
        Value::String(s) => s.clone(),
        Value::Object(o) => o
            .iter()
            .next()
            .map(|(k, v)| format!("{k}_{v}"))
            .unwrap_or_default(),
        other => other.to_string(),
    }
}

/// Turns every `lines` array into an object keyed by line, so paths can name lines.
fn key_lines(v: &mut Value) {
    match v {
        Value::Object(map) => {
            if let Some(Value::Array(lines)) = map.get("lines") {
                let keyed: serde_json::Map<String, Value> = lines
                    .iter()
                    .map(|l| (line_key(&l["line"]), l["amount"].clone()))
                    .collect();
                map.insert("lines".into(), Value::Object(keyed));
            }
            for (_, child) in map.iter_mut() {
                key_lines(child);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(key_lines),
        _ => {}
    }
}

fn lookup<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(v, |cur, seg| match cur {
        Value::Array(a) => a.get(seg.parse::<usize>().ok()?),
        Value::Object(o) => o.get(seg),
        _ => None,
    })
}

fn as_decimal(v: &Value) -> Option<Decimal> {
    match v {
        Value::String(s) => Decimal::from_str(s).ok(),
        Value::Number(n) => Decimal::from_str(&n.to_string()).ok(),
        Value::Bool(b) => Some(Decimal::from(u8::from(*b))),
        _ => None,
    }
}

fn compare(
    file: &str,
    path: &str,
    actual: Option<Decimal>,
    expected: &Value,
    errors: &mut Vec<String>,
) {
    let expected_str = match expected {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let Ok(want) = Decimal::from_str(&expected_str) else {
        errors.push(format!(
            "{file}: {path}: expected value {expected_str} is not a number"
        ));
        return;
    };
    match actual {
        None => errors.push(format!("{file}: {path}: missing in report")),
        Some(got) => {
            let rounded =
                got.round_dp_with_strategy(want.scale(), RoundingStrategy::MidpointAwayFromZero);
            if rounded != want {
                errors.push(format!("{file}: {path}: expected {want}, got {got}"));
            }
        }
    }
}

/// Runs one case file and returns the mismatches.
fn check(file: &str, case: &Value) -> Vec<String> {
    let mut errors = Vec::new();
    let expect = case["expect"].as_object().cloned().unwrap_or_default();
    if let Some(n) = case.get("npv") {
        let rate = as_decimal(&n["rate"]).expect("rate");
        let flows: Vec<Decimal> = n["flows"]
            .as_array()
            .expect("flows")
            .iter()
            .map(|f| as_decimal(f).expect("flow"))
            .collect();
        for (path, want) in &expect {
            let got = match path.as_str() {
                "npv" => npv(rate, &flows).ok(),
                "npv_month0" => npv_month0(rate, &flows).ok(),
                _ => None,
            };
            compare(file, path, got, want, &mut errors);
        }
        return errors;
    }
    let scenario: Scenario = match serde_json::from_value(case["scenario"].clone()) {
        Ok(s) => s,
        Err(e) => return vec![format!("{file}: scenario does not parse: {e}")],
    };
    let report = match simulate(&scenario) {
        Ok(r) => r,
        Err(e) => {
            return vec![format!(
                "{file}: simulate failed: {}",
                standoff_words::errors::engine_error(standoff_words::Lang::En, &e)
            )]
        }
    };
    let mut json = serde_json::to_value(&report).expect("report serialises");
    key_lines(&mut json);
    for (path, want) in &expect {
        compare(
            file,
            path,
            lookup(&json, path).and_then(as_decimal),
            want,
            &mut errors,
        );
    }
    for ev in case["events"].as_array().cloned().unwrap_or_default() {
        let found = report.events.iter().any(|e| {
            ev.get("month_index").and_then(Value::as_u64) == Some(u64::from(e.month_index))
                && serde_json::to_value(e.kind).ok().as_ref() == ev.get("kind")
                && ev
                    .get("contains")
                    .and_then(Value::as_str)
                    .is_none_or(|c| event_sentence(Lang::En, e, &scenario).contains(c))
        });
        if !found {
            let log: Vec<String> = report
                .events
                .iter()
                .map(|e| event_sentence(Lang::En, e, &scenario))
                .collect();
            errors.push(format!("{file}: no event like {ev} in {log:#?}"));
        }
    }
    for (kind, count) in case["event_counts"]
        .as_object()
        .cloned()
        .unwrap_or_default()
    {
        let n = report
            .events
            .iter()
            .filter(|e| serde_json::to_value(e.kind).ok() == Some(Value::String(kind.clone())))
            .count();
        if Some(n as u64) != count.as_u64() {
            errors.push(format!(
                "{file}: expected {count} events of kind {kind}, got {n}"
            ));
        }
    }
    errors
}

#[test]
fn every_case_file_matches_its_hand_derived_figures() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/engine");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("case directory")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 12,
        "expected at least 12 case files, found {}",
        files.len()
    );
    let mut errors = Vec::new();
    for path in &files {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("?")
            .to_string();
        let text = std::fs::read_to_string(path).expect("readable case");
        let case: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(
            case["why"].as_str().is_some_and(|w| !w.is_empty()),
            "{name}: every case explains its figures in \"why\""
        );
        assert!(
            case["expect"].as_object().is_some_and(|e| !e.is_empty()),
            "{name}: no expectations"
        );
        errors.extend(check(&name, &case));
    }
    assert!(
        errors.is_empty(),
        "{} mismatches:\n{}",
        errors.len(),
        errors.join("\n")
    );
}
