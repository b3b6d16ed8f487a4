//! The run's clock: virtual (deterministic) or real (the host's).
//!
//! The virtual clock starts at zero, jumps to where the loop's wait ends when the loop
//! waits, and charges a fixed cost for every VM instruction so CPU-bound code takes time
//! too. The real clock reads the host (`performance.now()` in a browser, `Instant`
//! natively). [`select_wait`] is how long CPython's loop really waits for a timeout: its
//! selector (epoll on Linux) rounds it up to whole milliseconds.

use crate::trace::{ClockKind, Nanos};

/// Virtual nanoseconds one VM instruction costs, calibrated so mixed Python work (an
/// arithmetic loop, dict updates, string building) takes about what CPython 3.11 takes on
/// our 2-core machines: 4.65 M of our instructions ran in 0.047 s of CPython time.
pub const NANOS_PER_INSTRUCTION: u64 = 10;

/// `time.time()` under the virtual clock starts here: 2026-01-01T00:00:00Z.
pub const VIRTUAL_EPOCH: f64 = 1_767_225_600.0;

/// The smallest step the loop distinguishes, as CPython's `_clock_resolution` on Linux.
pub const RESOLUTION: f64 = 1e-9;

/// `MAXIMUM_SELECT_TIMEOUT` of `base_events`: the loop never waits longer at once.
const MAXIMUM_SELECT_TIMEOUT: f64 = 24.0 * 3600.0;

/// Seconds the loop's selector waits when `_run_once` asks it to wait `timeout` seconds
/// (`timeout = min(max(0, when - time()), MAXIMUM_SELECT_TIMEOUT)`), as on CPython 3.11
/// on Linux: `EpollSelector.select` rounds up to whole milliseconds
/// (`math.ceil(timeout * 1e3) * 1e-3`), then `epoll.poll` converts those seconds to
/// nanoseconds (a double product, rounded up) and to milliseconds (rounded up) for
/// `epoll_wait`. The double product can exceed the whole number, so e.g. a timeout of
/// 8.5 ms waits 10 ms, not 9: measured so on CPython. Timers due within the rounding fire
/// in the same iteration (`end_time = self.time() + self._clock_resolution`).
pub fn select_wait(timeout: f64) -> f64 {
    let timeout = timeout.clamp(0.0, MAXIMUM_SELECT_TIMEOUT);
    if timeout <= 0.0 || timeout.is_nan() {
        return 0.0;
    }
    let secs = (timeout * 1e3).ceil() * 1e-3;
    let nanos = (secs * 1e9).ceil();
    let millis = (nanos / 1e6).ceil();
    millis / 1e3
}

/// A source of real time in seconds, monotonic (the host's).
pub trait RealTime {
    fn now(&self) -> f64;
    /// Seconds since the Unix epoch, for `time.time()`.
    fn wall(&self) -> f64;
}

pub enum Clock {
    Virtual {
        nanos: u64,
    },
    Real {
        source: Box<dyn RealTime>,
        start: f64,
    },
}

impl Clock {
    pub fn virtual_clock() -> Clock {
        Clock::Virtual { nanos: 0 }
    }

    pub fn real(source: Box<dyn RealTime>) -> Clock {
        let start = source.now();
        Clock::Real { source, start }
    }

    pub fn kind(&self) -> ClockKind {
        match self {
            Clock::Virtual { .. } => ClockKind::Virtual,
            Clock::Real { .. } => ClockKind::Real,
        }
    }

    /// Seconds since the run started (the loop's `time()`).
    pub fn now(&self) -> f64 {
        match self {
            Clock::Virtual { nanos } => *nanos as f64 / 1e9,
            Clock::Real { source, start } => source.now() - start,
        }
    }

    /// The same instant as trace time.
    pub fn nanos(&self) -> Nanos {
        match self {
            Clock::Virtual { nanos } => Nanos(*nanos),
            Clock::Real { .. } => Nanos::from_secs(self.now()),
        }
    }

    /// `time.time()`.
    pub fn wall(&self) -> f64 {
        match self {
            Clock::Virtual { .. } => VIRTUAL_EPOCH + self.now(),
            Clock::Real { source, .. } => source.wall(),
        }
    }

    /// Charges `instructions` of CPU work (the virtual clock only; real time passes anyway).
    pub fn charge(&mut self, instructions: u64) {
        if let Clock::Virtual { nanos } = self {
            *nanos = nanos.saturating_add(instructions.saturating_mul(NANOS_PER_INSTRUCTION));
        }
    }

    /// Moves the virtual clock forward to at least `secs` (never backwards).
    pub fn advance_to(&mut self, secs: f64) {
        if let Clock::Virtual { nanos } = self {
            if secs.is_finite() && secs > 0.0 {
                let target = (secs * 1e9).ceil();
                let target = if target >= u64::MAX as f64 {
                    u64::MAX
                } else {
                    target as u64
                };
                *nanos = (*nanos).max(target);
            }
        }
    }

    pub fn is_virtual(&self) -> bool {
        matches!(self, Clock::Virtual { .. })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn virtual_clock_charges_and_jumps() {
        let mut c = Clock::virtual_clock();
        assert_eq!(c.now(), 0.0);
        c.charge(1000);
        assert_eq!(c.nanos(), Nanos(1000 * NANOS_PER_INSTRUCTION));
        c.advance_to(0.3);
        assert!(c.now() >= 0.3);
        c.advance_to(0.1);
        assert!(c.now() >= 0.3, "never goes backwards");
        let when = 0.1 + 0.2;
        c.advance_to(when);
        assert!(
            when < c.now() + RESOLUTION,
            "a deadline we jumped to is due"
        );
        assert_eq!(c.wall(), VIRTUAL_EPOCH + c.now());
    }

    #[test]
    fn the_selector_waits_whole_milliseconds_rounded_up() {
        assert_eq!(select_wait(0.0), 0.0);
        assert_eq!(select_wait(1e-9), 0.001);
        assert_eq!(select_wait(0.1 - 3e-6), 0.1);
        assert_eq!(select_wait(0.1), 0.1);
        // `ceil(8.5) * 1e-3` is 0.009000000000000001 s, whose nanoseconds round up to
        // 9000001 and so to 10 ms (CPython waits 10 ms for `epoll.poll(9 * 1e-3)`).
        assert_eq!(select_wait(0.0085), 0.01);
        assert_eq!(select_wait(1e9), MAXIMUM_SELECT_TIMEOUT);
    }
}
