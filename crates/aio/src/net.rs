//! The network under our `aiohttp`, `httpx` and `requests`: requests, responses and
//! errors as plain data, the two networks a run can use, and the fetches in flight.
//!
//! *Simulated* (the default): `sim.rs` decides each request's answer and duration when
//! it starts (`hosts.rs` are the built-in servers), and the answer is delivered by a loop
//! timer at that time — deterministic under the virtual clock. *Real*: a host-provided
//! [`Fetcher`] (the browser's Fetch API in `crates/web`, plain HTTP in the CLI) does the
//! request; the driver polls it for completions. `aio` knows nothing of browsers: the
//! fetcher is a trait object it is given.
//!
//! The Python side is `natives.rs` (`_net`), `loopscope_network.py` (`loopscope.network`)
//! and the packages over them in `packages/`; `modules.rs` registers them all.

pub mod hosts;
pub mod json;
pub mod natives;
pub mod sim;
pub mod socket;
pub mod url;

use crate::base_events::Scheduler;
use crate::clock::{Clock, RESOLUTION};
use loopscope_python::Value;
use sim::{SimNet, Timeouts};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;
use url::Url;

/// An HTTP request, as the client sends it.
#[derive(Clone, Debug, PartialEq)]
pub struct HttpRequest {
    pub method: String,
    pub url: Url,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

/// An HTTP response, body complete.
#[derive(Clone, Debug, PartialEq)]
pub struct HttpResponse {
    pub status: u16,
    pub reason: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// The URL that answered.
    pub url: String,
}

/// Why a request got no response.
#[derive(Clone, Debug, PartialEq)]
pub enum NetError {
    /// The host name does not resolve.
    Dns,
    /// Nothing listens there.
    Refused,
    /// The server closed the connection without answering.
    Disconnected,
    ConnectTimeout,
    ReadTimeout,
    /// The client's limit for the whole request passed.
    TotalTimeout,
    /// The browser refused the request (CORS, an unreachable host, a blocked scheme).
    Blocked(String),
    /// This host has no real network for the request (why, in words).
    Unavailable(String),
}

impl NetError {
    /// The kind name the Python modules map to their exception types.
    pub fn kind(&self) -> &'static str {
        match self {
            NetError::Dns => "dns",
            NetError::Refused => "refused",
            NetError::Disconnected => "disconnected",
            NetError::ConnectTimeout => "connect-timeout",
            NetError::ReadTimeout => "read-timeout",
            NetError::TotalTimeout => "total-timeout",
            NetError::Blocked(_) => "blocked",
            NetError::Unavailable(_) => "unavailable",
        }
    }

    /// What went wrong, in words (the libraries word most kinds their own way).
    pub fn detail(&self) -> String {
        match self {
            NetError::Dns => "Name or service not known".into(),
            NetError::Refused => "Connection refused".into(),
            NetError::Disconnected => "Server disconnected".into(),
            NetError::ConnectTimeout => "connect timeout".into(),
            NetError::ReadTimeout => "read timeout".into(),
            NetError::TotalTimeout => "timeout".into(),
            NetError::Blocked(why) | NetError::Unavailable(why) => why.clone(),
        }
    }
}

pub type FetchResult = Result<HttpResponse, NetError>;

/// A real network, provided by the host.
///
/// Requirements: `start` never blocks; each started fetch is reported by `poll` exactly
/// once unless it was cancelled; `now` is a monotonic real clock in seconds.
pub trait Fetcher {
    /// Starts fetching `req`; the outcome comes back from `poll` under `id`.
    fn start(&mut self, id: u32, req: &HttpRequest);
    /// Fetches finished since the last call.
    fn poll(&mut self) -> Vec<(u32, FetchResult)>;
    /// Gives up on a fetch (its timeout passed); it must not be reported after this.
    fn cancel(&mut self, _id: u32) {}
    /// Real seconds, monotonic: the virtual clock keeps pace with it while fetches run.
    fn now(&self) -> f64;
    /// The page's own address, which relative URLs resolve against (browser only).
    fn base_url(&self) -> Option<String> {
        None
    }
    /// Whether the host wakes a waiting run when a fetch finishes (so the run need not poll
    /// every `IO_POLL`).
    fn wakes_host(&self) -> bool {
        false
    }
}

/// Which network a run uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Simulated,
    Real,
}

