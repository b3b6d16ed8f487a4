//! A light tokenizer pass run before the parser. It enforces CPython's bracket nesting and
//! indentation limits (the parser recurses per bracket and per block, so deep input would
//! overflow the stack) and finds the tokenizer-level errors CPython words specially:
//! unclosed, unmatched and mismatched brackets, unterminated strings and invalid characters.

use ruff_text_size::{TextRange, TextSize};

use super::SyntaxError;

/// CPython's tokenizer limit on open brackets (`MAXLEVEL`).
const MAX_NESTING: usize = 200;

/// CPython's tokenizer limit on indentation levels (`MAXINDENT`): blocks nest at most 99
/// deep. The parser and the compiler recurse per block.
const MAX_INDENT: usize = 100;

/// What the scan found.
pub struct ScanError {
    /// Byte offset at which the tokenizer would notice the problem.
    pub detected_at: usize,
    /// The error to report.
    pub error: SyntaxError,
    /// Report this before even running the parser (the nesting limit).
    pub fatal: bool,
    /// An unclosed bracket (CPython reports it only when the parser reached the end).
    pub never_closed: bool,
}

fn at(off: usize) -> TextRange {
    let o = TextSize::new(off as u32);
    TextRange::new(o, o)
}

fn err(off: usize, msg: String) -> ScanError {
    ScanError {
        detected_at: off,
        error: SyntaxError::new(msg, at(off)),
        fatal: false,
        never_closed: false,
    }
}

/// Scan `src` and return the first tokenizer-level error, if any.
pub fn scan(src: &str) -> Option<ScanError> {
    let bytes = src.as_bytes();
    let mut stack: Vec<(u8, usize)> = Vec::new();
    // Columns of the open indentation levels, and whether `i` starts a line.
    let mut indents: Vec<usize> = Vec::new();
    let mut line_start = true;
    let mut i = 0;
    while i < bytes.len() {
        if line_start {
            line_start = false;
            if let Some(e) = indentation(bytes, i, &mut indents) {
                return Some(e);
            }
        }
        let c = bytes[i];
        match c {
            b'\n' if stack.is_empty() => line_start = true,
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'\r' {
                    i += 1;
                }
                continue;
            }
            b'\\' => {
                i += 1;
                if i < bytes.len() && bytes[i] == b'\r' {
                    i += 1;
                }
                if i < bytes.len() && bytes[i] == b'\n' {
                    i += 1;
                }
                continue;
            }
            b'(' | b'[' | b'{' => {
                if stack.len() >= MAX_NESTING {
                    let mut e = err(i, "too many nested parentheses".into());
                    e.fatal = true;
                    return Some(e);
                }
                stack.push((c, i));
            }
            b')' | b']' | b'}' => match stack.pop() {
                None => return Some(err(i, format!("unmatched '{}'", c as char))),
                Some((open, open_at)) => {
                    let want = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if want != c {
                        let src_line = line_of(src, open_at);
                        let this_line = line_of(src, i);
                        let msg = if src_line != this_line {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                c as char, open as char, src_line
                            )
                        } else {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c as char, open as char
                            )
                        };
                        return Some(err(i, msg));
                    }
                }
            },
            b'"' | b'\'' => match skip_string(src, i, i) {
                Ok(end) => {
                    i = end;
                    continue;
                }
                Err(e) => return Some(e),
            },
            _ if c.is_ascii_alphabetic() => {
                // A name, or a string prefix followed by a quote.
                let start = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                if i < bytes.len() && (bytes[i] == b'"' || bytes[i] == b'\'') && i - start <= 2 {
                    let prefix = src[start..i].to_ascii_lowercase();
                    if matches!(
                        prefix.as_str(),
                        "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf"
                    ) {
                        match skip_string(src, start, i) {
                            Ok(end) => {
                                i = end;
                                continue;
                            }
                            Err(e) => return Some(e),
                        }
                    }
                }
                continue;
            }
            _ if c >= 0x80 => {
                let ch = src[i..].chars().next().unwrap_or('\u{fffd}');
                if !(ch.is_alphanumeric() || ch == '_') {
                    let msg = if ch.is_control() || ch.is_whitespace() {
                        format!("invalid non-printable character U+{:04X}", ch as u32)
                    } else {
                        format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
                    };
                    return Some(err(i, msg));
                }
                i += ch.len_utf8();
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    if let Some(&(open, open_at)) = stack.last() {
        let mut e = err(src.len(), format!("'{}' was never closed", open as char));
        e.error.range = at(open_at);
        e.never_closed = true;
        return Some(e);
    }
    None
}

/// Tracks the indentation of the line starting at `i` (blank and comment-only lines do not
/// count) and refuses a 100th level as CPython's tokenizer does.
fn indentation(bytes: &[u8], i: usize, indents: &mut Vec<usize>) -> Option<ScanError> {
    let mut col = 0;
    let mut j = i;
    while j < bytes.len() {
        match bytes[j] {
            b' ' => col += 1,
            b'\t' => col = (col / 8 + 1) * 8,
            b'\x0c' => col = 0,
            _ => break,
        }
        j += 1;
    }
    if matches!(bytes.get(j), None | Some(b'\n' | b'\r' | b'#' | b'\\')) {
        return None;
    }
    while indents.last().is_some_and(|&top| top > col) {
        indents.pop();
    }
    if col > indents.last().copied().unwrap_or(0) {
        if indents.len() + 1 >= MAX_INDENT {
            let mut e = err(j, "too many levels of indentation".into());
            e.error.kind = super::SyntaxErrorKind::Indentation;
            e.error.caret = false;
            e.fatal = true;
            return Some(e);
        }
        indents.push(col);
    }
    None
}

fn line_of(src: &str, off: usize) -> usize {
    src.as_bytes()[..off.min(src.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Number of the last line CPython's tokenizer reaches at end of input.
fn last_line(src: &str) -> usize {
    let n = src.as_bytes().iter().filter(|&&b| b == b'\n').count();
    if src.ends_with('\n') || src.is_empty() {
        n.max(1)
    } else {
        n + 1
    }
}

/// Skip a string literal whose prefix starts at `start` and whose quote is at `q`.
/// Returns the offset just past it.
fn skip_string(src: &str, start: usize, q: usize) -> Result<usize, ScanError> {
    let bytes = src.as_bytes();
    let quote = bytes[q];
    let triple = bytes.get(q + 1) == Some(&quote) && bytes.get(q + 2) == Some(&quote);
    let mut i = if triple { q + 3 } else { q + 1 };
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'\\' {
            i += 2;
            continue;
        }
        if c == quote {
            if !triple {
                return Ok(i + 1);
            }
            if bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote) {
                return Ok(i + 3);
            }
        }
        if (c == b'\n' || c == b'\r') && !triple {
            let line = line_of(src, start);
            return Err(err(
                start,
                format!("unterminated string literal (detected at line {line})"),
            ));
        }
        i += 1;
    }
    if triple {
        Err(err(
            start,
            format!(
                "unterminated triple-quoted string literal (detected at line {})",
                last_line(src)
            ),
        ))
    } else {
        let line = line_of(src, start);
        Err(err(
            start,
            format!("unterminated string literal (detected at line {line})"),
        ))
    }
}
