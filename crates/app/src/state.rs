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

/// One line of program output as the console shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsoleLine {
    pub id: usize,
    pub stream: Stream,
    pub text: String,
}

/// Console lines from output chunks in the order they were written; a line belongs to
/// the stream that started it. A last line without its newline is shown as it is.
pub fn lines_of_chunks(chunks: &[(loopscope_python::Stream, String)]) -> Vec<ConsoleLine> {
    let mut lines = Vec::new();
    let mut current: Option<(Stream, String)> = None;
    for (stream, text) in chunks {
        let stream = match stream {
            loopscope_python::Stream::Stdout => Stream::Stdout,
            loopscope_python::Stream::Stderr => Stream::Stderr,
        };
        for piece in text.split_inclusive('\n') {
            let (line_stream, mut line) = current.take().unwrap_or((stream, String::new()));
            line.push_str(piece.trim_end_matches('\n'));
            if piece.ends_with('\n') {
                lines.push(ConsoleLine {
                    id: lines.len(),
                    stream: line_stream,
                    text: line,
                });
            } else {
                current = Some((line_stream, line));
            }
        }
    }
    if let Some((stream, text)) = current {
        lines.push(ConsoleLine {
            id: lines.len(),
            stream,
            text,
        });
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
        let lines = lines_of_chunks(&chunks);
        let texts: Vec<_> = lines.iter().map(|l| (l.stream, l.text.as_str())).collect();
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
