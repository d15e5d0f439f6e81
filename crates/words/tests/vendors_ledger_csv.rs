//! The ledger of a scenario with several vendors or a budget as CSV: one row per vendor per
//! month, in the machine dialect and in both spreadsheet dialects (`docs/link-format.md` §6.3).
//!
//! The rows are derived by hand from a world small enough to work out on paper: a three-month
//! horizon from January 2023; vendor A bills a flat $1,000 a month and vendor "B, Inc." $500
//! (usage at 100 % of the commitment, no discount), each invoice due on its own day (net 0)
//! and paid without delay; no late interest, no collection costs, no discounting; a budget of
//! $1,200 a month under the priority rule (A first).
//!
//! A is due its $1,000 every month and gets it: nothing held back, nothing overdue. B gets the
//! $200 left each month. Month 0: due $500, allowed $200, paid $200, $300 held back and
//! overdue. Month 1: due its new $500 and the $300 held back, $800; allowed $200, which pays
//! the new bill first, so $300 more is held back: $600 held back and overdue. Month 2: due
//! $500 + $600 = $1,100, allowed $200, $900 held back and overdue.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use standoff_core::engine::{simulate, simulate_portfolio};
use standoff_core::model::{
    Allocation, Budget, Contract, Party, Payment, Scenario, UsagePath, VendorTerms, YearMonth,
};
use standoff_formats::vendors_ledger::vendor_columns;
use standoff_formats::{machine_csv, machine_vendors_csv};
use standoff_words::ledger::{ledger_csv, vendor_column_label, vendors_ledger_csv};
use standoff_words::Lang;

fn party(name: &str) -> Party {
    Party {
        name: name.into(),
        discount_rate: Decimal::ZERO,
        ..Party::default()
    }
}

fn vendor(name: &str, monthly: Decimal) -> VendorTerms {
    VendorTerms {
        vendor: party(name),
        contract: Contract {
            total_commitment: monthly * dec!(3),
            term_months: 3,
            usage: UsagePath {
                start_share: Decimal::ONE,
                changes: Vec::new(),
            },
            ..Contract::default()
        },
        payment: Payment {
            net_days: 0,
            late_interest_monthly: Decimal::ZERO,
            ..Payment::default()
        },
        ..VendorTerms::default()
    }
}

/// A ($1,000 a month) and "B, Inc." ($500), with a $1,200 budget under the priority rule.
fn two_vendors() -> Scenario {
    let a = vendor("A", dec!(1000));
    Scenario {
        title: "Two vendors".into(),
        start: YearMonth {
            year: 2023,
            month: 1,
        },
        customer: party("Customer"),
        vendor: a.vendor,
        horizon_months: 3,
        contract: a.contract,
        payment: a.payment,
        reciprocal: Vec::new(),
        retaliation: Vec::new(),
        more_vendors: vec![vendor("B, Inc.", dec!(500))],
        budget: Some(Budget {
            monthly: dec!(1200),
            rule: Allocation::Priority,
        }),
        ..Scenario::default()
    }
}

/// Splits CSV with `separator` between fields and CRLF or LF line ends (RFC 4180 quoting).
fn parse_with(text: &str, separator: char) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
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
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(field.is_empty() && row.is_empty(), "last record not ended");
    rows
}

/// The hand-derived start of every row: month, index, vendor, due, allowed, paid, held back,
/// commitment accrued, usage invoiced, true-up invoiced, arrears at the month end.
const ROWS: [[&str; 11]; 6] = [
    [
        "2023-01", "0", "A", "1000.00", "1000.00", "1000.00", "0.00", "1000.00", "1000.00", "0.00",
        "0.00",
    ],
    [
        "2023-02", "1", "A", "1000.00", "1000.00", "1000.00", "0.00", "1000.00", "1000.00", "0.00",
        "0.00",
    ],
    [
        "2023-03", "2", "A", "1000.00", "1000.00", "1000.00", "0.00", "1000.00", "1000.00", "0.00",
        "0.00",
    ],
    [
        "2023-01", "0", "B, Inc.", "500.00", "200.00", "200.00", "300.00", "500.00", "500.00",
        "0.00", "300.00",
    ],
    [
        "2023-02", "1", "B, Inc.", "800.00", "200.00", "200.00", "600.00", "500.00", "500.00",
        "0.00", "600.00",
    ],
    [
        "2023-03", "2", "B, Inc.", "1100.00", "200.00", "200.00", "900.00", "500.00", "500.00",
        "0.00", "900.00",
    ],
];

