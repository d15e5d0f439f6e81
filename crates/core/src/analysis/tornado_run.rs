//! A scenario tornado that runs a few parameters at a time, like [`super::SweepRun`]: each
//! parameter is two simulations (about a hundred in all), which in a browser took one task of
//! about 50 ms; run from a timer in short slices, the page stays responsive and can show
//! progress. [`super::scenario_tornado`] gives the same result in one go (a test checks it).

use std::cell::RefCell;
use std::ops::Range;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::scenario_sensitivity::{ranges_by_share, setter};
use super::sensitivity::{tornado_bar, tornado_from_bars, ParamRange, Tornado, TornadoBar};
use super::sweep_run::SweepProgress;
use super::{AnalysisError, Output};
use crate::engine::Simulator;
use crate::model::Scenario;

/// A tornado in progress.
pub struct TornadoRun {
    base: Scenario,
    output: Output,
    ranges: Vec<ParamRange>,
    base_output: Option<Decimal>,
    bars: Vec<TornadoBar>,
    error: Option<AnalysisError>,
    sim: Simulator,
    /// The index of `ranges[0]` in the full list of parameters (0 unless a part).
    first: usize,
}

/// What a part of a tornado computed (see [`TornadoRun::only`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TornadoPart {
    /// The part's parameters, by index in the full list.
    pub params: Range<usize>,
    pub base_output: Option<Decimal>,
    /// One bar per parameter, in parameter order (not yet sorted by swing).
    pub bars: Vec<TornadoBar>,
    pub error: Option<AnalysisError>,
}

impl TornadoRun {
    /// Prepares a tornado of `output` over every parameter of `s`, each moved by ± `share`.
    pub fn new(s: &Scenario, output: Output, share: Decimal) -> Result<TornadoRun, AnalysisError> {
        let ranges = ranges_by_share(s, share)?;
        Ok(TornadoRun {
            base: s.clone(),
            output,
            bars: Vec::with_capacity(ranges.len()),
            ranges,
            base_output: None,
            error: None,
            sim: Simulator::new(),
            first: 0,
        })
    }

    /// The number of parameters: the units a tornado is split into (`super::split`).
    pub fn parameters(&self) -> usize {
        self.ranges.len()
    }

    /// Keeps only the parameters in `params` (by their index in the full list): a part of the
    /// tornado, which computes the base case and those parameters' bars, in order.
    pub fn only(mut self, params: Range<usize>) -> TornadoRun {
        let end = params.end.min(self.ranges.len());
        let start = params.start.min(end);
        self.ranges.truncate(end);
        self.ranges.drain(..start);
        self.first = start;
        self
    }

    /// The part's results, in parameter order, to merge with the others' in
    /// [`TornadoRun::merge`]; a part that failed carries its error.
    pub fn finish_part(self) -> TornadoPart {
        TornadoPart {
            params: self.first..self.first + self.ranges.len(),
            base_output: self.base_output,
            bars: self.bars,
            error: self.error,
        }
    }

    /// The tornado of the parts of this (unstarted) run, merged in parameter order: the
    /// first failure in that order, as a run in one go meets it, or the bars sorted as
    /// [`TornadoRun::finish`] sorts them. Parts missing or out of order leave the run
    /// unfinished.
    pub fn merge(mut self, parts: Vec<TornadoPart>) -> Result<Tornado, AnalysisError> {
        debug_assert!(
            self.bars.is_empty() && self.first == 0,
            "an unstarted full run"
        );
        for part in parts {
            if self.error.is_some() || part.params.start != self.bars.len() {
                break;
            }
            if let Some(error) = part.error {
                self.error = Some(error);
                break;
            }
            debug_assert!(
                self.base_output.is_none() || self.base_output == part.base_output,
                "every part computes the same base case"
            );
            self.base_output = part.base_output;
            self.bars.extend(part.bars);
        }
        self.finish()
    }

