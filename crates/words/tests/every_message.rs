//! Every typed message the core and the formats produce — validation rules, analysis errors,
//! bargaining notes, engine errors, link errors, stored problems — written in English and in
//! French, with no English left in the French.
//!
//! Each list of samples is checked against an exhaustive `match` on its type (`tag` functions
//! below): a variant added to the core or the formats does not compile here until it has a
//! sample, so it cannot miss this test.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use standoff_core::analysis::{
    AnalysisError, Input, Note, PointError, Problem, Quantity, RunFailure, Side, Undefined,
};
use standoff_core::engine::EngineError;
use standoff_core::model::{Counted, FieldError, Rule, Unit, YearMonth};
use standoff_formats::{
    Expected, FieldPath, FieldProblem, Found, JsonProblem, LinkError, StoredItem, Unreadable,
};
use standoff_words::analysis::note;
use standoff_words::analysis_errors::{point_error, run_failure};
use standoff_words::errors::{analysis_error, engine_error, link_error};
use standoff_words::notices::{stored_item, unreadable_reason};
use standoff_words::rules::rule;
use standoff_words::Lang;
use std::collections::BTreeSet;

mod support;
use support::check;

/// Asserts that `samples` hit every tag from 0 to `count − 1`.
fn covers<T>(name: &str, samples: &[T], tag: impl Fn(&T) -> usize, count: usize) {
    let seen: BTreeSet<usize> = samples.iter().map(tag).collect();
    let all: BTreeSet<usize> = (0..count).collect();
    assert_eq!(seen, all, "{name}: a variant has no sample");
}

fn unit_tag(unit: &Unit) -> usize {
    match unit {
        Unit::Money => 0,
        Unit::Percent => 1,
        Unit::Probability => 2,
        Unit::Ratio => 3,
        Unit::Days => 4,
        Unit::Months => 5,
        Unit::MonthIndex => 6,
        Unit::Count => 7,
        Unit::Year => 8,
        Unit::CalendarMonth => 9,
    }
}

const UNITS: [Unit; 10] = [
    Unit::Money,
    Unit::Percent,
    Unit::Probability,
    Unit::Ratio,
    Unit::Days,
    Unit::Months,
    Unit::MonthIndex,
    Unit::Count,
    Unit::Year,
    Unit::CalendarMonth,
];

fn counted_tag(counted: &Counted) -> usize {
    match counted {
        Counted::Items => 0,
        Counted::Characters => 1,
        Counted::Steps => 2,
        Counted::Levers => 3,
        Counted::Charts => 4,
    }
}

const COUNTED: [Counted; 5] = [
    Counted::Items,
    Counted::Characters,
    Counted::Steps,
    Counted::Levers,
    Counted::Charts,
];

fn rule_tag(rule: &Rule) -> usize {
    match rule {
        Rule::Range { .. } => 0,
        Rule::WholeNumber => 1,
        Rule::NotAParameter => 2,
        Rule::NotInScenario => 3,
        Rule::Version { .. } => 4,
        Rule::NameLength { .. } => 5,
        Rule::CurrencyCode => 6,
        Rule::Colour => 7,
        Rule::AtMost { .. } => 8,
        Rule::ClosedDataCentres { .. } => 9,
        Rule::ResumeAfterStop { .. } => 10,
        Rule::RampYears { .. } => 11,
        Rule::RampNotZero => 12,
        Rule::EnglishRequired => 13,
        Rule::LessonMonth { .. } => 14,
        Rule::Lever => 15,
        Rule::Chart => 16,
        Rule::NotAllowed => 17,
        Rule::RoundMonths => 18,
        Rule::Between { .. } => 19,
    }
}

