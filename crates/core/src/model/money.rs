//! Money rounding, comparison and formatting.
//!
//! Amounts keep full `Decimal` precision inside the engine. They are rounded to cents only
//! where money changes hands or is shown: invoices, payments and display. The rounding rule is
//! **half away from zero** (`RoundingStrategy::MidpointAwayFromZero`: 0.125 → 0.13,
//! −0.125 → −0.13), the rule of invoices and spreadsheets, not `rust_decimal`'s default
//! banker's rounding (0.125 → 0.12).

use rust_decimal::Decimal;
use std::cmp::Ordering;
use std::fmt::Write;

/// Rounds an amount to cents, half away from zero.
///
/// The result is the same decimal, sign and scale included, as
/// `amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)` (a property
/// test checks it), computed with one integer division of the 96-bit mantissa instead of the
/// library's loop of 32-bit divisions: the engine rounds every reciprocal invoice and true-up
/// this way, thousands of times per analysis.
#[inline]
pub fn round_cents(amount: Decimal) -> Decimal {
    // Most amounts already have at most two decimals; they need no work.
    let scale = amount.scale();
    if scale <= 2 {
        return amount;
    }
    let magnitude = amount.mantissa().unsigned_abs();
    // The scale of a valid decimal is at most 28, so the divisor is at most 10²⁶.
    let divisor = 10u128.pow(scale - 2);
    let (quotient, remainder) = (magnitude / divisor, magnitude % divisor);
    // Half away from zero on the magnitude. `remainder < divisor ≤ 10²⁶`, so doubling it
    // cannot overflow, and `quotient < 2⁹⁶ / 10` leaves room for the carry.
    let cents = if remainder.saturating_mul(2) >= divisor {
        quotient.saturating_add(1)
    } else {
        quotient
    };
    let mut rounded = Decimal::from_parts(
        cents as u32,
        (cents >> 32) as u32,
        (cents >> 64) as u32,
        false,
        2,
    );
    // Signs as the library gives them: a negative zero stays one, but a small negative
    // amount that rounds to zero becomes a plain zero.
    rounded.set_sign_negative(amount.is_sign_negative() && (cents != 0 || magnitude == 0));
    rounded
}

/// Powers of ten up to 10⁹. A mantissa is below 2⁹⁶, so one aligned by up to nine places stays
/// below 2¹²⁶ and fits an `i128` exactly.
const ALIGN: [i128; 10] = [
    1,
    10,
    100,
    1_000,
    10_000,
    100_000,
    1_000_000,
    10_000_000,
    100_000_000,
    1_000_000_000,
];

/// `a.cmp(&b)`: the same ordering, computed on the integer mantissas when the scales are equal
/// or at most nine places apart (every amount, rate and share of a valid scenario), and by the
/// library otherwise. The library's general comparison costs about sixty instructions a call;
/// validation, which runs before every simulation, compares every field with its range.
#[inline]
pub fn compare(a: Decimal, b: Decimal) -> Ordering {
    let (ma, mb) = (a.mantissa(), b.mantissa());
    let (sa, sb) = (a.scale(), b.scale());
    if sa == sb {
        return ma.cmp(&mb);
    }
    // Multiply the mantissa of smaller scale by the power of ten that aligns the two (zero
    // stays zero, whatever its sign bit, as the library ranks it).
    let aligned = if sa < sb {
        ALIGN
            .get((sb - sa) as usize)
            .map(|p| (ma.wrapping_mul(*p), mb))
    } else {
        ALIGN
            .get((sa - sb) as usize)
            .map(|p| (ma, mb.wrapping_mul(*p)))
    };
    match aligned {
        Some((x, y)) => x.cmp(&y),
        None => a.cmp(&b),
    }
}

/// The symbol written before amounts in `currency`, or the code and a space when the code has
/// no common symbol.
pub fn currency_prefix(currency: &str) -> String {
    match symbol(currency) {
        Some(sym) => sym.to_string(),
        None => format!("{currency} "),
    }
}

/// The symbol written before an amount of `currency`, for the currencies that have one.
pub fn symbol(currency: &str) -> Option<&'static str> {
    match currency {
        "USD" => Some("$"),
        "EUR" => Some("€"),
        "GBP" => Some("£"),
        "JPY" => Some("¥"),
        _ => None,
    }
}

