//! An exact running sum of decimals that adds same-scale operands as integers.
//!
//! A simulation adds about a thousand amounts into its totals and NPVs, and each addition
//! through the decimal library costs about a hundred instructions (flags, alignment, the
//! 96-bit carry). Almost all of those addends share one scale (cents, or a discount factor's
//! product), so [`ExactSum`] keeps their sum as an `i128` mantissa at that scale and builds a
//! `Decimal` only when the value is read. Addends of another scale, and a sum that would leave
//! the 96 bits a decimal holds, go through the library as before, into a second part.
//!
//! The value read is the same decimal, scale included, that adding the same amounts one by one
//! with [`Ck::add`] gives whenever no intermediate sum needs more than 28 significant digits
//! (every scenario within the validated ranges); the property test below checks it against the
//! one-by-one sum on random amounts.

use super::error::{Ck, Ovf, Quantity};
use rust_decimal::Decimal;

/// The largest magnitude a decimal's 96-bit mantissa holds, plus one.
const MANTISSA_LIMIT: u128 = 1 << 96;

/// A running sum; see the module's documentation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct ExactSum {
    /// The integer sum of the same-scale addends, at `scale`; always below 2⁹⁶ in magnitude,
    /// so that it converts to a decimal exactly.
    mantissa: i128,
    scale: u32,
    /// The sum of everything that did not fit the integer part, added by the library.
    rest: Decimal,
}

impl ExactSum {
    /// Adds `x`; an overflow of the library's part names `line` and the month of `ck`.
    #[inline(always)]
    pub fn add(&mut self, ck: Ck, line: Quantity, x: Decimal) -> Result<(), Ovf> {
        if x.is_zero() {
            return Ok(());
        }
        if self.mantissa == 0 {
            // An empty (or cancelled) integer part takes the addend's scale, as the library
            // returns the other operand when one is zero.
            self.mantissa = x.mantissa();
            self.scale = x.scale();
            return Ok(());
        }
        if x.scale() == self.scale {
            // Two magnitudes below 2⁹⁶ cannot overflow an i128.
            let sum = self.mantissa.wrapping_add(x.mantissa());
            if sum.unsigned_abs() < MANTISSA_LIMIT {
                self.mantissa = sum;
                return Ok(());
            }
        }
        self.rest = ck.add(line, self.rest, x)?;
        Ok(())
    }

    /// The sum as a decimal.
    pub fn value(&self, ck: Ck, line: Quantity) -> Result<Decimal, Ovf> {
        let magnitude = self.mantissa.unsigned_abs();
        // The magnitude is below 2⁹⁶ and the scale is an addend's (at most 28): exact.
        let integer_part = Decimal::from_parts(
            magnitude as u32,
            (magnitude >> 32) as u32,
            (magnitude >> 64) as u32,
            self.mantissa < 0,
            self.scale,
        );
        if self.rest.is_zero() {
            return Ok(integer_part);
        }
        ck.add(line, self.rest, integer_part)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::YearMonth;
    use proptest::prelude::*;

    fn ck() -> Ck {
        Ck::new(YearMonth::default(), 0)
    }

    /// The one-by-one sum through the checked arithmetic, the engine's former way.
    fn one_by_one(xs: &[Decimal]) -> Decimal {
        let mut total = Decimal::ZERO;
        for x in xs {
            total = ck()
                .add(Quantity::Totals, total, *x)
                .unwrap_or(Decimal::MAX);
        }
        total
    }

    fn exact(xs: &[Decimal]) -> Decimal {
        let mut sum = ExactSum::default();
        for x in xs {
            let _ = sum.add(ck(), Quantity::Totals, *x);
        }
        sum.value(ck(), Quantity::Totals).unwrap_or(Decimal::MIN)
    }

    #[test]
    fn hand_checked_sums() {
        let d = |m: i64, s: u32| Decimal::new(m, s);
        // 0.10 + 0.20 + 0.05 = 0.35; 1 (scale 0) + 0.5 (scale 1) = 1.5.
        assert_eq!(exact(&[d(10, 2), d(20, 2), d(5, 2)]).to_string(), "0.35");
        assert_eq!(exact(&[d(1, 0), d(5, 1)]).to_string(), "1.5");
        assert_eq!(exact(&[]).to_string(), "0");
        assert_eq!(exact(&[Decimal::ZERO, d(0, 12)]).to_string(), "0");
        // 2⁹⁶ − 1 (the largest mantissa) plus one unit leaves the integer part for the library,
        // which rounds to 28 digits.
        let max = Decimal::MAX;
        assert_eq!(exact(&[max, d(-1, 0)]), max - Decimal::ONE);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1_000))]

        // Amounts up to 10¹² (the validated range) with up to 6 decimals, and small amounts
        // with up to 14 (discounted flows): mixed, their sums stay within 28 digits.
        #[test]
        fn equals_the_one_by_one_sum(
            xs in prop::collection::vec(
                prop_oneof![
                    (0u32..=6).prop_flat_map(|s| {
                        let bound = 10i64.pow(12 + s);
                        (-bound..=bound, Just(s))
                    }),
                    (-10i64.pow(18)..=10i64.pow(18), 7u32..=14),
                ],
                0..300,
            )
        ) {
            let xs: Vec<Decimal> = xs.into_iter().map(|(m, s)| Decimal::new(m, s)).collect();
            let (a, b) = (exact(&xs), one_by_one(&xs));
            prop_assert_eq!(a, b);
            prop_assert_eq!(a.scale(), b.scale());
        }

        #[test]
        fn equals_the_one_by_one_sum_of_cents(
            xs in prop::collection::vec(0i64..100_000_000_000_000, 0..300)
        ) {
            let xs: Vec<Decimal> = xs.into_iter().map(|m| Decimal::new(m, 2)).collect();
            let (a, b) = (exact(&xs), one_by_one(&xs));
            prop_assert_eq!(a, b);
            prop_assert_eq!(a.scale(), b.scale());
        }
    }
}
