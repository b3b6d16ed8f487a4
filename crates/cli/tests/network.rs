//! Programs using our `aiohttp`, `httpx` and `requests`: `tests/network/*.py` and the
//! gallery's network examples (`examples/**` with the marker below) must print exactly
//! their `.exp`.
//!
//! These expectations are ours, not CPython's (CPython has none of these libraries, and
//! the simulated network is our own spec): each file starts with the marker line
//! `# expected: loopscope (simulated network)`, which `cargo xtask bless` respects by
//! leaving its `.exp` alone. A changed `.exp` is reviewed like code.

#[path = "support/harness.rs"]
mod harness;

use harness::{check_all, diff_report, programs, run, workspace};
use std::path::Path;

/// The first line of a program whose expected output is ours.
const MARKER: &str = "# expected: loopscope (simulated network)";

fn marked(path: &Path) -> bool {
    std::fs::read_to_string(path).is_ok_and(|text| text.lines().next() == Some(MARKER))
}

fn check(program: &Path) -> Result<(), String> {
    if !marked(program) {
        return Err(format!("does not start with {MARKER:?}"));
    }
    let expected =
        std::fs::read(program.with_extension("exp")).map_err(|_| "has no .exp".to_string())?;
    let out = run(program, &[])?;
    diff_report("stdout", &expected, &out.stdout, Some(&out.stderr))?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        return Err(format!("exited {}: {stderr}", out.status));
    }
    Ok(())
}

/// Checks every program under `rel` (recursively; with `only_marked`, those that start
/// with the marker), which must be at least `at_least`.
fn run_all(rel: &str, at_least: usize, only_marked: bool) {
    let dir = workspace().join(rel);
    let progs = programs(&dir, true, |p| !only_marked || marked(p));
    assert!(progs.len() >= at_least, "{rel} holds too few programs");
    let problems: Vec<String> = check_all(&dir, &progs, check)
        .into_iter()
        .filter_map(|(name, result)| result.err().map(|e| format!("{name}: {e}")))
        .collect();
    assert!(problems.is_empty(), "{rel}:\n{}", problems.join("\n"));
}
#[test]
fn network_programs() {
    run_all("tests/network", 6, false);
}

#[test]
fn network_gallery() {
    run_all("examples", 7, true);
}
