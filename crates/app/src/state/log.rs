//! The console's log: lines of program output with the time and task of each, built as
//! output arrives.

use super::Stream;
use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// One line of program output as the console shows it, with the clock time and the task
/// that printed it once the run's trace says so.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsoleLine {
    pub id: usize,
    pub stream: Stream,
    pub text: String,
    pub when: Option<f64>,
    pub task: Option<Arc<str>>,
    /// The output chunk (the write) that began the line: its note is the line's.
    pub chunk: usize,
}

/// The console's lines, kept up to date as output arrives: each update reads only the
/// chunks and trace events that are new since the last, so a refresh costs what the new
/// output costs, however long the run has been printing.
///
/// Lines come from output chunks in the order they were written; a line belongs to the
/// stream that started it, and a last line without its newline is shown as it is. Chunk
/// `i` is annotated by the trace's `i`-th output event (one per write): its time and the
/// name its task had then. A line takes the note of the chunk that started it; chunks the
/// trace has no note for (yet) show no time or task.
#[derive(Debug)]
pub struct ConsoleLog {
    /// Tells one run's log from the next (`console/rows.rs` starts over on a new one).
    epoch: u64,
    lines: Vec<ConsoleLine>,
    /// Chunks read so far; whether the last line still waits for its newline.
    chunks: usize,
    open: bool,
    /// Lines before this have their note (or never will: there is no trace).
    noted: usize,
    /// Trace events read so far; task names by id as of the last one read.
    events: usize,
    names: HashMap<u32, Arc<str>>,
    traced: bool,
    /// Notes of chunks `notes_base..`: older ones are dropped once their lines have them.
    notes: VecDeque<(f64, Option<Arc<str>>)>,
    notes_base: usize,
    /// Bytes of output read, for the download's size.
    bytes: usize,
}

impl Default for ConsoleLog {
    fn default() -> Self {
        ConsoleLog::new()
    }
}

impl ConsoleLog {
    /// An empty log for a new run.
    pub fn new() -> ConsoleLog {
        static EPOCHS: AtomicU64 = AtomicU64::new(1);
        ConsoleLog {
            epoch: EPOCHS.fetch_add(1, Ordering::Relaxed),
            lines: Vec::new(),
            chunks: 0,
            open: false,
            noted: 0,
            events: 0,
            names: HashMap::new(),
            traced: false,
            notes: VecDeque::new(),
            notes_base: 0,
            bytes: 0,
        }
    }

    /// Which run's log this is.
    pub fn epoch(&self) -> u64 {
        self.epoch
    }

    pub fn lines(&self) -> &[ConsoleLine] {
        &self.lines
    }

    /// How many lines will not change any more: they have their newline and their note.
    pub fn settled(&self) -> usize {
        let complete = self.lines.len() - usize::from(self.open);
        self.noted.min(complete)
    }

    /// Reads the chunks written since the last call (`chunks` is the run's whole output
    /// so far) and the trace's new output events; true when a line changed.
    pub fn update(
        &mut self,
        chunks: &[(loopscope_python::Stream, String)],
        trace: Option<&loopscope_aio::trace::Trace>,
    ) -> bool {
        let before = (self.lines.len(), self.noted, self.chunks);
        if let Some(trace) = trace {
            self.read_notes(trace);
        }
        for (i, (stream, text)) in chunks.iter().enumerate().skip(self.chunks) {
            let stream = match stream {
                loopscope_python::Stream::Stdout => Stream::Stdout,
                loopscope_python::Stream::Stderr => Stream::Stderr,
            };
            self.bytes += text.len();
            for piece in text.split_inclusive('\n') {
                let (body, ends) = match piece.strip_suffix('\n') {
                    Some(body) => (body, true),
                    None => (piece, false),
                };
                match self.lines.last_mut().filter(|_| self.open) {
                    Some(line) => line.text.push_str(body),
                    None => self.lines.push(ConsoleLine {
                        id: self.lines.len(),
                        stream,
                        text: body.to_string(),
                        when: None,
                        task: None,
                        chunk: i,
                    }),
                }
                self.open = !ends;
            }
        }
        self.chunks = self.chunks.max(chunks.len());
        self.annotate();
        (self.lines.len(), self.noted, self.chunks) != before
    }

