//! The analyses as worker jobs, run in one process: each job split into 1, 2, 3 and 8 shares,
//! every message through its JSON text (and a Monte Carlo part's samples through their bytes)
//! as between the page and its workers, merged, and compared with the analysis run in one go.
//! The whole result structures must be equal: the number of workers never changes a figure.

use rust_decimal::Decimal;
use standoff::jobs::collect::{all_strategies, Collect, Next, Outcome};
use standoff::jobs::protocol::{Analysis, FromWorker, Reply, SweepPlan, ToWorker, Work};
use standoff::jobs::task::Task;
use standoff_core::analysis::{
    scenario_monte_carlo, scenario_sweep, scenario_tornado, strategy_matrix, Output,
    ParamDistribution, ScenarioMcSpec,
};
use standoff_core::model::{presets, Scenario};

/// A message as the other side reads it: through its JSON text.
fn wire<T: serde::Serialize + serde::de::DeserializeOwned>(message: &T) -> T {
    let text = serde_json::to_string(message).expect("serialised");
    serde_json::from_str(&text).expect("read back")
}

/// What a worker does with a work: starts it (through the wire), steps it to its end, and
/// replies (through the wire).
fn worker(job: u32, work: Work, buffers: Vec<Vec<u8>>) -> (Reply, Option<Vec<u8>>) {
    let work = Box::new(work);
    let ToWorker::Start { work, .. } = wire(&ToWorker::Start { job, work }) else {
        unreachable!("a start stays a start");
    };
    let (reply, bytes) = match Task::start(*work, buffers) {
        Err(error) => (Reply::Failed(error), None),
        Ok(mut task) => {
            while !task.step() {}
            task.finish()
        }
    };
    match wire(&FromWorker::Done { job, reply }) {
        FromWorker::Done { reply, .. } => (reply, bytes),
        other => panic!("unexpected {other:?}"),
    }
}

fn run(scenario: &Scenario, analysis: Analysis, workers: usize) -> Outcome {
    let (mut collect, works) = match Collect::<Vec<u8>>::new(scenario, analysis.clone(), workers) {
        Ok(job) => job,
        Err(error) => return analysis.failed(error),
    };
    assert!(collect.shares() <= workers.max(1));
    let mut next = Next::Wait;
    for (share, work) in works.into_iter().enumerate() {
        let (reply, bytes) = worker(1, work, Vec::new());
        next = collect.receive(share, reply, bytes);
    }
    if let Next::Summarise(work, buffers) = next {
        let (reply, _) = worker(1, *work, buffers);
        next = collect.receive(0, reply, None);
    }
    match next {
        Next::Done(outcome) => *outcome,
        other => panic!("the job did not finish: {other:?}"),
    }
}

fn scenarios() -> Vec<Scenario> {
    presets::all()
        .into_iter()
        .map(|p| p.scenario)
        .take(3)
        .collect()
}

#[test]
fn a_tornado_gives_the_same_result_with_any_number_of_workers() {
    for s in scenarios() {
        let share = Decimal::new(2, 1);
        let one_go = scenario_tornado(&s, Output::CustomerNpvVsBaseline, share);
        assert!(one_go.is_ok());
        for workers in [1, 2, 3, 8] {
            let analysis = Analysis::Tornado {
                output: Output::CustomerNpvVsBaseline,
                share,
            };
            assert_eq!(run(&s, analysis, workers), Outcome::Tornado(one_go.clone()));
        }
    }
}

#[test]
fn a_sweep_gives_the_same_result_with_any_number_of_workers() {
    let s = presets::all().remove(0).scenario;
    let plan = SweepPlan {
        output: Output::CustomerNpvVsBaseline,
        x: "payment.delay_days".into(),
        x_range: (Decimal::ZERO, Decimal::from(180)),
        y: "contract.usage.start_share".into(),
        y_range: (Decimal::new(2, 1), Decimal::ONE),
        points: 9,
    };
    let one_go = scenario_sweep(
        &s,
        plan.output,
        &plan.x,
        plan.x_range,
        &plan.y,
        plan.y_range,
        plan.points,
    );
    assert!(one_go.is_ok());
    for workers in [1, 2, 3, 8] {
        let outcome = run(&s, Analysis::Sweep(plan.clone()), workers);
        assert_eq!(outcome, Outcome::Sweep(one_go.clone()), "{workers} workers");
    }
}

