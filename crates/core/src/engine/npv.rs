//! Discounting: monthly rates from annual ones, and net present values.
//!
//! NPV follows the spreadsheet convention (`NPV(rate, v1..vn)`): the first flow is discounted
//! one full period. In the engine every month's flows happen on its last day, so month index
//! `t` ends `t + 1` periods after the start and is discounted by `(1 + r)^(t+1)`: the
//! spreadsheet convention is exactly the month-end timing. The month-0 variant, where the
//! first flow is not discounted, is `(1 + r)` times the spreadsheet value.

use super::error::{Ck, EngineError, Quantity};
use super::exact_sum::ExactSum;
use crate::model::{RateConvention, YearMonth};
use rust_decimal::{Decimal, RoundingStrategy};

/// Decimal places of discount factors (see [`discount_factors`]).
const FACTOR_DP: u32 = 14;

const LINE: Quantity = Quantity::Npv;

/// The monthly rate equivalent to an annual `rate` under `convention`:
/// nominal `r / 12`, or effective `(1 + r)^(1/12) − 1`.
pub fn monthly_rate(rate: Decimal, convention: RateConvention) -> Result<Decimal, EngineError> {
    let ck = Ck::new(YearMonth::default(), 0);
    match convention {
        RateConvention::Nominal => Ok(ck.div(Quantity::DiscountRate, rate, Decimal::from(12))?),
        RateConvention::Effective => {
            let root = twelfth_root(ck, ck.add(Quantity::DiscountRate, Decimal::ONE, rate)?)?;
            Ok(ck.sub(Quantity::DiscountRate, root, Decimal::ONE)?)
        }
    }
}

/// The twelfth root of `a` (for `a` ≥ 1) by Newton's method, `x ← x − (x¹² − a) / (12 x¹¹)`,
/// started from `1 + (a − 1)/12`, which lies above the root, so the iterates decrease
/// monotonically to it. Exact decimal arithmetic makes the result reproducible on every
/// platform, which `powd` (through floating-point-like series) would not guarantee.
fn twelfth_root(ck: Ck, a: Decimal) -> Result<Decimal, EngineError> {
    let line = Quantity::DiscountRate;
    let twelve = Decimal::from(12);
    let mut x = ck.add(
        line,
        Decimal::ONE,
        ck.div(line, ck.sub(line, a, Decimal::ONE)?, twelve)?,
    )?;
    for _ in 0..40 {
        let x2 = ck.mul(line, x, x)?;
        let x4 = ck.mul(line, x2, x2)?;
        let x8 = ck.mul(line, x4, x4)?;
        let x12 = ck.mul(line, x8, x4)?;
        let x11 = ck.div(line, x12, x)?;
        let step = ck.div(line, ck.sub(line, x12, a)?, ck.mul(line, twelve, x11)?)?;
        let next = ck.sub(line, x, step)?;
        if next == x {
            break;
        }
        x = next;
    }
    Ok(x)
}

/// Spreadsheet `NPV(rate, flows…)`: flow `i` (0-based) is divided by `(1 + rate)^(i+1)`.
/// This standalone function keeps every factor at full precision (it divides by `1 + rate`
/// once per period); the engine's monthly loop uses [`discount_factors`].
pub fn npv(rate: Decimal, flows: &[Decimal]) -> Result<Decimal, EngineError> {
    let mut factor = Decimal::ONE;
    let mut total = Decimal::ZERO;
    for (i, flow) in flows.iter().enumerate() {
        let ck = Ck::new(YearMonth::default(), u32::try_from(i).unwrap_or(u32::MAX));
        factor = ck.div(LINE, factor, ck.add(LINE, Decimal::ONE, rate)?)?;
        total = ck.add(LINE, total, ck.mul(LINE, *flow, factor)?)?;
    }
    Ok(total)
}

/// NPV with the first flow at time 0 (undiscounted): `flows[0] + NPV(rate, flows[1..])`.
pub fn npv_month0(rate: Decimal, flows: &[Decimal]) -> Result<Decimal, EngineError> {
    let spreadsheet = npv(rate, flows)?;
    let ck = Ck::new(YearMonth::default(), 0);
    Ok(ck.mul(LINE, spreadsheet, ck.add(LINE, Decimal::ONE, rate)?)?)
}

