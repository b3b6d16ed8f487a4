//! The native suite: each program in `bench/native/` under `python3` and under a release
//! build of `loopscope run`, alternating, several times; medians of time, or of peak memory
//! for programs that ask for it.
//!
//! Programs time their own work with `time.perf_counter()` and print it on a `#t SECONDS`
//! line (ours runs with `--clock real`, so that clock is real for both): CPython's start-up
//! on our machines (~0.2 s: `site` and the packages' `.pth` files) would otherwise dwarf
//! the shorter programs. `startup.py`, an empty program, reports start-up itself as wall
//! time; so does any program without a `#t` line. Wall times are in the notes.
//!
//! A program's first lines may hold directives: `# bench-args: ...` passes options to
//! `loopscope run`, `# bench-measure: peak-rss` reports peak resident memory instead of
//! time, `# bench-database` runs it against a real PostgreSQL (below). Outputs (less the
//! `#` lines) must agree with CPython's, or the row fails.
//!
//! When a program asks for the database, the suite starts one throwaway cluster before the
//! first program runs (`database.rs`, as `bless` does; it fails if PostgreSQL cannot
//! start) and both interpreters talk to it: CPython is the oracle venv's, with the real
//! `asyncpg`, its connections to the tutorials' `localhost:5432` sent to the cluster, and
//! ours runs with `--database URL`. Every run, of either, starts on a fresh `mydb` copied
//! from the sample tables.

