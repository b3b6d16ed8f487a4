//! Loopscope's browser host: the clock, running programs, and (later) timers, fetch,
//! Web Workers and the `window.loopscope` embedding API.
//!
//! Only this crate and `app`'s interop modules touch `web_sys`.

mod clock;

pub use clock::BrowserClock;

/// A finished run's output as text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunText {
    pub stdout: String,
    pub stderr: String,
    pub exit_code: i32,
}

/// Runs a program to completion and returns what it printed.
///
/// The interpreter (`loopscope-python`) is still being built; until it lands this reports
/// that plainly instead of pretending to run anything.
pub fn run_to_text(_source: &str) -> RunText {
    RunText {
        stdout: String::new(),
        stderr: "Loopscope's Python interpreter is not in this build yet.\n".into(),
        exit_code: 1,
    }
}
