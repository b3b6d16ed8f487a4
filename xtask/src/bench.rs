//! `cargo xtask bench`: Loopscope against CPython (natively) and Pyodide (in the browser),
//! in one run, checked against the budgets in `bench/budgets.toml`.
//!
//! Each suite produces rows (program, baseline, ours, ratio = ours / baseline, so below 1
//! means we are faster or smaller). The tables are printed and written to `target/bench/`
//! (`native.md`, `browser.md`, and `summary.md` with the machine they ran on); a broken
//! budget makes the command fail. `--only native|browser` runs one suite, `--reps N` (or
//! `LOOPSCOPE_BENCH_REPS`) sets the repetitions, whose medians are reported, and
//! `--filter TEXT` runs only the native programs whose names contain TEXT (and so only the
//! native suite).

mod browser;
mod budgets;
pub mod measure;
mod native;

use crate::tools::{self, workspace_root};
use budgets::Budgets;
use std::process::Command;

const DEFAULT_REPS: usize = 3;
const SUITES: [&str; 2] = ["native", "browser"];

/// The unit of a row's figures, which also decides how they print.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Unit {
    Secs,
    Millis,
    /// Megabytes (10^6 bytes).
    Megabytes,
    /// Kilobytes (10^3 bytes).
    Kilobytes,
    Count,
    /// A factor (a speed-up).
    Times,
}

impl Unit {
    fn parse(s: &str) -> Option<Unit> {
        Some(match s {
            "s" => Unit::Secs,
            "ms" => Unit::Millis,
            "MB" => Unit::Megabytes,
            "KB" => Unit::Kilobytes,
            "count" => Unit::Count,
            "x" => Unit::Times,
            _ => return None,
        })
    }

    pub fn show(self, v: f64) -> String {
        match self {
            Unit::Secs => format!("{v:.3} s"),
            Unit::Millis => format!("{v:.0} ms"),
            Unit::Megabytes => format!("{v:.1} MB"),
            Unit::Kilobytes => format!("{v:.0} KB"),
            Unit::Count => format!("{v:.0}"),
            Unit::Times => format!("{v:.2}x"),
        }
    }
}

/// One measured line of a suite's table.
pub struct Row {
    /// The name budgets use.
    pub key: String,
    /// What the table shows.
    pub label: String,
    pub unit: Unit,
    pub baseline: Option<f64>,
    pub ours: Option<f64>,
    /// Why the row has no figures, when it could not be measured (a crash, differing
    /// output): always a broken budget.
    pub failure: Option<String>,
    pub note: String,
}

impl Row {
    pub fn new(
        key: &str,
        label: &str,
        unit: Unit,
        baseline: Option<f64>,
        ours: Option<f64>,
    ) -> Row {
        Row {
            key: key.to_string(),
            label: label.to_string(),
            unit,
            baseline,
            ours,
            failure: None,
            note: String::new(),
        }
    }

    pub fn failed(key: &str, unit: Unit, why: String) -> Row {
        let mut row = Row::new(key, key, unit, None, None);
        row.failure = Some(why);
        row
    }

    /// ours / baseline, when both exist and the baseline is not zero.
    pub fn ratio(&self) -> Option<f64> {
        match (self.baseline, self.ours) {
            (Some(b), Some(o)) if b > 0.0 => Some(o / b),
            _ => None,
        }
    }
}

