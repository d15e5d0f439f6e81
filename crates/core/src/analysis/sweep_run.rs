//! A 2-D sweep that runs a few rows at a time, so that a 41×41 grid (1,681 simulations) never
//! blocks the browser's main thread for long: the caller runs `step` from a timer and the page
//! stays responsive between chunks. [`super::scenario_sweep`] is this run done in one step;
//! each row is a `sweep_2d` over a one-value y axis, so the grid is the same however the rows
//! are chunked.

use rust_decimal::Decimal;

use super::scenario_sensitivity::{fit_to_param, setter};
use super::sensitivity::{sweep_2d, Axis, PointError, Sweep};
use super::{invalid, AnalysisError, Input, Output, Problem};
use crate::engine::Simulator;
use crate::model::params::param_specs;
use crate::model::Scenario;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::ops::Range;

/// How far a sweep has got, in rows of the grid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SweepProgress {
    pub rows_done: usize,
    pub rows: usize,
}

impl SweepProgress {
    pub fn done(&self) -> bool {
        self.rows_done >= self.rows
    }

    /// The share of rows done, for a progress bar.
    pub fn fraction(&self) -> f64 {
        if self.rows == 0 {
            1.0
        } else {
            self.rows_done as f64 / self.rows as f64
        }
    }
}

/// What a part of a sweep computed (see [`SweepRun::only`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SweepPart {
    /// The part's rows, by index on the y axis.
    pub rows: Range<usize>,
    /// `values[(iy − rows.start) * x.values.len() + ix]`.
    pub values: Vec<Option<Decimal>>,
    pub failures: usize,
    pub first_error: Option<PointError>,
}

/// A sweep in progress.
pub struct SweepRun {
    base: Scenario,
    output: Output,
    x: Axis,
    y: Axis,
    values: Vec<Option<Decimal>>,
    failures: usize,
    first_error: Option<PointError>,
    next_row: usize,
    /// The rows this run computes: every row, or a part's (see [`SweepRun::only`]).
    rows: Range<usize>,
    /// Shared by every cell, so that cells whose baseline inputs repeat (all of them when
    /// neither axis changes the baseline, every row after the first when only x does) reuse it.
    sim: Simulator,
}

impl SweepRun {
    /// Prepares a sweep of `output` over `x_id` × `y_id`, each from `low` to `high` in
    /// `points` steps (1 to 41).
    pub fn new(
        s: &Scenario,
        output: Output,
        x_id: &str,
        (x_low, x_high): (Decimal, Decimal),
        y_id: &str,
        (y_low, y_high): (Decimal, Decimal),
        points: usize,
    ) -> Result<SweepRun, AnalysisError> {
        if x_id == y_id {
            return Err(invalid(
                Input::Sweep,
                Problem::SameAxes {
                    id: x_id.to_string(),
                },
            ));
        }
        let specs = param_specs(s);
        let axis = |id: &str, low: Decimal, high: Decimal| -> Result<Axis, AnalysisError> {
            let spec = specs.iter().find(|p| p.id == id).ok_or_else(|| {
                invalid(
                    Input::Param(id.to_string()),
                    Problem::NotAParameterOfScenario,
                )
            })?;
            let mut axis = Axis::linspace(id, &spec.label, low, high, points)?;
            for value in &mut axis.values {
                *value = fit_to_param(s, id, *value);
            }
            Ok(axis)
        };
        let x = axis(x_id, x_low, x_high)?;
        let y = axis(y_id, y_low, y_high)?;
        let y_points = y.values.len();
        Ok(SweepRun {
            base: s.clone(),
            output,
            values: Vec::with_capacity(x.values.len() * y.values.len()),
            x,
            y,
            failures: 0,
            first_error: None,
            next_row: 0,
            rows: 0..y_points,
            sim: Simulator::new(),
        })
    }

    pub fn progress(&self) -> SweepProgress {
        SweepProgress {
            rows_done: self.next_row - self.rows.start,
            rows: self.rows.len(),
        }
    }

    /// The number of rows: the units a sweep is split into (`super::split`).
    pub fn row_count(&self) -> usize {
        self.y.values.len()
    }

    /// Keeps only the rows in `rows` (by index on the y axis): a part of the sweep.
    pub fn only(mut self, rows: Range<usize>) -> SweepRun {
        debug_assert_eq!(self.next_row, 0, "an unstarted run");
        let end = rows.end.min(self.y.values.len());
        let start = rows.start.min(end);
        self.rows = start..end;
        self.next_row = start;
        self
    }

    /// The part's cells, row by row, to merge with the others' in [`SweepRun::merge`].
    pub fn finish_part(self) -> SweepPart {
        SweepPart {
            rows: self.rows.start..self.next_row,
            values: self.values,
            failures: self.failures,
            first_error: self.first_error,
        }
    }

