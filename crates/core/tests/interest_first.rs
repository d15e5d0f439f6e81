//! Payments applied to late interest first (`payment.interest_first`, docs/model.md §3), worked
//! out by hand: one invoice of $1,000, billed at the end of January 2023 and due that day (net
//! 0), never paid on schedule (payments stop from month 0), late interest 1.5 % a month, simple.
//! It is 30 days late through February (month 1): $15 of interest; through March $15 more,
//! $30 in all. At the end of March the customer pays a lump sum of $100.
//!
//! - Interest first: $30 pays the interest and $70 the invoice, leaving $930 overdue and no
//!   interest; April then adds 930 × 1.5 % = $13.95.
//! - Principal first (the default): the $100 pays the invoice, leaving $900 overdue and the
//!   $30 of interest; April adds 900 × 1.5 % = $13.50, $43.50 in all.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use standoff_core::engine::{simulate, Report};
use standoff_core::model::{Contract, LumpSum, Payment, Scenario, UsagePath};

fn one_invoice(interest_first: bool) -> Scenario {
    let base = Scenario::default();
    Scenario {
        horizon_months: 4,
        contract: Contract {
            total_commitment: dec!(1000),
            term_months: 1,
            usage: UsagePath {
                start_share: Decimal::ONE,
                changes: Vec::new(),
            },
            ..base.contract.clone()
        },
        payment: Payment {
            net_days: 0,
            stop_from_month: Some(0),
            lump_sums: vec![LumpSum {
                month: 2,
                amount: dec!(100),
            }],
            late_interest_monthly: dec!(0.015),
            interest_first,
            ..base.payment.clone()
        },
        reciprocal: Vec::new(),
        retaliation: Vec::new(),
        ..base
    }
}

/// (arrears, accrued interest) at the end of each month.
fn owed(report: &Report) -> Vec<(Decimal, Decimal)> {
    report
        .months
        .iter()
        .map(|m| (m.arrears, m.accrued_interest.normalize()))
        .collect()
}

#[test]
fn interest_first_pays_the_interest_before_the_invoice() {
    let report = simulate(&one_invoice(true)).unwrap();
    assert_eq!(
        owed(&report),
        vec![
            (dec!(1000), dec!(0)),
            (dec!(1000), dec!(15)),
            (dec!(930), dec!(0)),
            (dec!(930), dec!(13.95)),
        ]
    );
    assert_eq!(report.totals.lump_sums, dec!(100));
}

#[test]
fn by_default_payments_go_to_the_invoice_and_the_interest_stays_claimed() {
    let report = simulate(&one_invoice(false)).unwrap();
    assert_eq!(
        owed(&report),
        vec![
            (dec!(1000), dec!(0)),
            (dec!(1000), dec!(15)),
            (dec!(900), dec!(30)),
            (dec!(900), dec!(43.5)),
        ]
    );
}

#[test]
fn the_option_is_written_only_when_set() {
    let plain = serde_json::to_string(&one_invoice(false)).unwrap();
    assert!(!plain.contains("interest_first"));
    let set = serde_json::to_string(&one_invoice(true)).unwrap();
    assert!(set.contains("\"interest_first\":true"));
}
