//! Runs one benchmark program and measures its wall time and peak resident memory.
//!
//! `std::process` reports no resource usage, and `wait4` would need `unsafe`, which the
//! workspace forbids. So each program runs under a fresh copy of xtask (`xtask __measure OUT
//! CMD...`) that spawns it, waits, and asks the kernel for its children's usage
//! (`getrusage(RUSAGE_CHILDREN)`, through `nix`'s safe wrapper). That process has exactly one
//! child, so the maximum over its children is the program's own peak, for CPython and for us
//! alike. The helper writes `seconds peak_kib exit_code` to OUT; stdin, stdout and stderr
//! pass straight through to the program, and so does the environment (the helper's, which
//! [`run`] extends).

use std::ffi::OsString;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

/// One finished run of a program.
pub struct Finished {
    pub secs: f64,
    /// Peak resident set size in KiB, where the platform reports it.
    pub peak_kib: Option<u64>,
    pub stdout: Vec<u8>,
}

/// Runs `program args...` under the measuring helper, with `envs` added to the environment.
/// A non-zero exit is an error carrying the program's stderr.
pub fn run(
    scratch: &Path,
    program: &Path,
    args: &[String],
    envs: &[(OsString, OsString)],
) -> Result<Finished, String> {
    let exe = std::env::current_exe().map_err(|e| format!("finding xtask itself: {e}"))?;
    let report = scratch.join("measure.txt");
    let _ = std::fs::remove_file(&report);
    let out = Command::new(exe)
        .arg("__measure")
        .arg(&report)
        .arg(program)
        .args(args)
        .envs(envs.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("running {}: {e}", program.display()))?;
    let text = std::fs::read_to_string(&report).map_err(|_| {
        format!(
            "the measuring helper failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )
    })?;
    let fields: Vec<&str> = text.split_whitespace().collect();
    let [secs, peak, code] = fields[..] else {
        return Err(format!("the measuring helper wrote {text:?}"));
    };
    if code != "0" {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let last = stderr.lines().rev().find(|l| !l.trim().is_empty());
        return Err(format!("exit {code}: {}", last.unwrap_or("").trim()));
    }
    Ok(Finished {
        secs: secs.parse().map_err(|_| format!("bad seconds {secs:?}"))?,
        peak_kib: peak.parse().ok(),
        stdout: out.stdout,
    })
}

/// The helper's side: runs `argv`, then writes its time, peak memory and exit code to `out`.
pub fn child(out: &str, argv: &[String]) -> Result<(), String> {
    let (program, args) = argv.split_first().ok_or("nothing to measure")?;
    let t0 = Instant::now();
    let status = Command::new(program)
        .args(args)
        .status()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    let secs = t0.elapsed().as_secs_f64();
    let peak = children_peak_kib().map_or_else(|| "-".to_string(), |k| k.to_string());
    // A program killed by a signal has no code: report it as a failure all the same.
    let code = status.code().unwrap_or(-1);
    std::fs::write(out, format!("{secs:.6} {peak} {code}\n"))
        .map_err(|e| format!("writing {out}: {e}"))
}

#[cfg(unix)]
fn children_peak_kib() -> Option<u64> {
    use nix::sys::resource::{getrusage, UsageWho};
    let usage = getrusage(UsageWho::RUSAGE_CHILDREN).ok()?;
    // Linux reports KiB (macOS reports bytes; we only bench on Linux machines).
    u64::try_from(usage.max_rss()).ok()
}

#[cfg(not(unix))]
fn children_peak_kib() -> Option<u64> {
    None
}
