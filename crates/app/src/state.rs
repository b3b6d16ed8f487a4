//! The UI's model types, apart from the components that draw them.

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

/// One line of program output as the console shows it, with the clock time and the task
/// that printed it once the run's trace says so.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsoleLine {
    pub id: usize,
    pub stream: Stream,
    pub text: String,
    pub when: Option<f64>,
    pub task: Option<String>,
}

/// Time and task name of each write, in order, from the trace's output events (one per
/// write the program made: the same order as the output chunks).
pub fn output_notes(trace: &loopscope_aio::trace::Trace) -> Vec<(f64, Option<String>)> {
    use loopscope_aio::trace::TraceEvent;
    let mut names = std::collections::HashMap::new();
    let mut notes = Vec::new();
    for e in &trace.events {
        match e {
            TraceEvent::TaskCreated { task, name, .. }
            | TraceEvent::TaskRenamed { task, name, .. } => {
                names.insert(task.0, trace.strings.get(*name).to_string());
            }
            TraceEvent::Output { at, task, .. } => {
                notes.push((at.as_secs(), task.and_then(|t| names.get(&t.0).cloned())));
            }
            _ => {}
        }
    }
    notes
}

/// Console lines from output chunks in the order they were written; a line belongs to
/// the stream that started it. A last line without its newline is shown as it is.
/// `notes[i]` (from `output_notes`) annotates chunk `i`; a line takes the note of the
/// chunk that started it. Chunks past the notes (or with none) show no time or task.
pub fn lines_of_chunks(
    chunks: &[(loopscope_python::Stream, String)],
    notes: &[(f64, Option<String>)],
) -> Vec<ConsoleLine> {
    let mut lines = Vec::new();
    let mut current: Option<ConsoleLine> = None;
    for (i, (stream, text)) in chunks.iter().enumerate() {
        let stream = match stream {
            loopscope_python::Stream::Stdout => Stream::Stdout,
            loopscope_python::Stream::Stderr => Stream::Stderr,
        };
        let note = notes.get(i);
        for piece in text.split_inclusive('\n') {
            let mut line = current.take().unwrap_or_else(|| ConsoleLine {
                id: 0,
                stream,
                text: String::new(),
                when: note.map(|n| n.0),
                task: note.and_then(|n| n.1.clone()),
            });
            line.text.push_str(piece.trim_end_matches('\n'));
            if piece.ends_with('\n') {
                line.id = lines.len();
                lines.push(line);
            } else {
                current = Some(line);
            }
        }
    }
    if let Some(mut line) = current {
        line.id = lines.len();
        lines.push(line);
    }
    lines
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
mod tests {
    use super::*;
    use loopscope_python::Stream as S;

    #[test]
    fn chunks_become_lines_in_order() {
        let chunks = vec![
            (S::Stdout, "a".to_string()),
            (S::Stdout, "b\nc\n".to_string()),
            (S::Stderr, "Traceback\n".to_string()),
            (S::Stdout, "tail".to_string()),
        ];
        let notes = vec![(0.5, Some("Task-2".to_string())), (0.7, None)];
        let lines = lines_of_chunks(&chunks, &notes);
        let texts: Vec<_> = lines.iter().map(|l| (l.stream, l.text.as_str())).collect();
        assert_eq!(
            lines[0].when,
            Some(0.5),
            "a line takes the note of the chunk that began it"
        );
        assert_eq!(lines[0].task.as_deref(), Some("Task-2"));
        assert_eq!(lines[1].when, Some(0.7));
        assert_eq!(lines[3].when, None, "chunks past the notes have none");
        assert_eq!(
            texts,
            [
                (Stream::Stdout, "ab"),
                (Stream::Stdout, "c"),
                (Stream::Stderr, "Traceback"),
                (Stream::Stdout, "tail")
            ]
        );
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
