//! The UI's model types, apart from the components that draw them.

use loopscope_web::RunText;

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

/// Splits a finished run's output into console lines, stdout first.
pub fn lines_of(run: &RunText) -> Vec<ConsoleLine> {
    let out = run.stdout.lines().map(|l| (Stream::Stdout, l));
    let err = run.stderr.lines().map(|l| (Stream::Stderr, l));
    out.chain(err)
        .enumerate()
        .map(|(id, (stream, text))| ConsoleLine {
            id,
            stream,
            text: text.to_string(),
        })
        .collect()
}
