//! The console's rows: lines of output, with each traceback's frames inside our frozen
//! modules (asyncio's own code) folded into one row and its time and task given once.

use crate::state::{ConsoleLine, ConsoleLog, Stream};
use std::ops::Range;

/// One row of the console as drawn: a line of output, or the frames of a traceback that
/// pass through our frozen modules, folded into one row that opens to show them. Rows
/// name lines by their index in the log.
#[derive(Clone, Debug, PartialEq)]
pub enum ConsoleRow {
    /// A line. `continued` when it carries on a multi-line traceback: its time and task
    /// are the traceback's, shown once, on its first line.
    Line { line: usize, continued: bool },
    /// `frames` consecutive frames inside our frozen modules (`File "<frozen
    /// asyncio.tasks>", line N, in …` and the source lines under each), all `lines` of
    /// them; `inside` names their packages ("asyncio").
    Folded {
        lines: Range<usize>,
        frames: usize,
        inside: String,
    },
}

impl ConsoleRow {
    /// The lines the row holds.
    pub fn lines(&self) -> Range<usize> {
        match self {
            ConsoleRow::Line { line, .. } => *line..*line + 1,
            ConsoleRow::Folded { lines, .. } => lines.clone(),
        }
    }
}

/// The console's rows, kept up to date with a `ConsoleLog`: rows of lines that can no
/// longer change are kept; only the rest (the block output is still being added to) are
/// worked out again, so an update costs what the new output costs.
#[derive(Debug, Default)]
pub struct Rows {
    epoch: u64,
    rows: Vec<ConsoleRow>,
    /// Rows `..settled_rows` hold lines `..settled_lines`, and are final.
    settled_rows: usize,
    settled_lines: usize,
}

impl Rows {
    pub fn rows(&self) -> &[ConsoleRow] {
        &self.rows
    }

    /// Brings the rows up to date with `log`; returns the first row that is new or may
    /// have changed (rows before it are as they were).
    pub fn update(&mut self, log: &ConsoleLog) -> usize {
        if log.epoch() != self.epoch {
            *self = Rows {
                epoch: log.epoch(),
                ..Rows::default()
            };
        }
        let from = self.settled_rows;
        self.rows.truncate(from);
        let lines = log.lines();
        let settled = log.settled();
        let mut i = self.settled_lines;
        while i < lines.len() {
            let end = block_end(lines, i);
            push_block(&mut self.rows, lines, i..end);
            // A block is final once the line after it has settled: it cannot grow.
            if end < settled {
                self.settled_rows = self.rows.len();
                self.settled_lines = end;
            }
            i = end;
        }
        from
    }
}

/// Where the block that starts at line `i` ends: a stdout line is a block of its own;
/// stderr lines written together (one time, one task) make one block.
fn block_end(lines: &[ConsoleLine], i: usize) -> usize {
    let first = &lines[i];
    let mut end = i + 1;
    if first.stream == Stream::Stderr {
        while end < lines.len()
            && lines[end].stream == Stream::Stderr
            && lines[end].when == first.when
            && lines[end].task == first.task
        {
            end += 1;
        }
    }
    end
}

/// The rows of one block: a block that holds a traceback shows its time and task once,
/// and within it each run of frames from our frozen modules is folded into one row. The
/// program's own frames stay in view.
fn push_block(rows: &mut Vec<ConsoleRow>, lines: &[ConsoleLine], block: Range<usize>) {
    let traceback = lines[block.clone()]
        .iter()
        .any(|l| l.text.contains("Traceback (most recent call last):"));
    if !traceback {
        rows.extend(block.map(|line| ConsoleRow::Line {
            line,
            continued: false,
        }));
        return;
    }
    rows.push(ConsoleRow::Line {
        line: block.start,
        continued: false,
    });
    let mut j = block.start + 1;
    while j < block.end {
        let (taken, frames, inside) = frozen_frames(&lines[j..block.end]);
        if frames > 0 {
            rows.push(ConsoleRow::Folded {
                lines: j..j + taken,
                frames,
                inside,
            });
            j += taken;
        } else {
            rows.push(ConsoleRow::Line {
                line: j,
                continued: true,
            });
            j += 1;
        }
    }
}