impl Mode {
    pub fn name(self) -> &'static str {
        match self {
            Mode::Simulated => "simulated",
            Mode::Real => "real",
        }
    }
}

/// Where a real fetch's outcome goes.
pub enum Target {
    /// Call `callback(id, result)` on this loop.
    Loop {
        sched: Rc<RefCell<Scheduler>>,
        callback: Value,
    },
    /// A thread blocked in `requests.get` and the like.
    Blocking,
}

/// A real fetch in flight.
pub struct InFlight {
    pub target: Target,
    /// When it started, on the loop's clock.
    pub started: f64,
    /// When the client gives up, and with which error.
    pub deadline: Option<(f64, NetError)>,
}

/// A fetch that has ended, for its `FetchEnd` trace event.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub status: u16,
    pub bytes: u64,
    pub error: Option<String>,
}

impl Summary {
    pub fn of(result: &FetchResult) -> Summary {
        match result {
            Ok(r) => Summary {
                status: r.status,
                bytes: r.body.len() as u64,
                error: None,
            },
            Err(e) => Summary {
                status: 0,
                bytes: 0,
                error: Some(e.detail()),
            },
        }
    }
}

/// The run's network: its mode, the simulation, and the real fetches in flight.
pub struct Net {
    pub mode: Mode,
    pub sim: SimNet,
    real: Option<Box<dyn Fetcher>>,
    in_flight: BTreeMap<u32, InFlight>,
    ended: HashMap<u32, Summary>,
    next_id: u32,
    /// (loop clock, real clock) when real fetches or connections began to be in flight.
    anchor: Option<(f64, f64)>,
    /// While the run waits for the host with nothing else to do: the time something of
    /// the run's own falls due next (a timer, a sleeping thread, a deadline), if any.
    idle: Option<Option<f64>>,
    /// Connections to the host's sockets (`socket.rs`).
    pub sockets: socket::Sockets,
    /// Where database connections go instead of the address a program names (`--database`).
    pub database: Option<String>,
}

impl Default for Net {
    fn default() -> Self {
        Net {
            mode: Mode::Simulated,
            sim: SimNet::default(),
            real: None,
            in_flight: BTreeMap::new(),
            ended: HashMap::new(),
            next_id: 1,
            anchor: None,
            idle: None,
            sockets: socket::Sockets::default(),
            database: None,
        }
    }
}

/// Real fetches in flight are polled this often (seconds) while nothing else is due...
pub const IO_POLL: f64 = 0.004;

/// ...unless the host wakes the run when one finishes: then this is only a safety net.
const IO_WAKE_WAIT: f64 = 0.5;

impl Net {
    /// Uses the real network through `fetcher` (`None`: real mode with no network here,
    /// so every fetch fails saying so).
    pub fn use_real(&mut self, fetcher: Option<Box<dyn Fetcher>>) {
        self.mode = Mode::Real;
        self.real = fetcher;
    }