    /// The sweep of the parts of this (unstarted) run, merged in row order: the cells, the
    /// failures counted and the first failure in row order, as a run in one go keeps them.
    /// Parts missing or out of order leave the run unfinished.
    pub fn merge(mut self, parts: Vec<SweepPart>) -> Result<Sweep, AnalysisError> {
        debug_assert!(self.values.is_empty(), "an unstarted run");
        for part in parts {
            if part.rows.start != self.next_row {
                break;
            }
            self.failures += part.failures;
            if self.first_error.is_none() {
                self.first_error = part.first_error;
            }
            self.values.extend(part.values);
            self.next_row = part.rows.end;
        }
        self.finish()
    }

    /// Runs up to `rows` more rows of the grid.
    pub fn step(&mut self, rows: usize) -> SweepProgress {
        let output = self.output;
        let sim = RefCell::new(std::mem::take(&mut self.sim));
        for _ in 0..rows {
            if self.next_row >= self.rows.end {
                break;
            }
            let Some(&y_value) = self.y.values.get(self.next_row) else {
                break;
            };
            let row_axis = Axis {
                id: self.y.id.clone(),
                label: self.y.label.clone(),
                values: vec![y_value],
            };
            match sweep_2d(
                &self.base,
                self.x.clone(),
                row_axis,
                setter,
                |s: &Scenario| output.evaluate_shared(&sim, s),
            ) {
                Ok(row) => {
                    self.failures += row.failures;
                    if self.first_error.is_none() {
                        self.first_error = row.first_error;
                    }
                    self.values.extend(row.values);
                }
                Err(error) => {
                    self.failures += self.x.values.len();
                    self.first_error.get_or_insert(PointError {
                        id: self.y.id.clone(),
                        value: y_value,
                        error,
                    });
                    self.values
                        .extend(std::iter::repeat_n(None, self.x.values.len()));
                }
            }
            self.next_row += 1;
        }
        self.sim = sim.into_inner();
        self.progress()
    }

    /// The finished sweep; an error if rows are still to run (or the run is a part).
    pub fn finish(self) -> Result<Sweep, AnalysisError> {
        let progress = self.progress();
        if !progress.done() || self.rows != (0..self.y.values.len()) {
            return Err(AnalysisError::NotFinished {
                completed: u32::try_from(progress.rows_done).unwrap_or(u32::MAX),
                total: u32::try_from(progress.rows).unwrap_or(u32::MAX),
            });
        }
        let min = self.values.iter().flatten().min().copied();
        let max = self.values.iter().flatten().max().copied();
        Ok(Sweep {
            x: self.x,
            y: self.y,
            values: self.values,
            min,
            max,
            failures: self.failures,
            first_error: self.first_error,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::scenario_sweep;
    use rust_decimal_macros::dec;

    #[test]
    fn a_chunked_sweep_equals_the_sweep_run_in_one_go() {
        let s = Scenario::default();
        let x = ("payment.delay_days", (dec!(0), dec!(120)));
        let y = ("contract.usage.start_share", (dec!(0.2), dec!(1)));
        let one_shot =
            scenario_sweep(&s, Output::PeakArrears, x.0, x.1, y.0, y.1, 5).expect("sweep");
        let mut run = SweepRun::new(&s, Output::PeakArrears, x.0, x.1, y.0, y.1, 5).expect("run");
        assert!(!run.progress().done());
        let mut steps = 0;
        while !run.step(2).done() {
            steps += 1;
        }
        // Five rows in chunks of two: two partial steps, then the last one.
        assert_eq!(steps, 2);
        assert_eq!(run.finish().expect("finished"), one_shot);
    }

    #[test]
    fn a_sweep_in_parts_equals_the_sweep_run_in_one_go() {
        // Seven rows, so that 2, 3 and 8 parts split them unevenly or leave parts of one row.
        let s = Scenario::default();
        let x = ("payment.delay_days", (dec!(0), dec!(400)));
        let y = ("contract.usage.start_share", (dec!(0.2), dec!(1)));
        let new = || SweepRun::new(&s, Output::PeakArrears, x.0, x.1, y.0, y.1, 7).expect("run");
        let one_shot = scenario_sweep(&s, Output::PeakArrears, x.0, x.1, y.0, y.1, 7);
        for parts in [1, 2, 3, 8] {
            let pieces = crate::analysis::split::split_range(new().row_count(), parts)
                .into_iter()
                .map(|rows| {
                    let mut part = new().only(rows);
                    while !part.step(1).done() {}
                    part.finish_part()
                })
                .collect();
            assert_eq!(new().merge(pieces), one_shot, "{parts} parts");
        }
        let mut missing = vec![];
        let mut part = new().only(3..7);
        part.step(usize::MAX);
        missing.push(part.finish_part());
        assert!(matches!(
            new().merge(missing),
            Err(AnalysisError::NotFinished { .. })
        ));
    }

    #[test]
    fn the_same_parameter_on_both_axes_is_refused() {
        let s = Scenario::default();
        let range = (dec!(0), dec!(10));
        let result = SweepRun::new(
            &s,
            Output::PeakArrears,
            "payment.delay_days",
            range,
            "payment.delay_days",
            range,
            3,
        );
        assert!(matches!(result, Err(AnalysisError::InvalidInput { .. })));
    }
}