/// Every row of `log`, worked out at once.
#[cfg(test)]
pub fn console_rows(log: &ConsoleLog) -> Vec<ConsoleRow> {
    let mut rows = Rows::default();
    rows.update(log);
    rows.rows
}

/// Where `text` is a frame of a frozen module (`  File "<frozen asyncio.tasks>", line 5,
/// in …`, maybe behind an exception group's `|` margin): the column of `File` and the
/// module's name.
fn frozen_frame(text: &str) -> Option<(usize, &str)> {
    const HEAD: &str = "File \"<frozen ";
    let at = text.find(HEAD)?;
    if !text[..at].chars().all(|c| c == ' ' || c == '|') {
        return None;
    }
    let rest = &text[at + HEAD.len()..];
    let module = &rest[..rest.find(">\"")?];
    Some((at, module))
}

/// The frozen frames `lines` begins with, each with the source and caret lines under it:
/// how many lines they take, how many frames, and their packages ("asyncio").
fn frozen_frames(lines: &[ConsoleLine]) -> (usize, usize, String) {
    let mut taken = 0;
    let mut frames = 0;
    let mut packages: Vec<&str> = Vec::new();
    while let Some((column, module)) = lines.get(taken).and_then(|l| frozen_frame(&l.text)) {
        let head = lines[taken].text.as_bytes();
        let package = module.split('.').next().unwrap_or(module);
        if !packages.contains(&package) {
            packages.push(package);
        }
        frames += 1;
        taken += 1;
        // The frame's own lines: the same margin, indented further than `File`.
        while let Some(l) = lines.get(taken) {
            let b = l.text.as_bytes();
            if b.get(..column) != head.get(..column) || b.get(column) != Some(&b' ') {
                break;
            }
            taken += 1;
        }
    }
    (taken, frames, packages.join(" and "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::tests::noted;
    use loopscope_python::Stream as S;

    /// The log of `chunks`, their notes from a trace.
    fn log(chunks: &[(S, String)], notes: &[(f64, Option<&str>)]) -> ConsoleLog {
        let mut log = ConsoleLog::new();
        log.update(chunks, Some(&noted(notes)));
        log
    }

    /// A row's text as the person should copy it: every line, folded ones too.
    fn text(log: &ConsoleLog, row: &ConsoleRow) -> String {
        let lines = row.lines();
        log.text(lines.start, lines.end)
    }

    /// What `asyncio.run` prints when a task gathered by `main` raises (as
    /// `loopscope run` prints it, the file named main.py).
    const GATHER_TRACEBACK: &str = "Traceback (most recent call last):
  File \"main.py\", line 16, in <module>
    asyncio.run(main())
  File \"<frozen asyncio.runners>\", line 68, in run
    return runner.run(main)
           ^^^^^^^^^^^^^^^^
  File \"<frozen asyncio.runners>\", line 47, in run
    return self._loop.run_until_complete(task)
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File \"<frozen asyncio.events>\", line 246, in run_until_complete
    return future.result()
           ^^^^^^^^^^^^^^^
  File \"<frozen asyncio.futures>\", line 113, in result
    raise self._exception.with_traceback(self._exception_tb)
  File \"main.py\", line 12, in main
    results = await asyncio.gather(fetch(1), fetch(2), fetch(3))
              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File \"<frozen asyncio.futures>\", line 164, in __await__
    yield self
  File \"<frozen asyncio.tasks>\", line 215, in _wakeup
    future.result()
  File \"<frozen asyncio.futures>\", line 113, in result
    raise self._exception.with_traceback(self._exception_tb)
  File \"main.py\", line 7, in fetch
    raise ValueError(f\"bad item {n}\")
ValueError: bad item 2
";

    #[test]
    fn a_traceback_folds_frozen_frames_and_shows_its_time_once() {
        let chunks = vec![
            (S::Stdout, "before\n".to_string()),
            (S::Stderr, GATHER_TRACEBACK.to_string()),
        ];
        let log = log(&chunks, &[(0.1, Some("Task-1")), (0.2, Some("Task-1"))]);
        let lines = log.lines();
        let rows = console_rows(&log);
        let shown: Vec<String> = rows
            .iter()
            .map(|r| match r {
                ConsoleRow::Line { line, continued } => {
                    format!(
                        "{}{}",
                        if *continued { "  " } else { "> " },
                        lines[*line].text
                    )
                }
                ConsoleRow::Folded { frames, inside, .. } => {
                    format!("  [{frames} frames inside {inside}]")
                }
            })
            .collect();
        assert_eq!(
            shown,
            [
                "> before",
                "> Traceback (most recent call last):",
                "    File \"main.py\", line 16, in <module>",
                "      asyncio.run(main())",
                "  [4 frames inside asyncio]",
                "    File \"main.py\", line 12, in main",
                "      results = await asyncio.gather(fetch(1), fetch(2), fetch(3))",
                "                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                "  [3 frames inside asyncio]",
                "    File \"main.py\", line 7, in fetch",
                "      raise ValueError(f\"bad item {n}\")",
                "  ValueError: bad item 2",
            ]
        );
        // Nothing is lost: the rows hold every line, folded ones too.
        let all: Vec<String> = rows.iter().skip(1).map(|r| text(&log, r)).collect();
        assert_eq!(all.join("\n") + "\n", GATHER_TRACEBACK);
    }

    #[test]
    fn stderr_without_a_traceback_keeps_its_columns() {
        let chunks = vec![(S::Stderr, "warning\nsecond\n".to_string())];
        let rows = console_rows(&log(&chunks, &[(0.5, Some("Task-2"))]));
        assert!(rows.iter().all(|r| matches!(
            r,
            ConsoleRow::Line {
                continued: false,
                ..
            }
        )));
    }

    #[test]
    fn an_exception_group_folds_behind_its_margin() {
        let text = "  + Exception Group Traceback (most recent call last):
  |   File \"main.py\", line 9, in <module>
  |     asyncio.run(main())
  |   File \"<frozen asyncio.runners>\", line 68, in run
  |     return runner.run(main)
  |            ^^^^^^^^^^^^^^^^
  |   File \"<frozen asyncio.taskgroups>\", line 3, in __aexit__
  |     raise me
  | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)
";
        let rows = console_rows(&log(&[(S::Stderr, text.to_string())], &[(1.0, None)]));
        assert_eq!(rows.len(), 5, "{rows:?}");
        assert!(matches!(
            &rows[3],
            ConsoleRow::Folded { frames: 2, inside, lines } if inside == "asyncio" && lines.len() == 5
        ));
    }

    #[test]
    fn rows_grow_with_the_output_as_if_worked_out_at_once() {
        // Output, then a traceback written a line at a time with the same note, then more.
        let mut chunks = vec![(S::Stdout, "before\n".to_string())];
        let mut notes = vec![(0.1, Some("Task-1"))];
        for line in GATHER_TRACEBACK.split_inclusive('\n') {
            chunks.push((S::Stderr, line.to_string()));
            notes.push((0.2, Some("Task-1")));
        }
        chunks.push((S::Stdout, "after\n".to_string()));
        notes.push((0.3, None));
        let whole = console_rows(&log(&chunks, &notes));
        let mut live = ConsoleLog::new();
        let mut rows = Rows::default();
        for n in 0..=chunks.len() {
            live.update(&chunks[..n], Some(&noted(&notes[..n])));
            let before = rows.rows().to_vec();
            let from = rows.update(&live);
            assert_eq!(
                rows.rows()[..from],
                before[..from],
                "rows before `from` are kept"
            );
        }
        assert_eq!(rows.rows(), whole.as_slice());
        // A new run's log starts the rows over.
        let next = log(&[(S::Stdout, "new\n".to_string())], &[(0.0, None)]);
        assert_eq!(rows.update(&next), 0);
        assert_eq!(rows.rows().len(), 1);
    }
}
