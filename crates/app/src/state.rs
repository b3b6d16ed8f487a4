//! The UI's model types, apart from the components that draw them.

mod log;

pub use log::{ConsoleLine, ConsoleLog};

/// Where a run stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunStatus {
    Idle,
    Running,
    Finished(i32),
}

impl RunStatus {
    /// The words the toolbar shows.
    pub fn label(self) -> String {
        match self {
            RunStatus::Idle => "ready".into(),
            RunStatus::Running => "running…".into(),
            RunStatus::Finished(0) => "finished".into(),
            RunStatus::Finished(code) => format!("exited with status {code}"),
        }
    }
}

/// Which stream a console line came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// What a task is doing at the end of a trace (or at this moment of a live run).
#[derive(Clone, Debug, PartialEq)]
pub struct TaskRow {
    pub name: String,
    /// "running", "waiting", "done", "failed" or "cancelled".
    pub state: &'static str,
    /// What it awaits when waiting (`sleep(0.2)`), its result or exception when done.
    pub detail: String,
    /// The line it runs or waits at (0: not started).
    pub line: u32,
}

/// Every task of a trace and where it stands, in creation order. asyncio.run's own
/// shutdown tasks are left out, as the timeline leaves them out.
pub fn task_rows(trace: &loopscope_aio::trace::Trace) -> Vec<TaskRow> {
    use loopscope_aio::trace::{Outcome, TraceEvent};
    let mut rows: Vec<TaskRow> = Vec::new();
    let mut index = std::collections::HashMap::new();
    for e in &trace.events {
        match e {
            TraceEvent::TaskCreated {
                task,
                name,
                coro,
                line,
                ..
            } => {
                if trace.strings.get(*coro).starts_with("BaseEventLoop.") {
                    continue;
                }
                index.insert(task.0, rows.len());
                rows.push(TaskRow {
                    name: trace.strings.get(*name).to_string(),
                    state: "waiting",
                    detail: "to start".into(),
                    line: *line,
                });
            }
            TraceEvent::TaskRenamed { task, name, .. } => {
                if let Some(&i) = index.get(&task.0) {
                    rows[i].name = trace.strings.get(*name).to_string();
                }
            }
            TraceEvent::StepStart { task, line, .. } => {
                if let Some(&i) = index.get(&task.0) {
                    rows[i].state = "running";
                    rows[i].detail.clear();
                    rows[i].line = *line;
                }
            }
            TraceEvent::StepEnd {
                task, line, awaits, ..
            } => {
                if let Some(&i) = index.get(&task.0) {
                    rows[i].line = *line;
                    if let Some(a) = awaits {
                        rows[i].state = "waiting";
                        rows[i].detail = trace.strings.get(a.detail).to_string();
                    }
                }
            }
            TraceEvent::TaskDone { task, outcome, .. } => {
                if let Some(&i) = index.get(&task.0) {
                    let (state, detail) = match outcome {
                        Outcome::Result(r) => ("done", trace.strings.get(*r).to_string()),
                        Outcome::Exception(x) => ("failed", trace.strings.get(*x).to_string()),
                        Outcome::Cancelled => ("cancelled", String::new()),
                    };
                    rows[i].state = state;
                    rows[i].detail = detail;
                }
            }
            _ => {}
        }
    }
    rows
}

/// The editor's marks for a live run: each unfinished task's name on the line it runs
/// or waits at, in line order (the editor groups a line's names into one badge).
pub fn task_marks(rows: &[TaskRow]) -> Vec<(u32, String)> {
    let mut marks: Vec<(u32, String)> = rows
        .iter()
        .filter(|row| row.line != 0 && !matches!(row.state, "done" | "failed" | "cancelled"))
        .map(|row| (row.line, row.name.clone()))
        .collect();
    marks.sort_by_key(|(line, _)| *line);
    marks
}

/// How long a run took on its own clock: the time of its last event.
pub fn elapsed(trace: &loopscope_aio::trace::Trace) -> f64 {
    trace
        .events
        .iter()
        .map(|e| e.at().as_secs())
        .fold(0.0, f64::max)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A trace whose output events carry `notes` (time, task name), in order.
    pub(crate) fn noted(notes: &[(f64, Option<&str>)]) -> loopscope_aio::trace::Trace {
        use loopscope_aio::trace::{Nanos, TaskId, Trace, TraceEvent};
        let mut t = Trace::default();
        for (i, (at, task)) in notes.iter().enumerate() {
            let id = TaskId(i as u32 + 1);
            if let Some(name) = task {
                let (name, coro) = (t.intern(name), t.intern("main()"));
                t.push(TraceEvent::TaskCreated {
                    at: Nanos(0),
                    task: id,
                    name,
                    coro,
                    parent: None,
                    line: 1,
                });
            }
            let text = t.intern("");
            t.push(TraceEvent::Output {
                at: Nanos::from_secs(*at),
                task: task.map(|_| id),
                stream: loopscope_aio::trace::Stream::Stdout,
                text,
            });
        }
        t
    }

    #[test]
    fn task_rows_follow_steps_and_marks_group_by_line() {
        use loopscope_aio::trace::{Await, AwaitKind, Nanos, TaskId, Trace, TraceEvent};
        let mut t = Trace::default();
        for (id, name) in [(1, "Task-1"), (2, "Task-2"), (3, "Task-3")] {
            let (name, coro) = (t.intern(name), t.intern("work()"));
            t.push(TraceEvent::TaskCreated {
                at: Nanos(0),
                task: TaskId(id),
                name,
                coro,
                parent: None,
                line: 1,
            });
        }
        let sleep = t.intern("sleep(1)");
        for id in [2, 3] {
            t.push(TraceEvent::StepStart {
                at: Nanos(0),
                task: TaskId(id),
                line: 4,
            });
            t.push(TraceEvent::StepEnd {
                at: Nanos(1),
                task: TaskId(id),
                line: 5,
                awaits: Some(Await {
                    kind: AwaitKind::Sleep,
                    detail: sleep,
                }),
            });
        }
        t.push(TraceEvent::StepStart {
            at: Nanos(2),
            task: TaskId(1),
            line: 9,
        });
        let rows = task_rows(&t);
        assert_eq!(rows[0].state, "running");
        assert_eq!(
            (rows[1].state, rows[1].detail.as_str()),
            ("waiting", "sleep(1)")
        );
        assert_eq!(
            task_marks(&rows),
            [
                (5, "Task-2".to_string()),
                (5, "Task-3".to_string()),
                (9, "Task-1".to_string())
            ]
        );
    }
}