fn rules() -> Vec<Rule> {
    let mut rules: Vec<Rule> = UNITS
        .iter()
        .map(|&unit| Rule::Range {
            unit,
            min: dec!(0),
            max: dec!(3650.5),
        })
        .collect();
    rules.extend(COUNTED.iter().map(|&what| Rule::AtMost { max: 240, what }));
    rules.extend([
        Rule::WholeNumber,
        Rule::NotAParameter,
        Rule::NotInScenario,
        Rule::Version { newest: 1 },
        Rule::NameLength { max: 80 },
        Rule::CurrencyCode,
        Rule::Colour,
        Rule::ClosedDataCentres { data_centres: 2 },
        Rule::ResumeAfterStop { stop: 10 },
        Rule::RampYears {
            years: 3,
            term_months: 36,
        },
        Rule::RampNotZero,
        Rule::EnglishRequired,
        Rule::LessonMonth {
            last: 23,
            horizon: 24,
        },
        Rule::Lever,
        Rule::Chart,
        Rule::NotAllowed,
        Rule::RoundMonths,
        Rule::Between {
            min: 1,
            max: 8,
            what: Counted::Items,
        },
    ]);
    rules
}

fn field_error() -> FieldError {
    FieldError {
        field: "payment.delay_days".to_string(),
        value: "4000".to_string(),
        rule: Rule::Range {
            unit: Unit::Days,
            min: dec!(0),
            max: dec!(3650),
        },
    }
}

fn input_tag(input: &Input) -> usize {
    match input {
        Input::Param(_) => 0,
        Input::Output { .. } => 1,
        Input::Distribution(_) => 2,
        Input::CustomerPower => 3,
        Input::TerminalRecovery => 4,
        Input::SettlementMonth => 5,
        Input::Months => 6,
        Input::Prize(_) => 7,
        Input::CostPerMonth(_) => 8,
        Input::CostOfDelay => 9,
        Input::SideCostOfDelay(_) => 10,
        Input::DiscountFactor(_) => 11,
        Input::OfferPeriod => 12,
        Input::VendorShare => 13,
        Input::TornadoShare => 14,
        Input::SweepPoints => 15,
        Input::Sweep => 16,
        Input::PayoffMatrix => 17,
        Input::SubGame => 18,
        Input::McOutput => 19,
        Input::McRuns => 20,
        Input::RuleProbability => 21,
    }
}

fn inputs() -> Vec<Input> {
    let mut inputs = vec![
        Input::Param("payment.delay_days".to_string()),
        Input::Output {
            id: "customer_npv".to_string(),
            label: "Customer NPV".to_string(),
        },
        Input::Distribution(None),
        Input::Distribution(Some("payment.delay_days".to_string())),
        Input::CustomerPower,
        Input::TerminalRecovery,
        Input::SettlementMonth,
        Input::Months,
        Input::CostOfDelay,
        Input::OfferPeriod,
        Input::VendorShare,
        Input::TornadoShare,
        Input::SweepPoints,
        Input::Sweep,
        Input::PayoffMatrix,
        Input::SubGame,
        Input::McOutput,
        Input::McRuns,
        Input::RuleProbability,
    ];
    for side in [Side::Customer, Side::Vendor] {
        inputs.extend([
            Input::Prize(side),
            Input::CostPerMonth(side),
            Input::SideCostOfDelay(side),
            Input::DiscountFactor(side),
        ]);
    }
    inputs
}

