//! Splitting and trimming: `split`, `rsplit`, `splitlines`, `partition`, `rpartition`,
//! `strip`, `lstrip`, `rstrip`, with Python's whitespace and line-boundary definitions.
//! Results borrow from the input.

use super::chars::{is_line_break, is_space};
use crate::format::{FmtResult, FormatError};

fn empty_separator() -> FormatError {
    FormatError::value("empty separator")
}

/// `s.split(sep, maxsplit)`; a negative `maxsplit` means no limit.
/// `ValueError: empty separator` for `sep == Some("")`.
pub fn split<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> FmtResult<Vec<&'a str>> {
    split_by(s, sep, maxsplit, is_space)
}

/// [`split`] with `space` as the whitespace that `sep == None` splits at (`bytes` has
/// only ASCII's).
pub fn split_by<'a>(
    s: &'a str,
    sep: Option<&str>,
    maxsplit: i64,
    space: fn(char) -> bool,
) -> FmtResult<Vec<&'a str>> {
    let limit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    match sep {
        Some("") => Err(empty_separator()),
        Some(sep) => {
            let mut out = Vec::new();
            let mut rest = s;
            while out.len() < limit {
                match rest.find(sep) {
                    Some(i) => {
                        out.push(&rest[..i]);
                        rest = &rest[i + sep.len()..];
                    }
                    None => break,
                }
            }
            out.push(rest);
            Ok(out)
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start_matches(space);
            while !rest.is_empty() {
                if out.len() >= limit {
                    out.push(rest);
                    break;
                }
                match rest.find(space) {
                    Some(i) => {
                        out.push(&rest[..i]);
                        rest = rest[i..].trim_start_matches(space);
                    }
                    None => {
                        out.push(rest);
                        break;
                    }
                }
            }
            Ok(out)
        }
    }
}

/// `s.rsplit(sep, maxsplit)`; a negative `maxsplit` means no limit.
pub fn rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> FmtResult<Vec<&'a str>> {
    rsplit_by(s, sep, maxsplit, is_space)
}

/// [`rsplit`] with `space` as the whitespace that `sep == None` splits at.
pub fn rsplit_by<'a>(
    s: &'a str,
    sep: Option<&str>,
    maxsplit: i64,
    space: fn(char) -> bool,
) -> FmtResult<Vec<&'a str>> {
    let limit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let mut out = Vec::new();
    match sep {
        Some("") => return Err(empty_separator()),
        Some(sep) => {
            let mut rest = s;
            while out.len() < limit {
                match rest.rfind(sep) {
                    Some(i) => {
                        out.push(&rest[i + sep.len()..]);
                        rest = &rest[..i];
                    }
                    None => break,
                }
            }
            out.push(rest);
        }
        None => {
            let mut rest = s.trim_end_matches(space);
            while !rest.is_empty() {
                if out.len() >= limit {
                    out.push(rest);
                    break;
                }
                match rest.rfind(space) {
                    Some(i) => {
                        let ws_len = rest[i..].chars().next().map_or(1, char::len_utf8);
                        out.push(&rest[i + ws_len..]);
                        rest = rest[..i].trim_end_matches(space);
                    }
                    None => {
                        out.push(rest);
                        break;
                    }
                }
            }
        }
    }
    out.reverse();
    Ok(out)
}

/// `s.splitlines(keepends)`: splits at `\n`, `\r`, `\r\n`, `\v`, `\f`, `\x1c`, `\x1d`,
/// `\x1e`, `\x85`, U+2028 and U+2029.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    splitlines_by(s, keepends, is_line_break)
}

/// [`splitlines`] at the line boundaries `line_break` accepts (`\r\n` stays one when `\r`
/// is one; `bytes` has only `\n` and `\r`).
pub fn splitlines_by(s: &str, keepends: bool, line_break: fn(char) -> bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(j, '\n')) = iter.peek() {
                end = j + 1;
                iter.next();
            }
        }
        out.push(&s[line_start..if keepends { end } else { i }]);
        line_start = end;
    }
    if line_start < s.len() {
        out.push(&s[line_start..]);
    }
    out
}

/// `s.partition(sep)`: `ValueError: empty separator` for an empty `sep`.
pub fn partition<'a>(s: &'a str, sep: &str) -> FmtResult<(&'a str, &'a str, &'a str)> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.find(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `s.rpartition(sep)`: `ValueError: empty separator` for an empty `sep`.
pub fn rpartition<'a>(s: &'a str, sep: &str) -> FmtResult<(&'a str, &'a str, &'a str)> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.rfind(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => ("", "", s),
    })
}

/// `s.strip(chars)`: `None` strips Python whitespace.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    rstrip(lstrip(s, chars), chars)
}

/// `s.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_start_matches(is_space),
        Some(set) => s.trim_start_matches(|c| set.contains(c)),
    }
}

/// `s.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_end_matches(is_space),
        Some(set) => s.trim_end_matches(|c| set.contains(c)),
    }
}