#[test]
fn the_machine_file_has_one_row_per_vendor_per_month_derived_by_hand() {
    let portfolio = simulate_portfolio(&two_vendors()).unwrap();
    let text = machine_vendors_csv(&portfolio);
    assert!(!text.starts_with('\u{feff}') && !text.contains('\r'));
    // The vendor's name holds a comma, so the machine file quotes it.
    assert!(
        text.contains("\n2023-01,0,\"B, Inc.\",500.00,200.00,"),
        "{text}"
    );
    let rows = parse_with(&text, ',');
    assert_eq!(rows.len(), 1 + 6);
    assert_eq!(
        rows[0][..11],
        [
            "month",
            "index",
            "vendor",
            "due",
            "allowed",
            "paid",
            "held_back",
            "commitment_accrued",
            "usage_invoiced",
            "trueup_invoiced",
            "arrears"
        ]
    );
    assert_eq!(rows[0].len(), 3 + 4 + 19);
    assert_eq!(rows[0].last().map(String::as_str), Some("suspended"));
    for (row, expected) in rows[1..].iter().zip(ROWS) {
        assert_eq!(row[..11], expected);
        assert_eq!(row.len(), rows[0].len());
        assert_eq!(row.last().map(String::as_str), Some("false"));
    }
}

#[test]
fn the_spreadsheet_files_hold_the_same_cells_with_their_language_s_headers() {
    let portfolio = simulate_portfolio(&two_vendors()).unwrap();
    let english = vendors_ledger_csv(Lang::En, &portfolio);
    assert!(english.starts_with('\u{feff}') && english.ends_with("\r\n"));
    let rows = parse_with(english.trim_start_matches('\u{feff}'), ',');
    assert_eq!(
        rows[0][..7],
        [
            "Month",
            "Month index",
            "Vendor",
            "Due this month",
            "Allowed by the budget",
            "Paid",
            "Held back by the budget, unpaid"
        ]
    );
    assert_eq!(rows[0][10], "Arrears");
    for (row, expected) in rows[1..].iter().zip(ROWS) {
        assert_eq!(row[..11], expected);
        assert_eq!(row.last().map(String::as_str), Some("0"));
    }

    let french = vendors_ledger_csv(Lang::Fr, &portfolio);
    let rows = parse_with(french.trim_start_matches('\u{feff}'), ';');
    assert_eq!(
        rows[0][..7],
        [
            "Mois",
            "Numéro du mois",
            "Fournisseur",
            "À payer ce mois-ci",
            "Permis par le budget",
            "Payé",
            "Retenu par le budget, impayé"
        ]
    );
    assert_eq!(rows[0][10], "Arriérés");
    for (row, expected) in rows[1..].iter().zip(ROWS) {
        // Money takes a decimal comma; the month, the index and the name stay as they are.
        let expected: Vec<String> = expected
            .iter()
            .enumerate()
            .map(|(i, c)| {
                if i < 3 {
                    c.to_string()
                } else {
                    c.replace('.', ",")
                }
            })
            .collect();
        assert_eq!(row[..11], expected[..]);
    }
    // The French file keeps "B, Inc." unquoted: its comma is not the French separator.
    assert!(french.contains("\r\n2023-01;0;B, Inc.;500,00;200,00;"));
}

#[test]
fn every_column_has_a_french_header_of_its_own() {
    for column in vendor_columns() {
        let (en, fr) = (
            vendor_column_label(Lang::En, &column),
            vendor_column_label(Lang::Fr, &column),
        );
        assert!(!en.is_empty() && !fr.is_empty());
        assert_ne!(en, fr, "{column:?}");
    }
}

/// The two-party file of a scenario with one vendor and no budget is not touched: the first
/// vendor's relationship out of the whole gives exactly the two-party simulation's file.
#[test]
fn one_vendor_without_a_budget_keeps_the_two_party_file() {
    let mut s = two_vendors();
    s.more_vendors.clear();
    s.budget = None;
    assert!(!s.is_portfolio());
    let report = simulate(&s).unwrap();
    let portfolio = simulate_portfolio(&s).unwrap();
    let first = portfolio.vendors.first().unwrap();
    assert_eq!(ledger_csv(Lang::En, &report), ledger_csv(Lang::En, first));
    assert_eq!(machine_csv(&report), machine_csv(first));
}
