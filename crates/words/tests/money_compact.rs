//! Compact money, as the verdict, headline figures and chart axes write it. Expected strings
//! are written by hand from the rule: the smallest of units, thousands, millions, billions in
//! which the amount rounds (half away from zero, one decimal) to less than a thousand.

use rust_decimal_macros::dec;
use standoff_words::format::money_compact;
use standoff_words::Lang::{En, Fr};

const NNBSP: char = '\u{202f}';

#[test]
fn english_amounts_at_a_glance() {
    assert_eq!(money_compact(En, dec!(147091912.19), "USD"), "$147.1M");
    assert_eq!(
        money_compact(En, dec!(-173082932.72), "USD"),
        "\u{2212}$173.1M"
    );
    assert_eq!(money_compact(En, dec!(254272727.27), "USD"), "$254.3M");
    assert_eq!(money_compact(En, dec!(510000000), "USD"), "$510.0M");
    assert_eq!(money_compact(En, dec!(1000000), "USD"), "$1.0M");
    assert_eq!(money_compact(En, dec!(2500000000), "USD"), "$2.5B");
    assert_eq!(money_compact(En, dec!(1234567000000), "USD"), "$1,234.6B");
    assert_eq!(money_compact(En, dec!(12345), "USD"), "$12.3K");
    assert_eq!(money_compact(En, dec!(950), "USD"), "$950");
    assert_eq!(money_compact(En, dec!(0.4), "USD"), "$0");
    assert_eq!(money_compact(En, dec!(-0.4), "USD"), "$0");
    assert_eq!(money_compact(En, dec!(1250000), "EUR"), "€1.3M");
    assert_eq!(money_compact(En, dec!(1250000), "CHF"), "CHF\u{a0}1.3M");
}

#[test]
fn rounding_at_a_unit_boundary_moves_to_the_next_unit() {
    // 999,950 is 999.95 thousand, which rounds half away from zero to 1,000.0 thousand:
    // written as 1.0 million.
    assert_eq!(money_compact(En, dec!(999950), "USD"), "$1.0M");
    assert_eq!(money_compact(En, dec!(999949.99), "USD"), "$999.9K");
    assert_eq!(money_compact(En, dec!(999.5), "USD"), "$1.0K");
    assert_eq!(money_compact(En, dec!(999.49), "USD"), "$999");
    assert_eq!(money_compact(En, dec!(-999950), "USD"), "\u{2212}$1.0M");
    assert_eq!(money_compact(En, dec!(999950000), "USD"), "$1.0B");
}

#[test]
fn french_amounts_at_a_glance() {
    assert_eq!(
        money_compact(Fr, dec!(147091912.19), "USD"),
        "147,1\u{a0}M$"
    );
    assert_eq!(
        money_compact(Fr, dec!(-173082932.72), "USD"),
        "\u{2212}173,1\u{a0}M$"
    );
    assert_eq!(money_compact(Fr, dec!(2500000000), "USD"), "2,5\u{a0}Md$");
    assert_eq!(money_compact(Fr, dec!(12345), "EUR"), "12,3\u{a0}k€");
    assert_eq!(money_compact(Fr, dec!(950), "USD"), "950\u{a0}$");
    assert_eq!(
        money_compact(Fr, dec!(1250000), "CHF"),
        "1,3\u{a0}M\u{a0}CHF"
    );
    assert_eq!(
        money_compact(Fr, dec!(1234567000000), "USD"),
        format!("1{NNBSP}234,6\u{a0}Md$")
    );
    assert_eq!(money_compact(Fr, dec!(999950), "USD"), "1,0\u{a0}M$");
}
