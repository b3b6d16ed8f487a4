//! The database corpus: every program under `tests/database/asyncpg/` (and
//! `tests/database/sqlalchemy/`, once it exists) must print exactly what CPython with the
//! real `asyncpg` printed against a real PostgreSQL (`NAME.exp`), and when CPython ended in
//! an error, end its stderr with the same line (`NAME.err`).
//!
//! The programs connect to `postgresql://user:pass@localhost:5432/mydb` as the tutorials
//! do; `loopscope run --database URL` sends those connections to the throwaway server
//! `cargo xtask test` starts (`xtask/src/database.rs`), which passes it here:
//! `LOOPSCOPE_TEST_DATABASE` is its URL, `LOOPSCOPE_TEST_PG_ADMIN` a connection string for
//! `psql` (`LOOPSCOPE_TEST_PSQL`, default `psql`) with which every run starts on a fresh
//! `mydb`, copied from the template `sample` (`www/pglite/sample.sql`). Each program
//! runs twice, and both runs must print the same. Programs share the one database, so they
//! run one at a time.
//!
//! Without `LOOPSCOPE_TEST_DATABASE` the test fails and says how to get one; with
//! `LOOPSCOPE_SKIP_DATABASE=1` it passes without running anything.
//!
//! Programs we cannot run yet are listed in the folder's `SKIP` file, one per line with the
//! reason (`NAME.py  reason`). A listed program that passes fails the test, so the list only
//! ever shrinks.

#[allow(dead_code)] // The shared harness runs programs its own way; this file needs `--database`.
#[path = "support/harness.rs"]
mod harness;

use harness::{diff_report, programs, workspace};
use std::io::Read;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::Mutex;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Longer than any program of the corpus needs by far: a run that hangs fails instead.
const RUN_TIMEOUT: Duration = Duration::from_secs(60);

/// The tests of this file share `mydb`: one runs at a time.
static DATABASE: Mutex<()> = Mutex::new(());

/// Where the test server is, from `cargo xtask test`.
struct Server {
    url: String,
    admin: String,
    psql: String,
}

/// The server, or `None` when the database tests are skipped on purpose. Panics when
/// neither was arranged.
fn server() -> Option<Server> {
    if std::env::var_os("LOOPSCOPE_SKIP_DATABASE").is_some_and(|v| v == "1") {
        eprintln!("LOOPSCOPE_SKIP_DATABASE=1: the database tests are skipped");
        return None;
    }
    let (Ok(url), Ok(admin)) = (
        std::env::var("LOOPSCOPE_TEST_DATABASE"),
        std::env::var("LOOPSCOPE_TEST_PG_ADMIN"),
    ) else {
        panic!(
            "the database tests need a PostgreSQL: run them with `cargo xtask test` (which \
             starts one), or `cargo xtask db` for this file alone; or set \
             LOOPSCOPE_SKIP_DATABASE=1 to skip them (LOOPSCOPE_TEST_DATABASE and \
             LOOPSCOPE_TEST_PG_ADMIN are unset)"
        );
    };
    let psql = std::env::var("LOOPSCOPE_TEST_PSQL").unwrap_or_else(|_| "psql".into());
    Some(Server { url, admin, psql })
}

impl Server {
    /// Makes `mydb` a fresh copy of `sample`, closing whatever connections are left on it.
    fn reset(&self) -> Result<(), String> {
        let out = Command::new(&self.psql)
            .arg(&self.admin)
            .args(["-X", "-q", "-v", "ON_ERROR_STOP=1"])
            .args(["-c", "DROP DATABASE IF EXISTS mydb WITH (FORCE)"])
            .args(["-c", "CREATE DATABASE mydb TEMPLATE sample OWNER \"user\""])
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("cannot run {}: {e}", self.psql))?;
        if out.status.success() {
            Ok(())
        } else {
            Err(format!(
                "resetting mydb failed: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            ))
        }
    }

    /// `loopscope run --database URL PROGRAM` in the program's folder, on a fresh `mydb`.
    fn run(&self, program: &Path) -> Result<Output, String> {
        self.reset()?;
        let mut child = Command::new(env!("CARGO_BIN_EXE_loopscope"))
            .arg("run")
            .args(["--database", &self.url])
            .arg(program)
            .current_dir(program.parent().unwrap_or(Path::new(".")))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot run loopscope: {e}"))?;
        let stdout = drain(child.stdout.take());
        let stderr = drain(child.stderr.take());
        let start = Instant::now();
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if start.elapsed() > RUN_TIMEOUT => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(format!("still running after {}s", RUN_TIMEOUT.as_secs()));
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(10)),
                Err(e) => return Err(format!("waiting for loopscope: {e}")),
            }
        };
        Ok(Output {
            status,
            stdout: stdout.join().unwrap_or_default(),
            stderr: stderr.join().unwrap_or_default(),
        })
    }
}

