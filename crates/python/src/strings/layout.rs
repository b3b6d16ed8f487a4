//! Building new strings: `center`, `ljust`, `rjust`, `zfill`, `expandtabs`, `replace`,
//! `str * n`, `join`, `removeprefix`, `removesuffix`. Sizes are checked so that absurd
//! requests fail with `MemoryError`/`OverflowError` instead of aborting.

use super::index::char_len;
use crate::format::{check_len, FmtResult, FormatError};

fn padded(s: &str, left: usize, right: usize, fill: char) -> FmtResult<String> {
    let extra = left.saturating_add(right).saturating_mul(fill.len_utf8());
    check_len(extra.saturating_add(s.len()))?;
    let mut out = String::with_capacity(s.len() + extra);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// The padding needed to reach `width`, if any. A width past this machine's address
/// space (wasm32's is 2**32) saturates, so building it fails with `MemoryError` instead
/// of padding to a truncated width.
fn padding(s: &str, width: i64) -> Option<usize> {
    let len = char_len(s);
    let width = usize::try_from(width.max(0)).unwrap_or(usize::MAX);
    (width > len).then(|| width - len)
}

/// `s.center(width, fill)`: an odd padding puts the extra character on the left when
/// `width` is odd, as CPython does.
pub fn center(s: &str, width: i64, fill: char) -> FmtResult<String> {
    match padding(s, width) {
        None => Ok(s.to_string()),
        Some(pad) => {
            let left = pad / 2 + (pad & (width & 1) as usize & 1);
            padded(s, left, pad - left, fill)
        }
    }
}

/// `s.ljust(width, fill)`.
pub fn ljust(s: &str, width: i64, fill: char) -> FmtResult<String> {
    padded(s, 0, padding(s, width).unwrap_or(0), fill)
}

/// `s.rjust(width, fill)`.
pub fn rjust(s: &str, width: i64, fill: char) -> FmtResult<String> {
    padded(s, padding(s, width).unwrap_or(0), 0, fill)
}

/// `s.zfill(width)`: zeros after a leading sign.
pub fn zfill(s: &str, width: i64) -> FmtResult<String> {
    let Some(pad) = padding(s, width) else {
        return Ok(s.to_string());
    };
    check_len(pad.saturating_add(s.len()))?;
    let (sign, rest) = match s.as_bytes().first() {
        Some(b'+' | b'-') => s.split_at(1),
        _ => ("", s),
    };
    Ok(format!("{}{}{}", sign, "0".repeat(pad), rest))
}

/// `s.expandtabs(tabsize)`: tabs to spaces up to the next multiple of `tabsize`, the
/// column restarting after `\n` and `\r`.
pub fn expandtabs(s: &str, tabsize: i64) -> FmtResult<String> {
    if tabsize > i64::from(i32::MAX) || tabsize < i64::from(i32::MIN) {
        return Err(FormatError::overflow(
            "Python int too large to convert to C int",
        ));
    }
    let tab = usize::try_from(tabsize).unwrap_or(0);
    let mut out = String::with_capacity(s.len());
    let mut column: usize = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let spaces = tab - column % tab;
                    check_len(out.len().saturating_add(spaces))?;
                    out.extend(std::iter::repeat_n(' ', spaces));
                    column += spaces;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(out)
}

/// `s.replace(old, new, count)`; a negative `count` replaces all. An empty `old` inserts
/// `new` before every character and at the end.
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> FmtResult<String> {
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    if limit == 0 {
        return Ok(s.to_string());
    }
    let mut out = String::with_capacity(s.len());
    if old.is_empty() {
        let mut done = 0;
        for c in s.chars() {
            if done < limit {
                check_len(out.len().saturating_add(new.len()))?;
                out.push_str(new);
                done += 1;
            }
            out.push(c);
        }
        if done < limit {
            check_len(out.len().saturating_add(new.len()))?;
            out.push_str(new);
        }
        return Ok(out);
    }
    let mut rest = s;
    let mut done = 0;
    while done < limit {
        let Some(i) = rest.find(old) else { break };
        let (before, after) = rest.split_at(i);
        check_len(
            out.len()
                .saturating_add(before.len())
                .saturating_add(new.len()),
        )?;
        out.push_str(before);
        out.push_str(new);
        rest = after.get(old.len()..).unwrap_or("");
        done += 1;
    }
    out.push_str(rest);
    Ok(out)
}

/// `s * n` (`n <= 0` gives `""`): `OverflowError: repeated string is too long` past the
/// address space, `MemoryError` past [`crate::format::MAX_RESULT_LEN`].
pub fn repeat(s: &str, n: i64) -> FmtResult<String> {
    if n <= 0 || s.is_empty() {
        return Ok(String::new());
    }
    // Past this machine's address space (wasm32's is 2**32): too large to build.
    let n = usize::try_from(n).map_err(|_| FormatError::memory())?;
    // CPython measures in code points for the overflow check, against its 64-bit
    // Py_ssize_t whatever this machine's word is.
    (char_len(s) as u64)
        .checked_mul(n as u64)
        .filter(|t| *t <= i64::MAX as u64)
        .ok_or_else(|| FormatError::overflow("repeated string is too long"))?;
    check_len(s.len().saturating_mul(n))?;
    Ok(s.repeat(n))
}

/// `sep.join(items)` for items already known to be strings.
pub fn join<S: AsRef<str>>(sep: &str, items: &[S]) -> FmtResult<String> {
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for item in items {
        total = total.saturating_add(item.as_ref().len());
    }
    check_len(total)?;
    let mut out = String::with_capacity(total);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(item.as_ref());
    }
    Ok(out)
}

/// `s.removeprefix(prefix)`.
pub fn removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `s.removesuffix(suffix)`.
pub fn removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}
