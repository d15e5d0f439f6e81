//! How numeric field values are written in the editor's text boxes and readouts.
//!
//! Amounts of money are grouped in thousands (`510,000,000`), with the currency shown beside
//! the box rather than inside it, so that the box holds a number that
//! [`crate::app::state::parse_number`] reads back exactly (it ignores the commas). Shares and
//! rates stay fractions in the box, as the scenario stores them and as the engine's range
//! messages state them ("between 0 and 0.10"); a readout beside the box says the same value
//! in percent ("1.5 %"), so that `0.015` is never mistaken for 0.015 %.

use rust_decimal::Decimal;

use crate::app::state::parse_number_in;
use standoff_core::model::Unit;
use standoff_words::{format, Lang};

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
pub fn display_value(lang: Lang, unit: Unit, value: Decimal) -> String {
    match (lang, unit) {
        (Lang::En, Unit::Money) => group_thousands(value),
        (Lang::En, _) => value.normalize().to_string(),
        // French: the number's own grouping and decimal comma for money; other units keep
        // their digits ungrouped (a year stays 2023) with a decimal comma.
        (Lang::Fr, Unit::Money) => format::number(lang, value, 28),
        (Lang::Fr, _) => value.normalize().to_string().replace('.', ","),
    }
}

/// Whether the unit is a fraction shown to people as a percentage.
pub fn is_fraction(unit: Unit) -> bool {
    matches!(unit, Unit::Percent | Unit::Probability)
}

/// A fraction written as a percentage: `0.015` → `1.5 %`. `None` when the product overflows.
pub fn percent(lang: Lang, value: Decimal) -> Option<String> {
    value
        .checked_mul(Decimal::ONE_HUNDRED)
        .map(|pct| match lang {
            Lang::En => format!("{} %", pct.normalize()),
            Lang::Fr => format!("{}\u{202f}%", pct.normalize().to_string().replace('.', ",")),
        })
}

/// The readout beside a fraction box for the text currently in it: `= 1.5 %` for `0.015`,
/// nothing when the text is not a number (the field's message explains that instead).
pub fn percent_readout(lang: Lang, text: &str) -> Option<String> {
    parse_number_in(lang, text)
        .and_then(|value| percent(lang, value))
        .map(|pct| format!("= {pct}"))
}

/// The unit written beside the box. `currency` labels money.
pub fn unit_label(lang: Lang, unit: Unit, currency: &str) -> String {
    let word = match (lang, unit) {
        (_, Unit::Money) => return currency.to_string(),
        (_, Unit::Ratio) => "×",
        (Lang::En, Unit::Percent | Unit::Probability) => "fraction",
        (Lang::En, Unit::Days) => "days",
        (Lang::En, Unit::Months) => "months",
        (Lang::En, Unit::MonthIndex) => "month #",
        (Lang::En, Unit::Count) => "count",
        (Lang::En, Unit::Year) => "year",
        (Lang::En, Unit::CalendarMonth) => "month (1–12)",
        (Lang::Fr, Unit::Percent | Unit::Probability) => "fraction",
        (Lang::Fr, Unit::Days) => "jours",
        (Lang::Fr, Unit::Months) => "mois",
        (Lang::Fr, Unit::MonthIndex) => "n° de mois",
        (Lang::Fr, Unit::Count) => "nombre",
        (Lang::Fr, Unit::Year) => "année",
        (Lang::Fr, Unit::CalendarMonth) => "mois (1–12)",
    };
    word.to_string()
}

/// The allowed range written under the box, in the box's own notation: `0 to
/// 1,000,000,000,000 USD`, `0 to 0.1 (0 % to 10 %)`, `0 to 3650 days`.
pub fn range_hint(lang: Lang, unit: Unit, min: Decimal, max: Decimal, currency: &str) -> String {
    let (low, high) = (
        display_value(lang, unit, min),
        display_value(lang, unit, max),
    );
    let to = match lang {
        Lang::En => "to",
        Lang::Fr => "à",
    };
    if is_fraction(unit) {
        let pct = |v: Decimal| percent(lang, v).unwrap_or_default();
        return format!("{low} {to} {high} ({} {to} {})", pct(min), pct(max));
    }
    match unit {
        Unit::Ratio | Unit::Year | Unit::CalendarMonth | Unit::MonthIndex | Unit::Count => {
            format!("{low} {to} {high}")
        }
        _ => format!("{low} {to} {high} {}", unit_label(lang, unit, currency)),
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
            assert_eq!(
                crate::app::state::parse_number(&group_thousands(value)),
                Some(value)
            );
        }
    }

    #[test]
    fn only_money_is_grouped() {
        assert_eq!(display_value(Lang::En, Unit::Money, dec!(2500)), "2,500");
        assert_eq!(display_value(Lang::En, Unit::Days, dec!(2500)), "2500");
        assert_eq!(display_value(Lang::En, Unit::Year, dec!(2023)), "2023");
        assert_eq!(
            display_value(Lang::En, Unit::Percent, dec!(0.0150)),
            "0.015"
        );
    }

    #[test]
    fn fractions_read_as_percentages() {
        assert_eq!(percent(Lang::En, dec!(0.015)).as_deref(), Some("1.5 %"));
        assert_eq!(percent(Lang::En, dec!(1)).as_deref(), Some("100 %"));
        assert_eq!(percent(Lang::En, dec!(0.45)).as_deref(), Some("45 %"));
        assert_eq!(percent_readout(Lang::En, "0.12").as_deref(), Some("= 12 %"));
        assert_eq!(percent_readout(Lang::En, "abc"), None);
    }

    #[test]
    fn units_and_ranges_are_labelled_in_the_boxes_notation() {
        assert_eq!(unit_label(Lang::En, Unit::Money, "EUR"), "EUR");
        assert_eq!(unit_label(Lang::En, Unit::Percent, "USD"), "fraction");
        assert_eq!(
            range_hint(Lang::En, Unit::Money, dec!(0), dec!(1000000000000), "USD"),
            "0 to 1,000,000,000,000 USD"
        );
        assert_eq!(
            range_hint(Lang::En, Unit::Percent, dec!(0), dec!(0.10), "USD"),
            "0 to 0.1 (0 % to 10 %)"
        );
        assert_eq!(
            range_hint(Lang::En, Unit::Days, dec!(0), dec!(3650), "USD"),
            "0 to 3650 days"
        );
        assert_eq!(
            range_hint(Lang::En, Unit::Year, dec!(1970), dec!(2100), ""),
            "1970 to 2100"
        );
    }
}

#[cfg(test)]
mod french_tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn french_boxes_use_a_decimal_comma_and_narrow_spaces() {
        assert_eq!(
            display_value(Lang::Fr, Unit::Money, dec!(510000000)),
            "510\u{202f}000\u{202f}000"
        );
        assert_eq!(display_value(Lang::Fr, Unit::Percent, dec!(0.015)), "0,015");
        assert_eq!(display_value(Lang::Fr, Unit::Year, dec!(2023)), "2023");
        assert_eq!(
            percent_readout(Lang::Fr, "0,12").as_deref(),
            Some("= 12\u{202f}%")
        );
        assert_eq!(
            range_hint(Lang::Fr, Unit::Days, dec!(0), dec!(3650), "USD"),
            "0 à 3650 jours"
        );
        // What a French box shows reads back as the same value.
        for value in [dec!(510000000), dec!(-1234567.5), dec!(0.25)] {
            let text = display_value(Lang::Fr, Unit::Money, value);
            assert_eq!(parse_number_in(Lang::Fr, &text), Some(value));
        }
    }
}
