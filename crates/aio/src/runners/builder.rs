//! How a host sets up a run and looks at it: `Runtime::builder` (the clock, tracing, the
//! real network, the process pool's workers, the "what if sequential" mode, stepping,
//! asyncio's debug mode), and
//! the accessors hosts read a run through (`now`, `with_trace`, `take_trace`, `LiveRun`),
//! so that no host reaches into the driver's shared state (`state::Shared`), as boa's
//! `Context::builder()` keeps hosts off its internals.

use super::Runtime;
use crate::clock::Clock;
use crate::net::Fetcher;
use crate::pool::WorkerHost;
use crate::state::SharedRef;
use crate::trace::Trace;
use loopscope_python::OutputSink;
use std::rc::Rc;

/// A run's settings before it starts. Defaults: tracing on, the simulated network, the
/// process pool modelled on the virtual clock (no host workers), no stepping, asyncio's
/// debug mode off.
pub struct RuntimeBuilder {
    sink: Box<dyn OutputSink>,
    clock: Clock,
    tracing: bool,
    fetcher: Option<Box<dyn Fetcher>>,
    sockets: Option<Box<dyn crate::net::socket::SocketHost>>,
    database: Option<String>,
    workers: Option<Rc<dyn WorkerHost>>,
    sequential: bool,
    stepping: bool,
    debug: bool,
}

impl RuntimeBuilder {
    /// Whether the run records its trace (the views and `--trace` need it; plain runs
    /// are a little faster without).
    pub fn tracing(mut self, on: bool) -> Self {
        self.tracing = on;
        self
    }

    /// Sends `aiohttp`/`httpx`/`requests` to the real network through `fetcher`.
    pub fn real_network(mut self, fetcher: Box<dyn Fetcher>) -> Self {
        self.fetcher = Some(fetcher);
        self
    }

    /// Sends connections to addresses outside the program to the host's sockets.
    pub fn sockets(mut self, host: Box<dyn crate::net::socket::SocketHost>) -> Self {
        self.sockets = Some(host);
        self
    }

    /// Sends every database connection to `url`'s host and port instead of the address
    /// the program names (the program's user, password and database stay).
    pub fn database(mut self, url: Option<String>) -> Self {
        self.database = url;
        self
    }

    /// Runs process-pool jobs on the host's workers under the real clock.
    pub fn pool_workers(mut self, host: Rc<dyn WorkerHost>) -> Self {
        self.workers = Some(host);
        self
    }

    /// Runs `gather`, `create_task` and `TaskGroup` children one after another.
    pub fn sequential(mut self, on: bool) -> Self {
        self.sequential = on;
        self
    }

    /// Pauses before each loop iteration (the loop inspector).
    pub fn stepping(mut self, on: bool) -> Self {
        self.stepping = on;
        self
    }

    /// Starts every event loop in asyncio's debug mode, as `PYTHONASYNCIODEBUG=1` does
    /// for CPython (a program can still turn it off with `loop.set_debug(False)`).
    pub fn debug(mut self, on: bool) -> Self {
        self.debug = on;
        self
    }

    pub fn build(self) -> Runtime {
        let mut runtime = Runtime::new(self.sink, self.clock);
        {
            let mut s = runtime.shared.borrow_mut();
            s.tracing = self.tracing;
            s.debug = self.debug;
            if let Some(host) = self.workers {
                s.pool.set_host(host);
            }
        }
        if let Some(fetcher) = self.fetcher {
            runtime.use_real_network(Some(fetcher));
        }
        if let Some(host) = self.sockets {
            runtime.use_sockets(host);
        }
        runtime.shared.borrow_mut().net.database = self.database;
        runtime.set_sequential(self.sequential);
        runtime.set_stepping(self.stepping);
        runtime
    }
}

/// A host's window on a run in progress, read between slices (never from inside one):
/// the trace so far and the run's clock.
#[derive(Clone)]
pub struct LiveRun(SharedRef);

impl LiveRun {
    /// Reads the trace recorded so far; `None` while the run itself holds it.
    pub fn with_trace<R>(&self, read: impl FnOnce(&Trace) -> R) -> Option<R> {
        let s = self.0.try_borrow().ok()?;
        Some(read(&s.trace))
    }

    /// Seconds on the run's clock since it began.
    pub fn now(&self) -> Option<f64> {
        Some(self.0.try_borrow().ok()?.clock.now())
    }
}

impl Runtime {
    /// A run whose program output goes to `sink`, on `clock`, set up by the builder.
    pub fn builder(sink: Box<dyn OutputSink>, clock: Clock) -> RuntimeBuilder {
        RuntimeBuilder {
            sink,
            clock,
            tracing: true,
            fetcher: None,
            sockets: None,
            database: None,
            workers: None,
            sequential: false,
            stepping: false,
            debug: false,
        }
    }

    /// Seconds on the run's clock since it began.
    pub fn clock_now(&self) -> f64 {
        self.now()
    }

    /// Reads the trace recorded so far.
    pub fn with_trace<R>(&self, read: impl FnOnce(&Trace) -> R) -> R {
        read(&self.shared.borrow().trace)
    }

    /// Takes the trace out of a finished run.
    pub fn take_trace(&mut self) -> Trace {
        std::mem::take(&mut self.shared.borrow_mut().trace)
    }

    /// A window on this run for views that read it between slices.
    pub fn live(&self) -> LiveRun {
        LiveRun(self.shared.clone())
    }
}