    pub fn next_id(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// The page's address, when the host has one.
    pub fn base_url(&self) -> Option<String> {
        self.real.as_ref().and_then(|f| f.base_url())
    }

    /// Starts a real fetch, or says why it cannot start.
    pub fn start_real(
        &mut self,
        id: u32,
        req: &HttpRequest,
        target: Target,
        now: f64,
        limits: Timeouts,
    ) -> Result<(), NetError> {
        let Some(fetcher) = self.real.as_mut() else {
            return Err(NetError::Unavailable(
                "this runner has no real network: run with the simulated network".into(),
            ));
        };
        fetcher.start(id, req);
        let deadline = limits.overall().map(|(secs, err)| (now + secs, err));
        self.in_flight.insert(
            id,
            InFlight {
                target,
                started: now,
                deadline,
            },
        );
        Ok(())
    }

    /// How long a run may wait for real fetches and its connections before looking again
    /// (seconds): long where the host wakes it when something happens, short where it must
    /// look for itself.
    pub fn io_poll(&self) -> f64 {
        let fetches_wake =
            self.in_flight.is_empty() || self.real.as_ref().is_some_and(|f| f.wakes_host());
        let sockets_wake = !self.sockets.busy() || self.sockets.wakes_host();
        if fetches_wake && sockets_wake {
            IO_WAKE_WAIT
        } else {
            IO_POLL
        }
    }

    /// True while real fetches are in flight or connections to the host are open.
    pub fn busy(&self) -> bool {
        !self.in_flight.is_empty() || self.sockets.busy()
    }

    /// The earliest time a real fetch's timeout expires or a held socket event is due.
    pub fn next_deadline(&self) -> Option<f64> {
        self.in_flight
            .values()
            .filter_map(|f| f.deadline.as_ref().map(|d| d.0))
            .chain(self.sockets.next_due())
            .min_by(f64::total_cmp)
    }

    /// Real seconds from whichever host has a clock.
    fn real_now(&self) -> Option<f64> {
        self.real.as_ref().map(|f| f.now()).or(self.sockets.now())
    }

    /// The run has nothing to do but wait for the host (real fetches in flight,
    /// connections or listeners open) until `due` at the latest: from now until it runs
    /// again, the virtual clock moves with real time (`keep_pace`).
    pub fn waiting(&mut self, due: Option<f64>) {
        self.idle = Some(due);
    }

    /// The run has something to do again: its own work costs no virtual time.
    pub fn working(&mut self) {
        self.idle = None;
    }

    /// Under the virtual clock, keeps it no slower than real time since the host's work
    /// began (a fetch that took 0.3 s takes 0.3 s), moving it only while the run waits
    /// for the host and never past what the run itself has due next, which then happens
    /// exactly when it is due. So the order of the program's own events is the virtual
    /// clock's, the same on every run, and what comes from the host comes when it came.
    pub fn keep_pace(&mut self, clock: &mut Clock) {
        if !self.busy() {
            self.anchor = None;
            self.idle = None;
            return;
        }
        let Some(r) = self.real_now() else {
            return;
        };
        let (v0, r0) = *self.anchor.get_or_insert((clock.now(), r));
        if let (Some(due), true) = (self.idle, clock.is_virtual()) {
            let caught_up = v0 + (r - r0);
            clock.advance_to(due.map_or(caught_up, |d| caught_up.min(d)));
        }
    }

    /// Real fetches that finished or timed out by `now`, with where their results go and
    /// how long they took.
    pub fn collect(&mut self, now: f64) -> Vec<(u32, Target, f64, FetchResult)> {
        let mut out = Vec::new();
        let Some(fetcher) = self.real.as_mut() else {
            return out;
        };
        for (id, result) in fetcher.poll() {
            if let Some(f) = self.in_flight.remove(&id) {
                out.push((id, f.target, now - f.started, result));
            }
        }
        let expired: Vec<u32> = self
            .in_flight
            .iter()
            // Due by the same rule as the driver's (`RESOLUTION`), or a deadline a hair
            // past `now` would have the driver polling for it forever.
            .filter(|(_, f)| f.deadline.as_ref().is_some_and(|d| d.0 < now + RESOLUTION))
            .map(|(id, _)| *id)
            .collect();
        for id in expired {
            if let Some(f) = self.in_flight.remove(&id) {
                fetcher.cancel(id);
                let err = f.deadline.map_or(NetError::ReadTimeout, |d| d.1);
                out.push((id, f.target, now - f.started, Err(err)));
            }
        }
        out
    }

    /// Remembers how a fetch ended until its `FetchEnd` is recorded.
    pub fn ended(&mut self, id: u32, summary: Summary) {
        self.ended.insert(id, summary);
    }

    pub fn take_summary(&mut self, id: u32) -> Option<Summary> {
        self.ended.remove(&id)
    }
}

/// A fetch's outcome as Python sees it: `(status, reason, headers, body, url, elapsed)`,
/// or `(None, kind, detail, elapsed)` when there is no response.
pub fn result_value(result: &FetchResult, elapsed: f64) -> Value {
    match result {
        Ok(r) => Value::tuple(vec![
            Value::Int(i64::from(r.status)),
            Value::str(&r.reason),
            Value::tuple(
                r.headers
                    .iter()
                    .map(|(k, v)| Value::tuple(vec![Value::str(k), Value::str(v)]))
                    .collect(),
            ),
            Value::Bytes(Rc::from(r.body.as_slice())),
            Value::str(&r.url),
            Value::Float(elapsed),
        ]),
        Err(e) => Value::tuple(vec![
            Value::None,
            Value::str(e.kind()),
            Value::string(e.detail()),
            Value::Float(elapsed),
        ]),
    }
}
