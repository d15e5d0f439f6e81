//! The analyses in web workers, so that the main thread never runs an analysis slice.
//!
//! A pool of `navigator.hardwareConcurrency` workers (at most `MAX_PARTS`; the query
//! `?workers=N` read when the pool starts forces N, and `?workers=0` the main-thread runner)
//! runs the analysis module `src/bin/analysis_worker.rs`. A job is split into one share per
//! worker and merged in unit order by `jobs::collect`, so its result does not depend on the
//! number of workers; a Monte Carlo's parts then go, as transferred buffers the page never
//! reads, to one worker that merges and summarises them.
//!
//! Dropping a job's [`AnalysisTask`] cancels it: the workers are told to stop and their late
//! replies are ignored. When workers cannot be created, or one fails, every job runs on the
//! main thread in slices instead (`chunked.rs`), so the page never loses its analyses.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use standoff_core::analysis::scenario_mc::ScenarioPathModel;
use standoff_core::analysis::{
    scenario_monte_carlo, strategy_matrix, AnalysisError, MonteCarloRun, SweepRun, TornadoRun,
    MAX_PARTS,
};
use standoff_core::model::Scenario;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::chunked::{spawn_chunked, ChunkedTask};
use crate::jobs::collect::{Collect, Next, Outcome};
use crate::jobs::protocol::{Analysis, FromWorker, Reply, ToWorker, Work};

/// The worker's loader, which Trunk writes beside the page (`data-loader-shim`).
const WORKER_URL: &str = "./analysis_worker_loader.js";

/// The shortest time between two progress renders of a job, in milliseconds. Each worker
/// reports every 100 ms; a render per report from eight workers would keep the main thread
/// painting while the workers hold every core.
const PROGRESS_MS: f64 = 150.0;

/// Called with the share of the job done, 0 to 1.
pub type OnProgress = Rc<dyn Fn(f64)>;
/// Called once with the job's result.
pub type OnDone = Rc<dyn Fn(Outcome)>;

/// A running analysis; dropping it cancels it.
pub enum AnalysisTask {
    Workers(WorkerJob),
    /// On the main thread in slices; `None` once it finished or never started.
    MainThread(Option<ChunkedTask>),
}

/// Runs `analysis` over `scenario` in the workers, or on the main thread without them.
/// `on_done` may be called before this returns (inputs refused at once).
pub fn run_analysis(
    scenario: &Scenario,
    analysis: Analysis,
    on_progress: OnProgress,
    on_done: OnDone,
) -> AnalysisTask {
    match Pool::shared() {
        Some(pool) => pool.start(scenario, analysis, on_progress, on_done),
        None => AnalysisTask::MainThread(on_main_thread(scenario, analysis, on_progress, on_done)),
    }
}

/// Starts the workers ahead of the first analysis, so that a click does not wait for their
/// modules to load (called when an analysis panel mounts).
pub fn warm_up() {
    let _ = Pool::shared();
}

/// The number of workers for the page's query string (`?workers=N`, capped at `MAX_PARTS`;
/// 0 means none) and `navigator.hardwareConcurrency` (0 when the browser does not say).
pub fn pool_size(query: &str, hardware: f64) -> usize {
    let forced = query
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("workers="))
        .and_then(|n| n.parse::<usize>().ok());
    match forced {
        Some(n) => n.min(MAX_PARTS),
        None if hardware >= 1.0 => (hardware as usize).min(MAX_PARTS),
        None => 2,
    }
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or(0.0, |performance| performance.now())
}

