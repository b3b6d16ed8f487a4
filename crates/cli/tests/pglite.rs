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
use std::process::Output;

/// Runs `source`, written to a file of its own for the purpose, and removes the file.
fn run_source(name: &str, source: &str) -> Output {
    let program =
        std::env::temp_dir().join(format!("loopscope-pglite-{name}-{}.py", std::process::id()));
    std::fs::write(&program, source).expect("write the program");
    let out = run(&program, &[]).expect("loopscope runs");
    let _ = std::fs::remove_file(&program);
    out
}

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

/// `loopscope.network.configure(database_latency=S)`: each answer of the database arrives
/// S seconds later on the run's clock, so round trips one after another add up while the
/// same queries on several connections at once overlap, as over a real network.
#[test]
fn database_latency_delays_each_answer_and_concurrent_queries_overlap() {
    let out = run_source(
        "latency",
        r#"import asyncio, time
import asyncpg
import loopscope.network

DSN = "postgresql://user:pass@localhost:5432/mydb"

async def main():
    loopscope.network.configure(database_latency=0.1)
    conns = [await asyncpg.connect(DSN) for _ in range(4)]
    start = time.monotonic()
    for c in conns:
        await c.execute("SELECT 1")
    print("one after another", time.monotonic() - start)
    start = time.monotonic()
    await asyncio.gather(*(c.execute("SELECT 1") for c in conns))
    print("at once", time.monotonic() - start)
    for c in conns:
        await c.close()

asyncio.run(main())
"#,
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let seconds = |label: &str| -> f64 {
        stdout
            .lines()
            .find_map(|l| l.strip_prefix(label))
            .and_then(|rest| rest.trim().parse().ok())
            .unwrap_or_else(|| {
                panic!(
                    "no '{label}' line in {stdout}\n{}",
                    String::from_utf8_lossy(&out.stderr)
                )
            })
    };
    let (sequential, concurrent) = (seconds("one after another"), seconds("at once"));
    // Four round trips of 0.1 s each, then four at once: about one round trip.
    assert!(sequential >= 0.4, "one after another took {sequential} s");
    assert!(concurrent >= 0.1, "at once took {concurrent} s");
    assert!(concurrent < 0.3, "at once took {concurrent} s");
}

/// PGlite has one session: a connection that waits longer than 5 s for another's open
/// transaction gets an error instead of hanging, and the error names both tasks.
#[test]
fn a_wait_for_another_connections_transaction_names_both_tasks() {
    let out = run_source(
        "wait",
        r#"import asyncio
import asyncpg

DSN = "postgresql://user:pass@localhost:5432/mydb"

async def hold():
    conn = await asyncpg.connect(DSN)
    async with conn.transaction():
        await conn.execute("UPDATE accounts SET balance = balance + 1 WHERE id = 1")
        await asyncio.sleep(6)
    await conn.close()

async def read():
    conn = await asyncpg.connect(DSN)
    await asyncio.sleep(0.1)
    try:
        await conn.fetchval("SELECT count(*) FROM accounts")
    except asyncpg.LockNotAvailableError as e:
        print(e)
    await conn.close()

async def main():
    await asyncio.gather(
        asyncio.create_task(hold(), name="holder"),
        asyncio.create_task(read(), name="reader"),
    )

asyncio.run(main())
"#,
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.starts_with("task 'reader' (connection ")
            && stdout.contains(" waited 5 s for task 'holder' (connection "),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
