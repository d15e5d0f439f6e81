//! How numeric field values are written in the editor's text boxes and readouts.
//!
//! Amounts of money are grouped in thousands (`510,000,000`), with the currency shown beside
//! the box rather than inside it, so that the box holds a number that
//! [`crate::app::state::parse_number`] reads back exactly (it ignores the commas). Shares and
//! rates stay fractions in the box, as the scenario stores them and as the engine's range
//! messages state them ("between 0 and 0.10"); a readout beside the box says the same value
//! in percent ("1.5 %"), so that `0.015` is never mistaken for 0.015 %.

use rust_decimal::Decimal;

use crate::app::state::parse_number;
use crate::model::Unit;

/// Writes `value` with commas between groups of three digits of its whole part, keeping
/// every decimal: `-1234567.5` becomes `-1,234,567.5`.
pub fn group_thousands(value: Decimal) -> String {
    let text = value.normalize().to_string();
    let (sign, unsigned) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    let mut grouped = String::with_capacity(text.len() + whole.len() / 3 + 1);
    grouped.push_str(sign);
    for (position, digit) in whole.chars().enumerate() {
        if position > 0 && (whole.len() - position) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    if let Some(fraction) = fraction {
        grouped.push('.');
        grouped.push_str(fraction);
    }
    grouped
}

/// The text a field's box shows for a valid `value`: money grouped in thousands, every other
/// unit as the plain number (days, months and years are never grouped, so that `2024` reads
/// as a year and the box's text is what a link or a test compares).
pub fn display_value(unit: Unit, value: Decimal) -> String {
    match unit {
        Unit::Money => group_thousands(value),
        _ => value.normalize().to_string(),
    }
}

/// Whether the unit is a fraction shown to people as a percentage.
pub fn is_fraction(unit: Unit) -> bool {
    matches!(unit, Unit::Percent | Unit::Probability)
}

/// A fraction written as a percentage: `0.015` → `1.5 %`. `None` when the product overflows.
pub fn percent(value: Decimal) -> Option<String> {
    value
        .checked_mul(Decimal::ONE_HUNDRED)
        .map(|pct| format!("{} %", pct.normalize()))
}

/// The readout beside a fraction box for the text currently in it: `= 1.5 %` for `0.015`,
/// nothing when the text is not a number (the field's message explains that instead).
pub fn percent_readout(text: &str) -> Option<String> {
    parse_number(text)
        .and_then(percent)
        .map(|pct| format!("= {pct}"))
}

/// The unit written beside the box. `currency` labels money.
pub fn unit_label(unit: Unit, currency: &str) -> String {
    match unit {
        Unit::Money => currency.to_string(),
        Unit::Percent | Unit::Probability => "fraction".to_string(),
        Unit::Ratio => "×".to_string(),
        Unit::Days => "days".to_string(),
        Unit::Months => "months".to_string(),
        Unit::MonthIndex => "month #".to_string(),
        Unit::Count => "count".to_string(),
        Unit::Year => "year".to_string(),
        Unit::CalendarMonth => "month (1–12)".to_string(),
    }
}

/// The allowed range written under the box, in the box's own notation: `0 to
/// 1,000,000,000,000 USD`, `0 to 0.1 (0 % to 10 %)`, `0 to 3650 days`.
pub fn range_hint(unit: Unit, min: Decimal, max: Decimal, currency: &str) -> String {
    let (low, high) = (display_value(unit, min), display_value(unit, max));
    if is_fraction(unit) {
        let pct = |v: Decimal| percent(v).unwrap_or_default();
        return format!("{low} to {high} ({} to {})", pct(min), pct(max));
    }
    match unit {
        Unit::Ratio | Unit::Year | Unit::CalendarMonth | Unit::MonthIndex | Unit::Count => {
            format!("{low} to {high}")
        }
        _ => format!("{low} to {high} {}", unit_label(unit, currency)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn money_is_grouped_in_thousands_and_reads_back_exactly() {
        assert_eq!(group_thousands(dec!(510000000)), "510,000,000");
        assert_eq!(group_thousands(dec!(-1234567.5)), "-1,234,567.5");
        assert_eq!(group_thousands(dec!(999)), "999");
        assert_eq!(group_thousands(dec!(1000)), "1,000");
        assert_eq!(group_thousands(dec!(0)), "0");
        assert_eq!(group_thousands(dec!(1000000.000)), "1,000,000");
        assert_eq!(group_thousands(dec!(1000000000000)), "1,000,000,000,000");
        for value in [dec!(510000000), dec!(-1234567.5), dec!(0.25)] {
            assert_eq!(parse_number(&group_thousands(value)), Some(value));
        }
    }

    #[test]
    fn only_money_is_grouped() {
        assert_eq!(display_value(Unit::Money, dec!(2500)), "2,500");
        assert_eq!(display_value(Unit::Days, dec!(2500)), "2500");
        assert_eq!(display_value(Unit::Year, dec!(2023)), "2023");
        assert_eq!(display_value(Unit::Percent, dec!(0.0150)), "0.015");
    }

    #[test]
    fn fractions_read_as_percentages() {
        assert_eq!(percent(dec!(0.015)).as_deref(), Some("1.5 %"));
        assert_eq!(percent(dec!(1)).as_deref(), Some("100 %"));
        assert_eq!(percent(dec!(0.45)).as_deref(), Some("45 %"));
        assert_eq!(percent_readout("0.12").as_deref(), Some("= 12 %"));
        assert_eq!(percent_readout("abc"), None);
    }

    #[test]
    fn units_and_ranges_are_labelled_in_the_boxes_notation() {
        assert_eq!(unit_label(Unit::Money, "EUR"), "EUR");
        assert_eq!(unit_label(Unit::Percent, "USD"), "fraction");
        assert_eq!(
            range_hint(Unit::Money, dec!(0), dec!(1000000000000), "USD"),
            "0 to 1,000,000,000,000 USD"
        );
        assert_eq!(
            range_hint(Unit::Percent, dec!(0), dec!(0.10), "USD"),
            "0 to 0.1 (0 % to 10 %)"
        );
        assert_eq!(
            range_hint(Unit::Days, dec!(0), dec!(3650), "USD"),
            "0 to 3650 days"
        );
        assert_eq!(
            range_hint(Unit::Year, dec!(1970), dec!(2100), ""),
            "1970 to 2100"
        );
    }
}