#[test]
fn a_strategy_matrix_gives_the_same_result_with_any_number_of_workers() {
    for s in scenarios() {
        let one_go = strategy_matrix(&s, &[], &[], Decimal::ONE);
        for workers in [1, 2, 3, 8] {
            let analysis = Analysis::Matrix {
                strategies: all_strategies(),
                terminal_recovery: Decimal::ONE,
            };
            assert_eq!(run(&s, analysis, workers), Outcome::Matrix(one_go.clone()));
        }
    }
}

#[test]
fn a_seeded_monte_carlo_gives_the_same_percentiles_with_any_number_of_workers() {
    for s in scenarios() {
        let spec = ScenarioMcSpec {
            seed: 2023,
            runs: 150,
            params: vec![
                ParamDistribution::around(&s, "payment.delay_days", Decimal::new(3, 1))
                    .expect("delay"),
            ],
            sample_outages: true,
            sample_lawsuits: true,
            rule_chances: Vec::new(),
        };
        let one_go = scenario_monte_carlo(&s, &spec).and_then(|run| run.run_to_end());
        assert!(one_go.is_ok());
        for workers in [1, 2, 3, 8] {
            let outcome = run(&s, Analysis::MonteCarlo(spec.clone()), workers);
            assert_eq!(
                outcome,
                Outcome::MonteCarlo(one_go.clone()),
                "{workers} workers"
            );
        }
    }
}

#[test]
fn refused_inputs_give_the_error_of_a_run_in_one_go() {
    let s = presets::all().remove(0).scenario;
    let spec = ScenarioMcSpec {
        runs: 0,
        ..ScenarioMcSpec::default()
    };
    let one_go = scenario_monte_carlo(&s, &spec).and_then(|run| run.run_to_end());
    assert!(one_go.is_err());
    for workers in [1, 3] {
        let outcome = run(&s, Analysis::MonteCarlo(spec.clone()), workers);
        assert_eq!(outcome, Outcome::MonteCarlo(one_go.clone()));
    }
    let one_go = strategy_matrix(&s, &[], &[], Decimal::TWO);
    let analysis = Analysis::Matrix {
        strategies: all_strategies(),
        terminal_recovery: Decimal::TWO,
    };
    assert_eq!(run(&s, analysis, 2), Outcome::Matrix(one_go));
}

#[test]
fn the_pool_size_follows_the_query_then_the_cores() {
    use standoff::app::effects::workers::pool_size;
    assert_eq!(pool_size("?workers=1", 8.0), 1);
    assert_eq!(pool_size("?lang=fr&workers=3", 8.0), 3);
    assert_eq!(pool_size("?workers=0", 8.0), 0);
    assert_eq!(pool_size("?workers=99", 2.0), 8);
    assert_eq!(pool_size("?workers=x", 4.0), 4);
    assert_eq!(pool_size("", 2.0), 2);
    assert_eq!(pool_size("", 32.0), 8);
    assert_eq!(pool_size("", 0.0), 2);
}

#[test]
fn a_monte_carlo_whose_runs_all_failed_gives_the_first_failure_without_a_summary() {
    use standoff_core::analysis::scenario_mc::{SCALARS, SERIES};
    use standoff_core::analysis::{AnalysisError, McPart, McSamples, Quantity, RunFailure};
    let s = presets::all().remove(0).scenario;
    let spec = ScenarioMcSpec {
        runs: 10,
        ..ScenarioMcSpec::default()
    };
    let (mut collect, works) =
        Collect::<Vec<u8>>::new(&s, Analysis::MonteCarlo(spec), 2).expect("a job");
    assert_eq!(works.len(), 2);
    let failure = |run| {
        Some(Box::new(RunFailure {
            run,
            error: AnalysisError::Overflow(Quantity::Mean),
        }))
    };
    let months = s.horizon_months as usize;
    let empty = McSamples {
        series: vec![Vec::new(); SERIES.len() * months],
        scalars: vec![Vec::new(); SCALARS.len()],
    };
    let part = |runs: std::ops::Range<u32>, first| McPart {
        failed: runs.len() as u32,
        runs,
        first_failure: failure(first),
        flag_counts: vec![0; 8],
        samples: McSamples::default(),
    };
    let bytes = empty.encode();
    assert!(matches!(
        collect.receive(1, Reply::McPart(part(5..10, 6)), Some(bytes.clone())),
        Next::Wait
    ));
    match collect.receive(0, Reply::McPart(part(0..5, 1)), Some(bytes)) {
        Next::Done(outcome) => assert_eq!(
            *outcome,
            Outcome::MonteCarlo(Err(AnalysisError::AllRunsFailed(
                failure(1).expect("a failure")
            )))
        ),
        other => panic!("expected the failure, got {other:?}"),
    }
}
