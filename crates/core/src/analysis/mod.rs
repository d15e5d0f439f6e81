//! Negotiation analyses over the engine: what each side should accept, who blinks first, and how
//! sure we are.
//!
//! The core analyses (`nash`, `rubinstein`, `attrition`, `zopa`, `payoff`, `sensitivity`,
//! `monte_carlo`) are generic over plain numbers or closures and tested against closed forms;
//! `bargaining`, `strategies`, `scenario_sensitivity` and `scenario_mc` wire them to the
//! cash-flow engine. Everything here is sans-IO.
//! Money is `rust_decimal::Decimal` throughout. `f64` appears only inside Monte Carlo sampling
//! (see [`distributions`]) and is converted back to `Decimal` at the boundary.
//!
//! No function in this module panics on user-influenced input: arithmetic is checked and every
//! failure is an [`AnalysisError`]: data the words crate writes in each language.

pub mod attrition;
pub mod bargaining;
pub mod best_allocation;
pub mod distributions;
pub mod error;
pub mod monte_carlo;
pub mod nash;
pub mod payoff;
pub mod portfolio_pain;
pub mod rng;
pub mod rubinstein;
pub mod scenario_mc;
pub mod scenario_sensitivity;
pub mod sensitivity;
pub mod split;
pub mod strategies;
pub mod sweep_run;
pub mod tornado_run;
pub mod triage;
pub mod verdict;
pub mod zopa;

use rust_decimal::Decimal;

pub use attrition::{war_of_attrition, Attrition, AttritionSide};
pub use bargaining::{
    bargaining, settlement_price, Bargaining, BargainingOptions, DelayCost, Note, PricedSplit,
};
pub use best_allocation::{best_allocation, BestAllocation, BEST_ALLOCATION_VENDORS_MAX};
pub use distributions::Distribution;
pub use error::{AnalysisError, Input, Problem, Quantity, RunFailure, Side, Undefined};
pub use monte_carlo::{
    Band, FlagSpec, McConfig, McLayout, McPart, McResult, McSamples, Merged, MonteCarloRun,
    PathModel, PathOutput, Probability, Progress, ScalarSummary, SeriesBands, SeriesSpec,
};
pub use nash::{nash_bargaining, NashSolution};
pub use payoff::{MixedEquilibrium, Payoff, PayoffAnalysis, PayoffMatrix};
pub use portfolio_pain::{portfolio_pain, PortfolioPain};
pub use rng::SimRng;
pub use rubinstein::{
    continuous_limit, discount_factor, rubinstein, rubinstein_with_period, DiscountConvention,
    Proposer, RubinsteinSplit,
};
pub use scenario_mc::{
    merge_scenario_monte_carlo, scenario_monte_carlo, ParamDistribution, RuleChance, ScenarioMcSpec,
};
pub use scenario_sensitivity::{
    ranges_by_share, scenario_sweep, scenario_tornado, scenario_tornado_ranges, Output,
};
pub use sensitivity::{
    sweep_2d, tornado, Axis, ParamRange, PointError, Sweep, Tornado, TornadoBar,
};
pub use split::{split_range, split_runs, MAX_PARTS};
pub use strategies::{
    merge_strategy_matrix, strategy_matrix, strategy_matrix_part, CustomerStrategy, MatrixPart,
    Strategies, StrategyMatrix, VendorStrategy,
};
pub use sweep_run::{SweepPart, SweepProgress, SweepRun};
pub use tornado_run::{TornadoPart, TornadoRun};
pub use triage::{triage, Triage, VendorTriage};
pub use verdict::{pain, verdict, Blink, Deal, Leverage, Pain, PainMonth, Verdict};
pub use zopa::{zopa, Zopa};

/// Shorthand for an [`AnalysisError::InvalidInput`].
pub(crate) fn invalid(input: Input, problem: Problem) -> AnalysisError {
    AnalysisError::InvalidInput {
        input,
        problem: Box::new(problem),
    }
}

/// Checked decimal arithmetic that names what was being computed when it fails, so that no
/// analysis ever uses the panicking operators on user-influenced values.
pub(crate) mod dec {
    use super::{AnalysisError, Quantity};
    use rust_decimal::Decimal;

    pub fn overflow(what: Quantity) -> AnalysisError {
        AnalysisError::Overflow(what)
    }

    pub fn add(a: Decimal, b: Decimal, what: Quantity) -> Result<Decimal, AnalysisError> {
        a.checked_add(b).ok_or_else(|| overflow(what))
    }

    pub fn sub(a: Decimal, b: Decimal, what: Quantity) -> Result<Decimal, AnalysisError> {
        a.checked_sub(b).ok_or_else(|| overflow(what))
    }

    pub fn mul(a: Decimal, b: Decimal, what: Quantity) -> Result<Decimal, AnalysisError> {
        a.checked_mul(b).ok_or_else(|| overflow(what))
    }

    pub fn div(a: Decimal, b: Decimal, what: Quantity) -> Result<Decimal, AnalysisError> {
        a.checked_div(b).ok_or_else(|| overflow(what))
    }

