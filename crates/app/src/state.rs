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
}
