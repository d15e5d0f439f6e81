//! The analyses as jobs for web workers: what the page sends a worker and what comes back
//! (`protocol`), what a worker does with one part (`task`, run by `src/bin/analysis_worker.rs`)
//! and how the page splits a job and merges the parts (`collect`). All three are plain Rust,
//! tested natively: `tests/analysis_jobs.rs` runs a job through them in one process with 1 to
//! 8 parts. The browser side, the worker pool, is `app::effects::workers`.
//!
//! The split and the merge themselves are `standoff_core::analysis::split` and the analyses'
//! `merge` functions, so a job's result never depends on the number of workers.

pub mod collect;
pub mod protocol;
pub mod task;
