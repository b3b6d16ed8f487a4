//! The native host: the real clock from `Instant`, and waiting by sleeping the thread.

use loopscope_aio::RealTime;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// Monotonic time since the host started, and the system's wall clock.
pub struct NativeClock {
    start: Instant,
}

impl NativeClock {
    pub fn new() -> NativeClock {
        NativeClock {
            start: Instant::now(),
        }
    }
}

impl RealTime for NativeClock {
    fn now(&self) -> f64 {
        self.start.elapsed().as_secs_f64()
    }

    fn wall(&self) -> f64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64())
    }
}
