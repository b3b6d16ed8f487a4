//! `repr()` of `str` and `bytes`, and `ascii()`, with CPython's quote choice and escapes.

use std::fmt::Write;

use super::chars::is_printable;

/// The quote CPython picks: `'` unless the text has a `'` and no `"`.
fn pick_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

fn push_escaped(out: &mut String, c: char, quote: char, ascii_only: bool) {
    match c {
        '\\' => out.push_str("\\\\"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        _ if c == quote => {
            out.push('\\');
            out.push(c);
        }
        ' '..='~' => out.push(c),
        _ if !c.is_ascii() && !ascii_only && is_printable(c) => out.push(c),
        _ => push_code_escape(out, c),
    }
}

/// `c` as Python writes a code point escape: `\xhh` below 0x100, `\uhhhh` below 0x10000,
/// `\Uhhhhhhhh` above (repr, `ascii()`, the `backslashreplace` handler, Unicode errors).
pub fn push_code_escape(out: &mut String, c: char) {
    let cp = u32::from(c);
    let _ = if cp < 0x100 {
        write!(out, "\\x{:02x}", cp)
    } else if cp < 0x1_0000 {
        write!(out, "\\u{:04x}", cp)
    } else {
        write!(out, "\\U{:08x}", cp)
    };
}

fn quoted(s: &str, ascii_only: bool) -> String {
    let quote = pick_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        push_escaped(&mut out, c, quote, ascii_only);
    }
    out.push(quote);
    out
}

/// `repr(s)` for a `str`: printable characters as they are (per [`is_printable`]),
/// `\n \r \t \\` and the quote escaped, other characters as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
pub fn str_repr(s: &str) -> String {
    quoted(s, false)
}

/// `ascii(s)` for a `str` (also `%a` and `!a`): like [`str_repr`] but every non-ASCII
/// character escaped.
pub fn str_ascii(s: &str) -> String {
    quoted(s, true)
}

/// `ascii()` of an already computed repr (of any object): every non-ASCII character
/// escaped as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
pub fn ascii_of(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_code_escape(&mut out, c);
        }
    }
    out
}

/// `repr(b)` for `bytes`: `b'...'`, printable ASCII as is, `\t \n \r \\` and the quote
/// escaped, other bytes as `\xhh`.
pub fn bytes_repr(b: &[u8]) -> String {
    quoted_bytes(b, false)
}

/// The `b'...'` literal of [`bytes_repr`]; `always_single` escapes `'` even inside
/// double quotes, as CPython's `bytearray` repr does.
fn quoted_bytes(b: &[u8], always_single: bool) -> String {
    let quote = pick_quote(b.contains(&b'\''), b.contains(&b'"'));
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &byte in b {
        let c = char::from(byte);
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ if c == quote || (always_single && byte == b'\'') => {
                out.push('\\');
                out.push(c);
            }
            b' '..=b'~' => out.push(c),
            _ => {
                let _ = write!(out, "\\x{:02x}", byte);
            }
        }
    }
    out.push(quote);
    out
}

/// `repr(bytearray)`: `bytearray(b'...')`, where `'` is escaped whatever the quotes.
pub fn bytearray_repr(b: &[u8]) -> String {
    bytearray_repr_named("bytearray", b)
}

/// [`bytearray_repr`] for an instance of the class `name` (a subclass shows its name).
pub fn bytearray_repr_named(name: &str, b: &[u8]) -> String {
    format!("{name}({})", quoted_bytes(b, true))
}
