//! Benchmarks of the negotiation analyses on a 66-month scenario (the length of the 2020 AWS
//! contract): tornado over every parameter, a 41 × 41 sweep, 10,000 Monte Carlo runs, the
//! bargaining layer and the strategy matrix. Targets: ≤ 20 ms, ≤ 100 ms, ≤ 1 s.

use criterion::{criterion_group, Criterion};
use rust_decimal::Decimal;
use standoff_core::analysis::{
    bargaining, scenario_monte_carlo, scenario_sweep, scenario_tornado, strategy_matrix,
    BargainingOptions, Distribution, Output, ParamDistribution, RuleChance, ScenarioMcSpec,
};
use standoff_core::engine::simulate;
use standoff_core::model::Scenario;
use std::hint::black_box;
use std::time::Duration;

/// The "Twitter vs AWS (2023)" preset: 66 months, $510M committed.
fn scenario_66() -> Scenario {
    match standoff_core::model::presets::by_id("twitter-aws-2023") {
        Some(p) => p.scenario,
        None => Scenario::default(),
    }
}

fn mc_spec(runs: u32) -> ScenarioMcSpec {
    ScenarioMcSpec {
        seed: 2023,
        runs,
        params: vec![
            ParamDistribution {
                id: "contract.usage.start_share".into(),
                distribution: Distribution::Triangular {
                    low: Decimal::new(3, 1),
                    mode: Decimal::new(5, 1),
                    high: Decimal::new(8, 1),
                },
            },
            ParamDistribution {
                id: "payment.late_interest_monthly".into(),
                distribution: Distribution::Normal {
                    mean: Decimal::new(15, 3),
                    sd: Decimal::new(5, 3),
                    low: Decimal::ZERO,
                    high: Decimal::new(5, 2),
                },
            },
        ],
        sample_outages: true,
        sample_lawsuits: true,
        rule_chances: if scenario_66().retaliation.is_empty() {
            Vec::new()
        } else {
            vec![RuleChance {
                rule: 0,
                probability: Decimal::new(7, 1),
            }]
        },
    }
}

fn benches(c: &mut Criterion) {
    let s = scenario_66();
    let mut g = c.benchmark_group("analysis");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(5));
    g.bench_function("simulate_66_months", |b| b.iter(|| simulate(black_box(&s))));
    g.bench_function("tornado_all_params_customer_npv", |b| {
        b.iter(|| scenario_tornado(black_box(&s), Output::CustomerNpv, Decimal::new(2, 1)))
    });
    g.bench_function("tornado_all_params_settlement_price", |b| {
        b.iter(|| scenario_tornado(black_box(&s), Output::SettlementPrice, Decimal::new(2, 1)))
    });
    g.bench_function("sweep_41x41", |b| {
        b.iter(|| {
            scenario_sweep(
                black_box(&s),
                Output::CustomerNpvVsBaseline,
                "payment.late_interest_monthly",
                (Decimal::ZERO, Decimal::new(4, 2)),
                "contract.usage.start_share",
                (Decimal::new(2, 1), Decimal::ONE),
                41,
            )
        })
    });
    g.bench_function("bargaining", |b| {
        b.iter(|| bargaining(black_box(&s), &BargainingOptions::default()))
    });
    g.bench_function("strategy_matrix_5x5", |b| {
        b.iter(|| strategy_matrix(black_box(&s), &[], &[], Decimal::ONE))
    });
    g.bench_function("monte_carlo_10000_runs", |b| {
        b.iter(|| {
            scenario_monte_carlo(black_box(&s), &mc_spec(10_000)).and_then(|run| run.run_to_end())
        })
    });
    g.finish();
}

/// This thread's CPU time in nanoseconds (Linux), so that figures taken on a loaded shared
/// machine can be compared with the wall-clock ones criterion reports.
fn thread_cpu_ns() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    text.split_whitespace().next()?.parse().ok()
}

/// Runs `f` `n` times and prints its mean CPU time per call.
fn cpu_time<T>(name: &str, n: u32, mut f: impl FnMut() -> T) {
    let Some(start) = thread_cpu_ns() else {
        return;
    };
    for _ in 0..n {
        black_box(f());
    }
    if let Some(end) = thread_cpu_ns() {
        let per = end.saturating_sub(start) as f64 / f64::from(n.max(1));
        println!("cpu-time {name}: {:.3} ms per call", per / 1e6);
    }
}

fn cpu_report() {
    let s = scenario_66();
    cpu_time("simulate_66_months", 200, || simulate(&s));
    cpu_time("tornado_all_params_customer_npv", 5, || {
        scenario_tornado(&s, Output::CustomerNpv, Decimal::new(2, 1))
    });
    cpu_time("tornado_all_params_settlement_price", 3, || {
        scenario_tornado(&s, Output::SettlementPrice, Decimal::new(2, 1))
    });
    cpu_time("sweep_41x41", 1, || {
        scenario_sweep(
            &s,
            Output::CustomerNpvVsBaseline,
            "payment.late_interest_monthly",
            (Decimal::ZERO, Decimal::new(4, 2)),
            "contract.usage.start_share",
            (Decimal::new(2, 1), Decimal::ONE),
            41,
        )
    });
    cpu_time("bargaining", 20, || {
        bargaining(&s, &BargainingOptions::default())
    });
    cpu_time("strategy_matrix_5x5", 3, || {
        strategy_matrix(&s, &[], &[], Decimal::ONE)
    });
    cpu_time("monte_carlo_10000_runs", 1, || {
        scenario_monte_carlo(&s, &mc_spec(10_000)).and_then(|run| run.run_to_end())
    });
}

criterion_group!(analysis, benches);

fn main() {
    cpu_report();
    // `ANALYSIS_CPU_ONLY=1 cargo bench -p standoff-core --bench analysis` prints only the
    // CPU-time figures.
    if std::env::var_os("ANALYSIS_CPU_ONLY").is_some() {
        return;
    }
    analysis();
    Criterion::default().configure_from_args().final_summary();
}
