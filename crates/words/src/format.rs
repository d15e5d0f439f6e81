//! Numbers, money and dates written the way each language writes them.
//!
//! English keeps the app's long-standing forms (`$1,234,567.89`, `-$12`, `Mar 2023`, `12.5 %`).
//! French follows the Imprimerie nationale's rules with these exact characters:
//!
//! - thousands are grouped by U+202F NARROW NO-BREAK SPACE: `1 234 567`;
//! - the decimal separator is a comma: `1 234,5`;
//! - the currency symbol (or ISO code) follows the amount after U+00A0 NO-BREAK SPACE:
//!   `1 234 567,89 $`, `-12 €`, `0,50 CHF`;
//! - a negative amount starts with U+002D HYPHEN-MINUS, as in English, so that it can be
//!   typed back into a field;
//! - a percentage has U+202F before `%`: `12,5 %`;
//! - months are written in lower case (`mars 2023`; abbreviated `janv.`, `févr.`, … in tight
//!   places such as chart axes).
//!
//! Money is rounded to cents half away from zero (see `model::money`), and cents are shown
//! only when they are not zero, in both languages.

use rust_decimal::Decimal;

use crate::Lang;
use standoff_core::model::money::{format_money, round_cents, symbol};
use standoff_core::model::YearMonth;

/// French thousands separator: U+202F NARROW NO-BREAK SPACE.
pub const FR_THOUSANDS: char = '\u{202f}';
/// French space between an amount and its currency: U+00A0 NO-BREAK SPACE.
pub const FR_BEFORE_CURRENCY: char = '\u{a0}';

const EN_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const FR_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const FR_MONTHS_SHORT: [&str; 12] = [
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
    "déc.",
];

/// Groups the digits of a non-negative whole number with `separator` every three digits.
fn group(digits: &str, separator: char) -> String {
    let count = digits.chars().count();
    let mut out = String::with_capacity(digits.len() + count / 3 * 3);
    for (position, digit) in digits.chars().enumerate() {
        if position > 0 && (count - position) % 3 == 0 {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

/// The currency after a French amount: its symbol, or its code.
fn currency_suffix(currency: &str) -> &str {
    match currency {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        "JPY" => "¥",
        other => other,
    }
}

/// An amount of money in `currency`: `$1,234,567.89` in English, `1 234 567,89 $` in French.
pub fn money(lang: Lang, amount: Decimal, currency: &str) -> String {
    match lang {
        Lang::En => format_money(amount, currency),
        Lang::Fr => {
            let rounded = round_cents(amount);
            // Cents are shown as two digits when there are any: 0,50 $, not 0,5 $.
            let mut out = if rounded.fract().is_zero() {
                number_with(rounded, 0, FR_THOUSANDS, ',')
            } else {
                let mut cents = rounded;
                cents.rescale(2);
                fixed_with(cents, FR_THOUSANDS, ',')
            };
            out.push(FR_BEFORE_CURRENCY);
            out.push_str(currency_suffix(currency));
            out
        }
    }
}

/// A number with at most `decimals` decimals (rounded half away from zero, trailing zeros
/// dropped), grouped by thousands: `1,234.5` in English, `1 234,5` in French.
pub fn number(lang: Lang, value: Decimal, decimals: u32) -> String {
    match lang {
        Lang::En => number_with(value, decimals, ',', '.'),
        Lang::Fr => number_fr(value, decimals),
    }
}

fn number_fr(value: Decimal, decimals: u32) -> String {
    number_with(value, decimals, FR_THOUSANDS, ',')
}

fn number_with(value: Decimal, decimals: u32, thousands: char, point: char) -> String {
    let rounded = value
        .round_dp_with_strategy(
            decimals,
            rust_decimal::RoundingStrategy::MidpointAwayFromZero,
        )
        .normalize();
    fixed_with(rounded, thousands, point)
}

/// Writes `rounded` with the decimals it has, grouping the whole part by thousands.
fn fixed_with(rounded: Decimal, thousands: char, point: char) -> String {
    let negative = rounded.is_sign_negative() && !rounded.is_zero();
    let text = rounded.abs().to_string();
    let (whole, fraction) = match text.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text.as_str(), None),
    };
    let mut out = String::with_capacity(text.len() + 8);
    if negative {
        out.push('-');
    }
    out.push_str(&group(whole, thousands));
    if let Some(fraction) = fraction {
        out.push(point);
        out.push_str(fraction);
    }
    out
}

/// A whole count (months, days, runs): `12,000` in English, `12 000` in French.
pub fn count(lang: Lang, value: u64) -> String {
    number(lang, Decimal::from(value), 0)
}

/// A share (0.125) as a percentage with at most two decimals: `12.5 %` in English,
/// `12,5 %` (U+202F before `%`) in French.
pub fn percent(lang: Lang, share: Decimal) -> String {
    let hundredths = share.checked_mul(Decimal::ONE_HUNDRED).unwrap_or_default();
    match lang {
        Lang::En => format!("{} %", number_with(hundredths, 2, ',', '.')),
        Lang::Fr => format!("{}{FR_THOUSANDS}%", number_fr(hundredths, 2)),
    }
}

/// The month's name: `Mar` in English (the app's short form), `mars` in French.
pub fn month_name(lang: Lang, month: u32) -> &'static str {
    let index = usize::try_from(month.clamp(1, 12) - 1).unwrap_or(0);
    let names = match lang {
        Lang::En => &EN_MONTHS,
        Lang::Fr => &FR_MONTHS,
    };
    names.get(index).copied().unwrap_or_default()
}