    /// Reads the trace's events since the last call: task names and output notes.
    fn read_notes(&mut self, trace: &loopscope_aio::trace::Trace) {
        use loopscope_aio::trace::TraceEvent;
        self.traced = true;
        // A trace is only ever appended to; one shorter than what was read is not ours.
        for e in trace.events.iter().skip(self.events) {
            match e {
                TraceEvent::TaskCreated { task, name, .. }
                | TraceEvent::TaskRenamed { task, name, .. } => {
                    self.names.insert(task.0, trace.strings.get(*name).into());
                }
                TraceEvent::Output { at, task, .. } => {
                    let name = task.and_then(|t| self.names.get(&t.0).cloned());
                    self.notes.push_back((at.as_secs(), name));
                }
                _ => {}
            }
        }
        self.events = self.events.max(trace.events.len());
    }

    /// Gives lines their notes as they arrive, and drops notes no line needs any more.
    fn annotate(&mut self) {
        if !self.traced {
            // Without a trace there are no notes to wait for.
            self.noted = self.lines.len();
            return;
        }
        while let Some(line) = self.lines.get_mut(self.noted) {
            let Some(note) = line
                .chunk
                .checked_sub(self.notes_base)
                .and_then(|i| self.notes.get(i))
            else {
                break;
            };
            line.when = Some(note.0);
            line.task = note.1.clone();
            self.noted += 1;
        }
        let needed = self.lines.get(self.noted).map_or(self.chunks, |l| l.chunk);
        let drop = needed.saturating_sub(self.notes_base).min(self.notes.len());
        self.notes.drain(..drop);
        self.notes_base += drop;
    }

    /// Lines `from..to` as text, one per line: what copying or downloading them gives.
    pub fn text(&self, from: usize, to: usize) -> String {
        let lines = self
            .lines
            .get(from..to.min(self.lines.len()))
            .unwrap_or_default();
        let mut out = String::with_capacity(lines.iter().map(|l| l.text.len() + 1).sum());
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(&line.text);
        }
        out
    }

    /// The whole output as written, each line ended by its newline (the last one only if
    /// the program wrote it): the download.
    pub fn all_text(&self) -> String {
        let mut out = self.text(0, self.lines.len());
        if !self.lines.is_empty() && !self.open {
            out.push('\n');
        }
        out
    }

    /// Bytes of output so far.
    pub fn bytes(&self) -> usize {
        self.bytes
    }
}

/// The console lines of a finished run's output (its chunks and trace): one update of
/// a new log.
#[cfg(test)]
pub fn lines_of_chunks(
    chunks: &[(loopscope_python::Stream, String)],
    trace: Option<&loopscope_aio::trace::Trace>,
) -> Vec<ConsoleLine> {
    let mut log = ConsoleLog::new();
    log.update(chunks, trace);
    log.lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::tests::noted;
    use loopscope_python::Stream as S;

    #[test]
    fn chunks_become_lines_in_order() {
        let chunks = vec![
            (S::Stdout, "a".to_string()),
            (S::Stdout, "b\nc\n".to_string()),
            (S::Stderr, "Traceback\n".to_string()),
            (S::Stdout, "tail".to_string()),
        ];
        let trace = noted(&[(0.5, Some("Task-2")), (0.7, None)]);
        let lines = lines_of_chunks(&chunks, Some(&trace));
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
    fn updates_read_only_what_is_new_and_agree_with_one_read() {
        let chunks = vec![
            (S::Stdout, "one\ntw".to_string()),
            (S::Stdout, "o\n".to_string()),
            (S::Stderr, "err".to_string()),
            (S::Stdout, "\nlast\n".to_string()),
        ];
        let notes = [
            (0.1, Some("Task-1")),
            (0.2, None),
            (0.3, Some("Task-3")),
            (0.4, None),
        ];
        let whole = noted(&notes);
        let at_once = lines_of_chunks(&chunks, Some(&whole));
        // Output arrives a chunk at a time, its notes a tick later.
        let mut log = ConsoleLog::new();
        for n in 0..=chunks.len() {
            let trace = noted(&notes[..n.saturating_sub(1)]);
            log.update(&chunks[..n], Some(&trace));
            let settled = log.settled();
            assert!(settled <= log.lines().len());
            assert!(log.lines()[..settled].iter().all(|l| l.when.is_some()));
        }
        log.update(&chunks, Some(&whole));
        assert_eq!(log.lines(), at_once.as_slice());
        assert_eq!(log.settled(), 4);
        assert_eq!(log.text(0, 4), "one\ntwo\nerr\nlast");
        assert_eq!(log.all_text(), "one\ntwo\nerr\nlast\n");
        assert_eq!(
            log.lines()[2].stream,
            Stream::Stderr,
            "a line keeps the stream that began it"
        );
        assert!(
            !log.update(&chunks, Some(&whole)),
            "nothing new, nothing changed"
        );
        assert!(log.notes.is_empty(), "notes every line has are dropped");
    }
}