/// The analysis on the main thread, in slices: the runner of a browser without workers.
fn on_main_thread(
    scenario: &Scenario,
    analysis: Analysis,
    on_progress: OnProgress,
    on_done: OnDone,
) -> Option<ChunkedTask> {
    let callbacks = Callbacks {
        on_progress,
        on_done,
    };
    match &analysis {
        Analysis::Tornado { output, share } => sliced(
            TornadoRun::new(scenario, *output, *share),
            &analysis,
            |run: &mut TornadoRun| run.step(1).done(),
            |run: &TornadoRun| run.progress().fraction(),
            |run: TornadoRun| Outcome::Tornado(run.finish()),
            callbacks,
        ),
        Analysis::Sweep(plan) => sliced(
            plan.start(scenario),
            &analysis,
            |run: &mut SweepRun| run.step(1).done(),
            |run: &SweepRun| run.progress().fraction(),
            |run: SweepRun| Outcome::Sweep(run.finish()),
            callbacks,
        ),
        // Twenty-five simulations: one slice.
        Analysis::Matrix {
            strategies,
            terminal_recovery,
        } => sliced(
            Ok((scenario.clone(), strategies.clone(), *terminal_recovery)),
            &analysis,
            |_| true,
            |_| 0.0,
            |(scenario, strategies, recovery)| {
                let (customer, vendor) = (&strategies.customer, &strategies.vendor);
                Outcome::Matrix(strategy_matrix(&scenario, customer, vendor, recovery))
            },
            callbacks,
        ),
        Analysis::MonteCarlo(spec) => sliced(
            scenario_monte_carlo(scenario, spec),
            &analysis,
            // The runs, then the bands a few months at a time: sorting every month's 10,000
            // values in one go took one task over 50 ms.
            |run: &mut MonteCarloRun<ScenarioPathModel>| run.step(4).done && run.summarise(4),
            |run: &MonteCarloRun<ScenarioPathModel>| run.progress().fraction(),
            |run: MonteCarloRun<ScenarioPathModel>| Outcome::MonteCarlo(run.finish()),
            callbacks,
        ),
    }
}

/// A job's two callbacks.
struct Callbacks {
    on_progress: OnProgress,
    on_done: OnDone,
}

/// Runs `run` in slices (`step` until it says done, showing `fraction` between slices, then
/// `finish`), or reports the error that refused it; `None` when nothing runs.
fn sliced<R: 'static>(
    run: Result<R, AnalysisError>,
    analysis: &Analysis,
    step: impl FnMut(&mut R) -> bool + 'static,
    fraction: impl Fn(&R) -> f64 + 'static,
    finish: impl FnOnce(R) -> Outcome + 'static,
    Callbacks {
        on_progress,
        on_done,
    }: Callbacks,
) -> Option<ChunkedTask> {
    match run {
        Err(error) => {
            on_done(analysis.failed(error));
            None
        }
        Ok(run) => Some(spawn_chunked(
            run,
            step,
            move |run: &R| on_progress(fraction(run)),
            move |run: R| on_done(finish(run)),
        )),
    }
}

/// A job in the workers; dropping it cancels it.
pub struct WorkerJob {
    id: u32,
}

impl Drop for WorkerJob {
    fn drop(&mut self) {
        if let Some(pool) = Pool::existing() {
            pool.cancel(self.id);
        }
    }
}

thread_local! {
    /// The page's pool, made on first use; `Some(None)` when the page has no workers.
    static POOL: RefCell<Option<Option<Rc<Pool>>>> = const { RefCell::new(None) };
}

/// One worker, with the messages waiting for its module to start.
struct Slot {
    worker: web_sys::Worker,
    ready: Cell<bool>,
    waiting: RefCell<Vec<(js_sys::Array, js_sys::Array)>>,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

/// A job the pool runs: its collector, the worker of each share, and its callbacks.
struct Job {
    scenario: Scenario,
    analysis: Analysis,
    collect: Collect<JsValue>,
    workers: Vec<usize>,
    on_progress: OnProgress,
    on_done: OnDone,
    /// When progress was last rendered (`performance.now()`).
    progress_shown: f64,
    /// The job on the main thread after a worker failed.
    main_thread: Option<ChunkedTask>,
}

struct Pool {
    slots: Vec<Slot>,
    jobs: RefCell<HashMap<u32, Job>>,
    next_job: Cell<u32>,
    broken: Cell<bool>,
}

impl Pool {
    /// The page's working pool, made on first use; `None` without workers.
    fn shared() -> Option<Rc<Pool>> {
        let pool = POOL.with(|cell| {
            let mut cell = cell.borrow_mut();
            cell.get_or_insert_with(Pool::create).clone()
        });
        pool.filter(|pool| !pool.broken.get())
    }

