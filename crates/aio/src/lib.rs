//! The event loop, generic over a host: the driver, the natives under asyncio, virtual
//! threads, process pools, the network transport and the trace.
//!
//! Named after CPython's `Lib/asyncio` modules: `events` (handles), `base_events` (the
//! queues and `_run_once`), `runners` (the driver that runs a program on the loop).
//! Ours beside them: `clock`, `state`, `natives` (`_aioloop`), `pool`, `net` (the HTTP
//! packages' networks, simulated and real), `trace`, `heapq`, and `modules`, the one list
//! of the modules that need the loop (the asyncio API itself is Python source of our own
//! in `asyncio/`; the third-party-compatible packages are in `packages/`). The standard
//! library apart from the loop is `loopscope-stdlib`'s.

pub mod base_events;
pub mod clock;
pub mod events;
pub mod heapq;
pub mod modules;
pub mod natives;
pub mod net;
pub mod pool;
pub mod runners;
pub mod state;
pub mod trace;

pub use clock::{Clock, RealTime};
pub use pool::{JobEvent, JobOutput, JobSpec, WorkerHost, WorkerPool};
pub use runners::{LiveRun, LoopSnapshot, Poll, Runtime, RuntimeBuilder};
