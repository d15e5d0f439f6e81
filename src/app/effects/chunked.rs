//! Runs long analyses in small slices so that the main thread never blocks for long.
//!
//! Each slice calls the job's `step` until about [`SLICE_MS`] milliseconds have passed, then
//! yields to the browser (a zero-length timer), so input, painting and the progress bar keep
//! flowing. Dropping the returned [`ChunkedTask`] cancels the job at the next slice.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

/// The longest a slice runs before yielding: well under the 50 ms "long task" threshold and
/// leaving room for a frame at 60 Hz.
pub const SLICE_MS: f64 = 8.0;

/// A running job; dropping it cancels the job.
pub struct ChunkedTask {
    cancelled: Rc<Cell<bool>>,
}

impl Drop for ChunkedTask {
    fn drop(&mut self) {
        self.cancelled.set(true);
    }
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or(0.0, |performance| performance.now())
}

/// Starts `job`: `step` does one small unit of work and returns true when the job is done;
/// `on_progress` runs after each slice; `on_done` once at the end with the finished job.
pub fn spawn_chunked<J, S, P, D>(
    mut job: J,
    mut step: S,
    mut on_progress: P,
    on_done: D,
) -> ChunkedTask
where
    J: 'static,
    S: FnMut(&mut J) -> bool + 'static,
    P: FnMut(&J) + 'static,
    D: FnOnce(J) + 'static,
{
    let cancelled = Rc::new(Cell::new(false));
    let flag = cancelled.clone();
    yew::platform::spawn_local(async move {
        loop {
            // Yield first, so the click that started the job paints its "running" state.
            yew::platform::time::sleep(Duration::ZERO).await;
            if flag.get() {
                return;
            }
            let started = now_ms();
            let mut done = false;
            while !done && now_ms() - started < SLICE_MS {
                done = step(&mut job);
            }
            if done {
                // The result is assembled and rendered in a task of its own rather than after
                // a full slice of work, so the two never add up to one long task.
                yew::platform::time::sleep(Duration::ZERO).await;
                if flag.get() {
                    return;
                }
                on_done(job);
                return;
            }
            on_progress(&job);
        }
    });
    ChunkedTask { cancelled }
}