fn problem_tag(problem: &Problem) -> usize {
    match problem {
        Problem::OutsideUnit { .. } => 0,
        Problem::Negative { .. } => 1,
        Problem::NegativeCostOfDelay { .. } => 2,
        Problem::PrizeNotPositive { .. } => 3,
        Problem::MonthOutsideHorizon { .. } => 4,
        Problem::PeriodNotPositive { .. } => 5,
        Problem::Rejected(_) => 6,
        Problem::NotAParameter => 7,
        Problem::NotInScenario => 8,
        Problem::NotAParameterOfScenario => 9,
        Problem::NoSuchParameter => 10,
        Problem::NoRangeToSweep => 11,
        Problem::RangeOutsideParam { .. } => 12,
        Problem::LowAboveHigh { .. } => 13,
        Problem::ModeOutside { .. } => 14,
        Problem::MeanOutside { .. } => 15,
        Problem::NegativeSd { .. } => 16,
        Problem::MinAboveMax { .. } => 17,
        Problem::NoRule { .. } => 18,
        Problem::PointsOnAxis { .. } => 19,
        Problem::AxisPoints { .. } => 20,
        Problem::SameAxes { .. } => 21,
        Problem::RowsForStrategies { .. } => 22,
        Problem::PayoffsInRow { .. } => 23,
        Problem::PickTwoStrategies => 24,
        Problem::CellOutside { .. } => 25,
        Problem::SeriesOutside { .. } => 26,
        Problem::ScalarOutside { .. } => 27,
        Problem::FlagOutside { .. } => 28,
        Problem::Runs { .. } => 29,
        Problem::Decimals { .. } => 30,
        Problem::TooManySamples { .. } => 31,
        Problem::NotRecordedForMonth { .. } => 32,
        Problem::NotRecorded => 33,
        Problem::TooLargeToKeep { .. } => 34,
    }
}

fn problems() -> Vec<Problem> {
    let (low, high, x) = (dec!(1.5), dec!(2), dec!(-0.25));
    vec![
        Problem::OutsideUnit { value: dec!(1.5) },
        Problem::Negative { value: x },
        Problem::NegativeCostOfDelay { value: x },
        Problem::PrizeNotPositive { value: x },
        Problem::MonthOutsideHorizon {
            month: 30,
            last: 23,
        },
        Problem::PeriodNotPositive { months: x },
        Problem::Rejected(field_error()),
        Problem::NotAParameter,
        Problem::NotInScenario,
        Problem::NotAParameterOfScenario,
        Problem::NoSuchParameter,
        Problem::NoRangeToSweep,
        Problem::RangeOutsideParam {
            low,
            high,
            min: dec!(0),
            max: dec!(1),
        },
        Problem::LowAboveHigh {
            low: high,
            high: low,
        },
        Problem::ModeOutside { mode: x, low, high },
        Problem::MeanOutside { mean: x, low, high },
        Problem::NegativeSd { sd: x },
        Problem::MinAboveMax {
            min: high,
            max: low,
        },
        Problem::NoRule { rule: 4 },
        Problem::PointsOnAxis {
            points: 42,
            max: 41,
        },
        Problem::AxisPoints {
            axis: "payment.delay_days".to_string(),
            points: 42,
            max: 41,
        },
        Problem::SameAxes {
            id: "payment.delay_days".to_string(),
        },
        Problem::RowsForStrategies {
            rows: 4,
            strategies: 5,
        },
        Problem::PayoffsInRow {
            payoffs: 4,
            strategies: 5,
        },
        Problem::PickTwoStrategies,
        Problem::CellOutside { row: 7, column: 8 },
        Problem::SeriesOutside {
            series: 9,
            month: 3,
        },
        Problem::ScalarOutside { scalar: 9 },
        Problem::FlagOutside { flag: 9 },
        Problem::Runs {
            runs: 0,
            max: 100_000,
        },
        Problem::Decimals {
            decimals: 30,
            max: 12,
        },
        Problem::TooManySamples {
            runs: 100_000,
            samples: 50_000_000_000,
            max: 40_000_000,
            most_runs: 80,
        },
        Problem::NotRecordedForMonth { month: 3 },
        Problem::NotRecorded,
        Problem::TooLargeToKeep {
            value: Decimal::MAX,
        },
    ]
}