    /// The pool if it was made, working or not (to cancel a job in it).
    fn existing() -> Option<Rc<Pool>> {
        POOL.with(|cell| cell.borrow().clone().flatten())
    }

    fn create() -> Option<Rc<Pool>> {
        let window = web_sys::window()?;
        let query = window.location().search().unwrap_or_default();
        let size = pool_size(&query, window.navigator().hardware_concurrency());
        let mut slots = Vec::with_capacity(size);
        for index in 0..size {
            match Slot::new(index) {
                Some(slot) => slots.push(slot),
                None => {
                    slots.iter().for_each(|slot| slot.worker.terminate());
                    return None;
                }
            }
        }
        (!slots.is_empty()).then(|| {
            Rc::new(Pool {
                slots,
                jobs: RefCell::new(HashMap::new()),
                next_job: Cell::new(1),
                broken: Cell::new(false),
            })
        })
    }

    fn start(
        &self,
        scenario: &Scenario,
        analysis: Analysis,
        on_progress: OnProgress,
        on_done: OnDone,
    ) -> AnalysisTask {
        let id = self.next_job.get();
        self.next_job.set(id.wrapping_add(1).max(1));
        let (collect, works) = match Collect::new(scenario, analysis.clone(), self.slots.len()) {
            Ok(job) => job,
            Err(error) => {
                on_done(analysis.failed(error));
                return AnalysisTask::MainThread(None);
            }
        };
        debug_assert!(
            works.len() <= self.slots.len(),
            "one share per worker at most"
        );
        let job = Job {
            scenario: scenario.clone(),
            analysis,
            collect,
            workers: (0..works.len()).collect(),
            on_progress,
            on_done,
            progress_shown: now_ms(),
            main_thread: None,
        };
        // In the pool before its first message, so that a worker failing on that message
        // restarts it on the main thread.
        self.jobs.borrow_mut().insert(id, job);
        for (worker, work) in works.into_iter().enumerate() {
            self.post(worker, id, work, Vec::new());
        }
        AnalysisTask::Workers(WorkerJob { id })
    }

    fn cancel(&self, id: u32) {
        let job = self.jobs.borrow_mut().remove(&id);
        if let (Some(job), false) = (job, self.broken.get()) {
            for &worker in &job.workers {
                self.send(worker, &ToWorker::Cancel { job: id }, Vec::new());
            }
        }
    }

    fn post(&self, worker: usize, job: u32, work: Work, buffers: Vec<JsValue>) {
        let work = Box::new(work);
        self.send(worker, &ToWorker::Start { job, work }, buffers);
    }

    /// Sends `message` as its JSON text with `buffers` transferred, or keeps it until the
    /// worker's module has started.
    fn send(&self, worker: usize, message: &ToWorker, buffers: Vec<JsValue>) {
        let Some(slot) = self.slots.get(worker) else {
            return;
        };
        let Ok(text) = serde_json::to_string(message) else {
            return;
        };
        let array = js_sys::Array::of1(&JsValue::from_str(&text));
        let transfer = js_sys::Array::new();
        for buffer in buffers {
            array.push(&buffer);
            transfer.push(&buffer);
        }
        if slot.ready.get() {
            if slot
                .worker
                .post_message_with_transfer(&array, &transfer)
                .is_err()
            {
                self.break_down();
            }
        } else {
            slot.waiting.borrow_mut().push((array, transfer));
        }
    }

