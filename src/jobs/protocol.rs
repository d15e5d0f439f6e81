//! The messages between the page and an analysis worker, as serde data sent as JSON text. A
//! Monte Carlo part's samples (megabytes) travel beside the text as raw bytes in a transferred
//! `ArrayBuffer` (`McSamples::encode`), never as JSON.

use std::ops::Range;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use standoff_core::analysis::{
    AnalysisError, MatrixPart, McPart, McResult, McSamples, Output, ScenarioMcSpec, Strategies,
    SweepPart, SweepRun, TornadoPart,
};
use standoff_core::model::Scenario;

use super::collect::Outcome;

/// The sweep's plan: what it measures, its two axes with their ranges, and the points per axis.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SweepPlan {
    pub output: Output,
    pub x: String,
    pub x_range: (Decimal, Decimal),
    pub y: String,
    pub y_range: (Decimal, Decimal),
    pub points: usize,
}

impl SweepPlan {
    /// The sweep of `s`, unstarted.
    pub fn start(&self, s: &Scenario) -> Result<SweepRun, AnalysisError> {
        SweepRun::new(
            s,
            self.output,
            &self.x,
            self.x_range,
            &self.y,
            self.y_range,
            self.points,
        )
    }
}

/// An analysis and its settings, the scenario aside.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Analysis {
    Tornado {
        output: Output,
        share: Decimal,
    },
    Sweep(SweepPlan),
    Matrix {
        strategies: Strategies,
        terminal_recovery: Decimal,
    },
    MonteCarlo(ScenarioMcSpec),
}

impl Analysis {
    /// The outcome of this analysis failing with `error`.
    pub fn failed(&self, error: AnalysisError) -> Outcome {
        match self {
            Analysis::Tornado { .. } => Outcome::Tornado(Err(error)),
            Analysis::Sweep(_) => Outcome::Sweep(Err(error)),
            Analysis::Matrix { .. } => Outcome::Matrix(Err(error)),
            Analysis::MonteCarlo(_) => Outcome::MonteCarlo(Err(error)),
        }
    }
}

/// A worker's share of a job.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Work {
    /// The units `units` of the analysis (`standoff_core::analysis::split`).
    Part {
        scenario: Scenario,
        analysis: Analysis,
        units: Range<usize>,
    },
    /// The Monte Carlo's parts, merged and summarised into percentile bands: their samples are
    /// the message's buffers, one per part, in order.
    McSummary {
        scenario: Scenario,
        spec: ScenarioMcSpec,
        parts: Vec<McShare>,
    },
}

/// What the summary needs of a Monte Carlo part besides its samples. The first failed run
/// stays with the page, which puts it into the result (`collect`): so the worker never reads
/// an error, and carries no code to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct McShare {
    pub runs: Range<u32>,
    pub failed: u32,
    pub flag_counts: Vec<u32>,
}

impl McShare {
    /// The part of this share with these samples, without its first failure.
    pub fn into_part(self, samples: McSamples) -> McPart {
        McPart {
            runs: self.runs,
            failed: self.failed,
            first_failure: None,
            flag_counts: self.flag_counts,
            samples,
        }
    }
}

/// What the page sends a worker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ToWorker {
    Start {
        job: u32,
        work: Box<Work>,
    },
    /// Stop the job's work, if any is left; nothing is sent back.
    Cancel {
        job: u32,
    },
}

/// What a worker sends the page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FromWorker {
    /// The worker's module has started and reads messages.
    Ready,
    /// So many units of the job's part are done.
    Progress { job: u32, done: usize },
    /// The job's part is done (or failed).
    Done { job: u32, reply: Reply },
}

/// A finished part.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reply {
    /// The part could not start: the inputs were refused, as a run in one go refuses them.
    Failed(AnalysisError),
    Tornado(TornadoPart),
    Sweep(SweepPart),
    Matrix(Result<MatrixPart, AnalysisError>),
    /// Its samples are the message's one buffer.
    McPart(McPart),
    McResult(Result<McResult, AnalysisError>),
}
