//! Benchmarks of the negotiation analyses on a 66-month scenario (the length of the 2020 AWS
//! contract): tornado over every parameter, a 41 × 41 sweep, 10,000 Monte Carlo runs, the
//! bargaining layer and the strategy matrix. Targets: ≤ 20 ms, ≤ 100 ms, ≤ 1 s.

use criterion::{criterion_group, criterion_main, Criterion};
use rust_decimal::Decimal;
use standoff::analysis::{
    bargaining, scenario_monte_carlo, scenario_sweep, scenario_tornado, strategy_matrix,
    BargainingOptions, Distribution, Output, ParamDistribution, RuleChance, ScenarioMcSpec,
};
use standoff::engine::simulate;
use standoff::model::Scenario;
use std::hint::black_box;
use std::time::Duration;

/// A 66-month standoff shaped like the AWS case: $510M committed, usage at half the
/// commitment, payments stopping in month 26, ads cut once arrears pass $20M.
fn scenario_66() -> Scenario {
    let mut s = Scenario::default();
    s.horizon_months = 66;
    s.contract.term_months = 66;
    s.contract.total_commitment = Decimal::from(510_000_000);
    s.contract.usage.start_share = Decimal::new(5, 1);
    s.payment.stop_from_month = Some(26);
    if let Some(rule) = s.retaliation.first_mut() {
        rule.trigger = standoff::model::Trigger::ArrearsAbove {
            amount: Decimal::from(20_000_000),
        };
    }
    if let Some(line) = s.reciprocal.first_mut() {
        line.amount = Decimal::from(333_000);
    }
    s
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
        rule_chances: vec![RuleChance {
            rule: 0,
            probability: Decimal::new(7, 1),
        }],
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
        b.iter(|| strategy_matrix(black_box(&s), &[], &[]))
    });
    g.bench_function("monte_carlo_10000_runs", |b| {
        b.iter(|| {
            scenario_monte_carlo(black_box(&s), &mc_spec(10_000)).and_then(|run| run.run_to_end())
        })
    });
    g.finish();
}

criterion_group!(analysis, benches);
criterion_main!(analysis);
