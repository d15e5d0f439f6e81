//! The analysis worker: a second wasm module, built by Trunk from this binary
//! (`index.html`, `data-type="worker"`), that the page runs in web workers
//! (`app::effects::workers`). It reads `jobs::protocol::ToWorker` messages, runs each part with
//! `jobs::task::Task` in slices, reports progress and replies. It links the analyses and the
//! engine but no Yew, no charts and no words.
//!
//! A message is a JS array: the JSON text, then any byte buffers (a Monte Carlo part's samples),
//! transferred rather than copied.

#[cfg(target_arch = "wasm32")]
mod worker {
    use std::cell::RefCell;
    use std::collections::VecDeque;
    use std::rc::Rc;

    use standoff::jobs::protocol::{FromWorker, Reply, ToWorker};
    use standoff::jobs::task::Task;
    use standoff_core::analysis::AnalysisError;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    /// The longest the worker steps a part before it reads its messages (a cancel): short
    /// enough that a cancelled job stops at once, long enough that the yields cost nothing.
    const SLICE_MS: f64 = 30.0;
    /// The shortest time between two progress messages, so that eight workers do not make
    /// the page render its progress bar hundreds of times a second.
    const PROGRESS_MS: f64 = 100.0;
    /// Cancels kept for jobs this worker has not seen yet; older ones are forgotten.
    const CANCELS_KEPT: usize = 64;

    #[derive(Default)]
    struct State {
        queue: VecDeque<(u32, Result<Task, AnalysisError>)>,
        cancelled: VecDeque<u32>,
        busy: bool,
    }

