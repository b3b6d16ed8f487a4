//! Code-point indexing of UTF-8 text: index/byte-offset conversion with an ASCII fast
//! path, Python index and slice normalisation, and the searching methods that take
//! `start`/`end` code-point positions (`find`, `rfind`, `index`, `rindex`, `count`,
//! `startswith`, `endswith`).

use crate::format::{FmtResult, FormatError};

/// The length in code points (what Python's `len(s)` reports).
pub fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// The byte offset of code point `idx` (`idx == char_len(s)` gives `s.len()`); `None`
/// past the end.
pub fn char_to_byte(s: &str, idx: usize) -> Option<usize> {
    if s.is_ascii() {
        return (idx <= s.len()).then_some(idx);
    }
    if idx == 0 {
        return Some(0);
    }
    let mut count = 0;
    for (byte, _) in s.char_indices() {
        if count == idx {
            return Some(byte);
        }
        count += 1;
    }
    (count == idx).then_some(s.len())
}

/// The code-point index of byte offset `byte` (offsets inside a character count that
/// character as before them; offsets past the end give the length).
pub fn byte_to_char(s: &str, byte: usize) -> usize {
    let prefix = s.as_bytes().get(..byte.min(s.len())).unwrap_or(&[]);
    // Count the bytes that start a character.
    prefix.iter().filter(|b| (**b as i8) >= -0x40).count()
}

/// The code point at `idx`, if any.
pub fn char_at(s: &str, idx: usize) -> Option<char> {
    if s.is_ascii() {
        return s.as_bytes().get(idx).map(|b| char::from(*b));
    }
    s.chars().nth(idx)
}

/// Python's `seq[i]` index rule: negative counts from the end; `None` if out of range
/// (the caller raises `IndexError: string index out of range`).
pub fn normalize_index(len: usize, i: i64) -> Option<usize> {
    let len = i64::try_from(len).ok()?;
    let j = if i < 0 { i.checked_add(len)? } else { i };
    (0..len).contains(&j).then_some(j as usize)
}

/// `slice(start, stop, step).indices(len)` plus the number of selected items.
/// `ValueError: slice step cannot be zero` for a zero step.
pub fn slice_indices(
    len: usize,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> FmtResult<(i64, i64, i64, usize)> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(FormatError::value("slice step cannot be zero"));
    }
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i64>, default: i64| match v {
        None => default,
        Some(v) if v < 0 => v.saturating_add(len).max(lower),
        Some(v) => v.min(upper),
    };
    let start = clamp(start, if step < 0 { upper } else { lower });
    let stop = clamp(stop, if step < 0 { lower } else { upper });
    let count = if step > 0 && start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else if step < 0 && stop < start {
        ((start - stop - 1) / step.unsigned_abs() as i64 + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, count))
}

/// The substring between code points `start` and `stop` (clamped to the text).
pub fn slice_chars(s: &str, start: usize, stop: usize) -> &str {
    let (a, b) = char_range_to_bytes(s, start, stop.max(start));
    s.get(a..b).unwrap_or("")
}

/// `s[start:stop:step]` with Python's slice rules.
pub fn slice_str(
    s: &str,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> FmtResult<String> {
    let (start, stop, step, count) = slice_indices(char_len(s), start, stop, step)?;
    if step == 1 {
        return Ok(slice_chars(s, start as usize, stop.max(start) as usize).to_string());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(count);
    let mut i = start;
    for _ in 0..count {
        if let Some(c) = usize::try_from(i).ok().and_then(|i| chars.get(i)) {
            out.push(*c);
        }
        i = i.saturating_add(step);
    }
    Ok(out)
}

/// Byte offsets of code points `start..end` (each clamped to the text).
pub fn char_range_to_bytes(s: &str, start: usize, end: usize) -> (usize, usize) {
    if s.is_ascii() {
        return (start.min(s.len()), end.min(s.len()));
    }
    let mut a = s.len();
    let mut b = s.len();
    for (i, (byte, _)) in s.char_indices().enumerate() {
        if i == start {
            a = byte;
        }
        if i == end {
            b = byte;
            break;
        }
    }
    (a.min(b), b)
}

/// Python's adjustment of `start`/`end` arguments: negatives count from the end and
/// clamp at 0, `end` clamps at the length. `start` may end up past `end` or the length.
pub fn adjust_range(len: usize, start: Option<i64>, end: Option<i64>) -> (i64, i64) {
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    let fix = |v: i64| {
        if v < 0 {
            v.saturating_add(len).max(0)
        } else {
            v
        }
    };
    let start = fix(start.unwrap_or(0));
    let end = fix(end.unwrap_or(len)).min(len);
    (start, end)
}

/// The code-point window `[start, end)` of `s` after [`adjust_range`], with its offset,
/// or `None` when `start > end`.
fn window(s: &str, start: Option<i64>, end: Option<i64>) -> Option<(&str, usize)> {
    let (a, b) = adjust_range(char_len(s), start, end);
    if a > b {
        return None;
    }
    let (x, y) = char_range_to_bytes(s, a as usize, b as usize);
    Some((s.get(x..y).unwrap_or(""), a as usize))
}

/// `s.find(sub, start, end)`: the lowest code-point index, or -1.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    match window(s, start, end) {
        Some((w, offset)) => w
            .find(sub)
            .map_or(-1, |byte| (offset + byte_to_char(w, byte)) as i64),
        None => -1,
    }
}

/// `s.rfind(sub, start, end)`: the highest code-point index, or -1.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    match window(s, start, end) {
        Some((w, offset)) => w
            .rfind(sub)
            .map_or(-1, |byte| (offset + byte_to_char(w, byte)) as i64),
        None => -1,
    }
}

fn not_found() -> FormatError {
    FormatError::value("substring not found")
}

/// `s.index(sub, start, end)`: like [`find`] but `ValueError: substring not found`.
pub fn index(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> FmtResult<i64> {
    match find(s, sub, start, end) {
        -1 => Err(not_found()),
        i => Ok(i),
    }
}

/// `s.rindex(sub, start, end)`: like [`rfind`] but `ValueError: substring not found`.
pub fn rindex(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> FmtResult<i64> {
    match rfind(s, sub, start, end) {
        -1 => Err(not_found()),
        i => Ok(i),
    }
}

/// `s.count(sub, start, end)`: non-overlapping occurrences (an empty `sub` counts the
/// positions between code points).
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> usize {
    match window(s, start, end) {
        Some((w, _)) if sub.is_empty() => char_len(w) + 1,
        Some((w, _)) => w.matches(sub).count(),
        None => 0,
    }
}

/// `s.startswith(prefix, start, end)` for one prefix (the caller loops over a tuple).
pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    let len = char_len(s);
    let (a, _) = adjust_range(len, start, end);
    if a > len as i64 {
        return false;
    }
    window(s, start, end).is_some_and(|(w, _)| w.starts_with(prefix))
}

/// `s.endswith(suffix, start, end)` for one suffix (the caller loops over a tuple).
pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    let len = char_len(s);
    let (a, _) = adjust_range(len, start, end);
    if a > len as i64 {
        return false;
    }
    window(s, start, end).is_some_and(|(w, _)| w.ends_with(suffix))
}
