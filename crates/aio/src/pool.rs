//! The process pool: `concurrent.futures.ProcessPoolExecutor`'s workers, each its own
//! interpreter, as CPython's *spawn* start method gives each worker its own process.
//!
//! A job is plain data that can cross threads: the program's source and the pickled call
//! (`concurrent.futures.process` pickles with a subset of `pickle` of our own). A [`Worker`]
//! imports the program as `__mp_main__` on its first job and keeps it for the next ones,
//! calls the function and hands back the pickled outcome and what it printed. Where jobs
//! run is the host's business ([`WorkerHost`]: OS threads natively, Web Workers in a
//! browser); under the virtual clock the pool runs each job here, on the worker of the
//! first free modelled core, and completes it when the model of N cores says
//! (`natives.rs`), so runs stay deterministic.

mod natives;

pub use natives::register;

use crate::clock::Clock;
use crate::runners::{Poll, Runtime};
use crate::trace::ThreadId;
use loopscope_python::SharedSink;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

/// The cores the program sees (`os.cpu_count()`), as the thread pool counts them; the
/// virtual clock's pool models at most this many.
pub const MODELLED_CPUS: usize = 2;

/// Instructions a job may run under the virtual clock (100 virtual seconds of CPU), so a
/// worker stuck in a loop ends with an error instead of hanging the page.
const JOB_INSTRUCTION_CAP: u64 = 10_000_000_000;

/// Instructions per `Runtime::poll` while running a job.
const JOB_SLICE: u64 = 1_000_000;

/// The worker's main module: `_process_worker` (Python) runs the job.
const BOOTSTRAP: &str =
    "from concurrent.futures.process import _process_worker\n_process_worker()\n";

/// One call for a worker: the program and the pickled `(fn, args, kwargs)`.
#[derive(Clone, Debug)]
pub struct JobSpec {
    pub source: Arc<str>,
    pub filename: Arc<str>,
    pub payload: String,
}

/// What a worker hands back.
#[derive(Clone, Debug, PartialEq)]
pub struct JobOutput {
    /// The pickled outcome (`('ok', value)` or `('exc', exception, traceback text)`), or
    /// why there is none (the worker died, as CPython's `BrokenProcessPool` reports).
    pub outcome: Result<String, String>,
    pub stdout: String,
    pub stderr: String,
    /// How long the call took on the worker's clock, in nanoseconds.
    pub nanos: u64,
}

/// What a host's pool reports.
pub enum JobEvent {
    /// A worker (numbered from 0) took job `id`.
    Started {
        id: u64,
        worker: usize,
    },
    Finished {
        id: u64,
        output: JobOutput,
    },
}

/// A pool of workers a host runs jobs on, in submission order.
pub trait WorkerPool {
    fn submit(&mut self, id: u64, job: JobSpec);
    /// What happened since the last call; never blocks.
    fn poll(&mut self) -> Vec<JobEvent>;
    /// Whether `poll` has something to report; never blocks.
    fn has_news(&mut self) -> bool;
    /// Whether the host wakes a waiting run when a worker reports (so a wait for the pool
    /// can be long), rather than the run polling the pool every millisecond.
    fn wakes_host(&self) -> bool {
        false
    }
}

/// Opens pools of `workers` workers (OS threads, Web Workers).
pub trait WorkerHost {
    fn open(&self, workers: usize) -> Box<dyn WorkerPool>;
}

/// The process pools of a run, kept in `Shared`.
#[derive(Default)]
pub struct PoolState {
    /// The program workers run (`Runtime::start` sets it).
    program: Option<(Arc<str>, Arc<str>)>,
    /// Where jobs run under the real clock; `None`: the model, here.
    host: Option<Rc<dyn WorkerHost>>,
    pools: Vec<Option<natives::Pool>>,
    next_job: u64,
    /// Processes started so far, for CPython's `SpawnProcess-N` names.
    processes: u32,
    /// In a worker: the job it runs.
    job: Option<JobSlot>,
}

/// A worker's job and what it has reported.
struct JobSlot {
    spec: JobSpec,
    begin: Option<u64>,
    end: Option<u64>,
    result: Option<String>,
}

impl PoolState {
    /// Remembers the program, for workers to run.
    pub fn set_program(&mut self, source: &str, filename: &str) {
        if self.program.is_none() {
            self.program = Some((source.into(), filename.into()));
        }
    }

    /// Whether pool `i`'s host has something to report (a model never has: its waits end
    /// when the model says).
    pub(crate) fn has_news(&mut self, i: usize) -> bool {
        match self.pools.get_mut(i) {
            Some(Some(p)) => p.has_news(),
            _ => false,
        }
    }

