//! Where CPython would hang forever, Loopscope stops and says who waits on what.

use std::path::Path;
use std::process::{Command, Stdio};

#[test]
fn a_deadlock_names_each_stuck_task_and_its_line() {
    let program =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/programs/deadlock_event.py");
    let out = Command::new(env!("CARGO_BIN_EXE_loopscope"))
        .arg("run")
        .arg(&program)
        .stdin(Stdio::null())
        .output()
        .expect("loopscope runs");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "waiting for the event\nwaiting for the event\n"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert!(lines[0].starts_with("Loopscope: deadlock:"), "{stderr}");
    assert!(
        lines[1].starts_with("  Task-1 waits on gather(2) at ")
            && lines[1].ends_with("deadlock_event.py:9"),
        "{stderr}"
    );
    assert!(
        lines[2].starts_with("  Task-2 waits on Event.wait at ")
            && lines[2].ends_with("deadlock_event.py:5"),
        "{stderr}"
    );
    assert!(
        lines[3].starts_with("  Task-3 waits on Event.wait at "),
        "{stderr}"
    );
}
