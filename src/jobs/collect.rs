//! The page's side of a job: it splits the job into one share per worker and merges the
//! replies in unit order. `B` is how a Monte Carlo part's samples are held while they pass
//! through the page: a transferred `ArrayBuffer` in the browser, which the page never reads,
//! and plain bytes in the native tests.

use std::ops::Range;

use standoff_core::analysis::{
    merge_strategy_matrix, split_range, AnalysisError, McPart, McResult, RunFailure, Strategies,
    StrategyMatrix, Sweep, SweepPart, Tornado, TornadoPart, TornadoRun,
};
use standoff_core::model::Scenario;

use super::protocol::{Analysis, McShare, Reply, Work};

/// A merged result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Tornado(Result<Tornado, AnalysisError>),
    Sweep(Result<Sweep, AnalysisError>),
    Matrix(Result<StrategyMatrix, AnalysisError>),
    MonteCarlo(Result<McResult, AnalysisError>),
}

/// What the page does after a reply.
#[derive(Debug)]
pub enum Next<B> {
    /// Wait for more replies.
    Wait,
    /// Send this summary (the Monte Carlo's second phase) to one worker, with these buffers.
    Summarise(Box<Work>, Vec<B>),
    Done(Box<Outcome>),
}

/// A job being collected.
pub struct Collect<B> {
    scenario: Scenario,
    analysis: Analysis,
    units: usize,
    ranges: Vec<Range<usize>>,
    done: Vec<usize>,
    replies: Vec<Option<(Reply, Option<B>)>>,
    /// A Monte Carlo's first failed run, kept for its result while the summary runs.
    first_failure: Option<Box<RunFailure>>,
}

impl<B> Collect<B> {
    /// The job of `analysis` over `scenario` in at most `workers` shares: the collector and
    /// each share's work, in unit order. An error is the job's error without any work (the
    /// inputs do not even say how many units there are; `Analysis::failed` is its outcome).
    pub fn new(
        scenario: &Scenario,
        analysis: Analysis,
        workers: usize,
    ) -> Result<(Collect<B>, Vec<Work>), AnalysisError> {
        let units = units(scenario, &analysis)?;
        let ranges = split_range(units, workers);
        let works = ranges
            .iter()
            .map(|range| Work::Part {
                scenario: scenario.clone(),
                analysis: analysis.clone(),
                units: range.clone(),
            })
            .collect();
        let collect = Collect {
            scenario: scenario.clone(),
            analysis,
            units,
            done: vec![0; ranges.len()],
            replies: (0..ranges.len()).map(|_| None).collect(),
            ranges,
            first_failure: None,
        };
        Ok((collect, works))
    }

    /// The number of shares.
    pub fn shares(&self) -> usize {
        self.ranges.len()
    }

    /// Notes that share `share` has done `done` of its units; the job's share done, 0 to 1.
    pub fn progress(&mut self, share: usize, done: usize) -> f64 {
        if let (Some(slot), Some(range)) = (self.done.get_mut(share), self.ranges.get(share)) {
            *slot = done.min(range.len());
        }
        let total: usize = self.done.iter().sum();
        if self.units == 0 {
            0.0
        } else {
            total as f64 / self.units as f64
        }
    }

    /// Takes share `share`'s reply (and its bytes); once every share has replied, merges.
    pub fn receive(&mut self, share: usize, reply: Reply, bytes: Option<B>) -> Next<B> {
        if let Reply::McResult(result) = reply {
            let first_failure = self.first_failure.take();
            let result = result.map(|result| McResult {
                first_failure,
                ..result
            });
            return Next::Done(Box::new(Outcome::MonteCarlo(result)));
        }
        if let Some(slot) = self.replies.get_mut(share) {
            *slot = Some((reply, bytes));
        }
        if self.replies.iter().any(Option::is_none) {
            return Next::Wait;
        }
        let replies: Vec<(Reply, Option<B>)> = std::mem::take(&mut self.replies)
            .into_iter()
            .flatten()
            .collect();
        self.merge(replies)
    }