use super::measure::{self, Finished};
use super::{median, Row, Unit};
use crate::bless::programs;
use crate::database::{self, Cluster};
use crate::tools;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Runs the programs in `bench/native/` (only those whose name contains `filter`, when
/// given) and returns their rows.
pub fn run(
    root: &Path,
    scratch: &Path,
    reps: usize,
    filter: Option<&str>,
) -> Result<Vec<Row>, String> {
    let progs: Vec<PathBuf> = programs(&[root.join("bench/native")])
        .into_iter()
        .filter(|p| filter.is_none_or(|f| stem(p).contains(f)))
        .collect();
    if progs.is_empty() {
        return Err(format!(
            "no program in bench/native/ has {:?} in its name",
            filter.unwrap_or_default()
        ));
    }

    eprintln!("[bench] building loopscope-cli (release)");
    tools::run(
        Command::new("cargo")
            .args(["build", "--release", "--quiet", "-p", "loopscope-cli"])
            .current_dir(root),
    )?;
    let cluster = if progs.iter().any(|p| Directives::read(p).database) {
        Some(start_cluster()?)
    } else {
        None
    };
    let bench = Bench {
        scratch: scratch.to_path_buf(),
        ours: root.join("target/release/loopscope"),
        reps,
        cluster,
    };
    let mut rows = Vec::new();
    for prog in progs {
        let key = stem(&prog);
        let directives = Directives::read(&prog);
        let unit = if directives.peak_rss {
            Unit::Megabytes
        } else {
            Unit::Secs
        };
        eprintln!("[bench] native {key} ...");
        let (base, us) = match bench.program(&prog, &directives) {
            Ok(runs) => runs,
            Err(why) => {
                rows.push(Row::failed(&key, unit, why));
                continue;
            }
        };
        let (mut b_secs, mut o_secs) = (secs(&base), secs(&us));
        let (b_wall, o_wall) = (median(&mut b_secs), median(&mut o_secs));
        let (b_mb, o_mb) = (peak_mb(&base), peak_mb(&us));
        let mut row = if directives.peak_rss {
            let (Some(mut b), Some(mut o)) = (b_mb.clone(), o_mb.clone()) else {
                let why = "no peak memory reported on this platform".to_string();
                rows.push(Row::failed(&key, unit, why));
                continue;
            };
            let mut row = Row::new(&key, &key, unit, Some(median(&mut b)), Some(median(&mut o)));
            row.note = format!(
                "peak RSS; wall time {} / {}",
                Unit::Secs.show(b_wall),
                Unit::Secs.show(o_wall)
            );
            row
        } else {
            let inner = (in_program(&base), in_program(&us));
            let (mut row, how) = match inner {
                (Some(mut b), Some(mut o)) => {
                    let (b, o) = (median(&mut b), median(&mut o));
                    (Row::new(&key, &key, unit, Some(b), Some(o)), "in program")
                }
                _ => (
                    Row::new(&key, &key, unit, Some(b_wall), Some(o_wall)),
                    "wall time",
                ),
            };
            row.note = match how {
                "in program" => format!(
                    "in program; wall {} / {}",
                    Unit::Secs.show(b_wall),
                    Unit::Secs.show(o_wall)
                ),
                _ => how.to_string(),
            };
            row
        };
        if let (false, Some(mut b), Some(mut o)) = (directives.peak_rss, b_mb, o_mb) {
            row.note.push_str(&format!(
                "; peak RSS {} / {}",
                Unit::Megabytes.show(median(&mut b)),
                Unit::Megabytes.show(median(&mut o))
            ));
        }
        rows.push(row);
    }
    Ok(rows)
}

/// The database programs' PostgreSQL, installed if missing (as `cargo xtask setup` does).
fn start_cluster() -> Result<Cluster, String> {
    eprintln!("[bench] starting PostgreSQL for the programs marked `# bench-database`");
    database::ensure_postgresql()
        .and_then(|_| Cluster::start())
        .map_err(|e| format!("the database benchmarks need PostgreSQL, which did not start: {e}"))
}

/// Where and how often to run.
struct Bench {
    scratch: PathBuf,
    ours: PathBuf,
    reps: usize,
    /// The cluster the `# bench-database` programs use, when there are any.
    cluster: Option<Cluster>,
}

impl Bench {
    /// Runs a program `reps` times under each interpreter, alternating; the runs of CPython
    /// and ours, or why the program cannot be measured.
    fn program(
        &self,
        prog: &Path,
        directives: &Directives,
    ) -> Result<(Vec<Finished>, Vec<Finished>), String> {
        let mut ours_args = vec!["run".to_string(), prog.display().to_string()];
        ours_args.extend_from_slice(&directives.args);
        if !directives.args.iter().any(|a| a == "--clock") {
            ours_args.extend(["--clock".to_string(), "real".to_string()]);
        }
        // A program that imports a web package or a database driver runs under the oracle
        // venv's CPython, which has the real packages (FastAPI, pydantic, httpx, asyncpg).
        let python = if directives.database || crate::bless::needs_oracle_venv(prog) {
            database::ensure_oracle_venv()?
        } else {
            PathBuf::from("python3")
        };
        let mut base_env = Vec::new();
        let cluster = match (directives.database, &self.cluster) {
            (false, _) => None,
            (true, Some(cluster)) => Some(cluster),
            (true, None) => return Err("no database cluster was started".into()),
        };
        if let Some(cluster) = cluster {
            ours_args.extend(["--database".to_string(), cluster.url()]);
            // The oracle's environment: its redirect of localhost:5432 to the cluster.
            base_env = database::oracle_command(&python, cluster.port())
                .get_envs()
                .filter_map(|(k, v)| Some((k.to_os_string(), v?.to_os_string())))
                .collect::<Vec<(OsString, OsString)>>();
        }
        let fresh = || cluster.map_or(Ok(()), |c| c.reset());
        let (mut base, mut us) = (Vec::new(), Vec::new());
        for _ in 0..self.reps {
            fresh()?;
            let b = measure::run(
                &self.scratch,
                &python,
                &[prog.display().to_string()],
                &base_env,
            )
            .map_err(|e| format!("CPython failed ({e})"))?;
            fresh()?;
            let o = measure::run(&self.scratch, &self.ours, &ours_args, &[])
                .map_err(|e| format!("fails under Loopscope ({e})"))?;
            if output(&b.stdout) != output(&o.stdout) {
                return Err("output differs from CPython".into());
            }
            base.push(b);
            us.push(o);
        }
        Ok((base, us))
    }
}

fn stem(prog: &Path) -> String {
    prog.file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

/// A program's output less the lines it prints about itself (`#t 0.31`).
fn output(stdout: &[u8]) -> Vec<&[u8]> {
    stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.starts_with(b"#"))
        .collect()
}

/// The seconds each run reported on its `#t` line, when every run did.
fn in_program(runs: &[Finished]) -> Option<Vec<f64>> {
    runs.iter()
        .map(|r| {
            let text = String::from_utf8_lossy(&r.stdout);
            let line = text.lines().find_map(|l| l.strip_prefix("#t "))?;
            line.trim().parse().ok()
        })
        .collect()
}

fn secs(runs: &[Finished]) -> Vec<f64> {
    runs.iter().map(|r| r.secs).collect()
}

/// Peak memory of each run in MB, when every run reported one.
fn peak_mb(runs: &[Finished]) -> Option<Vec<f64>> {
    runs.iter()
        .map(|r| r.peak_kib.map(|k| k as f64 * 1024.0 / 1e6))
        .collect()
}

/// What a program's `# bench-...` first lines ask for.
#[derive(Default)]
struct Directives {
    args: Vec<String>,
    peak_rss: bool,
    /// `# bench-database`: runs against the suite's PostgreSQL, on a fresh `mydb` each time.
    database: bool,
}

impl Directives {
    fn read(prog: &Path) -> Directives {
        let text = std::fs::read_to_string(prog).unwrap_or_default();
        let mut d = Directives::default();
        for line in text.lines().take_while(|l| l.starts_with("# bench-")) {
            if let Some(args) = line.strip_prefix("# bench-args:") {
                d.args.extend(args.split_whitespace().map(str::to_string));
            } else if line.strip_prefix("# bench-measure:").map(str::trim) == Some("peak-rss") {
                d.peak_rss = true;
            } else if line.trim_end() == "# bench-database" {
                d.database = true;
            }
        }
        d
    }
}
