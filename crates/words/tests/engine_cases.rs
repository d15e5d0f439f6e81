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
//! Every scenario is read as a file's bare scenario is, through the formats crate's reader
//! (`import_json`): its `"version"` member says which version of the document it is, older
//! versions are migrated to the current one, missing members take that version's neutral
//! values and the result is validated. So a case written as a version-1 document keeps
//! testing the engine after the document format moves on.
//!
//! Paths are dotted keys into the report's JSON; in `months.N.customer.lines` and
//! `vendor.lines` lines are addressed by key (`contract_payments`, `reciprocal_0`, …).
//! An actual value is compared after rounding it (half away from zero) to as many decimals
//! as the expected string has, so "82.5" checks to one decimal and "990.10" to cents.
//!
//! **Several vendors or a budget.** A scenario with `more_vendors` or a `budget` is simulated
//! with `simulate_portfolio`, and its paths address the portfolio report, as this JSON
//! (the `PortfolioReport`'s members, vendors numbered from 0 in the scenario's order, the
//! first vendor being the scenario's own `vendor`):
//!
//! - `vendors.K.…` — vendor K's relationship as a two-party report, with exactly the paths
//!   above: `vendors.2.months.1.arrears`, `vendors.0.totals.paid_to_vendor`,
//!   `vendors.1.months.0.customer.lines.contract_payments`;
//! - `months.T.K.due`, `.allowed`, `.paid`, `.held_back` — what the budget did to vendor K in
//!   month T (`BudgetShare`);
//! - `order.N` — the vendor the budget paid N-th;
//! - `withholding.K.cash_kept`, `.reaction_cost`, `.per_dollar`, `.reaction_from`,
//!   `.vendor_cost` — vendor K's cost of withholding (leverage first only; absent otherwise);
//! - `customer_npv`, `customer_npv_with_claims`, `customer_final_cash` — the customer's
//!   figures of the whole.
//!
//! An entry of `events` may name the vendor whose log it is in, `"vendor": K` (0 when
//! absent), and its sentence is written with that vendor's name. A key of `event_counts` is
//! an event kind counted over every vendor's log, or `K.kind` counted in vendor K's alone.

use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::json;
use serde_json::Value;
use standoff_core::engine::{npv, npv_month0, simulate, simulate_portfolio, EngineError, Event};
use standoff_core::model::Scenario;
use standoff_formats::import_json;
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

/// Reads a case's scenario as a file's bare scenario is read: by its own `"version"`,
/// migrated to the current version, completed with that version's neutral values, validated.
fn read_scenario(doc: &Value) -> Result<Scenario, String> {
    let text = serde_json::to_string(doc).map_err(|e| e.to_string())?;
    import_json(&text).map_err(|e| format!("{e:?}"))
}

/// One vendor's event log, with the two-party scenario its sentences are worded from.
type Log = (Scenario, Vec<Event>);

/// The report's JSON, its lines keyed, and every vendor's event log: the two-party report for
/// a scenario with one vendor and no budget, otherwise the portfolio report as the header
/// describes it.
fn simulated(s: &Scenario) -> Result<(Value, Vec<Log>), EngineError> {
    if !s.is_portfolio() {
        let report = simulate(s)?;
        let mut json = serde_json::to_value(&report).expect("report serialises");
        key_lines(&mut json);
        return Ok((json, vec![(s.clone(), report.events)]));
    }
    let p = simulate_portfolio(s)?;
    let mut vendors = serde_json::to_value(&p.vendors).expect("reports serialise");
    key_lines(&mut vendors);
    let months: Vec<Vec<Value>> = p
        .months
        .iter()
        .map(|m| {
            m.iter()
                .map(|x| {
                    json!({ "due": x.due, "allowed": x.allowed, "paid": x.paid,
                            "held_back": x.held_back })
                })
                .collect()
        })
        .collect();
    let withholding = p.withholding.as_ref().map(|costs| {
        costs
            .iter()
            .map(|c| {
                json!({ "vendor": c.vendor, "cash_kept": c.cash_kept,
                        "reaction_cost": c.reaction_cost, "per_dollar": c.per_dollar,
                        "reaction_from": c.reaction_from, "vendor_cost": c.vendor_cost })
            })
            .collect::<Vec<_>>()
    });
    let json = json!({
        "vendors": vendors,
        "months": months,
        "order": p.order,
        "withholding": withholding,
        "customer_npv": p.customer_npv,
        "customer_npv_with_claims": p.customer_npv_with_claims,
        "customer_final_cash": p.customer_final_cash,
    });
    let logs = p
        .vendors
        .into_iter()
        .enumerate()
        .map(|(k, r)| (s.vendor_scenario(k).unwrap_or_else(|| s.clone()), r.events))
        .collect();
    Ok((json, logs))
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
    let scenario = match read_scenario(&case["scenario"]) {
        Ok(s) => s,
        Err(e) => return vec![format!("{file}: scenario does not read: {e}")],
    };
    let (json, logs) = match simulated(&scenario) {
        Ok(run) => run,
        Err(e) => {
            return vec![format!(
                "{file}: simulate failed: {}",
                standoff_words::errors::engine_error(Lang::En, &e)
            )]
        }
    };
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
        let vendor = ev.get("vendor").and_then(Value::as_u64).unwrap_or(0);
        let Some((alone, events)) = usize::try_from(vendor).ok().and_then(|k| logs.get(k)) else {
            errors.push(format!("{file}: no vendor {vendor} for {ev}"));
            continue;
        };
        let found = events.iter().any(|e| {
            ev.get("month_index").and_then(Value::as_u64) == Some(u64::from(e.month_index))
                && serde_json::to_value(e.kind).ok().as_ref() == ev.get("kind")
                && ev
                    .get("contains")
                    .and_then(Value::as_str)
                    .is_none_or(|c| event_sentence(Lang::En, e, alone).contains(c))
        });
        if !found {
            let log: Vec<String> = events
                .iter()
                .map(|e| event_sentence(Lang::En, e, alone))
                .collect();
            errors.push(format!("{file}: no event like {ev} in {log:#?}"));
        }
    }
    for (key, count) in case["event_counts"]
        .as_object()
        .cloned()
        .unwrap_or_default()
    {
        // `K.kind` counts in vendor K's log alone; a plain kind in every vendor's.
        let (only, kind) = match key.split_once('.') {
            Some((k, kind)) => (k.parse::<usize>().ok(), kind.to_string()),
            None => (None, key.clone()),
        };
        let n = logs
            .iter()
            .enumerate()
            .filter(|(k, _)| only.is_none_or(|o| o == *k))
            .flat_map(|(_, (_, events))| events)
            .filter(|e| serde_json::to_value(e.kind).ok() == Some(Value::String(kind.clone())))
            .count();
        if Some(n as u64) != count.as_u64() {
            errors.push(format!(
                "{file}: expected {count} events of kind {key}, got {n}"
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
