//! Times one simulation of the Twitter–AWS preset (66 months), the same way on both targets,
//! so that `scripts/bench.sh` can report the wasm/native ratio of the engine.
//!
//! It is a benchmark, not a check, so the normal test run skips it: natively it is ignored
//! (bench.sh passes `--ignored`), and on wasm32 only `--test web_bench` runs it (the test
//! command runs `--test web_components` alone). bench.sh builds it with the release profile on
//! both targets, so the ratio compares the same code at the same optimisation level.
//!
//! The browser's `performance.now()` is coarsened (to 100 µs without cross-origin isolation),
//! far coarser than one simulation, so runs are timed in batches and a batch's time is divided
//! by its runs. The figure reported is the median batch; each is printed as one `BENCH {json}`
//! line on standard output, which bench.sh collects.

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

use standoff_core::engine::simulate;
use standoff_core::model::presets;

const BATCHES: usize = 15;
const RUNS_PER_BATCH: u32 = 40;

#[cfg(target_arch = "wasm32")]
fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map(|performance| performance.now())
        .expect("the browser has performance.now()")
}

#[cfg(not(target_arch = "wasm32"))]
fn now_ms() -> f64 {
    use std::sync::OnceLock;
    use std::time::Instant;
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_secs_f64() * 1000.0
}

fn target_name() -> &'static str {
    if cfg!(target_arch = "wasm32") {
        "wasm32"
    } else {
        "native"
    }
}

fn emit(line: &str) {
    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_test::console_log!("{}", line);
    #[cfg(not(target_arch = "wasm32"))]
    println!("{line}");
}

fn bench_simulate() {
    let scenario = presets::twitter_aws_2023();
    // The preset is documented as a 66-month commitment from January 2021; the report has one
    // entry per month of the horizon, or the timing would be of a different workload.
    let report = simulate(&scenario).expect("the preset simulates");
    assert_eq!(report.months.len(), 66);

    // One untimed batch first, so that lazy initialisation and the first-touch growth of the
    // wasm heap are not in the figure.
    for _ in 0..RUNS_PER_BATCH {
        assert!(simulate(&scenario).is_ok());
    }
    let mut per_run_us: Vec<f64> = (0..BATCHES)
        .map(|_| {
            let start = now_ms();
            for _ in 0..RUNS_PER_BATCH {
                assert!(simulate(&scenario).is_ok());
            }
            (now_ms() - start) * 1000.0 / f64::from(RUNS_PER_BATCH)
        })
        .collect();
    per_run_us.sort_by(f64::total_cmp);
    let median = per_run_us[BATCHES / 2];
    let min = per_run_us[0];
    let profile = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    emit(&format!(
        "BENCH {{\"bench\":\"simulate\",\"preset\":\"twitter-aws-2023\",\"target\":\"{}\",\"profile\":\"{profile}\",\"batches\":{BATCHES},\"runs_per_batch\":{RUNS_PER_BATCH},\"median_us\":{median:.3},\"min_us\":{min:.3}}}",
        target_name()
    ));
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen_test::wasm_bindgen_test]
fn simulate_twitter_aws_timing() {
    bench_simulate();
}

#[cfg(not(target_arch = "wasm32"))]
#[test]
#[ignore = "a benchmark: scripts/bench.sh runs it with --ignored"]
fn simulate_twitter_aws_timing() {
    bench_simulate();
}
