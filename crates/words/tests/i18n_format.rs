//! Numbers, money and dates per language (`standoff_words::format`). Expected texts are
//! written by hand from the rules in `docs/i18n.md`: French groups thousands with U+202F,
//! uses a decimal comma, and puts the currency after U+00A0.

use rust_decimal_macros::dec;
use standoff_core::model::YearMonth;
use standoff_words::format::{
    count, money, month_label, month_year, month_year_short, number, percent,
};
use standoff_words::Lang;

const NNBSP: &str = "\u{202f}";
const NBSP: &str = "\u{a0}";

fn fr(text: &str) -> String {
    // The tests write French with '_' for the thousands space and '~' for the space before
    // the currency, so that the expected strings are readable.
    text.replace('_', NNBSP).replace('~', NBSP)
}

#[test]
fn french_money_groups_thousands_and_puts_the_symbol_after() {
    assert_eq!(
        money(Lang::Fr, dec!(1234567.89), "USD"),
        fr("1_234_567,89~$")
    );
    assert_eq!(money(Lang::Fr, dec!(70000000), "USD"), fr("70_000_000~$"));
    assert_eq!(money(Lang::Fr, dec!(100), "EUR"), fr("100~€"));
    assert_eq!(money(Lang::Fr, dec!(0.5), "CHF"), fr("0,50~CHF"));
    assert_eq!(money(Lang::Fr, dec!(1000), "GBP"), fr("1_000~£"));
}

#[test]
fn french_money_negative_and_rounding() {
    // -1234.565 rounds half away from zero to -1234.57.
    assert_eq!(money(Lang::Fr, dec!(-1234.565), "EUR"), fr("-1_234,57~€"));
    assert_eq!(money(Lang::Fr, dec!(-12), "USD"), fr("-12~$"));
    // A tiny negative amount is zero, without a sign.
    assert_eq!(money(Lang::Fr, dec!(-0.001), "USD"), fr("0~$"));
    // 999.999 rounds to 1000.00: no cents, one group.
    assert_eq!(money(Lang::Fr, dec!(999.999), "USD"), fr("1_000~$"));
    assert_eq!(money(Lang::Fr, dec!(-0.05), "USD"), fr("-0,05~$"));
}

#[test]
fn french_money_large_amounts() {
    assert_eq!(
        money(Lang::Fr, dec!(1000000000000), "USD"),
        fr("1_000_000_000_000~$")
    );
    assert_eq!(
        money(Lang::Fr, dec!(-987654321012.3), "EUR"),
        fr("-987_654_321_012,30~€")
    );
}

#[test]
fn english_money_is_unchanged() {
    assert_eq!(money(Lang::En, dec!(1234567.89), "USD"), "$1,234,567.89");
    assert_eq!(money(Lang::En, dec!(-1234.565), "EUR"), "-€1,234.57");
    assert_eq!(money(Lang::En, dec!(0.5), "CHF"), "CHF 0.50");
}

#[test]
fn numbers_counts_and_percentages() {
    assert_eq!(number(Lang::Fr, dec!(-1234.5), 2), fr("-1_234,5"));
    assert_eq!(number(Lang::En, dec!(-1234.5), 2), "-1,234.5");
    assert_eq!(number(Lang::Fr, dec!(2.345), 2), "2,35");
    assert_eq!(number(Lang::Fr, dec!(999), 0), "999");
    assert_eq!(count(Lang::Fr, 12000), fr("12_000"));
    assert_eq!(count(Lang::En, 12000), "12,000");
    assert_eq!(percent(Lang::Fr, dec!(0.125)), fr("12,5_%"));
    assert_eq!(percent(Lang::En, dec!(0.125)), "12.5 %");
    assert_eq!(percent(Lang::Fr, dec!(1)), fr("100_%"));
    assert_eq!(percent(Lang::Fr, dec!(-0.05)), fr("-5_%"));
}

#[test]
fn french_months_are_named_in_french() {
    let feb = YearMonth {
        year: 2023,
        month: 2,
    };
    assert_eq!(month_year(Lang::Fr, feb), "février 2023");
    assert_eq!(month_year(Lang::En, feb), "Feb 2023");
    assert_eq!(month_year_short(Lang::Fr, feb), "févr. 2023");
    let start = YearMonth {
        year: 2020,
        month: 4,
    };
    // April 2020 + 35 months = March 2023; + 4 months = August 2020; + 8 = December 2020.
    assert_eq!(month_label(Lang::Fr, start, 35), "mars 2023");
    assert_eq!(month_label(Lang::Fr, start, 4), "août 2020");
    assert_eq!(month_label(Lang::Fr, start, 8), "décembre 2020");
    assert_eq!(month_label(Lang::En, start, 35), "Mar 2023");
}

#[test]
fn language_codes() {
    assert_eq!(Lang::from_code("fr-CA"), Some(Lang::Fr));
    assert_eq!(Lang::from_code("EN"), Some(Lang::En));
    assert_eq!(Lang::from_code("de"), None);
    assert_eq!(Lang::Fr.code(), "fr");
}
