//! What an analysis worker does with its share of a job: the part's analysis, advanced one
//! small step at a time (so that the worker can read a cancel between steps and report
//! progress), then its reply. Plain Rust, run natively by `tests/analysis_jobs.rs`.

use standoff_core::analysis::monte_carlo::McSamples;
use standoff_core::analysis::scenario_mc::ScenarioPathModel;
use standoff_core::analysis::{
    merge_scenario_monte_carlo, scenario_monte_carlo, strategy_matrix_part, AnalysisError, Merged,
    MonteCarloRun, Strategies, SweepRun, TornadoRun,
};
use standoff_core::model::Scenario;

use super::protocol::{Analysis, Reply, Work};

/// Monte Carlo runs per step: a few milliseconds of work.
const MC_RUNS_PER_STEP: u32 = 4;
/// Series-months summarised per step (each a sort of one value per run).
const MC_MONTHS_PER_STEP: usize = 4;

/// A part in progress.
pub enum Task {
    Tornado(TornadoRun),
    Sweep(SweepRun),
    /// The matrix's cells are few (25 in all), so a part is one step.
    Matrix(Box<MatrixTask>),
    McRuns(Box<MonteCarloRun<ScenarioPathModel>>),
    McSummary(Box<MonteCarloRun<Merged>>),
}

/// A part of a strategy matrix, before and after its one step.
pub struct MatrixTask {
    scenario: Scenario,
    strategies: Strategies,
    terminal_recovery: rust_decimal::Decimal,
    cells: std::ops::Range<usize>,
    reply: Option<Reply>,
}

impl Task {
    /// The task for `work`; `buffers` are the message's byte buffers (a summary's parts'
    /// samples, in order). An error is the part's reply: the inputs were refused.
    pub fn start(work: Work, buffers: Vec<Vec<u8>>) -> Result<Task, AnalysisError> {
        match work {
            Work::Part {
                scenario,
                analysis,
                units,
            } => Task::part(scenario, analysis, units),
            Work::McSummary {
                scenario,
                spec,
                parts,
            } => {
                if parts.len() != buffers.len() {
                    return Err(AnalysisError::WorkerMessage);
                }
                let mut merged = Vec::with_capacity(parts.len());
                for (share, bytes) in parts.into_iter().zip(buffers) {
                    let samples = McSamples::decode(&bytes).ok_or(AnalysisError::WorkerMessage)?;
                    merged.push(share.into_part(samples));
                }
                let run = merge_scenario_monte_carlo(&scenario, &spec, merged)?;
                Ok(Task::McSummary(Box::new(run)))
            }
        }
    }

    fn part(
        scenario: Scenario,
        analysis: Analysis,
        units: std::ops::Range<usize>,
    ) -> Result<Task, AnalysisError> {
        Ok(match analysis {
            Analysis::Tornado { output, share } => {
                Task::Tornado(TornadoRun::new(&scenario, output, share)?.only(units))
            }
            Analysis::Sweep(plan) => Task::Sweep(plan.start(&scenario)?.only(units)),
            Analysis::Matrix {
                strategies,
                terminal_recovery,
            } => Task::Matrix(Box::new(MatrixTask {
                scenario,
                strategies,
                terminal_recovery,
                cells: units,
                reply: None,
            })),
            Analysis::MonteCarlo(spec) => {
                let runs = to_u32(units.start)..to_u32(units.end);
                Task::McRuns(Box::new(scenario_monte_carlo(&scenario, &spec)?.only(runs)))
            }
        })
    }

    /// One small step of work; true when the part is done.
    pub fn step(&mut self) -> bool {
        match self {
            Task::Tornado(run) => run.step(1).done(),
            Task::Sweep(run) => run.step(1).done(),
            Task::Matrix(task) => {
                let part = strategy_matrix_part(
                    &task.scenario,
                    &task.strategies,
                    task.terminal_recovery,
                    task.cells.clone(),
                );
                task.reply = Some(Reply::Matrix(part));
                true
            }
            Task::McRuns(run) => run.step(MC_RUNS_PER_STEP).done,
            Task::McSummary(run) => run.summarise(MC_MONTHS_PER_STEP),
        }
    }

    /// How many of the part's units are done, for the page's progress bar.
    pub fn done_units(&self) -> usize {
        match self {
            Task::Tornado(run) => run.progress().rows_done.saturating_sub(1),
            Task::Sweep(run) => run.progress().rows_done,
            Task::Matrix(task) => match task.reply {
                Some(_) => task.cells.len(),
                None => 0,
            },
            Task::McRuns(run) => run.progress().completed as usize,
            Task::McSummary(_) => 0,
        }
    }

    /// The part's reply, with the bytes that travel beside it (a Monte Carlo part's samples).
    pub fn finish(self) -> (Reply, Option<Vec<u8>>) {
        match self {
            Task::Tornado(run) => (Reply::Tornado(run.finish_part()), None),
            Task::Sweep(run) => (Reply::Sweep(run.finish_part()), None),
            Task::Matrix(task) => (
                task.reply
                    .unwrap_or(Reply::Failed(AnalysisError::NotFinished {
                        completed: 0,
                        total: to_u32(task.cells.len()),
                    })),
                None,
            ),
            Task::McRuns(run) => {
                let mut part = run.finish_part();
                let bytes = std::mem::take(&mut part.samples).encode();
                (Reply::McPart(part), Some(bytes))
            }
            Task::McSummary(run) => (Reply::McResult(run.finish()), None),
        }
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
