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
//! failure is an [`AnalysisError`] with a plain message.

pub mod attrition;
pub mod bargaining;
pub mod distributions;
pub mod monte_carlo;
pub mod nash;
pub mod payoff;
pub mod rng;
pub mod rubinstein;
pub mod scenario_mc;
pub mod scenario_sensitivity;
pub mod sensitivity;
pub mod strategies;
pub mod sweep_run;
pub mod tornado_run;
pub mod zopa;

use rust_decimal::Decimal;
use std::fmt;

pub use attrition::{war_of_attrition, Attrition, AttritionSide};
pub use bargaining::{
    bargaining, settlement_price, Bargaining, BargainingOptions, DelayCost, PricedSplit,
};
pub use distributions::Distribution;
pub use monte_carlo::{
    Band, FlagSpec, McConfig, McLayout, McResult, MonteCarloRun, PathModel, PathOutput,
    Probability, Progress, ScalarSummary, SeriesBands, SeriesSpec,
};
pub use nash::{nash_bargaining, NashSolution};
pub use payoff::{MixedEquilibrium, Payoff, PayoffAnalysis, PayoffMatrix};
pub use rng::SimRng;
pub use rubinstein::{
    continuous_limit, discount_factor, rubinstein, rubinstein_with_period, DiscountConvention,
    Proposer, RubinsteinSplit,
};
pub use scenario_mc::{scenario_monte_carlo, ParamDistribution, RuleChance, ScenarioMcSpec};
pub use scenario_sensitivity::{
    ranges_by_share, scenario_sweep, scenario_tornado, scenario_tornado_ranges, Output,
};
pub use sensitivity::{sweep_2d, tornado, Axis, ParamRange, Sweep, Tornado, TornadoBar};
pub use strategies::{strategy_matrix, CustomerStrategy, StrategyMatrix, VendorStrategy};
pub use sweep_run::{SweepProgress, SweepRun};
pub use tornado_run::TornadoRun;
pub use zopa::{zopa, Zopa};

/// Everything that can go wrong in an analysis, each with a message a reader can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnalysisError {
    /// An input is outside its allowed range; names the input, its value and the range.
    InvalidInput { field: String, message: String },
    /// Checked arithmetic overflowed or divided by zero while computing the named quantity.
    Overflow(String),
    /// The two sides' reservation values do not overlap: there is nothing to split.
    NoAgreement { gap: Decimal },
    /// The analysis has no defined answer for these inputs (e.g. nobody ever concedes).
    Undefined(String),
    /// The model (usually the engine) failed on the base case.
    Model(String),
    /// A Monte Carlo result was asked for before every run was done.
    NotFinished { completed: u32, total: u32 },
    /// Every Monte Carlo run failed; carries the first failure.
    AllRunsFailed(String),
}

impl fmt::Display for AnalysisError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnalysisError::InvalidInput { field, message } => write!(f, "{field}: {message}"),
            AnalysisError::Overflow(what) => {
                write!(f, "the numbers are too large to compute {what}")
            }
            AnalysisError::NoAgreement { gap } => write!(
                f,
                "no zone of possible agreement: the reservation values are {gap} apart"
            ),
            AnalysisError::Undefined(why) => write!(f, "{why}"),
            AnalysisError::Model(why) => write!(f, "the simulation failed: {why}"),
            AnalysisError::NotFinished { completed, total } => write!(
                f,
                "the Monte Carlo run is not finished ({completed} of {total} runs done)"
            ),
            AnalysisError::AllRunsFailed(first) => {
                write!(
                    f,
                    "every Monte Carlo run failed; the first failure: {first}"
                )
            }
        }
    }
}

impl std::error::Error for AnalysisError {}

/// Shorthand for an [`AnalysisError::InvalidInput`].
pub(crate) fn invalid(field: &str, message: impl Into<String>) -> AnalysisError {
    AnalysisError::InvalidInput {
        field: field.to_string(),
        message: message.into(),
    }
}

/// Checked decimal arithmetic that names what was being computed when it fails, so that no
/// analysis ever uses the panicking operators on user-influenced values.
pub(crate) mod dec {
    use super::AnalysisError;
    use rust_decimal::Decimal;

    fn overflow(what: &str) -> AnalysisError {
        AnalysisError::Overflow(what.to_string())
    }

    pub fn add(a: Decimal, b: Decimal, what: &str) -> Result<Decimal, AnalysisError> {
        a.checked_add(b).ok_or_else(|| overflow(what))
    }

    pub fn sub(a: Decimal, b: Decimal, what: &str) -> Result<Decimal, AnalysisError> {
        a.checked_sub(b).ok_or_else(|| overflow(what))
    }

    pub fn mul(a: Decimal, b: Decimal, what: &str) -> Result<Decimal, AnalysisError> {
        a.checked_mul(b).ok_or_else(|| overflow(what))
    }

    pub fn div(a: Decimal, b: Decimal, what: &str) -> Result<Decimal, AnalysisError> {
        a.checked_div(b).ok_or_else(|| overflow(what))
    }
}

/// Checks that `value` lies in `[0, 1]`, the range of shares, powers and probabilities.
pub(crate) fn check_unit(field: &str, value: Decimal) -> Result<(), AnalysisError> {
    if value < Decimal::ZERO || value > Decimal::ONE {
        return Err(invalid(
            field,
            format!("{value} is outside the allowed range 0 to 1"),
        ));
    }
    Ok(())
}
