//! One-at-a-time sensitivity (tornado) and two-parameter sweeps (heatmap).
//!
//! Both are generic over the thing being varied (`P`, in practice a `Scenario`), a setter that
//! changes one named parameter of a copy, and a model that turns a `P` into one output number.
//! A tornado moves each parameter to its low and then its high value with every other parameter
//! at its base value, and sorts the bars by swing `|output(high) − output(low)|`, widest first.
//! A sweep evaluates the model on every point of a grid over two parameters.
//!
//! A failure at one point (an invalid combination, an engine error) does not abort the whole
//! analysis: the bar or grid cell is left empty and the first failure is kept for display.

use super::{dec, invalid, AnalysisError, Input, Problem, Quantity};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The most points on one axis of a sweep: 41 × 41 = 1,681 model runs.
pub const MAX_AXIS_POINTS: usize = 41;

/// One parameter's low and high values for a tornado.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParamRange {
    pub id: String,
    pub label: String,
    pub base: Decimal,
    pub low: Decimal,
    pub high: Decimal,
}

impl ParamRange {
    /// `base ∓ share·|base|`, clamped to `[min, max]`. A parameter whose base value is 0 would
    /// then never move, so it moves by `share` of its whole range instead.
    pub fn by_share(
        id: &str,
        label: &str,
        base: Decimal,
        min: Decimal,
        max: Decimal,
        share: Decimal,
    ) -> Result<Self, AnalysisError> {
        if share < Decimal::ZERO {
            return Err(invalid(
                Input::TornadoShare,
                Problem::Negative { value: share },
            ));
        }
        if min > max {
            return Err(invalid(
                Input::Param(id.to_string()),
                Problem::MinAboveMax { min, max },
            ));
        }
        let what = Quantity::TornadoRange;
        let reference = if base.is_zero() {
            dec::sub(max, min, what)?
        } else {
            base.abs()
        };
        let delta = dec::mul(reference, share, what)?;
        let low = dec::sub(base, delta, what)?.max(min).min(max);
        let high = dec::add(base, delta, what)?.min(max).max(min);
        Ok(ParamRange {
            id: id.to_string(),
            label: label.to_string(),
            base,
            low,
            high,
        })
    }
}

/// The failure of one point of a tornado or a sweep: the parameter varied, its value there,
/// and what went wrong.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PointError {
    pub id: String,
    pub value: Decimal,
    pub error: AnalysisError,
}

/// One bar of a tornado chart.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TornadoBar {
    pub id: String,
    pub label: String,
    pub low_input: Decimal,
    pub high_input: Decimal,
    /// The output with this parameter at its low value; `None` if that run failed.
    pub low_output: Option<Decimal>,
    /// The output with this parameter at its high value; `None` if that run failed.
    pub high_output: Option<Decimal>,
    /// `|high_output − low_output|`, or the distance of the one that worked from the base.
    pub swing: Decimal,
    /// The first failure for this parameter.
    pub error: Option<PointError>,
}

/// A tornado chart: the base output and one bar per parameter, widest swing first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tornado {
    pub base_output: Decimal,
    pub bars: Vec<TornadoBar>,
}

/// Runs `model` on a copy of `base` with parameter `id` set to `value`.
fn evaluate<P, S, M>(
    base: &P,
    set: &S,
    model: &M,
    id: &str,
    value: Decimal,
) -> Result<Decimal, PointError>
where
    P: Clone,
    S: Fn(&mut P, &str, Decimal) -> Result<(), AnalysisError>,
    M: Fn(&P) -> Result<Decimal, AnalysisError>,
{
    let mut varied = base.clone();
    set(&mut varied, id, value)
        .and_then(|()| model(&varied))
        .map_err(|error| PointError {
            id: id.to_string(),
            value,
            error,
        })
}

/// One-at-a-time sensitivity of `model` to each parameter in `ranges`.
///
/// Fails only if the base case itself fails; per-parameter failures are kept in the bars.
pub fn tornado<P, S, M>(
    base: &P,
    ranges: &[ParamRange],
    set: S,
    model: M,
) -> Result<Tornado, AnalysisError>
where
    P: Clone,
    S: Fn(&mut P, &str, Decimal) -> Result<(), AnalysisError>,
    M: Fn(&P) -> Result<Decimal, AnalysisError>,
{
    let base_output = model(base)?;
    let mut bars = Vec::with_capacity(ranges.len());
    for range in ranges {
        bars.push(tornado_bar(base, &set, &model, range, base_output)?);
    }
    Ok(tornado_from_bars(base_output, bars))
}

/// The bar of one parameter range (both ends evaluated). [`tornado`] and the chunked
/// [`super::TornadoRun`] share it, so they give the same bars.
pub(crate) fn tornado_bar<P, S, M>(
    base: &P,
    set: &S,
    model: &M,
    range: &ParamRange,
    base_output: Decimal,
) -> Result<TornadoBar, AnalysisError>
where
    P: Clone,
    S: Fn(&mut P, &str, Decimal) -> Result<(), AnalysisError>,
    M: Fn(&P) -> Result<Decimal, AnalysisError>,
{
    let low = evaluate(base, set, model, &range.id, range.low);
    let high = evaluate(base, set, model, &range.id, range.high);
    let error = match (&low, &high) {
        (Err(e), _) | (_, Err(e)) => Some(e.clone()),
        _ => None,
    };
    let low_output = low.ok();
    let high_output = high.ok();
    let spread = |a: Decimal, b: Decimal| a.checked_sub(b).map(|d| d.abs());
    let swing = match (low_output, high_output) {
        (Some(l), Some(h)) => spread(h, l),
        (Some(x), None) | (None, Some(x)) => spread(x, base_output),
        (None, None) => Some(Decimal::ZERO),
    }
    .ok_or(AnalysisError::Overflow(Quantity::TornadoSwing))?;
    Ok(TornadoBar {
        id: range.id.clone(),
        label: range.label.clone(),
        low_input: range.low,
        high_input: range.high,
        low_output,
        high_output,
        swing,
        error,
    })
}

