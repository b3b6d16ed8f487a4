//! Source text to our own syntax tree: the parser front end, the bracket pre-scan and the
//! line index. Only `parse.rs` knows about ruff; everything else sees `ast`.

pub mod ast;
mod parse;
mod scan;
pub mod source;

pub use parse::{parse_expression, parse_module};

use ruff_text_size::TextRange;

/// Which exception class a syntax error is reported as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    /// `SyntaxError`.
    Syntax,
    /// `IndentationError`.
    Indentation,
    /// `TabError`.
    Tab,
    /// `RecursionError` (nesting too deep to compile).
    Recursion,
}

/// A syntax error with CPython's wording and the source range it points at.
#[derive(Clone, Debug)]
pub struct SyntaxError {
    /// The message CPython 3.11 prints, e.g. `'(' was never closed`.
    pub msg: String,
    /// The offending range (byte offsets); the caret starts at `range.start()`.
    pub range: TextRange,
    /// The exception class.
    pub kind: SyntaxErrorKind,
    /// When false, CPython prints no caret line (e.g. `unexpected indent`).
    pub caret: bool,
    /// Draw the caret as wide as the range (`^^^^`) rather than a single `^`.
    pub wide: bool,
}

impl SyntaxError {
    /// A plain `SyntaxError` with a single caret at the range start.
    pub fn new(msg: impl Into<String>, range: TextRange) -> Self {
        SyntaxError {
            msg: msg.into(),
            range,
            kind: SyntaxErrorKind::Syntax,
            caret: true,
            wide: false,
        }
    }

    /// A `SyntaxError` underlining the whole range, as CPython does for compiler errors.
    pub fn wide(msg: impl Into<String>, range: TextRange) -> Self {
        SyntaxError {
            msg: msg.into(),
            range,
            kind: SyntaxErrorKind::Syntax,
            caret: true,
            wide: true,
        }
    }

    /// An `IndentationError`.
    pub fn indentation(msg: impl Into<String>, range: TextRange) -> Self {
        SyntaxError {
            msg: msg.into(),
            range,
            kind: SyntaxErrorKind::Indentation,
            caret: true,
            wide: false,
        }
    }
}
