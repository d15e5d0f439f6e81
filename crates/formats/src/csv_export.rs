//! The monthly ledger as CSV for spreadsheets.
//!
//! Choices, so that the file opens correctly by double-click in Excel and LibreOffice:
//! - UTF-8 with a byte-order mark: without it Excel on Windows reads the file as the local
//!   ANSI code page and garbles names such as "Société".
//! - Comma separator, `.` decimal point, no thousands separator, CRLF line ends, RFC 4180
//!   quoting (a field containing a comma, quote, CR or LF is quoted and its quotes doubled).
//!   This is what Excel and LibreOffice read without an import dialog in English locales. In
//!   locales whose decimal separator is a comma (French, German…) Excel expects `;` as the
//!   separator and would put each row in one cell; there, use Data → From Text/CSV (or
//!   LibreOffice's import dialog, which asks) and pick comma and `.`. A locale-dependent file
//!   would instead break every script and every other locale, so the file is the same for all.
//! - Months as ISO `YYYY-MM` text, which both spreadsheets recognise and sort correctly.
//! - Money with exactly two decimals, rounded half away from zero (the engine keeps full
//!   precision; rounding happens only here, for display).
//! - Cells that start with `=`, `+`, `-` or `@` and are not numbers are prefixed with `'` so a
//!   hostile party name cannot become a spreadsheet formula (CSV injection).

use rust_decimal::Decimal;

use standoff_core::engine::{Line, MonthReport, PartyMonth, Report};

/// The UTF-8 byte-order mark that starts the file.
pub const BOM: char = '\u{feff}';

/// Formats money with two decimals, rounded half away from zero, `.` as decimal point: the
/// model's one rounding rule for machine-readable amounts.
pub fn money(value: Decimal) -> String {
    standoff_core::model::format_cents(value)
}

/// Quotes one field per RFC 4180 and defuses formula-like text.
pub fn field(text: &str) -> String {
    let defused;
    let text = if text.starts_with(['=', '+', '-', '@']) && !is_number(text) {
        defused = format!("'{text}");
        defused.as_str()
    } else {
        text
    };
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn is_number(text: &str) -> bool {
    text.parse::<Decimal>().is_ok()
}

/// Writes a table as CSV: BOM, CRLF after every row (including the last), quoted fields.
pub fn write_table(header: &[String], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    out.push(BOM);
    for row in std::iter::once(header).chain(rows.iter().map(Vec::as_slice)) {
        let cells: Vec<String> = row.iter().map(|cell| field(cell)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The monthly ledger of a simulated scenario as CSV: one row per month, one column per
/// ledger line of each party (every line the report has, zeros included, so columns are the
/// same for every month), then each party's totals and cumulative positions, then the
/// contract and arrears figures.
///
/// Headers are English labels using the parties' names and the reciprocal lines' labels
/// (e.g. `Twitter: Amazon retail ads`), quoted and defused like any other field.
pub fn ledger_csv(report: &Report) -> String {
    let customer_lines = lines_of(report.months.iter().map(|m| &m.customer));
    let vendor_lines = lines_of(report.months.iter().map(|m| &m.vendor));

    let mut header = vec!["Month".to_string(), "Month index".to_string()];
    for (name, lines) in [
        (&report.customer_name, &customer_lines),
        (&report.vendor_name, &vendor_lines),
    ] {
        for line in lines.iter() {
            header.push(format!("{name}: {}", report.line_label(*line)));
        }
        for total in PARTY_TOTALS {
            header.push(format!("{name}: {total}"));
        }
    }
    header.extend(MONTH_FIGURES.iter().map(|(label, _)| label.to_string()));
    header.push("Days overdue".to_string());
    header.push("Suspended (1 = yes)".to_string());

    let rows: Vec<Vec<String>> = report
        .months
        .iter()
        .map(|m| {
            let mut row = vec![m.iso(), m.index.to_string()];
            for (party, lines) in [(&m.customer, &customer_lines), (&m.vendor, &vendor_lines)] {
                row.extend(lines.iter().map(|line| money(party.flow(*line))));
                row.extend([
                    money(party.cash_in),
                    money(party.cash_out),
                    money(party.net),
                    money(party.cumulative),
                    money(party.baseline_cumulative),
                    money(party.vs_baseline),
                ]);
            }
            row.extend(MONTH_FIGURES.iter().map(|(_, get)| money(get(m))));
            row.push(m.days_overdue.to_string());
            row.push(if m.suspended { "1" } else { "0" }.to_string());
            row
        })
        .collect();
    write_table(&header, &rows)
}

/// The per-party totals after the ledger lines, in the order written by [`ledger_csv`].
const PARTY_TOTALS: [&str; 6] = [
    "Cash in",
    "Cash out",
    "Net",
    "Cumulative cash",
    "Baseline cumulative cash",
    "Cumulative vs baseline",
];

/// The month's contract, arrears and impact figures, in column order.
type Figure = (&'static str, fn(&MonthReport) -> Decimal);
const MONTH_FIGURES: [Figure; 16] = [
    ("Commitment accrued", |m| m.commitment_accrued),
    ("Usage invoiced", |m| m.usage_invoiced),
    ("True-up invoiced", |m| m.trueup_invoiced),
    ("Arrears", |m| m.arrears),
    ("Arrears on true-up invoices", |m| m.arrears_trueup),
    ("Billed, not yet due", |m| m.billed_not_due),
    ("Interest this month", |m| m.interest_this_month),
    ("Accrued interest", |m| m.accrued_interest),
    ("Collection claim", |m| m.collection_claim),
    ("Shortfall exposure", |m| m.shortfall_exposure),
    ("Total owed", |m| m.total_owed),
    ("Remaining commitment", |m| m.remaining_commitment),
    ("Ad revenue lost", |m| m.ad_revenue_lost),
    ("Other revenue lost", |m| m.other_revenue_lost),
    ("Withheld by vendor", |m| m.withheld_by_vendor),
    ("Outage cost", |m| m.outage_cost),
];

/// Every line a party has in any month, in order of first appearance, so a line that only
/// some months list still gets one column.
fn lines_of<'a>(months: impl Iterator<Item = &'a PartyMonth>) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    for month in months {
        for flow in &month.lines {
            if !lines.contains(&flow.line) {
                lines.push(flow.line);
            }
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn money_rounds_half_away_from_zero_with_two_places() {
        assert_eq!(money(dec!(1.005)), "1.01");
        assert_eq!(money(dec!(-1.005)), "-1.01");
        assert_eq!(money(dec!(2.5)), "2.50");
        assert_eq!(money(dec!(1000000)), "1000000.00");
        assert_eq!(money(dec!(-0.004)), "0.00");
        assert_eq!(money(dec!(0.125)), "0.13");
    }

    #[test]
    fn fields_are_quoted_per_rfc_4180_and_formulas_defused() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\r\nlines"), "\"two\r\nlines\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-12.50"), "-12.50");
        assert_eq!(field("@cmd"), "'@cmd");
    }

    #[test]
    fn table_has_bom_and_crlf() {
        let csv = write_table(&["a".into(), "b".into()], &[vec!["1".into(), "x,y".into()]]);
        assert_eq!(csv, "\u{feff}a,b\r\n1,\"x,y\"\r\n");
    }
}