    fn merge(&mut self, replies: Vec<(Reply, Option<B>)>) -> Next<B> {
        // The first refusal in unit order is the job's error: every share checks the same
        // inputs, as a run in one go does before its first unit.
        let refused = replies.iter().find_map(|(reply, _)| match reply {
            Reply::Failed(error) => Some(error.clone()),
            _ => None,
        });
        if let Some(error) = refused {
            return Next::Done(Box::new(self.analysis.failed(error)));
        }
        match &self.analysis {
            Analysis::Tornado { output, share } => {
                let parts = replies.into_iter().filter_map(tornado_part).collect();
                let merged = TornadoRun::new(&self.scenario, *output, *share)
                    .and_then(|run| run.merge(parts));
                Next::Done(Box::new(Outcome::Tornado(merged)))
            }
            Analysis::Sweep(plan) => {
                let parts = replies.into_iter().filter_map(sweep_part).collect();
                let merged = plan.start(&self.scenario).and_then(|run| run.merge(parts));
                Next::Done(Box::new(Outcome::Sweep(merged)))
            }
            Analysis::Matrix { strategies, .. } => {
                let parts = replies.into_iter().filter_map(matrix_part).collect();
                let merged = merge_strategy_matrix(strategies.clone(), parts);
                Next::Done(Box::new(Outcome::Matrix(merged)))
            }
            Analysis::MonteCarlo(spec) => {
                let (parts, buffers): (Vec<McPart>, Vec<B>) =
                    replies.into_iter().filter_map(mc_part).unzip();
                if parts.len() != self.ranges.len() {
                    let error = Outcome::MonteCarlo(Err(AnalysisError::WorkerMessage));
                    return Next::Done(Box::new(error));
                }
                // As `MonteCarloRun::finish` does: when every run failed, the first failure is
                // the result, with nothing to summarise.
                let failed: u64 = parts.iter().map(|part| u64::from(part.failed)).sum();
                self.first_failure = parts.iter().find_map(|part| part.first_failure.clone());
                if failed >= u64::from(spec.runs) {
                    if let Some(first) = self.first_failure.take() {
                        let error = Err(AnalysisError::AllRunsFailed(first));
                        return Next::Done(Box::new(Outcome::MonteCarlo(error)));
                    }
                }
                let shares = parts
                    .into_iter()
                    .map(|part| McShare {
                        runs: part.runs,
                        failed: part.failed,
                        flag_counts: part.flag_counts,
                    })
                    .collect();
                let work = Work::McSummary {
                    scenario: self.scenario.clone(),
                    spec: spec.clone(),
                    parts: shares,
                };
                Next::Summarise(Box::new(work), buffers)
            }
        }
    }
}

/// The number of units `analysis` splits into over `scenario`, after the checks a run in one
/// go makes before its first unit.
fn units(scenario: &Scenario, analysis: &Analysis) -> Result<usize, AnalysisError> {
    match analysis {
        Analysis::Tornado { output, share } => {
            TornadoRun::new(scenario, *output, *share).map(|run| run.parameters())
        }
        Analysis::Sweep(plan) => plan.start(scenario).map(|run| run.row_count()),
        Analysis::Matrix { strategies, .. } => Ok(strategies.cells()),
        Analysis::MonteCarlo(spec) => Ok(usize::try_from(spec.runs).unwrap_or(usize::MAX)),
    }
}

fn tornado_part<B>((reply, _): (Reply, Option<B>)) -> Option<TornadoPart> {
    match reply {
        Reply::Tornado(part) => Some(part),
        _ => None,
    }
}

fn sweep_part<B>((reply, _): (Reply, Option<B>)) -> Option<SweepPart> {
    match reply {
        Reply::Sweep(part) => Some(part),
        _ => None,
    }
}

fn matrix_part<B>(
    (reply, _): (Reply, Option<B>),
) -> Option<Result<standoff_core::analysis::MatrixPart, AnalysisError>> {
    match reply {
        Reply::Matrix(part) => Some(part),
        _ => None,
    }
}

fn mc_part<B>((reply, bytes): (Reply, Option<B>)) -> Option<(McPart, B)> {
    match (reply, bytes) {
        (Reply::McPart(part), Some(bytes)) => Some((part, bytes)),
        _ => None,
    }
}

/// The default strategy lists of the app's matrix: every strategy of each side.
pub fn all_strategies() -> Strategies {
    Strategies::or_all(&[], &[])
}
