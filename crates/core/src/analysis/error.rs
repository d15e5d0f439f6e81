//! What can go wrong in an analysis, as data: which input, which quantity, which reason, with
//! their numbers. The words crate writes each variant in each language
//! (`standoff_words::errors::analysis_error`); nothing here is a sentence.

use crate::engine::EngineError;
use crate::model::FieldError;
use rust_decimal::Decimal;

/// Everything that can go wrong in an analysis.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum AnalysisError {
    /// An input is outside its allowed range: which input, and what is wrong with it (boxed:
    /// a problem carries several numbers, and every analysis result holds room for its error).
    InvalidInput { input: Input, problem: Box<Problem> },
    /// Checked arithmetic overflowed or divided by zero while computing this quantity.
    Overflow(Quantity),
    /// The two sides' reservation values do not overlap: there is nothing to split.
    NoAgreement { gap: Decimal },
    /// The analysis has no defined answer for these inputs (e.g. nobody ever concedes).
    Undefined(Undefined),
    /// The engine failed on the case the analysis needed.
    Model(EngineError),
    /// A Monte Carlo result was asked for before every run was done.
    NotFinished { completed: u32, total: u32 },
    /// Every Monte Carlo run failed; carries the first failure.
    AllRunsFailed(Box<RunFailure>),
    /// The web app's analysis worker sent or received a message the other side could not
    /// read (a page and a worker of different builds).
    WorkerMessage,
}

/// The first failed run of a Monte Carlo analysis.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RunFailure {
    /// 1-based run number.
    pub run: u32,
    pub error: AnalysisError,
}

/// A side of the standoff, where an input or a quantity is one per side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Side {
    Customer,
    Vendor,
}

/// The input an [`AnalysisError::InvalidInput`] is about.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Input {
    /// A parameter of the scenario, by its dotted path.
    Param(String),
    /// A Monte Carlo output series or scalar: its id, and its label as the layout gives it.
    Output {
        id: String,
        label: String,
    },
    /// The distribution of a parameter, by its id; `None` for a distribution on its own.
    Distribution(Option<String>),
    CustomerPower,
    TerminalRecovery,
    SettlementMonth,
    /// The number of months the war of attrition's survival is asked for.
    Months,
    Prize(Side),
    CostPerMonth(Side),
    /// A cost of delay turned into a discount factor.
    CostOfDelay,
    /// One side's cost of delay in the continuous-time limit.
    SideCostOfDelay(Side),
    DiscountFactor(Side),
    OfferPeriod,
    VendorShare,
    TornadoShare,
    SweepPoints,
    Sweep,
    PayoffMatrix,
    SubGame,
    McOutput,
    McRuns,
    RuleProbability,
}

/// What is wrong with an [`Input`], with the numbers that say what is allowed.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Problem {
    /// A share or probability outside 0 to 1.
    OutsideUnit {
        value: Decimal,
    },
    /// A negative value where 0 or more is needed.
    Negative {
        value: Decimal,
    },
    /// A negative cost of delay.
    NegativeCostOfDelay {
        value: Decimal,
    },
    /// A prize of 0 or less in the war of attrition.
    PrizeNotPositive {
        value: Decimal,
    },
    /// A settlement month beyond the horizon.
    MonthOutsideHorizon {
        month: u32,
        last: u32,
    },
    /// An offer period of 0 months or less.
    PeriodNotPositive {
        months: Decimal,
    },
    /// A parameter's own rule, as the setter reports it.
    Rejected(FieldError),
    /// The id names no parameter of the registry.
    NotAParameter,
    /// The registry knows the id, but this scenario has no such field.
    NotInScenario,
    /// The id names no numeric parameter of this scenario.
    NotAParameterOfScenario,
    /// A distribution over a parameter this scenario does not have.
    NoSuchParameter,
    /// The parameter has no range to sweep in this scenario.
    NoRangeToSweep,
    /// A distribution's support goes beyond its parameter's range.
    RangeOutsideParam {
        low: Decimal,
        high: Decimal,
        min: Decimal,
        max: Decimal,
    },
    LowAboveHigh {
        low: Decimal,
        high: Decimal,
    },
    ModeOutside {
        mode: Decimal,
        low: Decimal,
        high: Decimal,
    },
    MeanOutside {
        mean: Decimal,
        low: Decimal,
        high: Decimal,
    },
    NegativeSd {
        sd: Decimal,
    },
    MinAboveMax {
        min: Decimal,
        max: Decimal,
    },
    /// A retaliation rule number (0-based) the scenario does not have.
    NoRule {
        rule: usize,
    },
    /// A sweep axis with a number of points outside 1 to `max`.
    PointsOnAxis {
        points: usize,
        max: usize,
    },
    /// A given sweep axis with a number of points outside 1 to `max`.
    AxisPoints {
        axis: String,
        points: usize,
        max: usize,
    },
    /// Both sweep axes vary the same parameter.
    SameAxes {
        id: String,
    },
    RowsForStrategies {
        rows: usize,
        strategies: usize,
    },
    PayoffsInRow {
        payoffs: usize,
        strategies: usize,
    },
    PickTwoStrategies,
    CellOutside {
        row: usize,
        column: usize,
    },
    SeriesOutside {
        series: usize,
        month: usize,
    },
    ScalarOutside {
        scalar: usize,
    },
    FlagOutside {
        flag: usize,
    },
    Runs {
        runs: u32,
        max: u32,
    },
    Decimals {
        decimals: u32,
        max: u32,
    },
    TooManySamples {
        runs: u32,
        samples: u64,
        max: u64,
        most_runs: u64,
    },
    /// A Monte Carlo model left a series without a value for a month (1-based).
    NotRecordedForMonth {
        month: usize,
    },
    /// A Monte Carlo model left a scalar without a value.
    NotRecorded,
    /// A recorded value does not fit the fixed-point samples.
    TooLargeToKeep {
        value: Decimal,
    },
}