    /// How far it has got, in parameters (the base case counts as one).
    pub fn progress(&self) -> SweepProgress {
        let failed = usize::from(self.error.is_some());
        SweepProgress {
            rows_done: if failed == 1 {
                self.ranges.len() + 1
            } else {
                usize::from(self.base_output.is_some()) + self.bars.len()
            },
            rows: self.ranges.len() + 1,
        }
    }

    /// Evaluates the base case or up to `n` more parameters.
    pub fn step(&mut self, n: usize) -> SweepProgress {
        if self.error.is_some() {
            return self.progress();
        }
        let output = self.output;
        let sim = RefCell::new(std::mem::take(&mut self.sim));
        let model = |s: &Scenario| output.evaluate_shared(&sim, s);
        match self.base_output {
            None => match model(&self.base) {
                Ok(x) => self.base_output = Some(x),
                Err(e) => self.error = Some(e),
            },
            Some(base_output) => {
                for _ in 0..n {
                    let Some(range) = self.ranges.get(self.bars.len()) else {
                        break;
                    };
                    match tornado_bar(&self.base, &setter, &model, range, base_output) {
                        Ok(bar) => self.bars.push(bar),
                        Err(e) => {
                            self.error = Some(e);
                            break;
                        }
                    }
                }
            }
        }
        self.sim = sim.into_inner();
        self.progress()
    }

    /// The finished tornado; an error if the base case failed or work is left.
    pub fn finish(self) -> Result<Tornado, AnalysisError> {
        if let Some(e) = self.error {
            return Err(e);
        }
        let progress = self.progress();
        match self.base_output {
            Some(base_output) if progress.done() => Ok(tornado_from_bars(base_output, self.bars)),
            _ => Err(AnalysisError::NotFinished {
                completed: u32::try_from(progress.rows_done).unwrap_or(u32::MAX),
                total: u32::try_from(progress.rows).unwrap_or(u32::MAX),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::scenario_tornado;
    use crate::model::presets;
    use rust_decimal_macros::dec;

    #[test]
    fn a_chunked_tornado_equals_the_tornado_run_in_one_go() {
        for p in presets::all() {
            for output in [Output::CustomerNpv, Output::FinalBilledUnpaid] {
                let one_shot = scenario_tornado(&p.scenario, output, dec!(0.2)).expect("tornado");
                let mut run = TornadoRun::new(&p.scenario, output, dec!(0.2)).expect("run");
                let mut steps = 0;
                while !run.step(3).done() {
                    steps += 1;
                }
                assert!(steps >= 2, "{}", p.id);
                assert_eq!(run.finish().expect("finished"), one_shot, "{}", p.id);
            }
        }
    }

    /// Runs the tornado in `parts` parts, each to its end, and merges them.
    fn in_parts(s: &Scenario, output: Output, parts: usize) -> Result<Tornado, AnalysisError> {
        let full = TornadoRun::new(s, output, dec!(0.2)).expect("run");
        let pieces = crate::analysis::split::split_range(full.parameters(), parts)
            .into_iter()
            .map(|params| {
                let mut part = TornadoRun::new(s, output, dec!(0.2))
                    .expect("run")
                    .only(params);
                while !part.step(2).done() {}
                part.finish_part()
            })
            .collect();
        full.merge(pieces)
    }

    #[test]
    fn a_tornado_in_parts_equals_the_tornado_run_in_one_go() {
        for p in presets::all() {
            for output in [Output::CustomerNpv, Output::SettlementPrice] {
                let one_shot = scenario_tornado(&p.scenario, output, dec!(0.2));
                for parts in [1, 2, 3, 8] {
                    assert_eq!(
                        in_parts(&p.scenario, output, parts),
                        one_shot,
                        "{} {parts}",
                        p.id
                    );
                }
            }
        }
    }

    #[test]
    fn a_failing_base_case_fails_the_merged_tornado_as_in_one_go() {
        let mut s = presets::all().remove(0).scenario;
        s.horizon_months = 0;
        let one_shot = scenario_tornado(&s, Output::CustomerNpv, dec!(0.2));
        assert!(one_shot.is_err());
        for parts in [1, 2, 8] {
            assert_eq!(in_parts(&s, Output::CustomerNpv, parts), one_shot);
        }
    }
}
