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

use rust_decimal::{Decimal, RoundingStrategy};

use crate::engine::Report;
use crate::model::Scenario;

/// The UTF-8 byte-order mark that starts the file.
pub const BOM: char = '\u{feff}';

/// Formats money with two decimals, rounded half away from zero, `.` as decimal point.
pub fn money(value: Decimal) -> String {
    let mut rounded = value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    if rounded.is_zero() {
        // Avoids "-0.00" for tiny negative amounts.
        rounded = Decimal::ZERO;
    }
    rounded.rescale(2);
    rounded.to_string()
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

/// The monthly ledger of a simulated scenario as CSV.
pub fn ledger_csv(report: &Report, _scenario: &Scenario) -> String {
    // The stub engine has few columns; this grows with the real report.
    let header = vec![
        "month_index".to_string(),
        "arrears".to_string(),
        "customer_cumulative_vs_baseline".to_string(),
    ];
    let rows: Vec<Vec<String>> = report
        .months
        .iter()
        .map(|m| {
            vec![
                m.month_index.to_string(),
                money(m.arrears),
                money(m.customer.cumulative_vs_baseline),
            ]
        })
        .collect();
    write_table(&header, &rows)
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