/// Formats money for people: rounded to cents half away from zero, thousands separated by
/// commas, cents shown only when not zero, a leading minus sign for negative amounts.
///
/// `format_money(dec!(70000000), "USD")` is `"$70,000,000"`;
/// `format_money(dec!(-1234.565), "EUR")` is `"-€1,234.57"`.
pub fn format_money(amount: Decimal, currency: &str) -> String {
    let mut out = String::with_capacity(24);
    write_money(&mut out, amount, currency);
    out
}

/// Appends [`format_money`]'s text to `out` (one buffer, for the event log).
pub fn write_money(out: &mut String, amount: Decimal, currency: &str) {
    let rounded = round_cents(amount);
    if rounded.is_sign_negative() && !rounded.is_zero() {
        out.push('-');
    }
    match symbol(currency) {
        Some(sym) => out.push_str(sym),
        None => {
            out.push_str(currency);
            out.push(' ');
        }
    }
    let abs = rounded.abs();
    // Whole units of an amount below 10^28 fit in a u128; digits are produced without an
    // intermediate string.
    let whole = abs.trunc().mantissa().unsigned_abs() / 10u128.pow(abs.trunc().scale());
    let mut digits = [0u8; 40];
    let mut n = 0;
    let mut w = whole;
    loop {
        if let Some(d) = digits.get_mut(n) {
            *d = b'0' + (w % 10) as u8;
        }
        n += 1;
        w /= 10;
        if w == 0 || n >= digits.len() {
            break;
        }
    }
    for i in (0..n).rev() {
        if let Some(d) = digits.get(i) {
            out.push(char::from(*d));
        }
        if i > 0 && i % 3 == 0 {
            out.push(',');
        }
    }
    // The value is already rounded to cents, so rescaling its fraction to exactly two
    // decimals is exact and the mantissa is the number of cents (0 to 99).
    let mut fraction = abs.fract();
    fraction.rescale(2);
    let cents = fraction.mantissa();
    if cents != 0 {
        let _ = write!(out, ".{cents:02}");
    }
}

/// Formats an amount for machines: rounded to cents half away from zero, '.' decimal
/// separator, exactly two decimals, no grouping (CSV and JSON exports).
pub fn format_cents(amount: Decimal) -> String {
    let mut rounded = round_cents(amount);
    if rounded.is_zero() {
        // Rounding a tiny negative amount leaves a negative zero; print it as 0.00.
        rounded = Decimal::ZERO;
    }
    rounded.rescale(2);
    rounded.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn rounds_half_away_from_zero_not_to_even() {
        assert_eq!(round_cents(dec!(0.125)), dec!(0.13));
        assert_eq!(round_cents(dec!(-0.125)), dec!(-0.13));
        assert_eq!(round_cents(dec!(0.135)), dec!(0.14));
        assert_eq!(round_cents(dec!(2.5)), dec!(2.5));
    }

    #[test]
    fn formats_money_for_people() {
        assert_eq!(format_money(dec!(70000000), "USD"), "$70,000,000");
        assert_eq!(format_money(dec!(-1234.565), "EUR"), "-€1,234.57");
        assert_eq!(format_money(dec!(999.999), "USD"), "$1,000");
        assert_eq!(format_money(dec!(0.5), "CHF"), "CHF 0.50");
        assert_eq!(format_money(dec!(-0.001), "USD"), "$0");
        assert_eq!(format_money(dec!(100), "USD"), "$100");
        assert_eq!(
            format_money(dec!(1000000000000), "USD"),
            "$1,000,000,000,000"
        );
    }

    #[test]
    fn formats_cents_for_machines() {
        assert_eq!(format_cents(dec!(10)), "10.00");
        assert_eq!(format_cents(dec!(-3.005)), "-3.01");
        assert_eq!(format_cents(dec!(1234567.891)), "1234567.89");
        assert_eq!(format_cents(-dec!(0)), "0.00");
        assert_eq!(format_cents(dec!(-0.001)), "0.00");
    }
}
