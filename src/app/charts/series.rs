//! Number conversions of the charts: exact decimals to `f64` (the only place money becomes
//! floating point) and short axis labels.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// Converts an exact amount to `f64` for drawing only. Amounts beyond `f64`'s range cannot
/// come out of a valid scenario, but if one did it is drawn as zero rather than aborting.
pub fn to_f64(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(0.0)
}

/// Axis labels in thousands, millions or billions, so they stay short on a phone. Steps
/// finer than the unit keep one decimal (1.5M), whole units drop it (70M).
pub fn compact_amount(value: f64) -> String {
    let magnitude = value.abs();
    let (scaled, suffix) = if magnitude >= 1e9 {
        (value / 1e9, "B")
    } else if magnitude >= 1e6 {
        (value / 1e6, "M")
    } else if magnitude >= 1e3 {
        (value / 1e3, "k")
    } else {
        (value, "")
    };
    let rounded = (scaled * 10.0).round() / 10.0;
    if rounded == 0.0 {
        // Also catches −0, which would print as "-0".
        String::from("0")
    } else if rounded == rounded.trunc() {
        format!("{rounded:.0}{suffix}")
    } else {
        format!("{rounded:.1}{suffix}")
    }
}

/// [`compact_amount`] in `lang`: `70M`, `1.5B` in English; `70 M`, `1,5 Md` in French
/// (U+202F before the unit, "Md" for milliard).
pub fn compact_amount_in(lang: standoff_words::Lang, value: f64) -> String {
    // `compact_amount` writes ASCII only (digits, sign, point, unit letter).
    let english = compact_amount(value);
    if lang == standoff_words::Lang::En {
        return english;
    }
    let (number, unit) = match english
        .char_indices()
        .find(|(_, c)| c.is_ascii_alphabetic())
    {
        Some((at, _)) => english.split_at(at),
        None => (english.as_str(), ""),
    };
    let number = number.replace('.', ",");
    match unit {
        "" => number,
        "B" => format!("{number}\u{202f}Md"),
        unit => format!("{number}\u{202f}{unit}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn amounts_are_compact() {
        assert_eq!(compact_amount(70_000_000.0), "70M");
        assert_eq!(compact_amount(1_500_000_000.0), "1.5B");
        assert_eq!(compact_amount(-2_500.0), "-2.5k");
        assert_eq!(compact_amount(-250_000.0), "-250k");
        assert_eq!(compact_amount(12.0), "12");
        assert_eq!(compact_amount(0.0), "0");
        assert_eq!(compact_amount(-0.04), "0");
        let fr = |value| compact_amount_in(standoff_words::Lang::Fr, value);
        assert_eq!(fr(1_500_000_000.0), "1,5\u{202f}Md");
        assert_eq!(fr(-2_500.0), "-2,5\u{202f}k");
        assert_eq!(fr(12.0), "12");
    }

    #[test]
    fn decimals_convert_for_drawing() {
        assert_eq!(to_f64(dec!(-1234.5)), -1234.5);
    }
}
