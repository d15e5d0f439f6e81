//! Runs long analyses in time slices so that the main thread never blocks for long.
//!
//! A job is a loop of small `step`s. The runner calls them until about [`SLICE_MS`]
//! milliseconds of its task have passed, then yields to the browser so that input, painting
//! and the progress display keep flowing, and carries on in a new task. Three choices keep the
//! overhead of slicing small: with 8 ms slices, timer yields and a render after each slice,
//! the tornado's work (about 12 ms in a browser) took 60 ms or more from click to result
//! (docs/performance.md, "The main-thread runner"):
//!
//! - **Long slices.** 35 ms of work per task leaves room under the 50 ms long-task limit for
//!   the step that crosses the line and for the browser's own bookkeeping, and a short job
//!   finishes in the task of the click that started it.
//! - **A fast yield.** A message through a `MessageChannel` starts the next task as soon as
//!   the browser has handled what is waiting (input, a due frame). A zero-length timer, used
//!   before, is clamped to 4 ms once timers nest five deep, and yields happen every slice.
//! - **Progress at most once per frame.** The progress display is rendered in a task of its
//!   own after a slice, and again only after the browser has produced a frame since the last
//!   time, so a job that ends within its first slice never renders progress at all.
//!
//! When the last slice ended early enough, the result is rendered in the same task; otherwise
//! in a task of its own, so that a full slice and the result's render never add up to one long
//! task. Dropping the returned [`ChunkedTask`] cancels the job before its next step.

use std::cell::Cell;
use std::future::Future;
use std::rc::Rc;
use std::time::Duration;

use gloo::render::{request_animation_frame, AnimationFrame};
use wasm_bindgen::JsValue;

/// The longest a task of the job works before yielding, in milliseconds: well under the
/// browser's 50 ms "long task" threshold, with room for the step that crosses the line.
pub const SLICE_MS: f64 = 35.0;

/// The result is rendered in the task that finished the job when that task has worked less
/// than this, in milliseconds; after a longer task it waits for a task of its own. A render
/// of a result (a table, and a chart mounted to be drawn in the next frame) takes a few
/// milliseconds on a quiet machine but two or three times as long on a busy one, and the
/// first run of an analysis runs code the browser has not optimised yet: a job that needed
/// more than a short slice lets its result wait for the next task rather than risk a long one.
pub const FINISH_IN_TASK_MS: f64 = 10.0;

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

/// Yields to the browser through one `MessageChannel`, reused for every yield of a job.
struct Yielder {
    channel: Option<web_sys::MessageChannel>,
}

impl Yielder {
    fn new() -> Self {
        Yielder {
            channel: web_sys::MessageChannel::new().ok(),
        }
    }

    /// Resolves in a new task, after the browser has handled the input and frames waiting.
    /// Without a `MessageChannel` (it is everywhere the app runs), a zero-length timer.
    fn yield_now(&self) -> impl Future<Output = ()> + 'static {
        let posted = self.channel.as_ref().and_then(|channel| {
            let port = channel.port1();
            let promise = js_sys::Promise::new(&mut |resolve, _reject| {
                port.set_onmessage(Some(&resolve));
            });
            channel
                .port2()
                .post_message(&JsValue::UNDEFINED)
                .ok()
                .map(|()| promise)
        });
        async move {
            match posted {
                Some(promise) => {
                    // The promise only ever resolves: its value (the message event) is unused.
                    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
                }
                None => yew::platform::time::sleep(Duration::ZERO).await,
            }
        }
    }
}

impl Drop for Yielder {
    fn drop(&mut self) {
        if let Some(channel) = &self.channel {
            channel.port1().set_onmessage(None);
            channel.port1().close();
            channel.port2().close();
        }
    }
}

/// Starts `job`: `step` does one small unit of work and returns true when the job is done;
/// `on_progress` runs between slices (at most once per animation frame) while the job lasts
/// longer than one slice; `on_done` once at the end with the finished job.
///
/// The first slice runs in the current task (the click's), after the renders it already
/// queued, so its clock starts here.
pub fn spawn_chunked<J, S, P, D>(job: J, step: S, on_progress: P, on_done: D) -> ChunkedTask
where
    J: 'static,
    S: FnMut(&mut J) -> bool + 'static,
    P: FnMut(&J) + 'static,
    D: FnOnce(J) + 'static,
{
    run(Box::new(Parts {
        job: Some(job),
        step,
        on_progress,
        on_done: Some(on_done),
    }))
}

/// A job as the runner drives it: one step of work, its progress, and its hand-over. The runner
/// holds any analysis's job as a `Box<dyn Job>`, so its loop is written once for all of them;
/// one dynamic call a step costs nothing beside a step's simulations.
trait Job {
    /// One unit of work; true when the job is done.
    fn step(&mut self) -> bool;
    /// Shows the job's progress.
    fn progress(&mut self);
    /// Hands the finished job over; called once.
    fn finish(&mut self);
}

/// The job and its three callbacks; the job and `on_done` are taken out by [`Job::finish`].
struct Parts<J, S, P, D> {
    job: Option<J>,
    step: S,
    on_progress: P,
    on_done: Option<D>,
}

impl<J, S, P, D> Job for Parts<J, S, P, D>
where
    S: FnMut(&mut J) -> bool,
    P: FnMut(&J),
    D: FnOnce(J),
{
    fn step(&mut self) -> bool {
        match self.job.as_mut() {
            Some(job) => (self.step)(job),
            None => true,
        }
    }

    fn progress(&mut self) {
        if let Some(job) = &self.job {
            (self.on_progress)(job);
        }
    }

    fn finish(&mut self) {
        if let (Some(job), Some(on_done)) = (self.job.take(), self.on_done.take()) {
            on_done(job);
        }
    }
}

/// The runner behind [`spawn_chunked`].
fn run(mut job: Box<dyn Job>) -> ChunkedTask {
    let cancelled = Rc::new(Cell::new(false));
    let flag = cancelled.clone();
    let mut task_started = now_ms();
    yew::platform::spawn_local(async move {
        let yielder = Yielder::new();
        // Whether the browser produced a frame since progress was last rendered; the pending
        // frame request is dropped (cancelled) with the job.
        let frame_seen = Rc::new(Cell::new(true));
        let mut frame: Option<AnimationFrame> = None;
        loop {
            if flag.get() {
                return;
            }
            // At least one step per slice, however long the task already was.
            let mut done = job.step();
            while !done && now_ms() - task_started < SLICE_MS {
                done = job.step();
            }
            if done {
                drop(frame.take());
                if now_ms() - task_started >= FINISH_IN_TASK_MS {
                    yielder.yield_now().await;
                    if flag.get() {
                        return;
                    }
                }
                job.finish();
                return;
            }
            if frame_seen.get() {
                yielder.yield_now().await;
                if flag.get() {
                    return;
                }
                job.progress();
                frame_seen.set(false);
                let seen = frame_seen.clone();
                frame = Some(request_animation_frame(move |_| seen.set(true)));
            }
            yielder.yield_now().await;
            task_started = now_ms();
        }
    });
    ChunkedTask { cancelled }
}
