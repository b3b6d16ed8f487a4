//! Interpreter tests: each runs a program and compares its output with CPython's.

mod host;
mod lang;

use crate::{run_to_completion, Interp, SharedSink};

/// Run `source` and return (stdout, stderr, status).
pub fn run(source: &str) -> (String, String, i32) {
    let sink = SharedSink::default();
    let mut interp = Interp::new(Box::new(sink.clone()));
    let status = run_to_completion(&mut interp, source, "/tmp/prog.py");
    let out = sink.0.borrow().clone();
    (out.stdout, out.stderr, status)
}

/// Assert that `source` prints `expected` on stdout.
pub fn check(source: &str, expected: &str) {
    let (out, err, _) = run(source);
    assert_eq!(out, expected, "stderr:\n{err}");
}

/// Assert the last stderr line.
pub fn check_err(source: &str, last_line: &str) {
    let (_, err, _) = run(source);
    let last = err.trim_end().lines().last().unwrap_or("").to_string();
    assert_eq!(last, last_line, "full stderr:\n{err}");
}