/// The tornado of bars computed in the order of their ranges: sorted by swing.
pub(crate) fn tornado_from_bars(base_output: Decimal, bars: Vec<TornadoBar>) -> Tornado {
    // Largest swing first, and the caller's order among equal swings (a stable sort), so the
    // chart does not shuffle.
    let mut bars = bars;
    bars.sort_by_key(|bar| std::cmp::Reverse(bar.swing));
    Tornado { base_output, bars }
}

/// One axis of a sweep: a parameter and the values it takes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Axis {
    pub id: String,
    pub label: String,
    pub values: Vec<Decimal>,
}

impl Axis {
    /// `points` evenly spaced values from `low` to `high` inclusive (1 to 41 points; one point
    /// is just `low`).
    pub fn linspace(
        id: &str,
        label: &str,
        low: Decimal,
        high: Decimal,
        points: usize,
    ) -> Result<Self, AnalysisError> {
        if points == 0 || points > MAX_AXIS_POINTS {
            return Err(invalid(
                Input::SweepPoints,
                Problem::PointsOnAxis {
                    points,
                    max: MAX_AXIS_POINTS,
                },
            ));
        }
        let what = Quantity::SweepAxis;
        let mut values = Vec::with_capacity(points);
        if points == 1 {
            values.push(low);
        } else {
            let span = dec::sub(high, low, what)?;
            let steps = Decimal::from(points - 1);
            for i in 0..points {
                // Multiply before dividing so that the end points come out exact.
                let offset = dec::div(dec::mul(span, Decimal::from(i), what)?, steps, what)?;
                values.push(dec::add(low, offset, what)?);
            }
        }
        Ok(Axis {
            id: id.to_string(),
            label: label.to_string(),
            values,
        })
    }
}

/// The result of a two-parameter sweep, laid out for a heatmap.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sweep {
    pub x: Axis,
    pub y: Axis,
    /// `values[iy * x.values.len() + ix]`; `None` where the run failed.
    pub values: Vec<Option<Decimal>>,
    /// The smallest and largest output over the grid, for the colour scale.
    pub min: Option<Decimal>,
    pub max: Option<Decimal>,
    /// How many grid points failed, and the first failure.
    pub failures: usize,
    pub first_error: Option<PointError>,
}

impl Sweep {
    /// The output at column `ix` (x value) and row `iy` (y value).
    pub fn get(&self, ix: usize, iy: usize) -> Option<Decimal> {
        if ix >= self.x.values.len() {
            return None;
        }
        let index = iy.checked_mul(self.x.values.len())?.checked_add(ix)?;
        self.values.get(index).copied().flatten()
    }
}

/// Evaluates `model` on every point of the grid `x × y`.
pub fn sweep_2d<P, S, M>(
    base: &P,
    x: Axis,
    y: Axis,
    set: S,
    model: M,
) -> Result<Sweep, AnalysisError>
where
    P: Clone,
    S: Fn(&mut P, &str, Decimal) -> Result<(), AnalysisError>,
    M: Fn(&P) -> Result<Decimal, AnalysisError>,
{
    if x.id == y.id {
        return Err(invalid(
            Input::Sweep,
            Problem::SameAxes { id: x.id.clone() },
        ));
    }
    for axis in [&x, &y] {
        if axis.values.is_empty() || axis.values.len() > MAX_AXIS_POINTS {
            return Err(invalid(
                Input::SweepPoints,
                Problem::AxisPoints {
                    axis: axis.id.clone(),
                    points: axis.values.len(),
                    max: MAX_AXIS_POINTS,
                },
            ));
        }
    }
    let mut values = Vec::with_capacity(x.values.len() * y.values.len());
    let mut failures = 0;
    let mut first_error = None;
    for &yv in &y.values {
        // Set the row's parameter once and vary only the column's on a copy of that.
        let mut row = base.clone();
        if let Err(error) = set(&mut row, &y.id, yv) {
            failures += x.values.len();
            first_error.get_or_insert_with(|| PointError {
                id: y.id.clone(),
                value: yv,
                error,
            });
            values.extend(std::iter::repeat_n(None, x.values.len()));
            continue;
        }
        for &xv in &x.values {
            match evaluate(&row, &set, &model, &x.id, xv) {
                Ok(v) => values.push(Some(v)),
                Err(e) => {
                    failures += 1;
                    first_error.get_or_insert(e);
                    values.push(None);
                }
            }
        }
    }
    let min = values.iter().flatten().min().copied();
    let max = values.iter().flatten().max().copied();
    Ok(Sweep {
        x,
        y,
        values,
        min,
        max,
        failures,
        first_error,
    })
}
