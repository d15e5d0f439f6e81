//! The monthly ledger as CSV, in two dialects of one ledger definition ([`crate::ledger`]):
//!
//! **The machine dialect** ([`machine_csv`], the command line's `--format csv`): a header of
//! stable machine keys (`month,index,customer_contract_payments,…`), `\n` line ends, no
//! byte-order mark, booleans as `true`/`false`, for scripts and audit trails.
//!
//! **The spreadsheet dialects** ([`spreadsheet_csv`], the app's download), chosen so that the
//! file opens correctly by double-click in a spreadsheet set to the reader's language:
//! - UTF-8 with a byte-order mark: without it Excel on Windows reads the file as the local
//!   ANSI code page and garbles names such as "Société".
//! - [`Spreadsheet::ENGLISH`]: comma between fields and `.` before decimals, which English
//!   locales read without an import dialog. [`Spreadsheet::FRENCH`]: `;` between fields and
//!   `,` before decimals, which French (and most comma-decimal) locales read as they are;
//!   the English file would put each row in one cell there.
//! - No thousands separator, CRLF line ends, RFC 4180 quoting (a field containing the field
//!   separator, a quote, CR or LF is quoted and its quotes doubled).
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
use crate::vendors_ledger::{vendor_columns, vendor_rows, VendorColumn};
use standoff_core::engine::{PortfolioReport, Report};

/// The UTF-8 byte-order mark that starts a spreadsheet file.
pub const BOM: char = '\u{feff}';

/// Formats money with two decimals, rounded half away from zero, `.` as decimal point: the
/// model's one rounding rule for machine-readable amounts.
pub fn money(value: Decimal) -> String {
    standoff_core::model::format_cents(value)
}

/// How a spreadsheet in one family of locales reads CSV without an import dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spreadsheet {
    /// Between fields.
    pub separator: char,
    /// Before the decimals of a number.
    pub decimal_point: char,
}

impl Spreadsheet {
    /// English and other point-decimal locales: `1234.56,-7.00`.
    pub const ENGLISH: Spreadsheet = Spreadsheet {
        separator: ',',
        decimal_point: '.',
    };
    /// French and other comma-decimal locales: `1234,56;-7,00`.
    pub const FRENCH: Spreadsheet = Spreadsheet {
        separator: ';',
        decimal_point: ',',
    };

    /// Quotes one field per RFC 4180 and defuses formula-like text.
    pub fn field(self, text: &str) -> String {
        let defused;
        let text = if text.starts_with(['=', '+', '-', '@']) && !self.is_number(text) {
            defused = format!("'{text}");
            defused.as_str()
        } else {
            text
        };
        if text.contains([self.separator, '"', '\r', '\n']) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text.to_string()
        }
    }

    fn is_number(self, text: &str) -> bool {
        text.replace(self.decimal_point, ".")
            .parse::<Decimal>()
            .is_ok()
    }

    /// An amount with two decimals and this dialect's decimal point.
    pub fn money(self, value: Decimal) -> String {
        money_with(value, self.decimal_point)
    }

    /// Writes a table: BOM, CRLF after every row (including the last), quoted and defused
    /// fields.
    pub fn write_table(self, header: &[String], rows: &[Vec<String>]) -> String {
        let mut out = String::new();
        out.push(BOM);
        let separator = self.separator.to_string();
        for row in std::iter::once(header).chain(rows.iter().map(Vec::as_slice)) {
            let cells: Vec<String> = row.iter().map(|cell| self.field(cell)).collect();
            out.push_str(&cells.join(&separator));
            out.push_str("\r\n");
        }
        out
    }
}

/// The ledger of `report` in the machine dialect: machine keys, `\n`, no BOM, `true`/`false`.
pub fn machine_csv(report: &Report) -> String {
    let columns = columns(report);
    let mut out = join_line(columns.iter().map(|column| column.key()));
    for month in &report.months {
        out.push_str(&join_line(columns.iter().map(|column| {
            cell_text(
                column.cell(month),
                '.',
                |flag| if flag { "true" } else { "false" },
            )
        })));
    }
    out
}

