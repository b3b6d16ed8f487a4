//! What the loop's natives and the driver share: the clock, the trace, which task runs,
//! and the requests natives send the driver (`HostCall` payloads).

use crate::base_events::Scheduler;
use crate::clock::Clock;
use crate::trace::{TaskId, Trace, TraceEvent};
use loopscope_python::objects::fasthash::{FastMap, FastSet};
use loopscope_python::objects::Type;
use loopscope_python::{Interp, PyErr, PyResult, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// State shared by the driver and the natives (kept in the interpreter's ext slot).
pub struct Shared {
    pub clock: Clock,
    pub trace: Trace,
    /// The task whose step is running, for output attribution.
    pub current_task: Option<TaskId>,
    /// The virtual thread running (None: the main thread).
    pub current_thread: Option<crate::trace::ThreadId>,
    /// Virtual threads' names, by id.
    pub thread_names: FastMap<u32, String>,
    /// The virtual threads started as daemons (`threading.Thread(daemon=True)`), by id:
    /// the run ends when the main module and every other thread have finished.
    pub daemon_threads: FastSet<u32>,
    /// The virtual threads running now (started and not yet ended), by id.
    pub live_threads: FastSet<u32>,
    /// Each thread's current `contextvars.Context` (key 0: the main thread).
    pub contexts: FastMap<u32, Value>,
    pub next_task_id: u32,
    /// Futures that were given an exception, to warn about unretrieved ones at exit.
    pub watched: Vec<loopscope_python::objects::WeakTarget>,
    pub handle_class: Option<Rc<Type>>,
    pub timer_class: Option<Rc<Type>>,
    /// Record a trace (off for benchmarks that only want output).
    pub tracing: bool,
    /// "What if sequential": child tasks start one after another (see `Task.__init__`).
    pub sequential: bool,
    /// The network: simulated or real, and the fetches in flight.
    pub net: crate::net::Net,
    /// The next trace id for a virtual thread or a process-pool worker.
    pub next_thread_id: u32,
    /// Threads natives asked for without suspending (`start_thread`, `start_thread_soon`),
    /// with the id already given out if any; the driver starts them before it next
    /// chooses who runs.
    pub threads_to_start: Vec<(Value, String, Option<crate::trace::ThreadId>)>,
    /// Process pools (`pool.rs`).
    pub pool: crate::pool::PoolState,
    /// asyncio's debug mode for every new loop (`PYTHONASYNCIODEBUG=1`, `--debug`).
    pub debug: bool,
    /// The execution contexts under the one running on the loop's thread, outermost
    /// first (the main module waiting in `run_forever`, a callback waiting for the task
    /// step it started): with the running one's frames they make the stack asyncio's
    /// debug mode records where futures, tasks and handles are made.
    pub ctx_chain: Vec<loopscope_python::ContextId>,
}

impl Shared {
    pub fn new(clock: Clock) -> Shared {
        Shared {
            clock,
            trace: Trace::default(),
            current_task: None,
            current_thread: None,
            contexts: FastMap::default(),
            thread_names: FastMap::default(),
            daemon_threads: FastSet::default(),
            live_threads: FastSet::default(),
            next_task_id: 1,
            watched: Vec::new(),
            handle_class: None,
            timer_class: None,
            tracing: true,
            sequential: false,
            net: crate::net::Net::default(),
            next_thread_id: 1,
            threads_to_start: Vec::new(),
            pool: crate::pool::PoolState::default(),
            debug: false,
            ctx_chain: Vec::new(),
        }
    }

    /// Appends an event when tracing is on.
    pub fn record(&mut self, make: impl FnOnce(&mut Trace) -> TraceEvent) {
        if self.tracing {
            let event = make(&mut self.trace);
            self.trace.push(event);
        }
    }
}

pub type SharedRef = Rc<RefCell<Shared>>;

/// The shared state of the interpreter's runtime; an error if there is no runtime.
pub fn shared(interp: &Interp) -> PyResult<SharedRef> {
    interp
        .ext::<SharedRef>()
        .cloned()
        .ok_or_else(|| PyErr::runtime_error("this needs Loopscope's event loop runtime"))
}

/// What a native asks the driver to do; travels as a `HostCall` payload.
pub enum Request {
    /// `loop.run_forever()`: run iterations until `stop()`.
    RunForever {
        sched: Rc<RefCell<Scheduler>>,
        loop_obj: Value,
    },
    /// Run one step of a task (CPython's `Task.__step`), throwing `exc` in if given.
    TaskStep { task: Value, exc: Option<Value> },
    /// `time.sleep(secs)`: block this thread.
    Sleep(f64),
    /// Wait for process pool `pool`'s workers: block this thread for up to `secs`, or
    /// until the host reports a job event.
    PoolWait { pool: usize, secs: f64 },
    /// A blocking HTTP request (`requests.get`): block this thread until `until`, then
    /// resume with `result`. A real fetch's `until` is infinite until it completes.
    Fetch {
        id: u32,
        label: String,
        until: f64,
        result: Value,
    },
}

impl Request {
    pub fn into_err(self) -> PyErr {
        PyErr::HostCall(Box::new(self))
    }
}
