//! Case mapping (`upper`, `lower`, `casefold`, `swapcase`, `title`, `capitalize`) and the
//! character-class predicates (`isupper`, `isdigit`, `isidentifier`, …) of `str`.

use super::chars::{
    is_alnum, is_alpha, is_cased, is_decimal, is_digit, is_lower_char, is_numeric, is_printable,
    is_space, is_titlecase, is_upper_char, is_xid_continue, is_xid_start, push_fold, push_lower,
    push_title, push_upper,
};

/// `s.upper()` (full mapping: `'ß'` → `"SS"`).
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

/// `s.lower()` (full mapping, with the final-sigma rule for `Σ`).
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    if s.chars().all(|c| c.is_ascii() || is_printable(c)) {
        // The standard library applies Unicode's own final-sigma rule.
        return s.to_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_at(&mut out, &chars, i);
    }
    out
}

/// `s.casefold()`.
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_fold(&mut out, c);
    }
    out
}

/// Characters skipped when deciding whether a `Σ` ends a word (an approximation of
/// Unicode's Case_Ignorable: apostrophes, periods, colons, modifier marks, combining
/// marks).
fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.'
            | ':'
            | '^'
            | '`'
            | '\u{a8}'
            | '\u{ad}'
            | '\u{af}'
            | '\u{b4}'
            | '\u{b7}'
            | '\u{b8}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{2024}'
            | '\u{2027}'
            | '\u{300}'..='\u{36f}'
    )
}

/// Whether the `Σ` at `chars[i]` is word-final: a cased letter before it and none after
/// it, skipping case-ignorable characters.
fn sigma_is_final(chars: &[char], i: usize) -> bool {
    let before = chars
        .get(..i)
        .unwrap_or(&[])
        .iter()
        .rev()
        .find(|c| !is_case_ignorable(**c))
        .is_some_and(|c| is_cased(*c));
    let after = chars
        .get(i + 1..)
        .unwrap_or(&[])
        .iter()
        .find(|c| !is_case_ignorable(**c))
        .is_some_and(|c| is_cased(*c));
    before && !after
}

/// Pushes the lowercase of `chars[i]`, with the final-sigma rule.
fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    match chars.get(i) {
        Some('\u{3a3}') => out.push(if sigma_is_final(chars, i) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        }),
        Some(c) => push_lower(out, *c),
        None => {}
    }
}

/// `s.swapcase()`.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, c) in chars.iter().enumerate() {
        if is_upper_char(*c) {
            push_lower_at(&mut out, &chars, i);
        } else if is_lower_char(*c) {
            push_upper(&mut out, *c);
        } else {
            out.push(*c);
        }
    }
    out
}

/// `s.title()`: titlecase after an uncased character, lowercase after a cased one
/// (so `"they're bill's"` → `"They'Re Bill'S"`).
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_cased = false;
    for (i, c) in chars.iter().enumerate() {
        if previous_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, *c);
        }
        previous_cased = is_cased(*c);
    }
    out
}

/// `s.capitalize()`: the first character titlecased, the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, *c);
        } else {
            push_lower_at(&mut out, &chars, i);
        }
    }
    out
}

/// `s.islower()`: at least one cased character and no uppercase or titlecase ones.
pub fn is_lower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper_char(c) || is_titlecase(c) {
            return false;
        }
        cased |= is_lower_char(c);
    }
    cased
}

/// `s.isupper()`: at least one cased character and no lowercase or titlecase ones.
pub fn is_upper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower_char(c) || is_titlecase(c) {
            return false;
        }
        cased |= is_upper_char(c);
    }
    cased
}

/// `s.istitle()`: uppercase/titlecase characters only after uncased ones, lowercase only
/// after cased ones, and at least one cased character.
pub fn is_title(s: &str) -> bool {
    let mut cased = false;
    let mut previous_cased = false;
    for c in s.chars() {
        if is_upper_char(c) || is_titlecase(c) {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if is_lower_char(c) {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}

fn all_nonempty(s: &str, pred: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(pred)
}

/// `s.isspace()`.
pub fn is_space_str(s: &str) -> bool {
    all_nonempty(s, is_space)
}

/// `s.isalpha()`.
pub fn is_alpha_str(s: &str) -> bool {
    all_nonempty(s, is_alpha)
}

/// `s.isalnum()`.
pub fn is_alnum_str(s: &str) -> bool {
    all_nonempty(s, is_alnum)
}

/// `s.isdecimal()`.
pub fn is_decimal_str(s: &str) -> bool {
    all_nonempty(s, is_decimal)
}

/// `s.isdigit()`.
pub fn is_digit_str(s: &str) -> bool {
    all_nonempty(s, is_digit)
}

/// `s.isnumeric()`.
pub fn is_numeric_str(s: &str) -> bool {
    all_nonempty(s, is_numeric)
}

/// `s.isprintable()` (true for the empty string).
pub fn is_printable_str(s: &str) -> bool {
    s.chars().all(is_printable)
}

/// `s.isascii()` (true for the empty string).
pub fn is_ascii_str(s: &str) -> bool {
    s.is_ascii()
}

/// `s.isidentifier()` (see [`is_xid_start`] for how non-ASCII is approximated).
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) if is_xid_start(first) => chars.all(is_xid_continue),
        _ => false,
    }
}
