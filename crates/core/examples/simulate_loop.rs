//! Runs `simulate` on the 66-month "Twitter vs AWS (2023)" preset N times (first argument,
//! default 200), for profiling with callgrind: instruction counts are repeatable on a shared
//! machine where wall-clock time is not. See docs/performance.md, "Instruction counts".

use standoff_core::engine::simulate;
use standoff_core::model::presets;
use std::hint::black_box;

fn main() {
    let n: u32 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200);
    let id = std::env::args()
        .nth(2)
        .unwrap_or_else(|| "twitter-aws-2023".to_string());
    let Some(s) = presets::by_id(&id).map(|p| p.scenario) else {
        eprintln!("no preset {id}");
        return;
    };
    let mut months = 0usize;
    for _ in 0..n {
        if let Ok(r) = simulate(black_box(&s)) {
            months += black_box(r).months.len();
        }
    }
    println!("{n} simulations, {months} months");
}
