//! Source text with a line index: byte offset to line number and column, and line text.

use std::rc::Rc;

/// A program's text and where each line starts. Shared by every code object compiled from it.
#[derive(Debug)]
pub struct Source {
    /// The file name as tracebacks print it.
    pub filename: Rc<str>,
    /// The full text.
    pub text: String,
    index: LineIndex,
}

impl Source {
    /// Index `text`, which came from `filename`.
    pub fn new(filename: &str, text: String) -> Source {
        let index = LineIndex::new(&text);
        Source {
            filename: filename.into(),
            text,
            index,
        }
    }

    /// The 1-based line containing byte `offset`.
    pub fn line_of(&self, offset: u32) -> usize {
        self.index.line_of(offset)
    }

    /// The text of 1-based `line`, without its line ending; empty past the end.
    pub fn line_text(&self, line: usize) -> &str {
        self.index.line_text(&self.text, line)
    }

    /// Byte offset where 1-based `line` starts.
    pub fn line_start(&self, line: usize) -> usize {
        self.index.line_start(line)
    }

    /// The 0-based column of `offset` on its line, counted in characters.
    pub fn char_col(&self, offset: u32) -> usize {
        let line = self.line_of(offset);
        let start = self.line_start(line);
        let end = (offset as usize).min(self.text.len());
        self.text
            .get(start..end)
            .map(|s| s.chars().count())
            .unwrap_or(0)
    }
}

/// Start offsets of every line of a text.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Scan `text` for line breaks (`\n`, `\r\n` and lone `\r`).
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex { starts }
    }

    /// The 1-based line containing byte `offset`.
    pub fn line_of(&self, offset: u32) -> usize {
        match self.starts.binary_search(&(offset as usize)) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    /// Byte offset of the start of 1-based `line` (the text length past the end).
    pub fn line_start(&self, line: usize) -> usize {
        self.starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(usize::MAX)
    }

    /// Number of lines.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// Whether the text is empty of lines (never: an empty text has one line).
    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    /// The text of 1-based `line` without its line ending.
    pub fn line_text<'a>(&self, text: &'a str, line: usize) -> &'a str {
        let Some(&start) = self.starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self.starts.get(line).copied().unwrap_or(text.len());
        let s = text.get(start..end).unwrap_or("");
        s.trim_end_matches(['\n', '\r'])
    }
}