    /// Jobs run on `host` when the clock is real.
    pub fn set_host(&mut self, host: Rc<dyn WorkerHost>) {
        self.host = Some(host);
    }
}

/// One worker of a pool: an interpreter that imports the program (as `__mp_main__`) on its
/// first job and keeps it for the next ones, as a worker process of CPython's pool does —
/// module-level state carries over from job to job, and the import's own output appears
/// once per worker.
pub struct Worker {
    clock: Option<Clock>,
    /// The interpreter, its captured output and the program it imported; `None` until the
    /// first job, and again after a job that left it unusable.
    live: Option<Live>,
}

struct Live {
    rt: Runtime,
    sink: SharedSink,
    source: Arc<str>,
}

impl Worker {
    /// A worker whose interpreter runs on `clock` (made on its first job).
    pub fn new(clock: Clock) -> Worker {
        Worker {
            clock: Some(clock),
            live: None,
        }
    }

    /// Runs one job; `wait(secs)` blocks the calling thread while the worker sleeps under
    /// a real clock. A job of another program gets a fresh interpreter.
    pub fn run(&mut self, spec: &JobSpec, wait: &mut dyn FnMut(f64)) -> JobOutput {
        if self.live.as_ref().is_some_and(|l| l.source != spec.source) {
            self.live = None;
        }
        let live = match &mut self.live {
            Some(live) => live,
            slot @ None => {
                let clock = self.clock.take().unwrap_or_else(Clock::virtual_clock);
                let sink = SharedSink::default();
                let mut rt = Runtime::new(Box::new(sink.clone()), clock);
                rt.keep_modules();
                rt.shared().borrow_mut().tracing = false;
                slot.insert(Live {
                    rt,
                    sink,
                    source: spec.source.clone(),
                })
            }
        };
        let (output, usable) = live.run(spec, wait);
        if !usable {
            // The program failed to import, a job overran its cap, or the worker exited:
            // the next job starts a new interpreter, as CPython starts a new process.
            self.live = None;
        }
        output
    }
}

impl Live {
    fn run(&mut self, spec: &JobSpec, wait: &mut dyn FnMut(f64)) -> (JobOutput, bool) {
        let rt = &mut self.rt;
        let (virtual_clock, started) = {
            let mut s = rt.shared().borrow_mut();
            s.pool.program = Some((spec.source.clone(), spec.filename.clone()));
            s.pool.job = Some(JobSlot {
                spec: spec.clone(),
                begin: None,
                end: None,
                result: None,
            });
            (s.clock.is_virtual(), s.clock.nanos().0)
        };
        rt.start(BOOTSTRAP, "<loopscope worker>");
        let mut spent: u64 = 0;
        let mut capped = false;
        let mut status = 0;
        loop {
            match rt.poll(JOB_SLICE) {
                Poll::Busy => {
                    spent = spent.saturating_add(JOB_SLICE);
                    if virtual_clock && spent >= JOB_INSTRUCTION_CAP {
                        capped = true;
                        break;
                    }
                }
                Poll::WaitUntil(t) => {
                    let now = rt.shared().borrow().clock.now();
                    if t > now {
                        wait(t - now);
                    }
                }
                Poll::Finished(code) => {
                    status = code;
                    break;
                }
                Poll::Paused => rt.step(),
            }
        }
        let (result, nanos) = {
            let mut s = rt.shared().borrow_mut();
            let now = s.clock.nanos().0;
            match s.pool.job.take() {
                Some(slot) => {
                    let begin = slot.begin.unwrap_or(started);
                    let end = slot.end.unwrap_or(now);
                    (slot.result, end.saturating_sub(begin))
                }
                None => (None, now.saturating_sub(started)),
            }
        };
        let captured = std::mem::take(&mut *self.sink.0.borrow_mut());
        let usable = result.is_some() && !capped && status == 0;
        let outcome = match result {
            Some(payload) => Ok(payload),
            None if capped => Err(format!(
                "A process in the process pool ran for over {} s of CPU and was stopped",
                JOB_INSTRUCTION_CAP.saturating_mul(crate::clock::NANOS_PER_INSTRUCTION)
                    / 1_000_000_000
            )),
            None => Err(
                "A process in the process pool was terminated abruptly while the \
                         future was running or pending."
                    .to_string(),
            ),
        };
        let output = JobOutput {
            outcome,
            stdout: captured.stdout,
            stderr: captured.stderr,
            nanos,
        };
        (output, usable)
    }
}

/// Trace lanes of a pool's workers, made on first use.
#[derive(Default)]
struct Lanes {
    ids: HashMap<usize, (ThreadId, String)>,
}

#[cfg(test)]
mod tests;