/// Discount factors `1 / (1 + r)^(t+1)` for `t` in `0..n`, computed once per simulation
/// and shared by its runs (the factor is updated by `1 / (1 + r)` rather than recomputing a
/// power).
pub(crate) fn discount_factors(rate: Decimal, n: u32) -> Result<Vec<Decimal>, EngineError> {
    let ck = Ck::new(YearMonth::default(), 0);
    let per_period = ck.div(LINE, Decimal::ONE, ck.add(LINE, Decimal::ONE, rate)?)?;
    let mut factors = Vec::with_capacity(usize::try_from(n).unwrap_or(0));
    // Factors are carried to 14 decimal places. Each step adds at most 5 × 10⁻¹⁵ of
    // absolute error, so after 240 months a factor is within 1.2 × 10⁻¹² and an NPV within
    // Σ|flow| × 1.2 × 10⁻¹²: a fraction of a cent for flows of $100M a month. In exchange
    // the product of two factors (10¹⁴ × 10¹⁴ < 7.9 × 10²⁸) and of a factor with a cent
    // amount below $10¹² fit the 96-bit mantissa exactly, with no slow rescaling.
    let round = |x: Decimal| {
        if x.scale() <= FACTOR_DP {
            x
        } else {
            x.round_dp_with_strategy(FACTOR_DP, RoundingStrategy::MidpointAwayFromZero)
        }
    };
    let per_period = round(per_period);
    let mut f = per_period;
    for t in 0..n {
        factors.push(f);
        f = round(Ck::new(YearMonth::default(), t).mul(LINE, f, per_period)?);
    }
    Ok(factors)
}

/// Running NPV over monthly flows, spreadsheet convention; [`NpvAccumulator::finish`] gives
/// the [`Npv`] a run reports.
#[derive(Clone, Copy, Debug)]
pub(crate) struct NpvAccumulator {
    rate: Decimal,
    /// The factor applied to the latest flow: `1 / (1 + r)^n` after `n` periods.
    last_factor: Decimal,
    /// The discounted flows have one scale (cents times a factor of fixed places), so they
    /// add as integers.
    total: ExactSum,
}

impl NpvAccumulator {
    pub fn new(rate: Decimal) -> Result<NpvAccumulator, EngineError> {
        Ok(NpvAccumulator {
            rate,
            last_factor: Decimal::ONE,
            total: ExactSum::default(),
        })
    }

    /// Adds the next period's flow, discounted by `factor` (from [`discount_factors`]).
    pub fn push(&mut self, ck: Ck, flow: Decimal, factor: Decimal) -> Result<(), EngineError> {
        if !flow.is_zero() {
            let pv = ck.mul(LINE, flow, factor)?;
            self.total.add(ck, LINE, pv)?;
        }
        self.last_factor = factor;
        Ok(())
    }

    /// The NPV of every flow pushed.
    pub fn finish(&self, ck: Ck) -> Result<Npv, EngineError> {
        Ok(Npv {
            rate: self.rate,
            last_factor: self.last_factor,
            total: self.total.value(ck, LINE)?,
        })
    }
}

/// A run's NPV, spreadsheet convention, with what its variants need.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Npv {
    rate: Decimal,
    /// The factor of the last period: `1 / (1 + r)^n` after `n` periods.
    last_factor: Decimal,
    total: Decimal,
}

impl Npv {
    /// Spreadsheet-convention NPV.
    pub fn value(&self) -> Decimal {
        self.total
    }

    /// Present value of `amount` paid at the end of the last period.
    pub fn value_at_end(&self, ck: Ck, amount: Decimal) -> Result<Decimal, EngineError> {
        Ok(ck.mul(LINE, amount, self.last_factor)?)
    }

    /// Month-0 variant: every flow discounted one period less.
    pub fn value_month0(&self, ck: Ck) -> Result<Decimal, EngineError> {
        Ok(ck.mul(LINE, self.total, ck.add(LINE, Decimal::ONE, self.rate)?)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::round_cents;
    use rust_decimal_macros::dec;

    #[test]
    fn spreadsheet_npv_example_from_the_brief() {
        // -10000/1.1 + 3000/1.21 + 4200/1.331 + 6800/1.4641
        // = -9090.909 + 2479.339 + 3155.522 + 4644.492 = 1188.44 (BRIEF §5).
        let v = npv(
            dec!(0.10),
            &[dec!(-10000), dec!(3000), dec!(4200), dec!(6800)],
        )
        .unwrap();
        assert_eq!(round_cents(v), dec!(1188.44));
        // Month-0 variant: -10000 + 3000/1.1 + 4200/1.21 + 6800/1.331 = 1307.29.
        let v0 = npv_month0(
            dec!(0.10),
            &[dec!(-10000), dec!(3000), dec!(4200), dec!(6800)],
        )
        .unwrap();
        assert_eq!(round_cents(v0), dec!(1307.29));
    }

    #[test]
    fn monthly_rates() {
        assert_eq!(
            monthly_rate(dec!(0.12), RateConvention::Nominal).unwrap(),
            dec!(0.01)
        );
        // 1.01^12 = 1.126825030131969720661201 exactly, so its twelfth root is 1.01.
        let r = monthly_rate(dec!(0.126825030131969720661201), RateConvention::Effective).unwrap();
        assert!(
            (r - dec!(0.01)).abs() < dec!(0.000000000000000000001),
            "{r}"
        );
        assert_eq!(
            monthly_rate(Decimal::ZERO, RateConvention::Effective).unwrap(),
            Decimal::ZERO
        );
        // 100 % a year effective: 2^(1/12) − 1 = 0.0594630943592952645618...
        let r = monthly_rate(Decimal::ONE, RateConvention::Effective).unwrap();
        assert!((r - dec!(0.0594630943592952645618)).abs() < dec!(0.0000000000000000001));
    }
}
