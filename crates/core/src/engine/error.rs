//! Errors of the engine, and the checked arithmetic that produces them.
//!
//! Every operation on money or rates goes through [`Ck`], which turns an overflow (or a
//! division by zero) into an [`EngineError::Overflow`] naming the [`Quantity`] and the month
//! instead of panicking.

use crate::model::{FieldError, YearMonth};
use rust_decimal::Decimal;

/// Why a simulation did not produce a report.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum EngineError {
    /// The scenario failed validation; every problem is listed.
    Invalid(Vec<FieldError>),
    /// A value grew beyond what an exact decimal can hold (about 7.9 × 10²⁸).
    Overflow {
        /// What was being computed, e.g. [`Quantity::LateInterest`]; `standoff_words` names it.
        line: Quantity,
        /// 0-based month index.
        month_index: u32,
        /// The calendar month, shown as "Mar 2023" or "mars 2023".
        month: YearMonth,
    },
}

/// What a checked operation of the engine computes: the quantity an
/// [`EngineError::Overflow`] names. The words crate writes its name in each language through
/// an exhaustive match, so a new quantity cannot go unnamed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Quantity {
    /// A net present value.
    Npv,
    /// A party's monthly discount rate.
    DiscountRate,
    /// A party's cash flows and cumulative cash position.
    CashPosition,
    /// The vendor's collection costs.
    CollectionCosts,
    /// The contract's commitment schedule and what is left of it.
    ContractCommitment,
    /// The usage invoices.
    UsageInvoice,
    /// Payments of contract invoices.
    ContractPayments,
    /// Late interest on unpaid invoices.
    LateInterest,
    /// Overdue contract principal and the vendor's claim.
    Arrears,
    /// Legal costs and judgments.
    LegalAction,
    /// Lump-sum payments.
    LumpSum,
    /// The reciprocal lines (vendor to customer).
    ReciprocalLine,
    /// A settlement's payment, commitment and bundled deal.
    Settlement,
    /// The customer's operating flows (other revenue, savings, outages).
    Operations,
    /// The totals over the horizon.
    Totals,
    /// The comparison of a run with the pay-on-time baseline.
    BaselineComparison,
    /// The engine's cache of per-scenario plans (an internal failure, not the scenario's).
    PlanCache,
}

impl Quantity {
    /// Every quantity, for tests that name each one.
    pub const ALL: [Quantity; 17] = [
        Quantity::Npv,
        Quantity::DiscountRate,
        Quantity::CashPosition,
        Quantity::CollectionCosts,
        Quantity::ContractCommitment,
        Quantity::UsageInvoice,
        Quantity::ContractPayments,
        Quantity::LateInterest,
        Quantity::Arrears,
        Quantity::LegalAction,
        Quantity::LumpSum,
        Quantity::ReciprocalLine,
        Quantity::Settlement,
        Quantity::Operations,
        Quantity::Totals,
        Quantity::BaselineComparison,
        Quantity::PlanCache,
    ];
}