fn quantity_tag(quantity: &Quantity) -> usize {
    match quantity {
        Quantity::DiscountFactor => 0,
        Quantity::PeriodDiscountFactor => 1,
        Quantity::Outage => 2,
        Quantity::DisagreementPoint => 3,
        Quantity::NetSurplus => 4,
        Quantity::Gain(Side::Customer) => 5,
        Quantity::Gain(Side::Vendor) => 6,
        Quantity::Payoff(Side::Customer) => 7,
        Quantity::Payoff(Side::Vendor) => 8,
        Quantity::DistributionWidth => 9,
        Quantity::MixedEquilibrium => 10,
        Quantity::StoredSample => 11,
        Quantity::Percentile => 12,
        Quantity::Mean => 13,
        Quantity::MinimumOrMaximum => 14,
        Quantity::Probability => 15,
        Quantity::StillOnProbability => 16,
        Quantity::ConcessionHazards => 17,
        Quantity::ExpectedLength => 18,
        Quantity::MedianLength => 19,
        Quantity::StandoffCost => 20,
        Quantity::Split => 21,
        Quantity::SettlementPayment => 22,
        Quantity::Claim => 23,
        Quantity::ReservationPrice => 24,
        Quantity::SettlementPrice => 25,
        Quantity::NashSplit => 26,
        Quantity::CostOfDelay => 27,
        Quantity::RubinsteinSplit => 28,
        Quantity::CostOfDelayPerPeriod => 29,
        Quantity::ContinuousSplit => 30,
        Quantity::TornadoRange => 31,
        Quantity::TornadoSwing => 32,
        Quantity::SweepAxis => 33,
        Quantity::DefaultLegalCost => 34,
        Quantity::StrategyPayoff => 35,
        Quantity::Zopa => 36,
        Quantity::MonthIndex => 37,
        Quantity::Leverage => 38,
        Quantity::MonthlyPain => 39,
        Quantity::PaidToVendor => 40,
    }
}

fn undefined_tag(why: &Undefined) -> usize {
    match why {
        Undefined::SubGameIndifferent => 0,
        Undefined::SubGameDominant => 1,
        Undefined::NoCostOfWaiting => 2,
        Undefined::NoCostOfDelay => 3,
        Undefined::NobodyConcedes => 4,
        Undefined::NoDealComparison => 5,
        Undefined::OutputNeedsOwnEvaluation => 6,
    }
}

fn engine_tag(error: &EngineError) -> usize {
    match error {
        EngineError::Invalid(_) => 0,
        EngineError::Overflow { .. } => 1,
    }
}

fn engine_errors() -> Vec<EngineError> {
    let mut errors = vec![EngineError::Invalid(vec![field_error()])];
    // One overflow per engine quantity, so that every quantity's name is checked.
    errors.extend(
        standoff_core::engine::Quantity::ALL.map(|line| EngineError::Overflow {
            line,
            month_index: 36,
            month: YearMonth {
                year: 2023,
                month: 1,
            },
        }),
    );
    errors
}

fn analysis_tag(error: &AnalysisError) -> usize {
    match error {
        AnalysisError::InvalidInput { .. } => 0,
        AnalysisError::Overflow(_) => 1,
        AnalysisError::NoAgreement { .. } => 2,
        AnalysisError::Undefined(_) => 3,
        AnalysisError::Model(_) => 4,
        AnalysisError::NotFinished { .. } => 5,
        AnalysisError::AllRunsFailed(_) => 6,
        AnalysisError::WorkerMessage => 7,
    }
}

fn analysis_errors() -> Vec<AnalysisError> {
    let mut errors: Vec<AnalysisError> = Vec::new();
    for input in inputs() {
        errors.push(AnalysisError::InvalidInput {
            input,
            problem: Box::new(Problem::NotAParameter),
        });
    }
    for problem in problems() {
        errors.push(AnalysisError::InvalidInput {
            input: Input::McRuns,
            problem: Box::new(problem),
        });
    }
    errors.extend(Quantity::ALL.map(AnalysisError::Overflow));
    errors.extend(Undefined::ALL.map(AnalysisError::Undefined));
    errors.extend(engine_errors().into_iter().map(AnalysisError::Model));
    errors.extend([
        AnalysisError::NoAgreement { gap: dec!(1234.5) },
        AnalysisError::NotFinished {
            completed: 3,
            total: 10,
        },
        AnalysisError::AllRunsFailed(Box::new(RunFailure {
            run: 1,
            error: AnalysisError::Overflow(Quantity::Mean),
        })),
        AnalysisError::WorkerMessage,
    ]);
    errors
}

