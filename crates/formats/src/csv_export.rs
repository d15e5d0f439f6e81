//! The monthly ledger as CSV, in two dialects of one ledger definition ([`crate::ledger`]):
//!
//! **The machine dialect** ([`machine_csv`], the command line's `--format csv`): a header of
//! stable machine keys (`month,index,customer_contract_payments,…`), `\n` line ends, no
//! byte-order mark, booleans as `true`/`false`, for scripts and audit trails.
//!
//! **The spreadsheet dialect** ([`spreadsheet_csv`], the app's download), chosen so that the
//! file opens correctly by double-click in Excel and LibreOffice:
//! - UTF-8 with a byte-order mark: without it Excel on Windows reads the file as the local
//!   ANSI code page and garbles names such as "Société".
//! - Comma separator, `.` decimal point, no thousands separator, CRLF line ends, RFC 4180
//!   quoting (a field containing a comma, quote, CR or LF is quoted and its quotes doubled).
//!   This is what Excel and LibreOffice read without an import dialog in English locales. In
//!   locales whose decimal separator is a comma (French, German…) Excel expects `;` as the
//!   separator and would put each row in one cell; there, use Data → From Text/CSV (or
//!   LibreOffice's import dialog, which asks) and pick comma and `.`.
//! - Headers are labels that the caller gives for each column (the words crate writes them
//!   in the reader's language, with the parties' names); booleans as `1`/`0`.
//! - Cells that start with `=`, `+`, `-` or `@` and are not numbers are prefixed with `'` so a
//!   hostile party name cannot become a spreadsheet formula (CSV injection).
//!
//! Both: months as ISO `YYYY-MM` text, which spreadsheets recognise and sort correctly; money
//! with exactly two decimals, rounded half away from zero (the engine keeps full precision;
//! rounding happens only here, for display).

use rust_decimal::Decimal;

use crate::ledger::{columns, Cell, Column};
use standoff_core::engine::Report;

/// The UTF-8 byte-order mark that starts a spreadsheet file.
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

/// Writes a table as spreadsheet CSV: BOM, CRLF after every row (including the last), quoted
/// and defused fields.
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

/// The ledger of `report` in the machine dialect: machine keys, `\n`, no BOM, `true`/`false`.
pub fn machine_csv(report: &Report) -> String {
    let columns = columns(report);
    let mut out = join_line(columns.iter().map(|column| column.key()));
    for month in &report.months {
        out.push_str(&join_line(columns.iter().map(
            |column| match column.cell(month) {
                Cell::Flag(flag) => flag.to_string(),
                other => plain(other),
            },
        )));
    }
    out
}

/// The ledger of `report` in the spreadsheet dialect, each column headed by `label(column)`.
pub fn spreadsheet_csv(report: &Report, label: impl Fn(&Column) -> String) -> String {
    let columns = columns(report);
    let header: Vec<String> = columns.iter().map(&label).collect();
    let rows: Vec<Vec<String>> = report
        .months
        .iter()
        .map(|month| {
            columns
                .iter()
                .map(|column| match column.cell(month) {
                    Cell::Flag(flag) => if flag { "1" } else { "0" }.to_string(),
                    other => plain(other),
                })
                .collect()
        })
        .collect();
    write_table(&header, &rows)
}

/// A cell as both dialects write it, but for booleans, which each writes its own way.
fn plain(cell: Cell) -> String {
    match cell {
        Cell::Text(text) => text,
        Cell::Money(amount) => money(amount),
        Cell::Count(count) => count.to_string(),
        Cell::Flag(flag) => flag.to_string(),
    }
}

/// Machine keys and machine cells need no quoting: they hold no comma, quote or line break.
fn join_line(cells: impl Iterator<Item = String>) -> String {
    let mut line = cells.collect::<Vec<_>>().join(",");
    line.push('\n');
    line
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
