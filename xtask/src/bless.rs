//! `cargo xtask bless`: expected outputs come from CPython, never from a keyboard.
//!
//! For each `NAME.py` it runs `python3 NAME.py` in the program's folder and writes stdout to
//! `NAME.exp`; when CPython exits non-zero, the last non-empty line of stderr goes to
//! `NAME.err` (the exception a test must also end with), otherwise `NAME.err` is removed.
//! These are the rules `../shared/tools/corpus-check` and our own runners compare by.
//!
//! A program whose first line is [`OURS_MARKER`] has expectations of our own (it uses our
//! simulated network, which CPython lacks): bless leaves its `.exp` alone.
//!
//! Programs under `tests/database/` (and any that imports `asyncpg` or `sqlalchemy`, as the
//! gallery's database examples do) talk to PostgreSQL with the real `asyncpg` (or
//! SQLAlchemy): they run under the oracle venv's CPython against a throwaway cluster, both
//! set up on the first such program (`database.rs`), on a fresh `mydb` each time. Each runs
//! twice, and must print the same both times. Programs that import the web packages
//! (`pydantic`, `fastapi`, `starlette`) run once under the same venv's CPython, with no
//! cluster.

use crate::database::{self, Cluster};
use crate::tools::workspace_root;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The first line of a program whose `.exp` is ours, not CPython's (`tests/network`,
/// the gallery's network examples): written deliberately and reviewed, never blessed.
pub const OURS_MARKER: &str = "# expected: loopscope (simulated network)";

/// True when `file`'s expectations are ours (it starts with [`OURS_MARKER`]).
pub fn expectations_are_ours(file: &Path) -> bool {
    std::fs::read_to_string(file).is_ok_and(|text| text.lines().next() == Some(OURS_MARKER))
}

/// Folders blessed when no path is given.
pub const DEFAULT_DIRS: [&str; 8] = [
    "tests/conformance/lang",
    "tests/conformance/asyncio",
    "tests/conformance/stdlib",
    "tests/conformance/pydantic",
    "tests/conformance/asgi",
    "tests/conformance/notebook",
    "examples",
    "tests/database",
];

/// The folder whose programs need PostgreSQL and the oracle venv.
const DATABASE_DIR: &str = "tests/database";

/// The oracle venv's CPython, set up when the first program that needs it is blessed, and
/// the throwaway cluster, started when the first database program is.
struct Oracle {
    python: PathBuf,
    cluster: Option<Cluster>,
}

impl Oracle {
    fn start() -> Result<Oracle, String> {
        let t0 = std::time::Instant::now();
        let python = database::ensure_oracle_venv()?;
        eprintln!(
            "[bless] oracle venv ready in {:.1}s",
            t0.elapsed().as_secs_f64()
        );
        Ok(Oracle {
            python,
            cluster: None,
        })
    }

    /// The cluster, started on first use.
    fn cluster(&mut self) -> Result<&Cluster, String> {
        if self.cluster.is_none() {
            let t0 = std::time::Instant::now();
            database::ensure_postgresql()?;
            self.cluster = Some(Cluster::start()?);
            eprintln!(
                "[bless] database cluster ready in {:.1}s",
                t0.elapsed().as_secs_f64()
            );
        }
        self.cluster
            .as_ref()
            .ok_or_else(|| "no database cluster".to_string())
    }
}

/// What a program needs from the oracle beyond plain `python3`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum OracleNeed {
    /// Plain `python3` will do.
    Nothing,
    /// The oracle venv's packages: the web packages `pydantic`, `fastapi`, `starlette`,
    /// `uvicorn` and `httpx` (programs on our simulated network, which CPython lacks, keep expectations
    /// of their own).
    Venv,
    /// The venv and a PostgreSQL cluster (`asyncpg`, SQLAlchemy).
    Database,
}

/// Import lines that need the database oracle.
const DATABASE_IMPORTS: [&str; 3] = ["import asyncpg", "import sqlalchemy", "from sqlalchemy"];