fn note_tag(note: &Note) -> usize {
    match note {
        Note::PolicyRefuses => 0,
        Note::NoZopa { .. } => 1,
        Note::Rubinstein(_) => 2,
        Note::RubinsteinNeedsZopa => 3,
        Note::Attrition(_) => 4,
        Note::NoClaim => 5,
    }
}

fn notes() -> Vec<Note> {
    vec![
        Note::PolicyRefuses,
        Note::NoZopa {
            customer_max: dec!(1000),
            vendor_min: dec!(2000.5),
            gap: dec!(1000.5),
        },
        Note::Rubinstein(AnalysisError::Undefined(Undefined::NoCostOfWaiting)),
        Note::RubinsteinNeedsZopa,
        Note::Attrition(AnalysisError::Undefined(Undefined::NobodyConcedes)),
        Note::NoClaim,
    ]
}

fn link_tag(error: &LinkError) -> usize {
    match error {
        LinkError::Empty => 0,
        LinkError::TooLong { .. } => 1,
        LinkError::NoScenario => 2,
        LinkError::UnknownFormat { .. } => 3,
        LinkError::UnsupportedVersion { .. } => 4,
        LinkError::MissingSeparator => 5,
        LinkError::BadBase64 { .. } => 6,
        LinkError::TruncatedBase64 => 7,
        LinkError::TruncatedCompressed => 8,
        LinkError::CorruptCompressed => 9,
        LinkError::TooLargeAfterDecompression { .. } => 10,
        LinkError::NotUtf8 { .. } => 11,
        LinkError::NotJson { .. } => 12,
        LinkError::NotAnObject { .. } => 13,
        LinkError::BadNullPath { .. } => 14,
        LinkError::WrongFileFormat { .. } => 15,
        LinkError::BadVersion { .. } => 16,
        LinkError::Migration { .. } => 17,
        LinkError::BadField { .. } => 18,
        LinkError::Invalid { .. } => 19,
        LinkError::UnknownField { .. } => 20,
    }
}

/// Link errors; the parser's reasons are among those the words crate knows.
fn link_errors() -> Vec<LinkError> {
    vec![
        LinkError::Empty,
        LinkError::TooLong {
            length: 10_000,
            limit: 5_000,
        },
        LinkError::NoScenario,
        LinkError::UnknownFormat {
            found: "x1".to_string(),
        },
        LinkError::UnsupportedVersion {
            found: "v9".to_string(),
            newest: 1,
        },
        LinkError::MissingSeparator,
        LinkError::BadBase64 {
            position: 3,
            character: '<',
        },
        LinkError::TruncatedBase64,
        LinkError::TruncatedCompressed,
        LinkError::CorruptCompressed,
        LinkError::TooLargeAfterDecompression { limit: 1_000_000 },
        LinkError::NotUtf8 { position: 0 },
        LinkError::NotJson {
            line: 1,
            column: 2,
            problem: JsonProblem::NotAValue,
        },
        LinkError::NotAnObject { found: "an array" },
        LinkError::BadNullPath {
            path: "/x".to_string(),
        },
        LinkError::WrongFileFormat {
            found: "zip".to_string(),
        },
        LinkError::BadVersion {
            found: "2".to_string(),
        },
        LinkError::Migration {
            from: 1,
            message: "missing field `b`".to_string(),
        },
        LinkError::BadField {
            field: "payment.delay_days".to_string(),
            problem: FieldProblem::Expected {
                expected: Expected::WholeNumber {
                    min: 0,
                    max: 4_294_967_295,
                },
                found: Found::Text("soon".to_string()),
            },
        },
        LinkError::UnknownField {
            field: FieldPath::of_keys(&["contract", "total_commitmnet"]),
            suggestion: Some(FieldPath::of_keys(&["contract", "total_commitment"])),
        },
        LinkError::Invalid {
            errors: rules()
                .into_iter()
                .map(|rule| FieldError {
                    rule,
                    ..field_error()
                })
                .collect(),
        },
    ]
}

