//! Allowed ranges of every numeric field, shared by validation and the parameter registry so
//! that a slider can never produce a value the validator rejects.
//!
//! The ranges are wide enough for any real contract and narrow enough that the engine's exact
//! decimal arithmetic cannot overflow: money up to 10¹² a line, 240 months, and late interest
//! up to 10 % a month (compounding 100 % a month for 240 months would need 2²⁴⁰, far beyond
//! the 28 significant digits of a `Decimal`).

use rust_decimal::Decimal;

/// Largest amount of money accepted in any single field (one trillion).
pub const MONEY_MAX: Decimal = Decimal::from_parts(3_567_587_328, 232, 0, false, 0);
/// Most negative cash on hand accepted (minus one trillion).
pub const CASH_MIN: Decimal = Decimal::from_parts(3_567_587_328, 232, 0, true, 0);
/// Longest horizon and term, in months (20 years).
pub const MONTHS_MAX: u32 = 240;
/// Largest month index an event (lump sum, change, settlement) may name.
pub const MONTH_INDEX_MAX: u32 = MONTHS_MAX - 1;
/// Longest payment term or delay, in days (ten years of 365 days).
pub const DAYS_MAX: u32 = 3650;
/// Largest usage share: ten times the commitment.
pub const USAGE_SHARE_MAX: Decimal = Decimal::from_parts(10, 0, 0, false, 0);
/// Largest ramp weight of one contract year.
pub const RAMP_WEIGHT_MAX: Decimal = Decimal::from_parts(100, 0, 0, false, 0);
/// Largest late interest rate per month (10 %).
pub const LATE_INTEREST_MAX: Decimal = Decimal::from_parts(10, 0, 0, false, 2);
/// Earliest and latest start years.
pub const YEAR_MIN: i32 = 1970;
/// Latest start year.
pub const YEAR_MAX: i32 = 2100;
/// Most data centres.
pub const DATA_CENTRES_MAX: u32 = 1000;
/// Most lines in any list (reciprocal lines, rules, lump sums, usage changes).
pub const LIST_MAX: usize = 240;
/// Longest name or label, in characters.
pub const NAME_MAX_CHARS: usize = 80;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants_have_the_documented_values() {
        assert_eq!(MONEY_MAX, Decimal::from(1_000_000_000_000_i64));
        assert_eq!(CASH_MIN, Decimal::from(-1_000_000_000_000_i64));
        assert_eq!(LATE_INTEREST_MAX.to_string(), "0.10");
        assert_eq!(USAGE_SHARE_MAX, Decimal::from(10));
        assert_eq!(RAMP_WEIGHT_MAX, Decimal::from(100));
    }
}
