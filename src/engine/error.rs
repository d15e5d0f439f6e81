//! Errors of the engine, and the checked arithmetic that produces them.
//!
//! Every operation on money or rates goes through [`Ck`], which turns an overflow (or a
//! division by zero) into an [`EngineError::Overflow`] naming the line and the month instead
//! of panicking.

use crate::model::{FieldError, YearMonth};
use rust_decimal::Decimal;
use std::fmt;

/// Why a simulation did not produce a report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EngineError {
    /// The scenario failed validation; every problem is listed.
    Invalid(Vec<FieldError>),
    /// A value grew beyond what an exact decimal can hold (about 7.9 × 10²⁸).
    Overflow {
        /// The ledger line being computed, e.g. "late interest".
        line: &'static str,
        /// 0-based month index.
        month_index: u32,
        /// The calendar month, shown as "Mar 2023" or "mars 2023".
        month: YearMonth,
    },
}

/// The English text; the screen asks `crate::i18n::errors::engine_error` for the reader's
/// language, which writes this same English.
impl fmt::Display for EngineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::i18n::errors::engine_error(
            crate::i18n::Lang::En,
            self,
        ))
    }
}

impl std::error::Error for EngineError {}

/// An overflow on the hot path: small and `Copy`, so that every checked operation returns a
/// compact `Result`; it becomes an [`EngineError::Overflow`] (with its month label) only
/// when it actually happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Ovf {
    line: &'static str,
    month: u32,
    start: YearMonth,
}

impl From<Ovf> for EngineError {
    #[cold]
    fn from(o: Ovf) -> EngineError {
        EngineError::Overflow {
            line: o.line,
            month_index: o.month,
            month: o.start.plus_months(o.month),
        }
    }
}

/// Checked decimal arithmetic for one month: each method names the line it computes, so an
/// overflow reports where it happened.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Ck {
    pub month: u32,
    pub start: YearMonth,
}

impl Ck {
    pub fn new(start: YearMonth, month: u32) -> Ck {
        Ck { month, start }
    }

    #[cold]
    pub fn err(self, line: &'static str) -> Ovf {
        Ovf {
            line,
            month: self.month,
            start: self.start,
        }
    }

    // Most flows of most months are zero. The zero fast paths below are inlined at every call
    // site and return the exact result without a call or the decimal library's scale
    // alignment. Natively, the library's operation is inlined too: a call returns its decimal
    // through memory, written in four 32-bit parts and read back as one 16-byte value, which
    // stalls the processor on every operation (store forwarding fails). In WebAssembly the
    // operations stay out of line, one copy each, because the download size matters more.

    #[inline(always)]
    pub fn add(self, line: &'static str, a: Decimal, b: Decimal) -> Result<Decimal, Ovf> {
        if b.is_zero() {
            return Ok(a);
        }
        if a.is_zero() {
            return Ok(b);
        }
        self.add_nonzero(line, a, b)
    }

    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn add_nonzero(self, line: &'static str, a: Decimal, b: Decimal) -> Result<Decimal, Ovf> {
        a.checked_add(b).ok_or_else(|| self.err(line))
    }

    #[inline(always)]
    pub fn sub(self, line: &'static str, a: Decimal, b: Decimal) -> Result<Decimal, Ovf> {
        if b.is_zero() {
            return Ok(a);
        }
        self.sub_nonzero(line, a, b)
    }

    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn sub_nonzero(self, line: &'static str, a: Decimal, b: Decimal) -> Result<Decimal, Ovf> {
        a.checked_sub(b).ok_or_else(|| self.err(line))
    }

    #[inline(always)]
    pub fn mul(self, line: &'static str, a: Decimal, b: Decimal) -> Result<Decimal, Ovf> {
        if a.is_zero() || b.is_zero() {
            return Ok(Decimal::ZERO);
        }
        self.mul_nonzero(line, a, b)
    }

    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn mul_nonzero(self, line: &'static str, a: Decimal, b: Decimal) -> Result<Decimal, Ovf> {
        a.checked_mul(b).ok_or_else(|| self.err(line))
    }

    pub fn div(self, line: &'static str, a: Decimal, b: Decimal) -> Result<Decimal, Ovf> {
        a.checked_div(b).ok_or_else(|| self.err(line))
    }

    /// `a += b`, checked.
    #[inline(always)]
    pub fn acc(self, line: &'static str, a: &mut Decimal, b: Decimal) -> Result<(), Ovf> {
        *a = self.add(line, *a, b)?;
        Ok(())
    }
}

/// Whether `x` is above zero. A sign test: `x > Decimal::ZERO` would run the library's general
/// comparison, which aligns scales, once per line and month.
#[inline(always)]
pub(crate) fn is_positive(x: Decimal) -> bool {
    !x.is_zero() && x.is_sign_positive()
}

/// `max(x, 0)` by the sign alone (see [`is_positive`]). Like `x.max(Decimal::ZERO)`, it
/// returns `x` itself when `x` is zero, so the result's scale (what the JSON export prints)
/// is the same.
#[inline(always)]
pub(crate) fn non_negative(x: Decimal) -> Decimal {
    if x.is_sign_negative() && !x.is_zero() {
        Decimal::ZERO
    } else {
        x
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overflow_names_the_line_and_the_month() {
        let start = YearMonth {
            year: 2020,
            month: 1,
        };
        // Month index 36 of a scenario starting in January 2020 is January 2023, "month 37".
        let ck = Ck::new(start, 36);
        let err: EngineError = ck
            .add("late interest", Decimal::MAX, Decimal::ONE)
            .map_err(EngineError::from)
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "Overflow in late interest, month 37 (Jan 2023): the amounts are too large to compute exactly."
        );
        assert!(ck.div("NPV", Decimal::ONE, Decimal::ZERO).is_err());
        assert_eq!(ck.add("x", Decimal::ZERO, Decimal::MAX), Ok(Decimal::MAX));
    }

    #[test]
    fn signs_without_comparison() {
        let minus_zero = Decimal::from_parts(0, 0, 0, true, 2);
        assert!(is_positive(Decimal::new(1, 28)));
        assert!(!is_positive(Decimal::ZERO));
        assert!(!is_positive(minus_zero));
        assert!(!is_positive(Decimal::new(-5, 2)));
        assert_eq!(non_negative(Decimal::new(-5, 2)), Decimal::ZERO);
        assert_eq!(non_negative(Decimal::new(5, 2)), Decimal::new(5, 2));
        // `Decimal::max` keeps the first operand when both are equal; so does this.
        assert_eq!(non_negative(minus_zero).scale(), 2);
        assert_eq!(Decimal::new(0, 12).max(Decimal::ZERO).scale(), 12);
        assert_eq!(non_negative(Decimal::new(0, 12)).scale(), 12);
    }
}
