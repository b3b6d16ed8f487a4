//! What the corpus tests share (`conformance.rs`, `network.rs`, `traces.rs` include it with
//! `#[path]`): finding a folder's programs, running `loopscope run` on one, checking them
//! all on worker threads, and the report of where an output differs from its expectation.
//!
//! A corpus run cannot pass empty: a missing or unreadable folder, a folder without
//! programs, a panicked worker and a count of results other than the programs found all
//! fail the test.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The repository's root.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every `.py` in `dir` that `keep` accepts, sorted; with `recursive`, those of its
/// subfolders too. Panics when a folder cannot be read or none is kept.
pub fn programs(dir: &Path, recursive: bool, keep: impl Fn(&Path) -> bool) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries = std::fs::read_dir(&folder)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", folder.display()));
        for entry in entries {
            let path = entry
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", folder.display()))
                .path();
            if path.is_dir() {
                if recursive {
                    folders.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "py") && keep(&path) {
                out.push(path);
            }
        }
    }
    assert!(!out.is_empty(), "{} holds no programs", dir.display());
    out.sort();
    out
}

/// Runs `loopscope run PROGRAM ARGS...` in the program's folder, stdin closed.
pub fn run(program: &Path, args: &[&str]) -> Result<Output, String> {
    Command::new(env!("CARGO_BIN_EXE_loopscope"))
        .arg("run")
        .arg(program)
        .args(args)
        .current_dir(program.parent().unwrap_or(Path::new(".")))
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run loopscope: {e}"))
}

/// `Err` saying where `got` first differs from `want` (`stdout differs at line 3: expected
/// "a", got "b"`), followed by the last line of `stderr` when given.
pub fn diff_report(
    what: &str,
    want: &[u8],
    got: &[u8],
    stderr: Option<&[u8]>,
) -> Result<(), String> {
    if want == got {
        return Ok(());
    }
    let want = String::from_utf8_lossy(want);
    let got = String::from_utf8_lossy(got);
    let line = got
        .lines()
        .zip(want.lines())
        .position(|(g, w)| g != w)
        .unwrap_or_else(|| got.lines().count().min(want.lines().count()));
    let mut report = format!(
        "{what} differs at line {}: expected {:?}, got {:?}",
        line + 1,
        want.lines().nth(line).unwrap_or("<end>"),
        got.lines().nth(line).unwrap_or("<end>"),
    );
    if let Some(stderr) = stderr {
        let stderr = String::from_utf8_lossy(stderr);
        report += &format!("; stderr ends {:?}", stderr.lines().last().unwrap_or(""));
    }
    Err(report)
}

/// Checks every program on two worker threads; returns each one's name (its path under
/// `dir`) and result, in order. Panics when a worker panicked or when the results do not
/// number the programs.
pub fn check_all(
    dir: &Path,
    programs: &[PathBuf],
    check: impl Fn(&Path) -> Result<(), String> + Sync,
) -> Vec<(String, Result<(), String>)> {
    let workers = 2;
    let check = &check;
    let mut results: Vec<(String, Result<(), String>)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..workers)
            .map(|w| {
                s.spawn(move || {
                    programs
                        .iter()
                        .skip(w)
                        .step_by(workers)
                        .map(|p| {
                            let name = p.strip_prefix(dir).unwrap_or(p);
                            (name.to_string_lossy().into_owned(), check(p))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|_| panic!("a corpus worker panicked"))
            })
            .collect()
    });
    assert_eq!(
        results.len(),
        programs.len(),
        "{}: ran {} programs of {}",
        dir.display(),
        results.len(),
        programs.len()
    );
    results.sort_by(|a, b| a.0.cmp(&b.0));
    results
}
