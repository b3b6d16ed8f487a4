//! The event loop and the modules asyncio programs import, generic over a host.
//!
//! Named after CPython's `Lib/asyncio` modules: `events` (handles), `base_events` (the
//! queues and `_run_once`), `runners` (the driver that runs a program on the loop).
//! Ours beside them: `clock`, `state`, `natives` (`_aioloop`), `net` (the HTTP modules'
//! networks, simulated and real), `trace`, `heapq`.
//! The asyncio API itself is Python source of our own in `asyncio/`.

pub mod asyncio;
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
pub use runners::{LoopSnapshot, Poll, Runtime};
