//! `cargo xtask bench`: our interpreter against CPython on the same programs, in one run.
//!
//! Each program in `bench/native/` runs under `python3` and under a release build of
//! `loopscope run`, alternating, several times; we report medians and the ratio
//! (ours / CPython: below 1 means faster than CPython). Outputs must agree, or the row says
//! so instead of a ratio. The table is printed and written to `target/bench/native.md`.

use crate::bless::programs;
use crate::tools::{self, workspace_root};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

const DEFAULT_REPS: usize = 3;

pub fn run() -> Result<(), String> {
    let root = workspace_root();
    tools::run(
        Command::new("cargo")
            .args(["build", "--release", "--quiet", "-p", "loopscope-cli"])
            .current_dir(&root),
    )?;
    let ours = root.join("target/release/loopscope");
    let reps = std::env::var("LOOPSCOPE_BENCH_REPS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(DEFAULT_REPS);
    let mut table = String::from(
        "| program | CPython 3.11 (s) | Loopscope (s) | ratio |\n|---|---:|---:|---:|\n",
    );
    for prog in programs(&[root.join("bench/native")]) {
        let name = prog
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        eprintln!("bench {name} ...");
        let row = match measure(&prog, &ours, reps) {
            Ok((base, us)) => format!("| {name} | {base:.3} | {us:.3} | {:.2}x |\n", us / base),
            Err(why) => format!("| {name} | - | - | {why} |\n"),
        };
        table.push_str(&row);
    }
    println!("\n## Native: Loopscope vs CPython ({reps} runs each, medians)\n\n{table}");
    let out = root.join("target/bench");
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    std::fs::write(out.join("native.md"), &table).map_err(|e| e.to_string())?;
    Ok(())
}

/// Median seconds for CPython and for us, alternating runs.
fn measure(prog: &Path, ours: &Path, reps: usize) -> Result<(f64, f64), String> {
    let (mut base, mut us) = (Vec::new(), Vec::new());
    for _ in 0..reps {
        let (t_base, out_base) = time(Command::new("python3").arg(prog))?;
        let (t_us, out_us) = time(
            Command::new(ours)
                .arg("run")
                .arg(prog)
                .args(bench_args(prog)),
        )
        .map_err(|_| "fails under Loopscope".to_string())?;
        if out_base != out_us {
            return Err("output differs from CPython".into());
        }
        base.push(t_base);
        us.push(t_us);
    }
    Ok((median(&mut base), median(&mut us)))
}

/// Extra `loopscope run` options a program asks for on a `# bench-args: ...` first line.
fn bench_args(prog: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(prog).unwrap_or_default();
    text.lines()
        .next()
        .and_then(|l| l.strip_prefix("# bench-args:"))
        .map(|a| a.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default()
}

fn time(cmd: &mut Command) -> Result<(f64, Vec<u8>), String> {
    let t0 = Instant::now();
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .map_err(|e| e.to_string())?;
    let secs = t0.elapsed().as_secs_f64();
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    Ok((secs, out.stdout))
}

fn median(xs: &mut [f64]) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs.get(xs.len() / 2).copied().unwrap_or(f64::NAN)
}
