//! `loopscope run` without `--database`: a connection to localhost:5432 reaches PGlite, the
//! page's own database, in a Node process the runner starts (`www/pglite/node-bridge.mjs`
//! over `www/pglite/session.js`). A few programs of the database corpus must print what
//! CPython with the real asyncpg printed against a real PostgreSQL: a plain query, COPY
//! (which our session layer plays, since PGlite's raw protocol cannot take it) and startup
//! settings. The whole corpus runs on PGlite in the page (`tests/e2e/database.test.mjs`),
//! where one PGlite serves every run; here each run starts its own, which takes seconds.

#[allow(dead_code)]
#[path = "support/harness.rs"]
mod harness;

use harness::{diff_report, run, workspace};

#[test]
fn asyncpg_programs_run_on_pglite_by_default() {
    let dir = workspace().join("tests/database/asyncpg");
    let mut failures = Vec::new();
    for name in [
        "001_connect_and_fetch",
        "044_copy_records",
        "064_server_settings",
    ] {
        let program = dir.join(format!("{name}.py"));
        let want = std::fs::read(dir.join(format!("{name}.exp"))).expect("the .exp");
        let out = run(&program, &[]).expect("loopscope runs");
        if let Err(e) = diff_report("stdout", &want, &out.stdout, Some(&out.stderr)) {
            failures.push(format!("{name}: {e}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
