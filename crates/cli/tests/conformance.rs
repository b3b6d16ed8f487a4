//! The conformance corpus: every program under `tests/conformance/<area>/` and `examples/`
//! must print exactly what CPython 3.11 printed (`NAME.exp`), and when CPython ended in an
//! error, end its stderr with the same line (`NAME.err`). Runs `loopscope run` as a user does.
//!
//! Programs we cannot run yet are listed in the area's `SKIP` file, one per line with the
//! reason (`NAME.py  reason`). A listed program that passes fails the test, so the list only
//! ever shrinks.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Program file names listed in `dir/SKIP`.
fn skipped(dir: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(dir.join("SKIP")).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect()
}

/// The programs of `dir` that have an expectation; with `recursive`, those of its
/// subfolders too (the gallery keeps one folder per document).
fn programs(dir: &Path, recursive: bool) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for path in std::fs::read_dir(&folder)
            .map(|rd| rd.flatten().map(|e| e.path()).collect::<Vec<_>>())
            .unwrap_or_default()
        {
            if path.is_dir() {
                if recursive {
                    folders.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "py")
                && path.with_extension("exp").exists()
            {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// Runs one program; `Err` says how it differs from CPython.
fn check(program: &Path) -> Result<(), String> {
    let out = Command::new(env!("CARGO_BIN_EXE_loopscope"))
        .arg("run")
        .arg(program)
        .current_dir(program.parent().unwrap_or(Path::new(".")))
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run loopscope: {e}"))?;
    let expected = std::fs::read(program.with_extension("exp")).unwrap_or_default();
    let stderr = String::from_utf8_lossy(&out.stderr);
    if out.stdout != expected {
        let got = String::from_utf8_lossy(&out.stdout);
        let want = String::from_utf8_lossy(&expected);
        let line = got
            .lines()
            .zip(want.lines())
            .position(|(g, w)| g != w)
            .unwrap_or_else(|| got.lines().count().min(want.lines().count()));
        return Err(format!(
            "stdout differs at line {}: expected {:?}, got {:?}; stderr ends {:?}",
            line + 1,
            want.lines().nth(line).unwrap_or("<end>"),
            got.lines().nth(line).unwrap_or("<end>"),
            stderr.lines().last().unwrap_or("")
        ));
    }
    if let Ok(err) = std::fs::read_to_string(program.with_extension("err")) {
        let last = stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        if last.trim() != err.trim() {
            return Err(format!(
                "stderr should end {:?}, ends {:?}",
                err.trim(),
                last.trim()
            ));
        }
    } else if !out.status.success() {
        return Err(format!(
            "exited {} but CPython succeeded: {:?}",
            out.status,
            stderr.lines().last()
        ));
    }
    Ok(())
}

/// Checks every program of one folder against its expectations and its SKIP list.
fn corpus(rel: &str) {
    check_folder(rel, false);
}

/// As `corpus`, for a folder whose programs sit in subfolders; SKIP names them by their
/// path under `rel` (`01-asyncio-tour/01_hello_goodbye.py`).
fn check_folder(rel: &str, recursive: bool) {
    let dir = workspace().join(rel);
    let skips = skipped(&dir);
    let progs = programs(&dir, recursive);
    let dir = &dir;
    let results: Vec<(String, Result<(), String>)> = std::thread::scope(|s| {
        let workers = 2;
        let chunks: Vec<Vec<&PathBuf>> = (0..workers)
            .map(|w| progs.iter().skip(w).step_by(workers).collect())
            .collect();
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                s.spawn(move || {
                    chunk
                        .into_iter()
                        .map(|p| {
                            let name = p
                                .strip_prefix(dir)
                                .unwrap_or(p)
                                .to_string_lossy()
                                .into_owned();
                            (name, check(p))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    let mut problems = Vec::new();
    let mut passed = 0;
    for (name, result) in &results {
        let skip = skips.contains(name);
        match (result, skip) {
            (Ok(()), false) => passed += 1,
            (Err(_), true) => {}
            (Ok(()), true) => {
                problems.push(format!("{name}: passes now; remove it from {rel}/SKIP"))
            }
            (Err(why), false) => problems.push(format!("{name}: {why}")),
        }
    }
    for name in &skips {
        if !results.iter().any(|(n, _)| n == name) {
            problems.push(format!(
                "{name}: listed in {rel}/SKIP but not in the corpus"
            ));
        }
    }
    eprintln!(
        "{rel}: {passed} passed, {} skipped, {} programs",
        skips.len(),
        results.len()
    );
    assert!(problems.is_empty(), "{rel}:\n{}", problems.join("\n"));
}

#[test]
fn lang() {
    corpus("tests/conformance/lang");
}

#[test]
fn asyncio() {
    corpus("tests/conformance/asyncio");
}

#[test]
fn stdlib() {
    corpus("tests/conformance/stdlib");
}

/// The gallery (`examples/<document>/NN_name.py`): every runnable example prints what
/// CPython printed.
#[test]
fn examples() {
    check_folder("examples", true);
}
