//! A scenario tornado that runs a few parameters at a time, like [`super::SweepRun`]: each
//! parameter is two simulations (about a hundred in all), which in a browser took one task of
//! about 50 ms; run from a timer in short slices, the page stays responsive and can show
//! progress. [`super::scenario_tornado`] gives the same result in one go (a test checks it).

use std::cell::RefCell;

use rust_decimal::Decimal;

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
        })
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
            for output in [Output::CustomerNpv, Output::FinalTotalOwed] {
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
}
