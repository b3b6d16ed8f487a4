//! Per-character Unicode properties as CPython 3.11 (Unicode 14.0) defines them for the
//! `str.is*` methods, `repr`, case mapping and number parsing.
//!
//! Exact tables (generated from python3 3.11) back `isprintable`, `isalpha`, `isdecimal`,
//! `isdigit`, `isnumeric`, identifiers, titlecase and case folding. Upper/lowercase
//! mapping and the cased/lowercase/uppercase properties come from Rust's standard library,
//! corrected to Unicode 14.0 where later versions differ (checked against python3 3.11 for
//! every code point).

use super::tables_alpha::ALPHA;
use super::tables_case::{FOLD, TITLE};
use super::tables_ident::CONTINUE_ONLY;
use super::tables_num::{DECIMAL, DIGIT, NUMERIC};
use super::tables_print::NONPRINTABLE;

/// Whether `cp` lies in one of the inclusive `start, end` pairs of `table`.
fn in_table(table: &[u32], cp: u32) -> bool {
    range_start(table, cp).is_some()
}

/// The start of the range of `table` holding `cp`, if any.
fn range_start(table: &[u32], cp: u32) -> Option<u32> {
    let pairs = table.len() / 2;
    // First range whose end is >= cp.
    let (mut lo, mut hi) = (0, pairs);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if table.get(mid * 2 + 1).copied().unwrap_or(u32::MAX) < cp {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    let start = table.get(lo * 2).copied()?;
    (start <= cp).then_some(start)
}

/// Python whitespace (`str.isspace`, `str.split()`, `str.strip()`): Unicode White_Space
/// plus the information separators U+001C..U+001F.
pub fn is_space(c: char) -> bool {
    match c {
        '\t'..='\r' | '\u{1c}'..=' ' => true,
        _ if c.is_ascii() => false,
        '\u{85}' | '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}' => true,
        '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => true,
        _ => false,
    }
}

/// Line boundaries of `str.splitlines`.
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\u{0b}'
            | '\u{0c}'
            | '\u{1c}'
            | '\u{1d}'
            | '\u{1e}'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `str.isprintable` for one character (false for controls, format characters,
/// separators other than space, surrogates, private use and unassigned code points).
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    !in_table(NONPRINTABLE, u32::from(c))
}

/// `str.isalpha` for one character (general category L*).
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(ALPHA, u32::from(c))
}

/// The value of a decimal digit (`str.isdecimal`), any script: `'٣'` → 3.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let cp = u32::from(c);
    range_start(DECIMAL, cp).map(|start| (cp - start) % 10)
}

/// `str.isdecimal` for one character.
pub fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

/// `str.isdigit` for one character (decimals plus digits such as `'²'`).
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(DIGIT, u32::from(c))
}

/// `str.isnumeric` for one character (digits plus numerals such as `'½'`, `'Ⅻ'`, `'五'`).
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(NUMERIC, u32::from(c))
}

/// `str.isalnum` for one character.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

/// Titlecase letters (general category Lt), such as `'ǅ'`.
pub fn is_titlecase(c: char) -> bool {
    matches!(
        c,
        '\u{1c5}' | '\u{1c8}' | '\u{1cb}' | '\u{1f2}' | '\u{1f88}'..='\u{1f8f}'
            | '\u{1f98}'..='\u{1f9f}' | '\u{1fa8}'..='\u{1faf}' | '\u{1fbc}' | '\u{1fcc}'
            | '\u{1ffc}'
    )
}

/// Whether Unicode 14.0 assigned `c` a meaning that matters for case: every cased or
/// case-mapped character is printable, so characters CPython 3.11 does not print are
/// treated as uncased (this screens out characters added after Unicode 14.0).
fn known(c: char) -> bool {
    c.is_ascii() || is_printable(c)
}

/// The Lowercase property (`'a'`, `'ß'`, `'ª'`), as in Unicode 14.0.
pub fn is_lower_char(c: char) -> bool {
    match c {
        '\u{295}' => true,
        '\u{10fc}' | '\u{a7f2}'..='\u{a7f4}' | '\u{ab69}' => false,
        _ => c.is_lowercase() && known(c),
    }
}

/// The Uppercase property, as in Unicode 14.0.
pub fn is_upper_char(c: char) -> bool {
    c.is_uppercase() && known(c)
}

/// Cased characters: lowercase, uppercase or titlecase.
pub fn is_cased(c: char) -> bool {
    is_lower_char(c) || is_upper_char(c) || is_titlecase(c)
}

/// Pushes the full uppercase mapping of `c` (`'ß'` → `"SS"`), as in Unicode 14.0.
pub fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if !known(c) || matches!(c, '\u{19b}' | '\u{264}' | '\u{a7d3}' | '\u{a7d5}') {
        out.push(c);
    } else {
        out.extend(c.to_uppercase());
    }
}

/// Pushes the full lowercase mapping of `c` (without the final-sigma rule).
pub fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if known(c) {
        out.extend(c.to_lowercase());
    } else {
        out.push(c);
    }
}

/// Pushes the titlecase mapping of `c` (`'ß'` → `"Ss"`, `'ǆ'` → `"ǅ"`).
pub fn push_title(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
        return;
    }
    match TITLE.binary_search_by(|(k, _)| k.cmp(&c)) {
        Ok(i) => out.push_str(TITLE.get(i).map_or("", |(_, v)| v)),
        Err(_) => push_upper(out, c),
    }
}

/// Pushes the case folding of `c` (`'ß'` → `"ss"`).
pub fn push_fold(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match FOLD.binary_search_by(|(k, _)| k.cmp(&c)) {
        Ok(i) => out.push_str(FOLD.get(i).map_or("", |(_, v)| v)),
        Err(_) => push_lower(out, c),
    }
}

/// Unicode XID_Start as used by `str.isidentifier` (Unicode 14.0): letters (category L*),
/// letter numbers (such as `'Ⅻ'`), `_` and a few special cases.
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    known(c)
        && !not_xid(c)
        && !matches!(c, '\u{e33}' | '\u{eb3}' | '\u{ff9e}' | '\u{ff9f}')
        && (is_alpha(c)
            || (c.is_alphabetic() && c.is_numeric())
            || matches!(c, '\u{1885}' | '\u{1886}' | '\u{2118}' | '\u{212e}'))
}

/// Letters that NFKC normalisation keeps out of identifiers altogether.
fn not_xid(c: char) -> bool {
    matches!(
        c,
        '\u{37a}' | '\u{2e2f}' | '\u{309b}' | '\u{309c}' | '\u{fc5e}'
            ..='\u{fc63}'
                | '\u{fdfa}'
                | '\u{fdfb}'
                | '\u{fe70}'
                | '\u{fe72}'
                | '\u{fe74}'
                | '\u{fe76}'
                | '\u{fe78}'
                | '\u{fe7a}'
                | '\u{fe7c}'
                | '\u{fe7e}'
    )
}

/// Unicode XID_Continue as used by `str.isidentifier` (Unicode 14.0).
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    is_xid_start(c) || is_decimal(c) || in_table(CONTINUE_ONLY, u32::from(c))
}
