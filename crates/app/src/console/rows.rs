//! The console's rows: lines of output, with each traceback's frames inside our frozen
//! modules (asyncio's own code) folded into one row and its time and task given once.

use crate::state::{ConsoleLine, Stream};

/// One row of the console as drawn: a line of output, or the frames of a traceback that
/// pass through our frozen modules, folded into one row that opens to show them.
#[derive(Clone, Debug, PartialEq)]
pub enum ConsoleRow {
    /// A line. `continued` when it carries on a multi-line traceback: its time and task
    /// are the traceback's, shown once, on its first line.
    Line { line: ConsoleLine, continued: bool },
    /// `frames` consecutive frames inside our frozen modules (`File "<frozen
    /// asyncio.tasks>", line N, in …` and the source lines under each), all `lines` of
    /// them; `inside` names their packages ("asyncio").
    Folded {
        lines: Vec<ConsoleLine>,
        frames: usize,
        inside: String,
    },
}

impl ConsoleRow {
    /// What tells rows apart for redrawing: a line is redrawn when it grows, learns its
    /// time and task or changes role; a fold when it gains lines.
    pub fn key(&self) -> (u8, usize, usize, Option<u64>, Option<String>) {
        match self {
            ConsoleRow::Line { line, continued } => (
                u8::from(*continued),
                line.id,
                line.text.len(),
                line.when.map(f64::to_bits),
                line.task.clone(),
            ),
            ConsoleRow::Folded { lines, .. } => (
                2,
                lines.first().map_or(0, |l| l.id),
                lines.len(),
                lines.first().and_then(|l| l.when.map(f64::to_bits)),
                lines.first().and_then(|l| l.task.clone()),
            ),
        }
    }

    /// The row's text as the person should copy it: every line, folded ones too.
    #[cfg(test)]
    fn text(&self) -> String {
        match self {
            ConsoleRow::Line { line, .. } => line.text.clone(),
            ConsoleRow::Folded { lines, .. } => lines
                .iter()
                .map(|l| l.text.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }
}

/// The console's rows: stderr lines written together (one time, one task) that hold a
/// traceback show their time and task once, and within them each run of frames from our
/// frozen modules is folded into one row. The program's own frames stay in view.
pub fn console_rows(lines: &[ConsoleLine]) -> Vec<ConsoleRow> {
    let mut rows = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        // A block: stderr lines with the note of its first line.
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
        let block = &lines[i..end];
        let traceback = block
            .iter()
            .any(|l| l.text.contains("Traceback (most recent call last):"));
        if !traceback {
            rows.extend(block.iter().map(|l| ConsoleRow::Line {
                line: l.clone(),
                continued: false,
            }));
            i = end;
            continue;
        }
        rows.push(ConsoleRow::Line {
            line: first.clone(),
            continued: false,
        });
        let mut j = 1;
        while j < block.len() {
            let (taken, frames, inside) = frozen_frames(&block[j..]);
            if frames > 0 {
                rows.push(ConsoleRow::Folded {
                    lines: block[j..j + taken].to_vec(),
                    frames,
                    inside,
                });
                j += taken;
            } else {
                rows.push(ConsoleRow::Line {
                    line: block[j].clone(),
                    continued: true,
                });
                j += 1;
            }
        }
        i = end;
    }
    rows
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
    use crate::state::lines_of_chunks;
    use loopscope_python::Stream as S;

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
        let notes = vec![(0.1, Some("Task-1".into())), (0.2, Some("Task-1".into()))];
        let lines = lines_of_chunks(&chunks, &notes);
        let rows = console_rows(&lines);
        let shown: Vec<String> = rows
            .iter()
            .map(|r| match r {
                ConsoleRow::Line { line, continued } => {
                    format!("{}{}", if *continued { "  " } else { "> " }, line.text)
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
        let all: Vec<String> = rows.iter().skip(1).map(ConsoleRow::text).collect();
        assert_eq!(all.join("\n") + "\n", GATHER_TRACEBACK);
    }

    #[test]
    fn stderr_without_a_traceback_keeps_its_columns() {
        let chunks = vec![(S::Stderr, "warning\nsecond\n".to_string())];
        let notes = vec![(0.5, Some("Task-2".into()))];
        let rows = console_rows(&lines_of_chunks(&chunks, &notes));
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
        let rows = console_rows(&lines_of_chunks(
            &[(S::Stderr, text.to_string())],
            &[(1.0, None)],
        ));
        assert_eq!(rows.len(), 5, "{rows:?}");
        assert!(matches!(
            &rows[3],
            ConsoleRow::Folded { frames: 2, inside, lines } if inside == "asyncio" && lines.len() == 5
        ));
    }
}
