//! CSV export of a report: one row per month, for spreadsheets and audit trails.
//!
//! Format: comma-separated, a header row, ISO months (`2023-03`), '.' as the decimal
//! separator, money with exactly two decimals (rounded half away from zero), booleans as
//! `true`/`false`. Column names are stable machine keys (`customer_contract_payments`,
//! `vendor_reciprocal_0`, …) so that scripts keep working when labels change.

use super::report::{MonthReport, PartyMonth, Report};
use crate::model::format_cents;
use std::fmt::Write;

const MONTH_COLUMNS: [&str; 18] = [
    "commitment_accrued",
    "usage_invoiced",
    "trueup_invoiced",
    "arrears",
    "arrears_trueup",
    "billed_not_due",
    "interest_this_month",
    "accrued_interest",
    "collection_claim",
    "shortfall_exposure",
    "total_owed",
    "remaining_commitment",
    "days_overdue",
    "ad_revenue_lost",
    "other_revenue_lost",
    "withheld_by_vendor",
    "outage_cost",
    "suspended",
];

const PARTY_COLUMNS: [&str; 6] = [
    "cash_in",
    "cash_out",
    "net",
    "cumulative",
    "baseline_cumulative",
    "vs_baseline",
];

fn party_header(out: &mut String, party: &str, pm: &PartyMonth) {
    for l in &pm.lines {
        let _ = write!(out, ",{party}_{}", l.line.key());
    }
    for c in PARTY_COLUMNS {
        let _ = write!(out, ",{party}_{c}");
    }
}

fn party_row(out: &mut String, pm: &PartyMonth) {
    for l in &pm.lines {
        let _ = write!(out, ",{}", format_cents(l.amount));
    }
    for v in [
        pm.cash_in,
        pm.cash_out,
        pm.net,
        pm.cumulative,
        pm.baseline_cumulative,
        pm.vs_baseline,
    ] {
        let _ = write!(out, ",{}", format_cents(v));
    }
}

fn month_row(out: &mut String, m: &MonthReport) {
    let money = [
        m.commitment_accrued,
        m.usage_invoiced,
        m.trueup_invoiced,
        m.arrears,
        m.arrears_trueup,
        m.billed_not_due,
        m.interest_this_month,
        m.accrued_interest,
        m.collection_claim,
        m.shortfall_exposure,
        m.total_owed,
        m.remaining_commitment,
    ];
    for v in money {
        let _ = write!(out, ",{}", format_cents(v));
    }
    let _ = write!(out, ",{}", m.days_overdue);
    for v in [
        m.ad_revenue_lost,
        m.other_revenue_lost,
        m.withheld_by_vendor,
        m.outage_cost,
    ] {
        let _ = write!(out, ",{}", format_cents(v));
    }
    let _ = write!(out, ",{}", m.suspended);
}

impl Report {
    /// The monthly table as CSV (see the module documentation for the format).
    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        out.push_str("month,index");
        if let Some(first) = self.months.first() {
            party_header(&mut out, "customer", &first.customer);
            party_header(&mut out, "vendor", &first.vendor);
        }
        for c in MONTH_COLUMNS {
            let _ = write!(out, ",{c}");
        }
        out.push('\n');
        for m in &self.months {
            let _ = write!(out, "{},{}", m.iso(), m.index);
            party_row(&mut out, &m.customer);
            party_row(&mut out, &m.vendor);
            month_row(&mut out, m);
            out.push('\n');
        }
        out
    }
}
