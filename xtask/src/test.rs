//! `cargo xtask test`: every suite the project has, in order, with one summary line each.
//!
//! This is exactly what CI runs (`.ci/run`), so a green run here means a green CI.

use crate::tools::{self, Tools};
use std::process::Command;
use std::time::Instant;

/// The suites, in the order they run. Later suites still run when an earlier one fails,
/// so one report shows everything that is broken.
const SUITES: [&str; 5] = ["fmt", "clippy", "native", "wasm", "e2e"];

pub fn run(only: Option<&str>) -> Result<(), String> {
    if let Some(name) = only {
        if !SUITES.contains(&name) {
            return Err(format!(
                "no suite named {name}; suites: {}",
                SUITES.join(", ")
            ));
        }
    }
    let tools = tools::ensure(tools::Needs::Tests)?;
    let mut results = Vec::new();
    for suite in SUITES.iter().filter(|s| only.is_none_or(|o| o == **s)) {
        eprintln!("\n=== {suite} ===");
        let t0 = Instant::now();
        let outcome = run_suite(&tools, suite);
        results.push((*suite, outcome, t0.elapsed().as_secs_f64()));
    }
    eprintln!();
    let mut failed = 0;
    for (suite, outcome, secs) in &results {
        match outcome {
            Ok(()) => println!("suite {suite:<7} ok      ({secs:.0}s)"),
            Err(e) => {
                failed += 1;
                println!("suite {suite:<7} FAILED  ({secs:.0}s): {e}");
            }
        }
    }
    println!("suites: {} passed, {failed} failed", results.len() - failed);
    if failed > 0 {
        Err(format!("{failed} suite(s) failed"))
    } else {
        Ok(())
    }
}

fn run_suite(tools: &Tools, suite: &str) -> Result<(), String> {
    match suite {
        "fmt" => tools::run(
            tools
                .command("cargo")
                .args(["fmt", "--all", "--", "--check"]),
        ),
        "clippy" => {
            tools::run(tools.command("cargo").args([
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ]))?;
            // The browser crates' wasm-only code (their wasm-bindgen tests) too.
            tools::run(tools.command("cargo").args([
                "clippy",
                "--target",
                "wasm32-unknown-unknown",
                "-p",
                "loopscope-web",
                "-p",
                "loopscope-app",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ]))
        }
        "native" => native_tests(tools),
        "wasm" => wasm_tests(tools),
        "e2e" => e2e_tests(tools),
        _ => Err(format!("unknown suite {suite}")),
    }
}

/// `cargo test --workspace`, with a throwaway PostgreSQL for the database tests
/// (`crates/cli/tests/database.rs` reads the variables `Cluster::test_env` sets).
fn native_tests(tools: &Tools) -> Result<(), String> {
    let cluster = crate::database::Cluster::start()?;
    tools::run(
        tools
            .command("cargo")
            .args(["test", "--workspace"])
            .envs(cluster.test_env()),
    )
}

/// `wasm-bindgen-test` suites of the browser crates, in headless Chromium.
fn wasm_tests(tools: &Tools) -> Result<(), String> {
    tools::run(
        tools
            .command("cargo")
            .args([
                "test",
                "--target",
                "wasm32-unknown-unknown",
                "-p",
                "loopscope-web",
                "-p",
                "loopscope-app",
            ])
            .env(
                "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                "wasm-bindgen-test-runner",
            )
            .env("CHROMEDRIVER", chromedriver())
            // The conformance corpus runs in the page (tests/corpus.rs): more than the
            // runner's default 20 s.
            .env("WASM_BINDGEN_TEST_TIMEOUT", "600")
            // The runner reads browser arguments from here: root needs --no-sandbox.
            .env(
                "WASM_BINDGEN_TEST_WEBDRIVER_JSON",
                tools.root.join("tests/webdriver.json"),
            ),
    )
}

fn chromedriver() -> String {
    tools::output(Command::new("sh").args(["-c", "command -v chromedriver"]))
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|_| "chromedriver".into())
}

/// Serves the site from a clean copy of the repository with the README's command (see
/// `fresh.rs`), packages the embedding from that build, and drives both with Playwright.
fn e2e_tests(tools: &Tools) -> Result<(), String> {
    let copy = crate::fresh::serve_clean_copy(tools)?;
    let (dist, pkg) = (copy.join("dist"), copy.join("pkg"));
    crate::pkg::assemble(&dist, &pkg)?;
    tools::run(
        tools
            .command("node")
            .args(["--test", "--test-concurrency=1", "tests/e2e/"])
            .env("LOOPSCOPE_DIST", dist)
            .env("LOOPSCOPE_PKG", pkg),
    )
}
