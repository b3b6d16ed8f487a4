//! The real clock in the browser: `performance.now()`, and `Date.now()` for wall time.

use loopscope_aio::RealTime;

/// Reads the browser's monotonic high-resolution clock.
#[derive(Clone, Debug)]
pub struct BrowserClock {
    performance: web_sys::Performance,
}

impl BrowserClock {
    /// The page's (or worker's) clock, or `None` where there is no `performance`.
    pub fn new() -> Option<Self> {
        let performance = crate::scope::performance()?;
        Some(Self { performance })
    }

    /// Seconds since the page's time origin; never goes backwards.
    pub fn now(&self) -> f64 {
        self.performance.now() / 1000.0
    }
}

impl RealTime for BrowserClock {
    fn now(&self) -> f64 {
        BrowserClock::now(self)
    }

    fn wall(&self) -> f64 {
        js_sys::Date::now() / 1000.0
    }
}
