//! The monthly ledger as CSV: the spreadsheet dialect with the words crate's headers, and the
//! machine dialect of the command line, from one ledger definition.

// Tests change a few fields of the default scenario, which reads better than struct update
// syntax with nested defaults.
#![allow(clippy::field_reassign_with_default)]

use standoff_core::engine::{simulate, Report};
use standoff_core::model::{presets, Scenario};
use standoff_formats::machine_csv;
use standoff_words::ledger::ledger_csv;
use standoff_words::Lang;

fn english_ledger(report: &Report) -> String {
    ledger_csv(Lang::En, report)
}

/// Splits comma-separated values per RFC 4180 (quoted fields, doubled quotes, CRLF records).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    parse_with(text, ',')
}

/// Splits CSV with `separator` between fields.
fn parse_with(text: &str, separator: char) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, c) if c == separator => row.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "bare CR");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\n') => panic!("bare LF line end"),
            (false, c) => field.push(c),
        }
    }
    assert!(
        field.is_empty() && row.is_empty(),
        "last record not terminated"
    );
    rows
}

#[test]
fn ledger_csv_opens_in_spreadsheets() {
    let mut scenario = Scenario::default();
    scenario.customer.name = "Twitter, Inc. \"X\"".to_string();
    scenario.vendor.name = "=cmd|' /C calc'!A0".to_string();
    let report = simulate(&scenario).unwrap();
    let csv = english_ledger(&report);
    assert!(csv.starts_with('\u{feff}'));
    assert!(csv.ends_with("\r\n"));
    let rows = parse_csv(csv.trim_start_matches('\u{feff}'));
    assert_eq!(rows.len(), 1 + report.months.len());
    let header = &rows[0];
    assert!(rows.iter().all(|r| r.len() == header.len()), "ragged rows");
    assert_eq!(header[0], "Month");
    assert!(
        header.contains(&"Twitter, Inc. \"X\": Net".to_string()),
        "{header:?}"
    );
    assert!(
        header.iter().any(|h| h.starts_with("'=cmd")),
        "formula not defused"
    );
    assert!(header.contains(&"Arrears".to_string()));
    assert!(header.contains(&"Accrued interest".to_string()));
    assert!(
        header.contains(&"Twitter, Inc. \"X\": Vendor ads".to_string()),
        "{header:?}"
    );

    assert_eq!(rows[1][0], "2023-01");
    assert_eq!(rows[3][0], "2023-03");
    assert_eq!(rows[1][1], "0");
    let arrears = header.iter().position(|h| h == "Arrears").unwrap();
    for (row, month) in rows[1..].iter().zip(&report.months) {
        assert_eq!(row[0], month.iso());
        assert_eq!(
            row[arrears],
            standoff_formats::csv_export::money(month.arrears)
        );
        for cell in &row[2..] {
            assert!(
                cell.parse::<f64>().is_ok(),
                "non-numeric cell {cell:?} in {row:?}"
            );
            if let Some((_, decimals)) = cell.split_once('.') {
                assert_eq!(decimals.len(), 2, "{cell}");
            }
        }
    }
}

#[test]
fn every_preset_exports_a_ledger() {
    for preset in presets::all() {
        let report = simulate(&preset.scenario).unwrap();
        let rows = parse_csv(english_ledger(&report).trim_start_matches('\u{feff}'));
        assert_eq!(rows.len(), 1 + report.months.len(), "{}", preset.id);
    }
}

#[test]
fn the_french_file_has_french_headers_semicolons_and_decimal_commas() {
    let report = simulate(&presets::twitter_aws_2023()).unwrap();
    let french = ledger_csv(Lang::Fr, &report);
    assert!(french.starts_with('\u{feff}') && french.ends_with("\r\n"));
    let rows = parse_with(french.trim_start_matches('\u{feff}'), ';');
    let english = parse_csv(english_ledger(&report).trim_start_matches('\u{feff}'));
    assert_eq!(rows[0].len(), english[0].len());
    assert_eq!(rows[0][0], "Mois");
    assert!(rows[0].contains(&"Arriérés".to_string()), "{:?}", rows[0]);
    assert!(
        rows[0].contains(&"Twitter: Paiements du contrat".to_string()),
        "{:?}",
        rows[0]
    );
    // The same cells, with a decimal comma: January 2021's usage invoice is 45 % of a flat
    // month of the commitment, 510,000,000 / 66 × 0.45 = 3,477,272.727… → 3477272,73.
    let usage = rows[0].iter().position(|h| h == "Usage facturé").unwrap();
    assert_eq!(rows[1][usage], "3477272,73");
    for (french, english) in rows[1..].iter().zip(&english[1..]) {
        let english: Vec<String> = english.iter().map(|cell| cell.replace('.', ",")).collect();
        assert_eq!(french, &english);
    }
}

#[test]
fn machine_and_spreadsheet_dialects_hold_the_same_cells() {
    let report = simulate(&presets::twitter_aws_2023()).unwrap();
    let machine = machine_csv(&report);
    assert!(!machine.starts_with('\u{feff}') && !machine.contains('\r'));
    let machine: Vec<Vec<&str>> = machine.lines().map(|l| l.split(',').collect()).collect();
    let sheet = parse_csv(english_ledger(&report).trim_start_matches('\u{feff}'));
    assert_eq!(machine.len(), sheet.len());
    assert_eq!(
        machine[0][..3],
        ["month", "index", "customer_contract_payments"]
    );
    let suspended = machine[0].iter().position(|k| *k == "suspended").unwrap();
    for (m, s) in machine[1..].iter().zip(&sheet[1..]) {
        assert_eq!(m.len(), s.len());
        for (i, (a, b)) in m.iter().zip(s).enumerate() {
            if i == suspended {
                assert_eq!(*a == "true", b == "1");
            } else {
                assert_eq!(a, b);
            }
        }
    }
}
