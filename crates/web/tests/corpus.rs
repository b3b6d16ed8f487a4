//! The conformance corpus in the page: every program of `tests/conformance/` (but those
//! an area's SKIP lists) run by the wasm build, as the playground runs it, must print what
//! CPython printed, and end with CPython's error where CPython failed. The same programs
//! run natively in `crates/cli/tests/conformance.rs`; here they catch what differs on
//! wasm32 (32-bit sizes, the browser's clock and tasks), with the same folding of frames
//! inside the standard library.
#![cfg(target_arch = "wasm32")]

use loopscope_web::{run, ClockChoice, RunHandle, RunOptions};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "../../cli/tests/support/fold.rs"]
mod fold;

/// One program of the corpus with CPython's stdout and, when it failed, the last line of
/// its stderr.
struct Program {
    name: &'static str,
    notebook: bool,
    source: &'static str,
    expected: &'static str,
    error: Option<&'static str>,
}

include!(concat!(env!("OUT_DIR"), "/corpus_table.rs"));

/// Programs that print otherwise in the page, and why; one that passes fails the test, so
/// the list only shrinks. In wasm, Rust's `f64` methods are fdlibm's (the `libm` crate);
/// CPython's come from glibc. `exp`, `log`, `log2` and `**` are ours, correctly rounded
/// (`loopscope_python::format::libm`), as glibc's nearly always are; the hyperbolic and
/// trigonometric functions are still fdlibm's, so a last digit can differ.
const DIFFER_IN_THE_PAGE: &[(&str, &str)] = &[(
    "stdlib/005_math_trig.py",
    "math.cosh(1) is one ulp off in wasm (fdlibm's cosh over its own exp)",
)];

/// Programs this test does not run, and why. It runs programs on the test page's own
/// thread in an unoptimised build, whose frames are several times a release build's: the
/// chains CPython compiles at its 3,000-level limit overflow the browser's stack there.
/// The page (a release build, in its worker) runs them: `tests/e2e/reliability.test.mjs`.
const TOO_DEEP_FOR_THIS_BUILD: &[&str] = &[
    "lang/259_deep_expression_chains.py",
    "lang/260_deep_chain_at_the_limit.py",
    "lang/261_deep_chain_past_the_limit.py",
];

/// How `program`'s run in the page differs from CPython's, if it does.
async fn check(program: &Program) -> Result<(), String> {
    let mut options = RunOptions::new(ClockChoice::Virtual);
    options.notebook = program.notebook;
    let result = run(program.source, options, RunHandle::default()).await;
    let want = fold::fold_stdlib_frames(program.expected);
    let got = fold::fold_stdlib_frames(&result.stdout);
    if want != got {
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
            result.stderr.lines().last().unwrap_or("")
        ));
    }
    let last = result.stderr.lines().rev().find(|l| !l.trim().is_empty());
    match program.error {
        Some(err) if last.map(str::trim) != Some(err.trim()) => {
            Err(format!("stderr should end {:?}, ends {last:?}", err.trim()))
        }
        None if result.exit_code != 0 => Err(format!(
            "exited {} but CPython succeeded: {last:?}",
            result.exit_code
        )),
        _ => Ok(()),
    }
}

#[wasm_bindgen_test]
async fn the_conformance_corpus_prints_what_cpython_printed_in_the_page() {
    assert!(
        CORPUS.len() > 500,
        "the corpus has {} programs",
        CORPUS.len()
    );
    let mut failures = Vec::new();
    for program in CORPUS {
        if TOO_DEEP_FOR_THIS_BUILD.contains(&program.name) {
            continue;
        }
        let listed = DIFFER_IN_THE_PAGE
            .iter()
            .any(|(name, _)| *name == program.name);
        match (check(program).await, listed) {
            (Err(why), false) => failures.push(format!("{}: {why}", program.name)),
            (Ok(()), true) => failures.push(format!(
                "{}: passes in the page now; take it off DIFFER_IN_THE_PAGE",
                program.name
            )),
            _ => {}
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs differ in the page:\n{}",
        failures.len(),
        CORPUS.len(),
        failures.join("\n")
    );
}