    /// e, 2.7182818284590452353602874714 (28 places, the last one rounded).
    const E: Decimal = Decimal::from_parts(2239425882, 3958169141, 1473583531, false, 28);

    /// ln 2, 0.6931471805599453094172321215 (28 places, the last one rounded): the war of
    /// attrition's median length is `ln 2` over the total hazard.
    pub const LN_2: Decimal = Decimal::from_parts(2860148159, 2180329217, 375755839, false, 28);

    /// The largest exponent [`exp`] accepts: `e^60 ≈ 1.14e26`, inside `Decimal`'s range, and
    /// `e^(−60) ≈ 8.8e-27` is the smallest factor the analyses still tell apart from zero.
    pub const EXP_MAX: Decimal = Decimal::from_parts(60, 0, 0, false, 0);

    /// `e^x` for `0 ≤ x ≤` [`EXP_MAX`], to about 27 significant digits.
    ///
    /// This is the only transcendental function the analyses take of a `Decimal` (continuous
    /// discounting and the war of attrition), so it is written here, with its domain and
    /// precision stated, rather than taken from `rust_decimal`'s `maths` feature for this one
    /// use. With `x = n + f`, `n` whole and `0 ≤ f < 1`:
    /// `e^n` by squaring `e` (at most 11 products, each rounded at the 28th significant digit)
    /// and `e^f` by its Taylor series, whose terms `f^k / k!` fall below `Decimal`'s
    /// resolution after about 27 terms.
    pub fn exp(x: Decimal, what: Quantity) -> Result<Decimal, AnalysisError> {
        if x < Decimal::ZERO || x > EXP_MAX {
            return Err(overflow(what));
        }
        let whole = x.trunc();
        let fraction = sub(x, whole, what)?;
        // `whole` is an integer from 0 to 60, so its mantissa at scale 0 is the count.
        let mut n = whole.normalize().mantissa();
        let mut power = Decimal::ONE;
        let mut base = E;
        while n > 0 {
            if n & 1 == 1 {
                power = mul(power, base, what)?;
            }
            n >>= 1;
            if n > 0 {
                base = mul(base, base, what)?;
            }
        }
        let mut series = Decimal::ONE;
        let mut term = Decimal::ONE;
        for k in 1..=40u32 {
            term = div(mul(term, fraction, what)?, Decimal::from(k), what)?;
            if term.is_zero() {
                break;
            }
            series = add(series, term, what)?;
        }
        mul(power, series, what)
    }
}

/// Checks that `value` lies in `[0, 1]`, the range of shares, powers and probabilities.
pub(crate) fn check_unit(input: Input, value: Decimal) -> Result<(), AnalysisError> {
    if value < Decimal::ZERO || value > Decimal::ONE {
        return Err(invalid(input, Problem::OutsideUnit { value }));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{dec, Quantity};
    use rust_decimal::Decimal;
    use std::str::FromStr;

    fn d(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    /// `e^x` against references computed to 50 significant digits with Python's `decimal`
    /// module (`Decimal(x).exp()`), an implementation independent of this one: the relative
    /// error must stay below 1e-25.
    #[test]
    fn exp_matches_fifty_digit_references() {
        let cases = [
            ("0", "1"),
            ("0.1", "1.1051709180756476248117078264902466682245471947375"),
            ("1", "2.7182818284590452353602874713526624977572470937000"),
            ("2.5", "12.182493960703473438070175951167966183182767790063"),
            (
                "13.75",
                "936589.15823255445599318576420900055131117783267834",
            ),
            (
                "59.99",
                "113064422642733957921646847.81120961862724709037475",
            ),
            ("60", "114200738981568428366295718.31447656301980459595564"),
        ];
        for (x, expected) in cases {
            let got = dec::exp(d(x), Quantity::Mean).unwrap();
            // The references have more digits than a Decimal holds: compare through the
            // relative error, with the reference rounded to 28 significant digits.
            let expected = Decimal::from_str(&expected[..expected.len().min(30)]).unwrap();
            let error = ((got - expected) / expected).abs();
            assert!(error < d("1e-25"), "e^{x}: {got} against {expected}");
        }
        assert_eq!(
            dec::exp(Decimal::ZERO, Quantity::Mean).unwrap(),
            Decimal::ONE
        );
    }

    #[test]
    fn exp_refuses_what_it_does_not_cover() {
        assert!(dec::exp(d("-0.5"), Quantity::Mean).is_err());
        assert!(dec::exp(d("60.0001"), Quantity::Mean).is_err());
    }

    /// ln 2 = 0.693147180559945309417232121458… (Python: `Decimal(2).ln()`), and `e^(ln 2)`
    /// is 2 to the constant's precision.
    #[test]
    fn ln_2_is_the_logarithm_of_two() {
        assert_eq!(dec::LN_2, d("0.6931471805599453094172321215"));
        let two = dec::exp(dec::LN_2, Quantity::Mean).unwrap();
        assert!((two - Decimal::TWO).abs() < d("1e-26"), "{two}");
    }
}