/// An overflow on the hot path: small and `Copy`, so that every checked operation returns a
/// compact `Result`; it becomes an [`EngineError::Overflow`] (with its month label) only
/// when it actually happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Ovf {
    line: Quantity,
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
    pub fn err(self, line: Quantity) -> Ovf {
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
    pub fn add(self, line: Quantity, a: Decimal, b: Decimal) -> Result<Decimal, Ovf> {
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
    fn add_nonzero(self, line: Quantity, a: Decimal, b: Decimal) -> Result<Decimal, Ovf> {
        a.checked_add(b).ok_or_else(|| self.err(line))
    }

    #[inline(always)]
    pub fn sub(self, line: Quantity, a: Decimal, b: Decimal) -> Result<Decimal, Ovf> {
        if b.is_zero() {
            return Ok(a);
        }
        self.sub_nonzero(line, a, b)
    }

    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn sub_nonzero(self, line: Quantity, a: Decimal, b: Decimal) -> Result<Decimal, Ovf> {
        a.checked_sub(b).ok_or_else(|| self.err(line))
    }

    /// `a − b` like [`Ck::sub`], first on the integer mantissas when both operands have one
    /// scale ([`same_scale_difference`]). For operands known to be wide and of one scale, such
    /// as cumulative cash positions in cents, where the library's 64-bit path takes about
    /// ninety instructions natively. Elsewhere the extra test costs more than it saves: most
    /// operands fit the library's 32-bit path, and in the month loop the larger code spills
    /// more of its many live values.
    #[inline(always)]
    pub fn sub_same_scale(self, line: Quantity, a: Decimal, b: Decimal) -> Result<Decimal, Ovf> {
        match same_scale_difference(a, b) {
            Some(d) => Ok(d),
            None => self.sub(line, a, b),
        }
    }

    #[inline(always)]
    pub fn mul(self, line: Quantity, a: Decimal, b: Decimal) -> Result<Decimal, Ovf> {
        if a.is_zero() || b.is_zero() {
            return Ok(Decimal::ZERO);
        }
        self.mul_nonzero(line, a, b)
    }

    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn mul_nonzero(self, line: Quantity, a: Decimal, b: Decimal) -> Result<Decimal, Ovf> {
        a.checked_mul(b).ok_or_else(|| self.err(line))
    }

    pub fn div(self, line: Quantity, a: Decimal, b: Decimal) -> Result<Decimal, Ovf> {
        a.checked_div(b).ok_or_else(|| self.err(line))
    }

    /// `a += b`, checked.
    #[inline(always)]
    pub fn acc(self, line: Quantity, a: &mut Decimal, b: Decimal) -> Result<(), Ovf> {
        *a = self.add(line, *a, b)?;
        Ok(())
    }
}

/// `a − b` on the integer mantissas when both operands have one scale and the difference fits
/// the 96-bit mantissa; `None` otherwise. The library returns the same decimal then, bit for
/// bit: the exact difference at that scale, zero without a sign
/// (`tests::same_scale_difference_equals_the_library` compares them on random operands).
#[inline(always)]
pub(crate) fn same_scale_difference(a: Decimal, b: Decimal) -> Option<Decimal> {
    let scale = a.scale();
    if b.scale() != scale {
        return None;
    }
    // Two magnitudes below 2⁹⁶ cannot overflow an i128.
    let difference = a.mantissa().wrapping_sub(b.mantissa());
    let magnitude = difference.unsigned_abs();
    if magnitude >= 1 << 96 {
        return None;
    }
    Some(Decimal::from_parts(
        magnitude as u32,
        (magnitude >> 32) as u32,
        (magnitude >> 64) as u32,
        difference < 0,
        scale,
    ))
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
            .add(Quantity::LateInterest, Decimal::MAX, Decimal::ONE)
            .map_err(EngineError::from)
            .unwrap_err();
        // The words crate writes it "Overflow in late interest, month 37 (Jan 2023): …"
        // (`standoff-words`' tests/i18n_errors.rs).
        assert_eq!(
            err,
            EngineError::Overflow {
                line: Quantity::LateInterest,
                month_index: 36,
                month: YearMonth {
                    year: 2023,
                    month: 1
                },
            }
        );
        assert!(ck.div(Quantity::Npv, Decimal::ONE, Decimal::ZERO).is_err());
        assert_eq!(
            ck.add(Quantity::Totals, Decimal::ZERO, Decimal::MAX),
            Ok(Decimal::MAX)
        );
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

    /// A decimal from a random 96-bit mantissa (or a short one, so that differences cancel and
    /// fit the library's narrower paths), a sign and a scale.
    fn decimal(lo: u32, mid: u32, hi: u32, short: bool, negative: bool, scale: u32) -> Decimal {
        if short {
            Decimal::from_parts(lo % 1000, 0, 0, negative, scale)
        } else {
            Decimal::from_parts(lo, mid, hi, negative, scale)
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(20_000))]

        /// The integer path gives the library's difference, value, scale and sign bit, whenever
        /// it gives one; operands of one scale, of every width, equal ones included.
        #[test]
        fn same_scale_difference_equals_the_library(
            a in (proptest::prelude::any::<(u32, u32, u32, bool, bool)>()),
            b in (proptest::prelude::any::<(u32, u32, u32, bool, bool)>()),
            narrow in 0u32..4,
            scale in 0u32..=28,
            equal in proptest::bool::weighted(0.1),
        ) {
            // `narrow` clears the high words, so that the library's 32- and 64-bit paths run.
            let (ahi, amid) = if narrow >= 2 { (0, if narrow == 3 { 0 } else { a.1 }) } else { (a.2, a.1) };
            let (bhi, bmid) = if narrow >= 2 { (0, if narrow == 3 { 0 } else { b.1 }) } else { (b.2, b.1) };
            let x = decimal(a.0, amid, ahi, a.3, a.4, scale);
            let y = if equal { x } else { decimal(b.0, bmid, bhi, b.3, b.4, scale) };
            if let Some(d) = same_scale_difference(x, y) {
                let library = x.checked_sub(y);
                proptest::prop_assert_eq!(Some(d), library);
                let library = library.unwrap_or_default();
                proptest::prop_assert_eq!(d.scale(), library.scale());
                proptest::prop_assert_eq!(d.is_sign_negative(), library.is_sign_negative());
            }
        }
    }
}