/// Import lines that need the oracle venv's packages only.
const VENV_IMPORTS: [&str; 10] = [
    "import pydantic",
    "from pydantic",
    "import fastapi",
    "from fastapi",
    "import starlette",
    "from starlette",
    "import httpx",
    "from httpx",
    "import uvicorn",
    "from uvicorn",
];

/// Whether `file` needs the oracle venv's packages (a web package, or a database
/// driver) rather than plain `python3` — for the benchmarks as for blessing.
pub fn needs_oracle_venv(file: &Path) -> bool {
    needs_oracle(file) != OracleNeed::Nothing
}

/// `Database` for a program under `tests/database/` or one that imports `asyncpg` or
/// `sqlalchemy` (the gallery's database examples); `Venv` for one that imports a web
/// package; `Nothing` otherwise.
fn needs_oracle(file: &Path) -> OracleNeed {
    let dir = workspace_root().join(DATABASE_DIR);
    let dir = dir.canonicalize().unwrap_or(dir);
    if file.canonicalize().is_ok_and(|f| f.starts_with(&dir)) {
        return OracleNeed::Database;
    }
    let text = std::fs::read_to_string(file).unwrap_or_default();
    let imports = |prefixes: &[&str]| {
        text.lines().any(|l| {
            let l = l.trim_start();
            prefixes.iter().any(|p| l.starts_with(p))
        })
    };
    if imports(&DATABASE_IMPORTS) {
        OracleNeed::Database
    } else if imports(&VENV_IMPORTS) {
        OracleNeed::Venv
    } else {
        OracleNeed::Nothing
    }
}

pub fn run(paths: &[String]) -> Result<(), String> {
    let root = workspace_root();
    let files = if paths.is_empty() {
        let dirs: Vec<PathBuf> = DEFAULT_DIRS.iter().map(|d| root.join(d)).collect();
        programs(&dirs)
    } else {
        programs(&paths.iter().map(PathBuf::from).collect::<Vec<_>>())
    };
    let python = python3_version()?;
    if !python.starts_with("Python 3.11") {
        return Err(format!("bless needs CPython 3.11, found {python}"));
    }
    let mut changed = 0;
    let mut ours = 0;
    let mut oracle: Option<Oracle> = None;
    for file in &files {
        if expectations_are_ours(file) {
            ours += 1;
            continue;
        }
        let need = needs_oracle(file);
        let blessed = if need == OracleNeed::Nothing {
            bless_one(file)?
        } else {
            let o = match &mut oracle {
                Some(o) => o,
                None => oracle.insert(Oracle::start()?),
            };
            if need == OracleNeed::Database {
                bless_database_program(file, o)?
            } else {
                let out = run_python(Command::new(&o.python), file)?;
                write_expectations(file, &out)?
            }
        };
        if blessed {
            changed += 1;
            println!("blessed {}", file.display());
        }
    }
    println!(
        "{} programs, {changed} expectations changed ({python}); {ours} with expectations of our own left alone",
        files.len() - ours
    );
    if paths.is_empty() {
        bless_traces(&root)?;
    }
    Ok(())
}

/// Rewrites the golden traces in `tests/traces/` with our own runner (they are ours, not
/// CPython's: review the diff before committing it).
fn bless_traces(root: &Path) -> Result<(), String> {
    crate::tools::run(
        Command::new("cargo")
            .args(["build", "--quiet", "-p", "loopscope-cli"])
            .current_dir(root),
    )?;
    let exe = root.join("target/debug/loopscope");
    let mut changed = 0;
    let programs = programs(&[root.join("tests/traces")]);
    for program in &programs {
        let tmp = std::env::temp_dir().join("loopscope-bless.trace");
        let status = Command::new(&exe)
            .arg("run")
            .arg(program)
            .arg("--trace")
            .arg(&tmp)
            .args(["--trace-format", "text"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .status()
            .map_err(|e| e.to_string())?;
        if !status.success() {
            return Err(format!("{} failed under loopscope", program.display()));
        }
        let text = std::fs::read(&tmp).map_err(|e| e.to_string())?;
        if write_if_changed(&program.with_extension("trace"), &text)? {
            changed += 1;
            println!("blessed {}", program.with_extension("trace").display());
        }
    }
    println!("{} traces, {changed} changed (review them)", programs.len());
    Ok(())
}

fn python3_version() -> Result<String, String> {
    let out = Command::new("python3")
        .arg("--version")
        .output()
        .map_err(|e| format!("python3 not found: {e}"))?;
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// Every `.py` under the given files and folders (recursively), sorted.
pub fn programs(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        collect(p, &mut out);
    }
    out.sort();
    out
}

fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        if let Ok(entries) = std::fs::read_dir(path) {
            for e in entries.flatten() {
                collect(&e.path(), out);
            }
        }
    } else if path.extension().is_some_and(|e| e == "py") {
        out.push(path.to_path_buf());
    }
}

