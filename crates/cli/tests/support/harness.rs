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

/// What a folded run of standard-library frames, or a folded location inside the standard
/// library, reads as after [`fold_stdlib_frames`].
#[allow(dead_code)] // conformance.rs only
pub const STDLIB_PLACEHOLDER: &str = "<standard library>";

/// Folds what cannot match between CPython and us, because our standard library (asyncio
/// above all) is Python of our own in other files with other lines: CPython's
/// `…/lib/python3.11/…` files and our frozen modules (`<frozen asyncio.tasks>`).
///
/// - A traceback frame in such a file (`  File "…/lib/python3.11/asyncio/events.py",
///   line 80, in _run`, or `  File "<frozen asyncio.events>", line 418, in run_forever`),
///   with the source and caret lines indented under it, is folded with the frames of the
///   same kind right after it into one line, `  File "<standard library>"`; the program's
///   own frames on either side stay as they are.
/// - A location in such a file anywhere else on a line (`created at …/asyncio/tasks.py:384`,
///   `running at <frozen asyncio.tasks>:286`) reads `<standard library>`.
///
/// Both the expectation and the output are folded before they are compared, so the rule
/// only ever equates CPython's standard library with ours.
#[allow(dead_code)] // conformance.rs only
pub fn fold_stdlib_frames(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // The indentation of the folded frame run we are in, if any.
    let mut run: Option<usize> = None;
    for line in text.split_inclusive('\n') {
        let body = line.trim_start_matches(' ');
        let indent = line.len() - body.len();
        if let Some(file) = body.strip_prefix("File \"") {
            if is_stdlib_file(file) {
                if run != Some(indent) {
                    out.push_str(&" ".repeat(indent));
                    out.push_str("File \"");
                    out.push_str(STDLIB_PLACEHOLDER);
                    out.push_str("\"\n");
                    run = Some(indent);
                }
                continue;
            }
        } else if let Some(level) = run {
            // A folded frame's source line and carets.
            if indent > level && !body.trim().is_empty() {
                continue;
            }
        }
        run = None;
        out.push_str(&fold_stdlib_locations(line));
    }
    out
}

/// Whether a frame's file (what follows `File "`) is CPython's standard library or one of
/// our frozen modules.
#[allow(dead_code)]
fn is_stdlib_file(file: &str) -> bool {
    let name = file.split('"').next().unwrap_or("");
    name.starts_with("<frozen ") || (name.contains("/lib/python3.11/") && name.ends_with(".py"))
}

/// `…/lib/python3.11/…/NAME.py:LINE` and `<frozen NAME>:LINE` on a line read
/// [`STDLIB_PLACEHOLDER`].
#[allow(dead_code)]
fn fold_stdlib_locations(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    loop {
        let cpython = rest.find("/lib/python3.11/").map(|at| {
            // Back to the start of the path: after the last space, quote or bracket.
            let start = rest[..at]
                .rfind([' ', '"', '\'', '(', '[', '<', '='])
                .map_or(0, |i| i + 1);
            let end = rest[at..].find(".py").map(|i| at + i + 3);
            (start, end)
        });
        let ours = rest.find("<frozen ").map(|start| {
            let end = rest[start..].find('>').map(|i| start + i + 1);
            (start, end)
        });
        let found = match (cpython, ours) {
            (Some((a, Some(ae))), Some((b, Some(be)))) => {
                Some(if a <= b { (a, ae) } else { (b, be) })
            }
            (Some((a, Some(ae))), _) => Some((a, ae)),
            (_, Some((b, Some(be)))) => Some((b, be)),
            _ => None,
        };
        let Some((start, mut end)) = found else {
            out.push_str(rest);
            return out;
        };
        // The `:LINE` after the file, if any.
        let tail = &rest[end..];
        if let Some(digits) = tail.strip_prefix(':') {
            let n = digits.len()
                - digits
                    .trim_start_matches(|c: char| c.is_ascii_digit())
                    .len();
            if n > 0 {
                end += 1 + n;
            }
        }
        out.push_str(&rest[..start]);
        out.push_str(STDLIB_PLACEHOLDER);
        rest = &rest[end..];
    }
}