fn stored_tag(what: &StoredItem) -> usize {
    match what {
        StoredItem::All => 0,
        StoredItem::List => 1,
        StoredItem::Entry(_) => 2,
        StoredItem::Named(_) => 3,
        StoredItem::LastEdited => 4,
    }
}

fn stored_items() -> Vec<StoredItem> {
    vec![
        StoredItem::All,
        StoredItem::List,
        StoredItem::Entry(2),
        StoredItem::Named("Q3".to_string()),
        StoredItem::LastEdited,
    ]
}

#[test]
fn every_sample_list_covers_its_type() {
    covers("Unit", &UNITS, unit_tag, 10);
    covers("Counted", &COUNTED, counted_tag, 5);
    covers("Rule", &rules(), rule_tag, 20);
    covers("Input", &inputs(), input_tag, 22);
    covers("Problem", &problems(), problem_tag, 35);
    covers("Quantity", &Quantity::ALL, quantity_tag, 41);
    covers("Undefined", &Undefined::ALL, undefined_tag, 7);
    covers("EngineError", &engine_errors(), engine_tag, 2);
    covers("AnalysisError", &analysis_errors(), analysis_tag, 8);
    covers("Note", &notes(), note_tag, 6);
    covers("LinkError", &link_errors(), link_tag, 21);
    covers("StoredItem", &stored_items(), stored_tag, 5);
}

#[test]
fn every_message_is_written_in_both_languages_with_no_english_in_the_french() {
    for r in rules() {
        check(&format!("{r:?}"), rule(Lang::En, &r), rule(Lang::Fr, &r));
    }
    for e in analysis_errors() {
        let what = format!("{e:?}");
        check(
            &what,
            analysis_error(Lang::En, &e),
            analysis_error(Lang::Fr, &e),
        );
    }
    let point = PointError {
        id: "payment.delay_days".to_string(),
        value: dec!(4000),
        error: AnalysisError::Overflow(Quantity::Claim),
    };
    check(
        "point",
        point_error(Lang::En, &point),
        point_error(Lang::Fr, &point),
    );
    let run = RunFailure {
        run: 3,
        error: AnalysisError::Overflow(Quantity::Claim),
    };
    check(
        "run",
        run_failure(Lang::En, &run),
        run_failure(Lang::Fr, &run),
    );
    for n in notes() {
        check(
            &format!("{n:?}"),
            note(Lang::En, &n, "USD"),
            note(Lang::Fr, &n, "USD"),
        );
    }
    for e in engine_errors() {
        check(
            &format!("{e:?}"),
            engine_error(Lang::En, &e),
            engine_error(Lang::Fr, &e),
        );
    }
    for e in link_errors() {
        check(
            &format!("{e:?}"),
            link_error(Lang::En, &e),
            link_error(Lang::Fr, &e),
        );
    }
    for what in stored_items() {
        check(
            &format!("{what:?}"),
            stored_item(Lang::En, &what),
            stored_item(Lang::Fr, &what),
        );
        let reason = Unreadable::Found {
            what,
            error: LinkError::TruncatedBase64,
        };
        check(
            &format!("{reason:?}"),
            unreadable_reason(Lang::En, &reason),
            unreadable_reason(Lang::Fr, &reason),
        );
    }
}