/// Regenerates one program's expectations; true when a file changed. A program in a
/// `notebook` folder runs as a notebook: its cells, through `xtask/notebook_oracle.py`.
fn bless_one(file: &Path) -> Result<bool, String> {
    let dir = file.parent().unwrap_or(Path::new("."));
    let mut python = Command::new("python3");
    if dir.file_name().is_some_and(|n| n == "notebook") {
        python.arg(workspace_root().join("xtask/notebook_oracle.py"));
    }
    let out = run_python(python, file)?;
    write_expectations(file, &out)
}

/// As `bless_one`, under the database oracle: twice, each on a fresh `mydb`, and the two
/// runs must print the same (a program whose output varies has no expectation).
fn bless_database_program(file: &Path, oracle: &mut Oracle) -> Result<bool, String> {
    let python_path = oracle.python.clone();
    let cluster = oracle.cluster()?;
    let mut runs = Vec::new();
    for _ in 0..2 {
        cluster.reset()?;
        let python = database::oracle_command(&python_path, cluster.port());
        runs.push(run_python(python, file)?);
    }
    let (first, second) = (&runs[0], &runs[1]);
    if first.stdout != second.stdout || last_line(&first.stderr) != last_line(&second.stderr) {
        return Err(format!(
            "{} printed differently on two runs: make it deterministic\n--- first\n{}{}\n--- second\n{}{}",
            file.display(),
            String::from_utf8_lossy(&first.stdout),
            last_line(&first.stderr),
            String::from_utf8_lossy(&second.stdout),
            last_line(&second.stderr),
        ));
    }
    write_expectations(file, first)
}

/// Runs `python FILE` (after whatever arguments `python` has) in the program's folder.
fn run_python(mut python: Command, file: &Path) -> Result<std::process::Output, String> {
    let dir = file.parent().unwrap_or(Path::new("."));
    python
        .arg(file.file_name().unwrap_or_default())
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("running {}: {e}", file.display()))
}

/// The last non-empty line of a stderr, trimmed.
fn last_line(stderr: &[u8]) -> String {
    let stderr = String::from_utf8_lossy(stderr);
    stderr
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim()
        .to_string()
}

/// Writes `NAME.exp` from stdout, and `NAME.err` from stderr's last line when the program
/// failed (removing it when it succeeded); true when a file changed.
fn write_expectations(file: &Path, out: &std::process::Output) -> Result<bool, String> {
    let mut changed = write_if_changed(&file.with_extension("exp"), &out.stdout)?;
    let err_path = file.with_extension("err");
    if out.status.success() {
        if err_path.exists() {
            std::fs::remove_file(&err_path).map_err(|e| e.to_string())?;
            changed = true;
        }
    } else {
        let last = last_line(&out.stderr);
        changed |= write_if_changed(&err_path, format!("{last}\n").as_bytes())?;
    }
    Ok(changed)
}

fn write_if_changed(path: &Path, bytes: &[u8]) -> Result<bool, String> {
    if std::fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(false);
    }
    std::fs::write(path, bytes).map_err(|e| format!("writing {}: {e}", path.display()))?;
    Ok(true)
}
