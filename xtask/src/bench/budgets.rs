//! The budgets in `bench/budgets.toml`, and the check that fails `cargo xtask bench`.
//!
//! The file is a small subset of TOML, read by hand (xtask has no parser dependency):
//! `[section]` headers, `key = number` lines and `#` comments. `[native]` and `[browser]`
//! give the largest allowed ratio (ours / baseline) per row; `[native.ours]` and
//! `[browser.ours]` the largest allowed value of our own figure, in the row's unit, and
//! `[SECTION.ours_min]` the smallest (a speed-up). Every row a suite reports must have at
//! least one budget, so a new program cannot slip in unguarded.

use super::Row;
use std::collections::BTreeMap;
use std::path::Path;

/// Budget values by `section.key`, e.g. `native.fib` or `browser.ours.cold_start`.
pub struct Budgets {
    values: BTreeMap<String, f64>,
}

impl Budgets {
    pub fn load(path: &Path) -> Result<Budgets, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("reading {}: {e}", path.display()))?;
        parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// The largest allowed ratio for a row of `suite`.
    pub fn ratio(&self, suite: &str, key: &str) -> Option<f64> {
        self.values.get(&format!("{suite}.{key}")).copied()
    }

    /// The largest allowed value of our own figure for a row of `suite`.
    pub fn limit(&self, suite: &str, key: &str) -> Option<f64> {
        self.values.get(&format!("{suite}.ours.{key}")).copied()
    }

    /// The smallest allowed value of our own figure for a row of `suite`.
    pub fn floor(&self, suite: &str, key: &str) -> Option<f64> {
        self.values.get(&format!("{suite}.ours_min.{key}")).copied()
    }

    /// What is wrong with a suite's rows: each broken budget, each row without one, and
    /// each row that could not be measured.
    pub fn check(&self, suite: &str, rows: &[Row]) -> Vec<String> {
        let mut broken = Vec::new();
        for row in rows {
            let (ratio_max, limit) = (self.ratio(suite, &row.key), self.limit(suite, &row.key));
            let floor = self.floor(suite, &row.key);
            if ratio_max.is_none() && limit.is_none() && floor.is_none() {
                broken.push(format!(
                    "{suite}/{}: no budget in bench/budgets.toml ([{suite}], [{suite}.ours] or [{suite}.ours_min])",
                    row.key
                ));
            }
            if let Some(why) = &row.failure {
                broken.push(format!("{suite}/{}: {why}", row.key));
                continue;
            }
            if let (Some(max), Some(ratio)) = (ratio_max, row.ratio()) {
                if ratio > max {
                    broken.push(format!(
                        "{suite}/{}: ratio {ratio:.2}x is over its budget of {max}x",
                        row.key
                    ));
                }
            }
            if let (Some(max), Some(ours)) = (limit, row.ours) {
                if ours > max {
                    broken.push(format!(
                        "{suite}/{}: {} is over its budget of {}",
                        row.key,
                        row.unit.show(ours),
                        row.unit.show(max)
                    ));
                }
            }
            if let (Some(min), Some(ours)) = (floor, row.ours) {
                if ours < min {
                    broken.push(format!(
                        "{suite}/{}: {} is under its budget of {}",
                        row.key,
                        row.unit.show(ours),
                        row.unit.show(min)
                    ));
                }
            }
        }
        broken
    }
}

fn parse(text: &str) -> Result<Budgets, String> {
    let mut values = BTreeMap::new();
    let mut section = String::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name.trim().to_string();
            continue;
        }
        let bad = || format!("line {}: expected `key = number`, found {raw:?}", n + 1);
        let (key, value) = line.split_once('=').ok_or_else(bad)?;
        let value: f64 = value.trim().replace('_', "").parse().map_err(|_| bad())?;
        if section.is_empty() {
            return Err(format!("line {}: a budget outside any [section]", n + 1));
        }
        values.insert(format!("{section}.{}", key.trim()), value);
    }
    Ok(Budgets { values })
}

#[cfg(test)]
mod tests {
    use super::super::{Row, Unit};
    use super::*;

    fn row(key: &str, baseline: f64, ours: f64) -> Row {
        Row::new(key, key, Unit::Secs, Some(baseline), Some(ours))
    }

    #[test]
    fn parses_sections_and_checks_ratios_and_limits() {
        let b =
            parse("# top\n[native]\nfib = 2.5 # fast enough\n[browser.ours]\nbytes = 600_000\n")
                .unwrap();
        assert_eq!(b.ratio("native", "fib"), Some(2.5));
        assert_eq!(b.limit("browser", "bytes"), Some(600_000.0));
        assert!(b.check("native", &[row("fib", 1.0, 2.0)]).is_empty());
        let over = b.check("native", &[row("fib", 1.0, 3.0)]);
        assert!(over[0].contains("over its budget of 2.5x"), "{over:?}");
        let unguarded = b.check("native", &[row("sum", 1.0, 1.0)]);
        let floors = parse("[pool.ours_min]\nspeedup = 1.5\n").unwrap();
        assert!(floors.check("pool", &[row("speedup", 1.9, 1.6)]).is_empty());
        let slow = floors.check("pool", &[row("speedup", 1.9, 1.2)]);
        assert!(slow[0].contains("under its budget"), "{slow:?}");
        assert!(unguarded[0].contains("no budget"), "{unguarded:?}");
    }

    #[test]
    fn rejects_lines_it_cannot_read() {
        assert!(parse("[native]\nfib 2.5\n").is_err());
        assert!(parse("fib = 2.5\n").is_err());
        assert!(parse("[native]\nfib = fast\n").is_err());
    }
}