    pub fn start() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let state = Rc::new(RefCell::new(State::default()));
        let on_message = {
            let scope = scope.clone();
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                receive(&scope, &state, &event.data());
            })
        };
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The handler lives as long as the worker.
        on_message.forget();
        warm_up();
        post(&scope, &FromWorker::Ready, None);
    }

    /// Runs a tornado and a few Monte Carlo runs of the first visit's story once, before the
    /// first job: the browser compiles a wasm function on its first call, and the engine's and
    /// the analyses' code would otherwise be compiled inside the user's first analysis (a first
    /// tornado took four times as long as the next). A few tens of milliseconds per worker,
    /// off the main thread, while the page is still settling.
    fn warm_up() {
        use standoff::jobs::protocol::{Analysis, Work};
        use standoff_core::analysis::{Output, ScenarioMcSpec};
        let scenario = standoff_core::model::presets::by_id("twitter-aws-2023")
            .map(|preset| preset.scenario)
            .unwrap_or_default();
        let tornado = Analysis::Tornado {
            output: Output::CustomerNpvVsBaseline,
            share: rust_decimal::Decimal::new(2, 1),
        };
        let mc = Analysis::MonteCarlo(ScenarioMcSpec {
            runs: 8,
            sample_outages: true,
            sample_lawsuits: true,
            ..ScenarioMcSpec::default()
        });
        for analysis in [tornado, mc] {
            let work = Work::Part {
                scenario: scenario.clone(),
                analysis,
                units: 0..8,
            };
            if let Ok(mut task) = Task::start(work, Vec::new()) {
                while !task.step() {}
                drop(task.finish());
            }
        }
    }

    fn receive(scope: &DedicatedWorkerGlobalScope, state: &Rc<RefCell<State>>, data: &JsValue) {
        let array = js_sys::Array::from(data);
        let text = array.get(0).as_string().unwrap_or_default();
        match serde_json::from_str::<ToWorker>(&text).ok() {
            // A page of another build (a deployment between the page's load and this worker's):
            // answer the job, if its number can be read, so that the page shows an error
            // instead of waiting.
            None => {
                let job = serde_json::from_str::<serde_json::Value>(&text)
                    .ok()
                    .and_then(|value| value.get("Start")?.get("job")?.as_u64())
                    .and_then(|job| u32::try_from(job).ok());
                if let Some(job) = job {
                    let reply = Reply::Failed(AnalysisError::WorkerMessage);
                    post(scope, &FromWorker::Done { job, reply }, None);
                }
            }
            Some(ToWorker::Cancel { job }) => {
                let mut state = state.borrow_mut();
                state.queue.retain(|(queued, _)| *queued != job);
                state.cancelled.push_back(job);
                if state.cancelled.len() > CANCELS_KEPT {
                    state.cancelled.pop_front();
                }
            }
            Some(ToWorker::Start { job, work }) => {
                let buffers = (1..array.length())
                    .map(|i| js_sys::Uint8Array::new(&array.get(i)).to_vec())
                    .collect();
                let task = Task::start(*work, buffers);
                let start = {
                    let mut state = state.borrow_mut();
                    state.queue.push_back((job, task));
                    !std::mem::replace(&mut state.busy, true)
                };
                if start {
                    wasm_bindgen_futures::spawn_local(run(scope.clone(), state.clone()));
                }
            }
        }
    }

    fn now(scope: &DedicatedWorkerGlobalScope) -> f64 {
        scope.performance().map_or(0.0, |p| p.now())
    }

    /// Runs the queued parts one after another, in slices, until the queue is empty.
    async fn run(scope: DedicatedWorkerGlobalScope, state: Rc<RefCell<State>>) {
        let yielder = Yielder::new();
        loop {
            let next = state.borrow_mut().queue.pop_front();
            let Some((job, task)) = next else {
                state.borrow_mut().busy = false;
                return;
            };
            let mut task = match task {
                Ok(task) => task,
                Err(error) => {
                    post(
                        &scope,
                        &FromWorker::Done {
                            job,
                            reply: Reply::Failed(error),
                        },
                        None,
                    );
                    continue;
                }
            };
            let mut reported = now(&scope);
            loop {
                let started = now(&scope);
                let mut done = task.step();
                while !done && now(&scope) - started < SLICE_MS {
                    done = task.step();
                }
                if done {
                    let (reply, bytes) = task.finish();
                    post(&scope, &FromWorker::Done { job, reply }, bytes);
                    break;
                }
                if now(&scope) - reported >= PROGRESS_MS {
                    reported = now(&scope);
                    let done = task.done_units();
                    post(&scope, &FromWorker::Progress { job, done }, None);
                }
                yielder.yield_now().await;
                if state.borrow().cancelled.contains(&job) {
                    break;
                }
            }
        }
    }

    /// Posts `message` as its JSON text, with `bytes` as a transferred buffer.
    fn post(scope: &DedicatedWorkerGlobalScope, message: &FromWorker, bytes: Option<Vec<u8>>) {
        let text = serde_json::to_string(message).or_else(|_| match message {
            FromWorker::Done { job, .. } => serde_json::to_string(&FromWorker::Done {
                job: *job,
                reply: Reply::Failed(AnalysisError::WorkerMessage),
            }),
            _ => Ok(String::new()),
        });
        let Ok(text) = text else {
            return;
        };
        let array = js_sys::Array::of1(&JsValue::from_str(&text));
        let transfer = js_sys::Array::new();
        if let Some(bytes) = bytes {
            let buffer = js_sys::Uint8Array::from(bytes.as_slice()).buffer();
            array.push(&buffer);
            transfer.push(&buffer);
        }
        // Posting fails only for values that cannot be cloned; these are text and buffers.
        let _ = scope.post_message_with_transfer(&array, &transfer);
    }

    /// Yields to the worker's event loop (its messages) through a `MessageChannel`, which,
    /// unlike a zero timer, is never clamped to 4 ms.
    struct Yielder {
        channel: Option<web_sys::MessageChannel>,
    }

    impl Yielder {
        fn new() -> Self {
            Yielder {
                channel: web_sys::MessageChannel::new().ok(),
            }
        }

        async fn yield_now(&self) {
            let Some(channel) = &self.channel else {
                return;
            };
            let port = channel.port1();
            let promise = js_sys::Promise::new(&mut |resolve, _reject| {
                port.set_onmessage(Some(&resolve));
            });
            if channel.port2().post_message(&JsValue::UNDEFINED).is_ok() {
                // The promise only ever resolves: its value (the message event) is unused.
                let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
            }
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    worker::start();
}

/// Natively there is no worker to run: the jobs' logic is tested through the library
/// (`tests/analysis_jobs.rs`).
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