/// Reads a child's pipe to its end on a thread of its own.
fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut bytes);
        }
        bytes
    })
}

/// The last non-empty line of `stderr`, trimmed.
fn last_line(stderr: &[u8]) -> String {
    String::from_utf8_lossy(stderr)
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim()
        .to_string()
}

/// Runs one program twice; `Err` says how it differs from CPython, or how the second run
/// differs from the first.
fn check(server: &Server, program: &Path) -> Result<(), String> {
    let out = server.run(program)?;
    let again = server.run(program)?;
    diff_report("a second run's stdout", &out.stdout, &again.stdout, None)?;
    if last_line(&out.stderr) != last_line(&again.stderr) {
        return Err(format!(
            "a second run's stderr ends {:?}, the first's {:?}",
            last_line(&again.stderr),
            last_line(&out.stderr)
        ));
    }
    let expected = std::fs::read(program.with_extension("exp")).unwrap_or_default();
    diff_report("stdout", &expected, &out.stdout, Some(&out.stderr))?;
    if let Ok(err) = std::fs::read_to_string(program.with_extension("err")) {
        let last = last_line(&out.stderr);
        if last != err.trim() {
            return Err(format!("stderr should end {:?}, ends {last:?}", err.trim()));
        }
    } else if !out.status.success() {
        return Err(format!(
            "exited {} but CPython succeeded; stderr ends {:?}",
            out.status,
            last_line(&out.stderr)
        ));
    }
    Ok(())
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

/// Checks every program of one folder against its expectations and its SKIP list. A
/// program without a `.exp` fails: `cargo xtask bless` makes it.
fn corpus(server: &Server, rel: &str) {
    let dir = workspace().join(rel);
    let skips = skipped(&dir);
    let progs = programs(&dir, false, |_| true);
    let mut problems = Vec::new();
    let mut passed = 0;
    let mut names = Vec::new();
    for program in &progs {
        let name = program
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let result = if program.with_extension("exp").exists() {
            check(server, program)
        } else {
            Err(format!("has no .exp: run `cargo xtask bless {rel}`"))
        };
        let skip = skips.contains(&name);
        match (result, skip) {
            (Ok(()), false) => passed += 1,
            (Err(_), true) => {}
            (Ok(()), true) => {
                problems.push(format!("{name}: passes now; remove it from {rel}/SKIP"))
            }
            (Err(why), false) => problems.push(format!("{name}: {why}")),
        }
        names.push(name);
    }
    for name in &skips {
        if !names.contains(name) {
            problems.push(format!(
                "{name}: listed in {rel}/SKIP but not in the corpus"
            ));
        }
    }
    eprintln!(
        "{rel}: {passed} passed, {} skipped, {} programs",
        skips.len(),
        progs.len()
    );
    assert!(
        problems.is_empty(),
        "{rel}: {} of {} programs fail:\n{}",
        problems.len(),
        progs.len(),
        problems.join("\n")
    );
}

/// Runs `rel`'s corpus with the database to itself; `optional` folders may not exist yet.
fn database_corpus(rel: &str, optional: bool) {
    let Some(server) = server() else {
        return;
    };
    if optional && !workspace().join(rel).is_dir() {
        eprintln!("{rel}: no such folder yet, nothing to run");
        return;
    }
    // A test that panicked while holding the lock has already failed; carry on.
    let _guard = DATABASE.lock().unwrap_or_else(|e| e.into_inner());
    corpus(&server, rel);
}

/// Our `asyncpg` against CPython's real one.
#[test]
fn asyncpg() {
    database_corpus("tests/database/asyncpg", false);
}

/// SQLAlchemy's asyncio extension over our `asyncpg`, against CPython's real ones.
#[test]
fn sqlalchemy() {
    database_corpus("tests/database/sqlalchemy", true);
}