pub fn run(only: Option<&str>, reps: Option<usize>, filter: Option<&str>) -> Result<(), String> {
    if let Some(name) = only {
        if !SUITES.contains(&name) {
            return Err(format!(
                "no bench suite named {name}; suites: native, browser"
            ));
        }
    }
    // The browser suite's measurements are fixed by bench.mjs: a filter picks native programs.
    let only = match (only, filter) {
        (Some("browser"), Some(_)) => return Err("--filter picks native programs".into()),
        (None, Some(_)) => Some("native"),
        _ => only,
    };
    let reps = reps
        .or_else(|| {
            std::env::var("LOOPSCOPE_BENCH_REPS")
                .ok()
                .and_then(|r| r.parse().ok())
        })
        .unwrap_or(DEFAULT_REPS)
        .max(1);
    let root = workspace_root();
    let budgets = Budgets::load(&root.join("bench/budgets.toml"))?;
    let out = root.join("target/bench");
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    let load_before = load_average();

    let mut summary = String::new();
    let mut broken = Vec::new();
    let mut chromium = None;
    for suite in SUITES.iter().filter(|s| only.is_none_or(|o| o == **s)) {
        // (title, baseline column, budget section, rows) per table.
        let tables = match *suite {
            "native" => vec![(
                format!("Native: Loopscope vs CPython ({reps} runs each, medians)"),
                "CPython 3.11".to_string(),
                "native",
                native::run(&root, &out, reps, filter)?,
            )],
            _ => {
                let result = browser::run(&root, &out, reps)?;
                chromium = result.chromium;
                vec![
                    (
                        format!(
                            "Browser: Loopscope vs Pyodide {} in headless Chromium ({reps} runs each, medians)",
                            result.pyodide
                        ),
                        format!("Pyodide {}", result.pyodide),
                        "browser",
                        result.rows,
                    ),
                    (
                        format!(
                            "Process pools: Loopscope on Web Workers vs CPython's ProcessPoolExecutor natively ({reps} runs each, medians)"
                        ),
                        "CPython 3.11".to_string(),
                        "pool",
                        result.pool,
                    ),
                ]
            }
        };
        let mut text = String::new();
        for (title, baseline, section, rows) in tables {
            let table = table(&baseline, section, &rows, &budgets);
            println!("\n## {title}\n\n{table}");
            text.push_str(&format!("## {title}\n\n{table}\n"));
            broken.extend(budgets.check(section, &rows));
        }
        std::fs::write(out.join(format!("{suite}.md")), &text).map_err(|e| e.to_string())?;
        summary.push_str(&text);
    }
    let machine = machine(chromium.as_deref(), &load_before, &load_average());
    println!("{machine}");
    summary.insert_str(0, &format!("{machine}\n"));
    std::fs::write(out.join("summary.md"), summary).map_err(|e| e.to_string())?;
    if broken.is_empty() {
        println!("all budgets hold (bench/budgets.toml)");
        Ok(())
    } else {
        for b in &broken {
            eprintln!("budget broken: {b}");
        }
        Err(format!("{} budget(s) broken", broken.len()))
    }
}

/// A suite's Markdown table.
fn table(baseline: &str, suite: &str, rows: &[Row], budgets: &Budgets) -> String {
    let mut t = format!(
        "| program | {baseline} | Loopscope | ratio | budget | note |\n|---|---:|---:|---:|---|---|\n"
    );
    for row in rows {
        let show = |v: Option<f64>| v.map_or_else(|| "-".to_string(), |v| row.unit.show(v));
        let mut budget = Vec::new();
        if let Some(max) = budgets.ratio(suite, &row.key) {
            budget.push(format!("≤ {max}x"));
        }
        if let Some(max) = budgets.limit(suite, &row.key) {
            budget.push(format!("≤ {}", row.unit.show(max)));
        }
        if let Some(min) = budgets.floor(suite, &row.key) {
            budget.push(format!("≥ {}", row.unit.show(min)));
        }
        let ratio = match (&row.failure, row.ratio()) {
            (Some(why), _) => format!("**{why}**"),
            (None, Some(r)) => format!("{r:.2}x"),
            (None, None) => "-".to_string(),
        };
        t.push_str(&format!(
            "| {} | {} | {} | {ratio} | {} | {} |\n",
            row.label,
            show(row.baseline),
            show(row.ours),
            budget.join(", "),
            row.note
        ));
    }
    t
}

/// The machine a run measured, and how busy it was.
fn machine(chromium: Option<&str>, load_before: &str, load_after: &str) -> String {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let cpu = read_field("/proc/cpuinfo", "model name").unwrap_or_else(|| "unknown CPU".into());
    let ram = read_field("/proc/meminfo", "MemTotal")
        .and_then(|v| v.trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or_else(
            || "unknown".into(),
            |kib| format!("{:.1} GiB", kib / 1048576.0),
        );
    let python = tools::output(Command::new("python3").arg("--version"))
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|_| "python3 missing".into());
    let chromium = chromium.map_or_else(String::new, |c| format!(", Chromium {c}"));
    let mut s = format!(
        "Machine: {cores} cores ({cpu}), {ram} RAM, {}, {python}{chromium}.\n",
        std::env::consts::OS
    );
    s.push_str(&format!(
        "Load average (1, 5, 15 min) before: {load_before}; after: {load_after}.\n"
    ));
    s
}

fn read_field(path: &str, name: &str) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    text.lines()
        .find(|l| l.starts_with(name))
        .and_then(|l| l.split_once(':'))
        .map(|(_, v)| v.trim().to_string())
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|| "unknown".into())
}

/// The middle value (the upper middle for an even count); NaN for none.
pub fn median(xs: &mut [f64]) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs.get(xs.len() / 2).copied().unwrap_or(f64::NAN)
}