/// What was being computed when the arithmetic overflowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Quantity {
    DiscountFactor,
    /// The per-period factor of a cost of delay (Rubinstein).
    PeriodDiscountFactor,
    Outage,
    DisagreementPoint,
    NetSurplus,
    Gain(Side),
    Payoff(Side),
    DistributionWidth,
    MixedEquilibrium,
    StoredSample,
    Percentile,
    Mean,
    MinimumOrMaximum,
    Probability,
    StillOnProbability,
    ConcessionHazards,
    ExpectedLength,
    MedianLength,
    StandoffCost,
    Split,
    SettlementPayment,
    Claim,
    ReservationPrice,
    SettlementPrice,
    NashSplit,
    CostOfDelay,
    RubinsteinSplit,
    CostOfDelayPerPeriod,
    ContinuousSplit,
    TornadoRange,
    TornadoSwing,
    SweepAxis,
    DefaultLegalCost,
    StrategyPayoff,
    Zopa,
    MonthIndex,
    /// The difference of the two sides' monthly costs of delay (the verdict).
    Leverage,
    /// One side's cost of one month of the standoff.
    MonthlyPain,
    /// What the customer paid one vendor over the horizon (the triage).
    PaidToVendor,
}

impl Quantity {
    /// Every quantity, for the test that words each one.
    pub const ALL: [Quantity; 41] = [
        Quantity::DiscountFactor,
        Quantity::PeriodDiscountFactor,
        Quantity::Outage,
        Quantity::DisagreementPoint,
        Quantity::NetSurplus,
        Quantity::Gain(Side::Customer),
        Quantity::Gain(Side::Vendor),
        Quantity::Payoff(Side::Customer),
        Quantity::Payoff(Side::Vendor),
        Quantity::DistributionWidth,
        Quantity::MixedEquilibrium,
        Quantity::StoredSample,
        Quantity::Percentile,
        Quantity::Mean,
        Quantity::MinimumOrMaximum,
        Quantity::Probability,
        Quantity::StillOnProbability,
        Quantity::ConcessionHazards,
        Quantity::ExpectedLength,
        Quantity::MedianLength,
        Quantity::StandoffCost,
        Quantity::Split,
        Quantity::SettlementPayment,
        Quantity::Claim,
        Quantity::ReservationPrice,
        Quantity::SettlementPrice,
        Quantity::NashSplit,
        Quantity::CostOfDelay,
        Quantity::RubinsteinSplit,
        Quantity::CostOfDelayPerPeriod,
        Quantity::ContinuousSplit,
        Quantity::TornadoRange,
        Quantity::TornadoSwing,
        Quantity::SweepAxis,
        Quantity::DefaultLegalCost,
        Quantity::StrategyPayoff,
        Quantity::Zopa,
        Quantity::MonthIndex,
        Quantity::Leverage,
        Quantity::MonthlyPain,
        Quantity::PaidToVendor,
    ];
}

/// Why an analysis has no defined answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Undefined {
    /// A 2×2 sub-game where one side is indifferent or has one best strategy whatever.
    SubGameIndifferent,
    /// A 2×2 sub-game where a side has a dominant strategy.
    SubGameDominant,
    /// Both Rubinstein discount factors are 1.
    NoCostOfWaiting,
    /// Neither side has a cost of delay in the continuous-time limit.
    NoCostOfDelay,
    /// The war of attrition costs neither side anything.
    NobodyConcedes,
    /// The engine's report has no comparison of the deal with the no-deal path.
    NoDealComparison,
    /// The output is not read from one report (the settlement price).
    OutputNeedsOwnEvaluation,
}

impl Undefined {
    /// Every reason, for the test that words each one.
    pub const ALL: [Undefined; 7] = [
        Undefined::SubGameIndifferent,
        Undefined::SubGameDominant,
        Undefined::NoCostOfWaiting,
        Undefined::NoCostOfDelay,
        Undefined::NobodyConcedes,
        Undefined::NoDealComparison,
        Undefined::OutputNeedsOwnEvaluation,
    ];
}
