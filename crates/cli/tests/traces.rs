//! Golden traces: each `tests/traces/NAME.py` run under the virtual clock must record
//! exactly the events in `NAME.trace` (one per line). The goldens are ours, not CPython's:
//! `cargo xtask bless` rewrites them, and a changed golden is read and reviewed like code.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn traces_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/traces")
}

#[test]
fn golden_traces() {
    let mut programs: Vec<PathBuf> = std::fs::read_dir(traces_dir())
        .expect("tests/traces exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    programs.sort();
    assert!(programs.len() >= 4, "the golden trace programs are missing");
    let out_dir = std::env::temp_dir().join(format!("loopscope-traces-{}", std::process::id()));
    std::fs::create_dir_all(&out_dir).expect("temp dir");
    let mut problems = Vec::new();
    for program in &programs {
        let name = program
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let got_path = out_dir.join(format!("{name}.trace"));
        let status = Command::new(env!("CARGO_BIN_EXE_loopscope"))
            .arg("run")
            .arg(program)
            .arg("--trace")
            .arg(&got_path)
            .args(["--trace-format", "text"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .status()
            .expect("loopscope runs");
        assert!(status.success(), "{name} failed to run");
        let got = std::fs::read_to_string(&got_path).unwrap_or_default();
        let want = std::fs::read_to_string(program.with_extension("trace")).unwrap_or_default();
        if got != want {
            let line = got.lines().zip(want.lines()).position(|(g, w)| g != w);
            let at = line.unwrap_or_else(|| got.lines().count().min(want.lines().count()));
            problems.push(format!(
                "{name}: line {}: expected {:?}, got {:?}",
                at + 1,
                want.lines().nth(at).unwrap_or("<end>"),
                got.lines().nth(at).unwrap_or("<end>")
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&out_dir);
    assert!(
        problems.is_empty(),
        "traces differ (run `cargo xtask bless` and review):\n{}",
        problems.join("\n")
    );
}