/// The ledger of `report` for `sheet`, each column headed by `label(column)`.
pub fn spreadsheet_csv(
    report: &Report,
    sheet: Spreadsheet,
    label: impl Fn(&Column) -> String,
) -> String {
    let columns = columns(report);
    let header: Vec<String> = columns.iter().map(&label).collect();
    let rows: Vec<Vec<String>> = report
        .months
        .iter()
        .map(|month| {
            columns
                .iter()
                .map(|column| {
                    let flag = |flag| if flag { "1" } else { "0" };
                    cell_text(column.cell(month), sheet.decimal_point, flag)
                })
                .collect()
        })
        .collect();
    sheet.write_table(&header, &rows)
}

/// The ledger of a scenario with several vendors or a budget in the machine dialect: one row
/// per vendor per month ([`crate::vendors_ledger`]), machine keys, `\n`, no BOM,
/// `true`/`false`. A vendor's name is the one cell that may hold a comma, a quote or a line
/// break; it is quoted per RFC 4180 then.
pub fn machine_vendors_csv(portfolio: &PortfolioReport) -> String {
    let columns = vendor_columns();
    let mut out = join_line(columns.iter().map(|column| column.key().to_string()));
    for row in vendor_rows(portfolio) {
        out.push_str(&join_line(columns.iter().map(|column| {
            let text = cell_text(
                column.cell(&row),
                '.',
                |flag| if flag { "true" } else { "false" },
            );
            machine_field(text)
        })));
    }
    out
}

/// The ledger of a scenario with several vendors or a budget for `sheet`, one row per vendor
/// per month, each column headed by `label(column)`.
pub fn spreadsheet_vendors_csv(
    portfolio: &PortfolioReport,
    sheet: Spreadsheet,
    label: impl Fn(&VendorColumn) -> String,
) -> String {
    let columns = vendor_columns();
    let header: Vec<String> = columns.iter().map(&label).collect();
    let rows: Vec<Vec<String>> = vendor_rows(portfolio)
        .iter()
        .map(|row| {
            columns
                .iter()
                .map(|column| {
                    let flag = |flag| if flag { "1" } else { "0" };
                    cell_text(column.cell(row), sheet.decimal_point, flag)
                })
                .collect()
        })
        .collect();
    sheet.write_table(&header, &rows)
}

/// A machine cell quoted per RFC 4180 when it holds a comma, a quote or a line break.
fn machine_field(text: String) -> String {
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// A cell as a dialect writes it: text and counts as they are, money with two decimals and
/// the dialect's decimal point, booleans as the dialect spells them.
fn cell_text(cell: Cell, decimal_point: char, flag: fn(bool) -> &'static str) -> String {
    match cell {
        Cell::Text(text) => text,
        Cell::Money(amount) => money_with(amount, decimal_point),
        Cell::Count(count) => count.to_string(),
        Cell::Flag(value) => flag(value).to_string(),
    }
}

/// [`money`] with `decimal_point` in place of `.`.
pub(crate) fn money_with(value: Decimal, decimal_point: char) -> String {
    let text = money(value);
    if decimal_point == '.' {
        text
    } else {
        text.replace('.', &decimal_point.to_string())
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
        let field = |text| Spreadsheet::ENGLISH.field(text);
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\r\nlines"), "\"two\r\nlines\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-12.50"), "-12.50");
        assert_eq!(field("@cmd"), "'@cmd");
        let french = |text| Spreadsheet::FRENCH.field(text);
        assert_eq!(french("a,b"), "a,b");
        assert_eq!(french("a;b"), "\"a;b\"");
        assert_eq!(french("-12,50"), "-12,50");
        assert_eq!(french("-x"), "'-x");
    }

    #[test]
    fn table_has_bom_and_crlf() {
        let table = |sheet: Spreadsheet| {
            sheet.write_table(&["a".into(), "b".into()], &[vec!["1".into(), "x,y".into()]])
        };
        assert_eq!(table(Spreadsheet::ENGLISH), "\u{feff}a,b\r\n1,\"x,y\"\r\n");
        assert_eq!(table(Spreadsheet::FRENCH), "\u{feff}a;b\r\n1;x,y\r\n");
    }
}