    fn on_message(&self, worker: usize, data: &JsValue) {
        let array = js_sys::Array::from(data);
        let message = array
            .get(0)
            .as_string()
            .and_then(|text| serde_json::from_str::<FromWorker>(&text).ok());
        match message {
            None => self.break_down(),
            Some(FromWorker::Ready) => self.on_ready(worker),
            Some(FromWorker::Progress { job, done }) => {
                let now = now_ms();
                let progress = self.jobs.borrow_mut().get_mut(&job).and_then(|entry| {
                    let share = entry.workers.iter().position(|&w| w == worker)?;
                    let fraction = entry.collect.progress(share, done);
                    if now - entry.progress_shown < PROGRESS_MS {
                        return None;
                    }
                    entry.progress_shown = now;
                    Some((fraction, entry.on_progress.clone()))
                });
                if let Some((fraction, on_progress)) = progress {
                    on_progress(fraction);
                }
            }
            // A worker of another build could not read the job: the main thread runs it.
            Some(FromWorker::Done {
                reply: Reply::Failed(AnalysisError::WorkerMessage),
                ..
            }) => self.break_down(),
            Some(FromWorker::Done { job, reply }) => {
                let bytes = (array.length() > 1).then(|| array.get(1));
                self.on_reply(worker, job, reply, bytes);
            }
        }
    }

    fn on_ready(&self, worker: usize) {
        let Some(slot) = self.slots.get(worker) else {
            return;
        };
        slot.ready.set(true);
        if self.slots.iter().all(|slot| slot.ready.get()) {
            // For the benchmark, which starts timing analyses once the workers can take them.
            if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
                let _ = performance.mark("standoff:workers-ready");
            }
        }
        let waiting = std::mem::take(&mut *slot.waiting.borrow_mut());
        for (array, transfer) in waiting {
            if slot
                .worker
                .post_message_with_transfer(&array, &transfer)
                .is_err()
            {
                self.break_down();
                return;
            }
        }
    }

    fn on_reply(&self, worker: usize, job: u32, reply: Reply, bytes: Option<JsValue>) {
        let next = {
            let mut jobs = self.jobs.borrow_mut();
            let Some(entry) = jobs.get_mut(&job) else {
                // A cancelled job's late reply.
                return;
            };
            // Every reply comes from a worker of the job (the summary's from its first).
            let Some(share) = entry.workers.iter().position(|&w| w == worker) else {
                return;
            };
            entry.collect.receive(share, reply, bytes)
        };
        match next {
            Next::Wait => {}
            Next::Summarise(work, buffers) => {
                // The first worker merges and summarises; it holds the first share.
                let worker = self
                    .jobs
                    .borrow()
                    .get(&job)
                    .and_then(|entry| entry.workers.first().copied())
                    .unwrap_or(0);
                self.post(worker, job, *work, buffers);
            }
            Next::Done(outcome) => {
                let entry = self.jobs.borrow_mut().remove(&job);
                if let Some(entry) = entry {
                    (entry.on_done)(*outcome);
                }
            }
        }
    }

    /// A worker failed or could not start: every worker stops, and every job still running
    /// starts again on the main thread; later jobs run there too.
    fn break_down(&self) {
        if self.broken.replace(true) {
            return;
        }
        for slot in &self.slots {
            slot.worker.terminate();
        }
        let ids: Vec<u32> = self.jobs.borrow().keys().copied().collect();
        for id in ids {
            let restart = self.jobs.borrow().get(&id).map(|job| {
                (
                    job.scenario.clone(),
                    job.analysis.clone(),
                    job.on_progress.clone(),
                    job.on_done.clone(),
                )
            });
            if let Some((scenario, analysis, on_progress, on_done)) = restart {
                let task = on_main_thread(&scenario, analysis, on_progress, on_done);
                if let Some(job) = self.jobs.borrow_mut().get_mut(&id) {
                    job.main_thread = task;
                }
            }
        }
    }
}

impl Slot {
    fn new(index: usize) -> Option<Slot> {
        let worker = web_sys::Worker::new(WORKER_URL).ok()?;
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
            move |event: web_sys::MessageEvent| {
                if let Some(pool) = Pool::existing() {
                    pool.on_message(index, &event.data());
                }
            },
        );
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            // Handled here: the analyses carry on on the main thread.
            event.prevent_default();
            if let Some(pool) = Pool::existing() {
                pool.break_down();
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Some(Slot {
            worker,
            ready: Cell::new(false),
            waiting: RefCell::new(Vec::new()),
            _on_message: on_message,
            _on_error: on_error,
        })
    }
}
