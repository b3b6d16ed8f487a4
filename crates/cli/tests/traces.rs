//! Golden traces: each `tests/traces/NAME.py` run under the virtual clock must record
//! exactly the events in `NAME.trace` (one per line). The goldens are ours, not CPython's:
//! `cargo xtask bless` rewrites them, and a changed golden is read and reviewed like code.

#[path = "support/harness.rs"]
mod harness;

use harness::{check_all, diff_report, programs, run, workspace};
use std::path::Path;

/// Runs `program` with `--trace` into `out_dir` and compares the trace with its golden.
fn check(program: &Path, out_dir: &Path) -> Result<(), String> {
    let name = program.file_stem().unwrap_or_default().to_string_lossy();
    let got_path = out_dir.join(format!("{name}.trace"));
    let got_arg = got_path.to_string_lossy();
    let out = run(program, &["--trace", &got_arg, "--trace-format", "text"])?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        return Err(format!("failed to run: {stderr}"));
    }
    let got = std::fs::read(&got_path).unwrap_or_default();
    let want = std::fs::read(program.with_extension("trace")).unwrap_or_default();
    diff_report("trace", &want, &got, None)
}

#[test]
fn golden_traces() {
    let dir = workspace().join("tests/traces");
    let programs = programs(&dir, false, |_| true);
    assert!(programs.len() >= 4, "the golden trace programs are missing");
    let out_dir = std::env::temp_dir().join(format!("loopscope-traces-{}", std::process::id()));
    std::fs::create_dir_all(&out_dir).expect("temp dir");
    let problems: Vec<String> = check_all(&dir, &programs, |p| check(p, &out_dir))
        .into_iter()
        .filter_map(|(name, result)| result.err().map(|e| format!("{name}: {e}")))
        .collect();
    let _ = std::fs::remove_dir_all(&out_dir);
    assert!(
        problems.is_empty(),
        "traces differ (run `cargo xtask bless` and review):\n{}",
        problems.join("\n")
    );
}
