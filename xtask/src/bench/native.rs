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
//! time. Outputs (less the `#` lines) must agree with CPython's, or the row fails.

use super::measure::{self, Finished};
use super::{median, Row, Unit};
use crate::bless::programs;
use crate::tools;
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn run(root: &Path, scratch: &Path, reps: usize) -> Result<Vec<Row>, String> {
    eprintln!("[bench] building loopscope-cli (release)");
    tools::run(
        Command::new("cargo")
            .args(["build", "--release", "--quiet", "-p", "loopscope-cli"])
            .current_dir(root),
    )?;
    let bench = Bench {
        scratch: scratch.to_path_buf(),
        ours: root.join("target/release/loopscope"),
        reps,
    };
    let mut rows = Vec::new();
    for prog in programs(&[root.join("bench/native")]) {
        let key = stem(&prog);
        let directives = Directives::read(&prog);
        let unit = if directives.peak_rss {
            Unit::Megabytes
        } else {
            Unit::Secs
        };
        eprintln!("[bench] native {key} ...");
        let (base, us) = match bench.program(&prog, &directives.args) {
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

/// Where and how often to run.
struct Bench {
    scratch: PathBuf,
    ours: PathBuf,
    reps: usize,
}

impl Bench {
    /// Runs a program `reps` times under each interpreter, alternating; the runs of CPython
    /// and ours, or why the program cannot be measured.
    fn program(
        &self,
        prog: &Path,
        extra: &[String],
    ) -> Result<(Vec<Finished>, Vec<Finished>), String> {
        let mut ours_args = vec!["run".to_string(), prog.display().to_string()];
        ours_args.extend_from_slice(extra);
        if !extra.iter().any(|a| a == "--clock") {
            ours_args.extend(["--clock".to_string(), "real".to_string()]);
        }
        // A program that imports a web package runs under the oracle venv's CPython,
        // which has the real packages (FastAPI, pydantic, httpx).
        let python = if crate::bless::needs_oracle_venv(prog) {
            crate::database::ensure_oracle_venv()?
        } else {
            PathBuf::from("python3")
        };
        let (mut base, mut us) = (Vec::new(), Vec::new());
        for _ in 0..self.reps {
            let b = measure::run(&self.scratch, &python, &[prog.display().to_string()])
                .map_err(|e| format!("CPython failed ({e})"))?;
            let o = measure::run(&self.scratch, &self.ours, &ours_args)
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
            }
        }
        d
    }
}
