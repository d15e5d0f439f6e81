//! Tornado and sweep over a small model whose outputs are known by hand.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use standoff_core::analysis::{
    sweep_2d, tornado, AnalysisError, Axis, Input, ParamRange, PointError, Problem,
};
use standoff_core::engine::EngineError;
use standoff_core::model::{FieldError, Rule, Unit};
use std::collections::BTreeMap;

type Params = BTreeMap<String, Decimal>;

fn params() -> Params {
    [("x", dec!(10)), ("y", dec!(4)), ("z", dec!(7))]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect()
}

/// The setter's refusal of a value above 100.
fn above_100(id: &str, v: Decimal) -> AnalysisError {
    AnalysisError::InvalidInput {
        input: Input::Param(id.to_string()),
        problem: Box::new(Problem::Rejected(FieldError {
            field: id.to_string(),
            value: v.to_string(),
            rule: Rule::Range {
                unit: Unit::Ratio,
                min: Decimal::MIN,
                max: dec!(100),
            },
        })),
    }
}

fn set(p: &mut Params, id: &str, v: Decimal) -> Result<(), AnalysisError> {
    if v > dec!(100) {
        return Err(above_100(id, v));
    }
    match p.get_mut(id) {
        Some(slot) => {
            *slot = v;
            Ok(())
        }
        None => Err(AnalysisError::InvalidInput {
            input: Input::Param(id.to_string()),
            problem: Box::new(Problem::NotAParameter),
        }),
    }
}

/// output = 2x + 5y (z is ignored).
fn linear(p: &Params) -> Result<Decimal, AnalysisError> {
    Ok(dec!(2) * p["x"] + dec!(5) * p["y"])
}

/// Each parameter of `ids`, in that order, moved by ±50 % of its value within [0, 1000].
fn half_ranges(p: &Params, ids: [&str; 3]) -> Vec<ParamRange> {
    ids.iter()
        .map(|id| ParamRange::by_share(id, id, p[*id], dec!(0), dec!(1000), dec!(0.5)).unwrap())
        .collect()
}

#[test]
fn range_by_share_clamps_and_handles_zero() {
    // 10 ± 20% = [8, 12], clamped to the maximum 11.
    let r = ParamRange::by_share("x", "X", dec!(10), dec!(0), dec!(11), dec!(0.2)).unwrap();
    assert_eq!((r.low, r.high), (dec!(8), dec!(11)));
    // A base of 0 moves by 20% of its range [−5, 5], i.e. by 2.
    let r = ParamRange::by_share("x", "X", dec!(0), dec!(-5), dec!(5), dec!(0.2)).unwrap();
    assert_eq!((r.low, r.high), (dec!(-2), dec!(2)));
    assert!(ParamRange::by_share("x", "X", dec!(1), dec!(2), dec!(0), dec!(0.2)).is_err());
    assert!(ParamRange::by_share("x", "X", dec!(1), dec!(0), dec!(2), dec!(-0.2)).is_err());
}

#[test]
fn tornado_orders_by_swing() {
    let p = params();
    let ranges = half_ranges(&p, ["x", "y", "z"]);
    let t = tornado(&p, &ranges, set, linear).unwrap();
    // Base: 2·10 + 5·4 = 40.
    assert_eq!(t.base_output, dec!(40));
    // x: 5..15 → 30..50, swing 20. y: 2..6 → 30..50, swing 20. z: no effect, swing 0.
    // Equal swings keep the given order (x before y).
    let ids: Vec<&str> = t.bars.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(ids, ["x", "y", "z"]);
    assert_eq!(t.bars[0].low_output, Some(dec!(30)));
    assert_eq!(t.bars[0].high_output, Some(dec!(50)));
    assert_eq!(t.bars[0].swing, dec!(20));
    assert_eq!(t.bars[2].swing, dec!(0));
}

