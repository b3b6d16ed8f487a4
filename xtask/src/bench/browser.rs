//! The browser suite: builds the site as it ships, then `bench/browser/bench.mjs` measures
//! it against Pyodide in headless Chromium (Playwright) and writes its rows as TSV, read here.
//!
//! TSV lines: `meta<TAB>name<TAB>value` (the Pyodide and Chromium versions) and
//! `row<TAB>key<TAB>label<TAB>unit<TAB>baseline<TAB>ours<TAB>failure<TAB>note`, an empty
//! field meaning "none"; `pool` lines have a row's fields with CPython natively as the
//! baseline (process pools, which Pyodide lacks).

use super::{Row, Unit};
use crate::tools;
use std::path::Path;

/// What the browser suite measured.
pub struct BrowserRun {
    pub rows: Vec<Row>,
    /// Process pools on Web Workers against CPython's natively.
    pub pool: Vec<Row>,
    pub pyodide: String,
    pub chromium: Option<String>,
}

pub fn run(root: &Path, scratch: &Path, reps: usize) -> Result<BrowserRun, String> {
    let tools = tools::ensure(tools::Needs::Tests)?;
    eprintln!("[bench] building the site (trunk build --release)");
    crate::serve::build_site(&tools)?;
    let tsv = scratch.join("browser.tsv");
    let _ = std::fs::remove_file(&tsv);
    tools::run(
        tools
            .command("node")
            .arg("bench/browser/bench.mjs")
            .env("LOOPSCOPE_DIST", root.join("dist"))
            .env("LOOPSCOPE_BENCH_REPS", reps.to_string())
            .env("LOOPSCOPE_BENCH_TSV", &tsv),
    )?;
    let text =
        std::fs::read_to_string(&tsv).map_err(|e| format!("reading {}: {e}", tsv.display()))?;
    parse(&text)
}

fn parse(text: &str) -> Result<BrowserRun, String> {
    let mut run = BrowserRun {
        rows: Vec::new(),
        pool: Vec::new(),
        pyodide: "?".into(),
        chromium: None,
    };
    for line in text.lines().filter(|l| !l.is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        match f[..] {
            ["meta", "pyodide", v] => run.pyodide = v.to_string(),
            ["meta", "chromium", v] => run.chromium = Some(v.to_string()),
            ["meta", ..] => {}
            [kind @ ("row" | "pool"), key, label, unit, baseline, ours, failure, note] => {
                let unit = Unit::parse(unit).ok_or_else(|| format!("unknown unit {unit:?}"))?;
                let num = |s: &str| -> Result<Option<f64>, String> {
                    if s.is_empty() {
                        Ok(None)
                    } else {
                        s.parse().map(Some).map_err(|_| format!("bad number {s:?}"))
                    }
                };
                let mut row = Row::new(key, label, unit, num(baseline)?, num(ours)?);
                row.failure = (!failure.is_empty()).then(|| failure.to_string());
                row.note = note.to_string();
                if kind == "row" {
                    run.rows.push(row);
                } else {
                    run.pool.push(row);
                }
            }
            _ => {
                return Err(format!(
                    "browser bench wrote a line I cannot read: {line:?}"
                ))
            }
        }
    }
    Ok(run)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_rows_and_meta() {
        let run = parse(
            "meta\tpyodide\t314.0.7\nmeta\tchromium\t156.0\n\
             row\tcold_start\tcold start\tms\t2500\t120\t\tfresh context\n\
             row\tfib_25\tfib(25)\ts\t\t\toutput differs\t\n\
             pool\tpool_speedup_2\tspeed-up\tx\t1.9\t1.8\t\t\n",
        )
        .unwrap();
        assert_eq!(run.pool.len(), 1);
        assert_eq!(run.pool[0].unit, Unit::Times);
        assert_eq!(run.pyodide, "314.0.7");
        assert_eq!(run.rows.len(), 2);
        assert_eq!(run.rows[0].ratio(), Some(120.0 / 2500.0));
        assert_eq!(run.rows[1].failure.as_deref(), Some("output differs"));
        assert!(parse("row\tx\n").is_err());
    }
}