/// A month and year: `Mar 2023` in English, `mars 2023` in French.
pub fn month_year(lang: Lang, date: YearMonth) -> String {
    format!("{} {}", month_name(lang, date.month), date.year)
}

/// A month and year for tight places (chart axes): `Mar 2023`, `févr. 2023`.
pub fn month_year_short(lang: Lang, date: YearMonth) -> String {
    match lang {
        Lang::En => month_year(lang, date),
        Lang::Fr => {
            let index = usize::try_from(date.month.clamp(1, 12) - 1).unwrap_or(0);
            let name = FR_MONTHS_SHORT.get(index).copied().unwrap_or_default();
            format!("{name} {}", date.year)
        }
    }
}

/// Month `index` (0-based) of a scenario starting at `start`: `Mar 2023` / `mars 2023`.
pub fn month_label(lang: Lang, start: YearMonth, index: u32) -> String {
    month_year(lang, start.plus_months(index))
}

/// Quoted text: “text” in English, « text » (with U+00A0 inside the guillemets) in French.
pub fn quoted(lang: Lang, text: &str) -> String {
    match lang {
        Lang::En => format!("\u{201c}{text}\u{201d}"),
        Lang::Fr => format!("\u{ab}\u{a0}{text}\u{a0}\u{bb}"),
    }
}

/// The steps of a compact amount: thousands, millions, billions, each with its English and
/// French abbreviation (`$1.2K`, `1,2 k$`; `$147.1M`, `147,1 M$`; `$2.5B`, `2,5 Md$`, the
/// French "milliard").
const COMPACT_UNITS: [(u32, &str, &str); 3] = [(3, "K", "k"), (6, "M", "M"), (9, "B", "Md")];

/// The compact form of `magnitude` (an absolute amount): the smallest unit in which it rounds
/// to less than a thousand, with its abbreviations, and the rounded number (one decimal in a
/// unit, none below a thousand). So `$999.94K` stays in thousands while `$999.95K` rounds to
/// a thousand thousands and is written `$1.0M`.
fn compact_parts(magnitude: Decimal) -> (Decimal, Option<(&'static str, &'static str)>) {
    let whole = round_whole(magnitude);
    if whole < Decimal::ONE_THOUSAND {
        return (whole, None);
    }
    let mut parts = (whole, None);
    for (power, en, fr) in COMPACT_UNITS {
        let scale = Decimal::from(10u64.pow(power));
        let mut value = magnitude
            .checked_div(scale)
            .unwrap_or_default()
            .round_dp_with_strategy(1, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
        value.rescale(1);
        parts = (value, Some((en, fr)));
        if value < Decimal::ONE_THOUSAND {
            break;
        }
    }
    parts
}

/// An amount of money for reading at a glance: one decimal in thousands, millions or billions
/// (`$147.1M`, `−$173.1M`, `$1.0M` for $999,950), whole units below a thousand (`$950`); in
/// French `147,1 M$`, `−173,1 M$`, `950 $`. Rounded half away from zero. Negative amounts
/// take U+2212 MINUS SIGN: the compact form is for reading, never for typing back (the exact
/// form, [`money`], is what fields and tables show).
pub fn money_compact(lang: Lang, amount: Decimal, currency: &str) -> String {
    let negative = amount.is_sign_negative() && !round_whole(amount).is_zero();
    let (number, units) = compact_parts(amount.abs());
    let unit = units.map(|(en, fr)| if lang == Lang::En { en } else { fr });
    let sign = if negative { "\u{2212}" } else { "" };
    match lang {
        Lang::En => {
            let digits = fixed_with(number, ',', '.');
            let unit = unit.unwrap_or_default();
            match symbol(currency) {
                Some(symbol) => format!("{sign}{symbol}{digits}{unit}"),
                None => format!("{sign}{currency}\u{a0}{digits}{unit}"),
            }
        }
        Lang::Fr => {
            let digits = fixed_with(number, FR_THOUSANDS, ',');
            let suffix = currency_suffix(currency);
            match unit {
                // "M$", "k€": the unit and a symbol are written together; a code stands apart.
                Some(unit) if suffix != currency => {
                    format!("{sign}{digits}{FR_BEFORE_CURRENCY}{unit}{suffix}")
                }
                Some(unit) => {
                    format!("{sign}{digits}{FR_BEFORE_CURRENCY}{unit}{FR_BEFORE_CURRENCY}{suffix}")
                }
                None => format!("{sign}{digits}{FR_BEFORE_CURRENCY}{suffix}"),
            }
        }
    }
}

fn round_whole(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
}
