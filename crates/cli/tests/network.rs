//! Programs using our `aiohttp`, `httpx` and `requests`: `tests/network/*.py` and the
//! gallery's network examples (`examples/**` with the marker below) must print exactly
//! their `.exp`.
//!
//! These expectations are ours, not CPython's (CPython has none of these libraries, and
//! the simulated network is our own spec): each file starts with the marker line
//! `# expected: loopscope (simulated network)`, which `cargo xtask bless` respects by
//! leaving its `.exp` alone. A changed `.exp` is reviewed like code.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The first line of a program whose expected output is ours.
const MARKER: &str = "# expected: loopscope (simulated network)";

/// Every `.py` under `dir`, recursively.
fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

fn programs(rel: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    collect(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(rel),
        &mut out,
    );
    out.sort();
    out
}

fn marked(path: &Path) -> bool {
    std::fs::read_to_string(path).is_ok_and(|text| text.lines().next() == Some(MARKER))
}

fn check(program: &Path) -> Result<(), String> {
    let source = std::fs::read_to_string(program).map_err(|e| e.to_string())?;
    if source.lines().next() != Some(MARKER) {
        return Err(format!("does not start with {MARKER:?}"));
    }
    let expected = std::fs::read_to_string(program.with_extension("exp"))
        .map_err(|_| "has no .exp".to_string())?;
    let out = Command::new(env!("CARGO_BIN_EXE_loopscope"))
        .arg("run")
        .arg(program)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run loopscope: {e}"))?;
    let got = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if got != expected {
        let line = got
            .lines()
            .zip(expected.lines())
            .position(|(g, w)| g != w)
            .unwrap_or_else(|| got.lines().count().min(expected.lines().count()));
        return Err(format!(
            "stdout differs at line {}: expected {:?}, got {:?}; stderr ends {:?}",
            line + 1,
            expected.lines().nth(line).unwrap_or("<end>"),
            got.lines().nth(line).unwrap_or("<end>"),
            stderr.lines().last().unwrap_or("")
        ));
    }
    if !out.status.success() {
        return Err(format!("exited {}: {stderr}", out.status));
    }
    Ok(())
}

fn run_all(rel: &str, at_least: usize, only_marked: bool) {
    let mut progs = programs(rel);
    if only_marked {
        progs.retain(|p| marked(p));
    }
    assert!(progs.len() >= at_least, "{rel} holds too few programs");
    let problems: Vec<String> = progs
        .iter()
        .filter_map(|p| {
            check(p).err().map(|e| {
                format!(
                    "{}: {e}",
                    p.file_name().unwrap_or_default().to_string_lossy()
                )
            })
        })
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
