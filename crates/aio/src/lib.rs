//! The event loop and the modules asyncio programs import, generic over a host.
//!
//! Named after CPython's `Lib/asyncio` modules; `trace` records what the loop does.

pub mod trace;
