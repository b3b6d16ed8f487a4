//! The native suite: each program in `bench/native/` under `python3` and under a release
//! build of `loopscope run`, alternating, several times; medians of wall time, or of peak
//! memory for programs that ask for it.
//!
//! A program's first lines may hold directives: `# bench-args: ...` passes options to
//! `loopscope run` (e.g. `--clock real`), `# bench-measure: peak-rss` reports peak resident
//! memory instead of time. Outputs must agree with CPython's, or the row fails.

use super::measure::{self, Finished};
use super::{median, Row, Unit};
use crate::bless::programs;
use crate::tools;
use std::path::Path;
use std::process::Command;

pub fn run(root: &Path, scratch: &Path, reps: usize) -> Result<Vec<Row>, String> {
    eprintln!("[bench] building loopscope-cli (release)");
    tools::run(
        Command::new("cargo")
            .args(["build", "--release", "--quiet", "-p", "loopscope-cli"])
            .current_dir(root),
    )?;
    let ours = root.join("target/release/loopscope");
    let python = Path::new("python3");
    let mut rows = Vec::new();
    for prog in programs(&[root.join("bench/native")]) {
        let key = prog
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let directives = Directives::read(&prog);
        let unit = if directives.peak_rss {
            Unit::Megabytes
        } else {
            Unit::Secs
        };
        eprintln!("[bench] native {key} ...");
        let mut ours_args = vec!["run".to_string(), prog.display().to_string()];
        ours_args.extend(directives.args);
        let (mut base, mut us) = (Vec::new(), Vec::new());
        let mut failure = None;
        for _ in 0..reps {
            let b = measure::run(scratch, python, &[prog.display().to_string()]);
            let o = measure::run(scratch, &ours, &ours_args);
            match (b, o) {
                (Err(e), _) => failure = Some(format!("CPython failed ({e})")),
                (_, Err(e)) => failure = Some(format!("fails under Loopscope ({e})")),
                (Ok(b), Ok(o)) if b.stdout != o.stdout => {
                    failure = Some("output differs from CPython".into());
                }
                (Ok(b), Ok(o)) => {
                    base.push(b);
                    us.push(o);
                    continue;
                }
            }
            break;
        }
        if let Some(why) = failure {
            rows.push(Row::failed(&key, unit, why));
            continue;
        }
        let (mut b_secs, mut o_secs) = (secs(&base), secs(&us));
        let (b_mb, o_mb) = (peak_mb(&base), peak_mb(&us));
        let mut row = if directives.peak_rss {
            let (Some(mut b), Some(mut o)) = (b_mb, o_mb) else {
                let why = "no peak memory reported on this platform".to_string();
                rows.push(Row::failed(&key, unit, why));
                continue;
            };
            let mut row = Row::new(&key, &key, unit, Some(median(&mut b)), Some(median(&mut o)));
            row.note = format!(
                "peak RSS; time {} / {}",
                Unit::Secs.show(median(&mut b_secs)),
                Unit::Secs.show(median(&mut o_secs))
            );
            row
        } else {
            let (b, o) = (median(&mut b_secs), median(&mut o_secs));
            let mut row = Row::new(&key, &key, unit, Some(b), Some(o));
            if let (Some(mut b), Some(mut o)) = (b_mb, o_mb) {
                row.note = format!(
                    "peak RSS {} / {}",
                    Unit::Megabytes.show(median(&mut b)),
                    Unit::Megabytes.show(median(&mut o))
                );
            }
            row
        };
        if !directives.note.is_empty() {
            row.note = format!("{}; {}", directives.note, row.note);
        }
        rows.push(row);
    }
    Ok(rows)
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
    note: String,
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
            } else if let Some(note) = line.strip_prefix("# bench-note:") {
                d.note = note.trim().to_string();
            }
        }
        d
    }
}