#[test]
fn tornado_keeps_failures_per_bar() {
    let p = params();
    // y's high end (150) is refused by the setter; its bar keeps the low side and the message.
    let ranges = vec![
        ParamRange {
            id: "y".into(),
            label: "Y".into(),
            base: dec!(4),
            low: dec!(2),
            high: dec!(150),
        },
        ParamRange {
            id: "x".into(),
            label: "X".into(),
            base: dec!(10),
            low: dec!(9),
            high: dec!(11),
        },
    ];
    let t = tornado(&p, &ranges, set, linear).unwrap();
    let y = t.bars.iter().find(|b| b.id == "y").unwrap();
    assert_eq!(y.low_output, Some(dec!(30)));
    assert_eq!(y.high_output, None);
    assert_eq!(y.swing, dec!(10)); // |30 − 40|
    assert_eq!(
        y.error,
        Some(PointError {
            id: "y".to_string(),
            value: dec!(150),
            error: above_100("y", dec!(150)),
        })
    );
    // The base failing is an error of the whole tornado.
    let failing = |_: &Params| -> Result<Decimal, AnalysisError> {
        Err(AnalysisError::Model(EngineError::Invalid(vec![])))
    };
    assert!(matches!(
        tornado(&p, &ranges, set, failing),
        Err(AnalysisError::Model(_))
    ));
}

#[test]
fn sweep_41_by_41() {
    let p = params();
    let x = Axis::linspace("x", "X", dec!(0), dec!(4), 41).unwrap();
    let y = Axis::linspace("y", "Y", dec!(-2), dec!(2), 41).unwrap();
    // Steps of 0.1 exactly, end points included.
    assert_eq!(x.values[0], dec!(0));
    assert_eq!(x.values[40], dec!(4));
    assert_eq!(x.values[13], dec!(1.3));
    let product = |p: &Params| -> Result<Decimal, AnalysisError> { Ok(p["x"] * p["y"]) };
    let s = sweep_2d(&p, x, y, set, product).unwrap();
    assert_eq!(s.values.len(), 41 * 41);
    assert_eq!(s.failures, 0);
    // (x, y) = (1.3, −2 + 0.1·7 = −1.3) → −1.69.
    assert_eq!(s.get(13, 7), Some(dec!(-1.69)));
    assert_eq!(s.min, Some(dec!(-8)));
    assert_eq!(s.max, Some(dec!(8)));
    assert_eq!(s.get(41, 0), None);
}

#[test]
fn sweep_failures_and_limits() {
    let p = params();
    let x = Axis::linspace("x", "X", dec!(90), dec!(110), 3).unwrap(); // 110 is refused
    let y = Axis {
        id: "y".into(),
        label: "Y".into(),
        values: vec![dec!(1), dec!(200)],
    }; // 200 too
    let s = sweep_2d(&p, x.clone(), y, set, linear).unwrap();
    // Row y = 1: x = 90, 100 work (185, 205), x = 110 fails; row y = 200 fails whole.
    assert_eq!(
        s.values,
        vec![Some(dec!(185)), Some(dec!(205)), None, None, None, None]
    );
    assert_eq!(s.failures, 4);
    assert!(s.first_error.is_some());
    assert!(Axis::linspace("x", "X", dec!(0), dec!(1), 42).is_err());
    assert!(Axis::linspace("x", "X", dec!(0), dec!(1), 0).is_err());
    assert!(sweep_2d(&p, x.clone(), x, set, linear).is_err());
}

#[test]
fn tornado_sorts_a_shuffled_list_and_keeps_ties_in_the_given_order() {
    let p = params();
    // Given z, y, x: swings 0, 20, 20 (as above). Sorted by swing, largest first; y and x
    // tie, so they stay in the given order, y before x.
    let ranges = half_ranges(&p, ["z", "y", "x"]);
    let t = tornado(&p, &ranges, set, linear).unwrap();
    let ids: Vec<&str> = t.bars.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(ids, ["y", "x", "z"]);
}
