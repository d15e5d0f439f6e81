//! Criterion benchmark: one full simulation (actual run, pay-on-time baseline, report
//! assembly) of the 66-month "Twitter vs AWS (2023)" preset. The budget is 50 µs natively.
//! The CPU-time figures also cover the two-vendor flagship, budget and ranking included.
//!
//! Before Criterion's wall-clock figures, the benchmark prints the CPU time per simulation
//! measured from the thread's scheduler statistics (Linux), which stays meaningful on a
//! machine shared with other builds, where wall-clock time is inflated by waiting for a core.

use criterion::{black_box, Criterion};
use rust_decimal::Decimal;
use standoff_core::engine::simulate;
use standoff_core::model::{presets, Scenario};
use std::time::Instant;

fn preset(id: &str) -> Scenario {
    presets::by_id(id).map(|p| p.scenario).unwrap_or_default()
}

/// Nanoseconds this thread has spent on a CPU, if the platform reports it.
fn thread_cpu_ns() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    text.split_whitespace().next()?.parse().ok()
}

fn cpu_time_per_simulation(id: &str) {
    let s = preset(id);
    let n = 2000u32;
    for _ in 0..200 {
        let _ = black_box(simulate(black_box(&s)));
    }
    let (cpu0, wall0) = (thread_cpu_ns(), Instant::now());
    for _ in 0..n {
        let _ = black_box(simulate(black_box(&s)));
    }
    let wall = wall0.elapsed().as_nanos() / u128::from(n);
    match (cpu0, thread_cpu_ns()) {
        (Some(a), Some(b)) => println!(
            "{id}: {:.1} µs CPU time per simulation ({:.1} µs wall clock)",
            (b - a) as f64 / f64::from(n) / 1000.0,
            wall as f64 / 1000.0
        ),
        _ => println!(
            "{id}: {:.1} µs wall clock per simulation",
            wall as f64 / 1000.0
        ),
    }
}

/// A calibration figure: CPU time of one checked addition of two cent amounts, to compare
/// machines (the engine performs a few thousand decimal operations per simulation).
fn calibrate() {
    let n = 1_000_000u32;
    let step = Decimal::new(12_345, 2);
    let mut acc = Decimal::new(1, 2);
    let cpu0 = thread_cpu_ns();
    for _ in 0..n {
        acc = black_box(acc)
            .checked_add(black_box(step))
            .unwrap_or(Decimal::ZERO);
    }
    if let (Some(a), Some(b)) = (cpu0, thread_cpu_ns()) {
        println!(
            "calibration: {:.2} ns CPU time per checked decimal addition (sum {acc})",
            (b - a) as f64 / f64::from(n)
        );
    }
}

fn bench_simulate(c: &mut Criterion) {
    let aws = preset("twitter-aws-2023");
    c.bench_function("simulate twitter-aws-2023 (66 months)", |b| {
        b.iter(|| simulate(black_box(&aws)))
    });
    let google = preset("twitter-google-2023");
    c.bench_function("simulate twitter-google-2023 (60 months)", |b| {
        b.iter(|| simulate(black_box(&google)))
    });
}

fn main() {
    calibrate();
    cpu_time_per_simulation("twitter-aws-2023");
    cpu_time_per_simulation("twitter-google-2023");
    // Two vendors under one budget, ranked by cost per dollar withheld: the whole
    // (`simulate_portfolio`), whose first vendor's report `simulate` returns.
    cpu_time_per_simulation("twitter-two-clouds-2023");
    let mut c = Criterion::default().configure_from_args();
    bench_simulate(&mut c);
    c.final_summary();
}
