//! The conformance corpus: every program under `tests/conformance/<area>/` and `examples/`
//! must print exactly what CPython 3.11 printed (`NAME.exp`), and when CPython ended in an
//! error, end its stderr with the same line (`NAME.err`). Runs `loopscope run` as a user does,
//! twice: the two runs must print exactly the same.
//!
//! Our standard library is not CPython's files: frames and `FILE:LINE` locations inside
//! it (CPython's `…/lib/python3.11/asyncio/tasks.py`, our `<frozen asyncio.tasks>`) are
//! folded on both sides before stdout is compared (`harness::fold_stdlib_frames`), so a
//! program whose output shows them (asyncio's debug mode) is compared up to those lines.
//!
//! Programs we cannot run yet are listed in the area's `SKIP` file, one per line with the
//! reason (`NAME.py  reason`). A listed program that passes fails the test, so the list only
//! ever shrinks.

#[path = "support/fold.rs"]
mod fold;
#[path = "support/harness.rs"]
mod harness;

use fold::fold_stdlib_frames;
use harness::{check_all, diff_report, programs, run, workspace};
use std::path::Path;

/// Program file names listed in `dir/SKIP`.
fn skipped(dir: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(dir.join("SKIP")).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect()
}

/// Runs one program twice; `Err` says how it differs from CPython, or how the second run
/// differs from the first (under the virtual clock a program prints the same every time).
fn check(program: &Path) -> Result<(), String> {
    // `tests/conformance/notebook/` programs run as notebooks (`--notebook`).
    let notebook = program
        .parent()
        .is_some_and(|d| d.file_name().is_some_and(|n| n == "notebook"));
    let options: &[&str] = if notebook { &["--notebook"] } else { &[] };
    let out = run(program, options)?;
    let again = run(program, options)?;
    diff_report("a second run's stdout", &out.stdout, &again.stdout, None)?;
    diff_report("a second run's stderr", &out.stderr, &again.stderr, None)?;
    let expected = std::fs::read(program.with_extension("exp")).unwrap_or_default();
    // Frames and locations inside the standard library (CPython's asyncio, our frozen
    // asyncio) are folded on both sides: see `fold_stdlib_frames`.
    let expected = fold_stdlib_frames(&String::from_utf8_lossy(&expected));
    let stdout = fold_stdlib_frames(&String::from_utf8_lossy(&out.stdout));
    diff_report(
        "stdout",
        expected.as_bytes(),
        stdout.as_bytes(),
        Some(&out.stderr),
    )?;
    let stderr = String::from_utf8_lossy(&out.stderr);
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
/// path under `rel` (`01-asyncio-tour/01_hello_goodbye.py`). Only programs with an
/// expectation (`NAME.exp`) count; a folder without any fails.
fn check_folder(rel: &str, recursive: bool) {
    let dir = workspace().join(rel);
    let skips = skipped(&dir);
    let progs = programs(&dir, recursive, |p| p.with_extension("exp").exists());
    let results = check_all(&dir, &progs, check);
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

/// The folding rule equates CPython's asyncio frames and locations with ours, and leaves
/// the program's own alone.
#[test]
fn stdlib_frames_fold_alike() {
    let cpython = "\
source_traceback: Object created at (most recent call last):
  File \"/x/prog.py\", line 9, in <module>
    asyncio.run(main())
  File \"/usr/lib/python3.11/asyncio/runners.py\", line 190, in run
    return runner.run(main)
  File \"/usr/lib/python3.11/asyncio/events.py\", line 80, in _run
    self._context.run(self._callback, *self._args)
  File \"/x/prog.py\", line 5, in main
    loop.call_soon(boom)
<Task pending name='Task-2' coro=<sleep() running at /usr/lib/python3.11/asyncio/tasks.py:649> created at /usr/lib/python3.11/asyncio/tasks.py:384>
";
    let ours = "\
source_traceback: Object created at (most recent call last):
  File \"/x/prog.py\", line 9, in <module>
    asyncio.run(main())
  File \"<frozen asyncio.runners>\", line 68, in run
    return runner.run(main)
           ^^^^^^^^^^^^^^^^
  File \"/x/prog.py\", line 5, in main
    loop.call_soon(boom)
<Task pending name='Task-2' coro=<sleep() running at <frozen asyncio.tasks>:286> created at <frozen asyncio.tasks>:241>
";
    let folded = fold_stdlib_frames(cpython);
    assert_eq!(folded, fold_stdlib_frames(ours));
    assert!(folded.contains("  File \"/x/prog.py\", line 5, in main\n    loop.call_soon(boom)\n"));
    assert!(folded.contains("running at <standard library>> created at <standard library>>"));
    assert_ne!(
        fold_stdlib_frames("  File \"/x/prog.py\", line 5, in main\n"),
        fold_stdlib_frames("  File \"/x/prog.py\", line 6, in main\n")
    );
}

#[test]
fn lang() {
    corpus("tests/conformance/lang");
}

#[test]
fn asyncio() {
    corpus("tests/conformance/asyncio");
}

/// Programs in cells (`# %%`) run in notebook mode, against CPython running the same
/// cells on a running loop (`xtask/notebook_oracle.py`).
#[test]
fn notebook() {
    corpus("tests/conformance/notebook");
}

#[test]
fn stdlib() {
    corpus("tests/conformance/stdlib");
}

/// Our `pydantic` against the real pydantic 2.14 (blessed under the oracle venv).
#[test]
fn pydantic() {
    corpus("tests/conformance/pydantic");
}

/// ASGI applications answering our httpx through `ASGITransport`, against the real httpx
/// 0.29 (blessed under the oracle venv); then Starlette and FastAPI apps.
#[test]
fn asgi() {
    corpus("tests/conformance/asgi");
}

/// The gallery (`examples/<document>/NN_name.py`): every runnable example prints what
/// CPython printed.
#[test]
fn examples() {
    check_folder("examples", true);
}

/// In debug mode a never-awaited coroutine's warning says where it was made, from the
/// program's first frame to the line that called it, as CPython's `cr_origin` does (on
/// stderr, which the corpus compares only by its last line).
#[test]
fn debug_mode_shows_where_a_never_awaited_coroutine_was_made() {
    let program = workspace().join("examples/04-asyncio-in-depth/22_debug_mode.py");
    let out = run(&program, &[]).unwrap_or_else(|e| panic!("{e}"));
    let stderr = fold_stdlib_frames(&String::from_utf8_lossy(&out.stderr));
    let file = std::path::absolute(&program).unwrap_or(program.clone());
    let want = format!(
        "RuntimeWarning: coroutine 'tidy_up' was never awaited\n\
         Coroutine created at (most recent call last)\n  \
         File \"{0}\", line 21, in <module>\n    \
         asyncio.run(main(), debug=True)\n  \
         File \"<standard library>\"\n  \
         File \"{0}\", line 17, in main\n    \
         tidy_up()  # no await: debug mode shows where this coroutine was made\n  \
         tidy_up()  # no await: debug mode shows where this coroutine was made\n",
        file.display()
    );
    assert!(stderr.contains(&want), "stderr:\n{stderr}\nwanted:\n{want}");
}
