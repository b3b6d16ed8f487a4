//! Text to numbers as `float(str)` and `int(str, base)` read it: surrounding whitespace,
//! a sign, underscores between digits, any Unicode decimal digit, `inf`/`nan` spellings,
//! `0x`/`0o`/`0b` prefixes and CPython's messages.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::Zero;

use super::error::{FmtResult, FormatError};
use super::intstr::{int_max_str_digits, parse_limit_error};
use crate::strings::{decimal_value, is_space, str_repr};

/// `float(text)`. Fails with `ValueError: could not convert string to float: '…'`.
pub fn parse_float(text: &str) -> FmtResult<f64> {
    let fail = || {
        FormatError::value(format!(
            "could not convert string to float: {}",
            str_repr(text)
        ))
    };
    let body = text.trim_matches(is_space);
    let mut ascii = String::with_capacity(body.len());
    for c in body.chars() {
        match decimal_value(c) {
            Some(d) if !c.is_ascii() => ascii.push(char::from(b'0' + d as u8)),
            _ => ascii.push(c),
        }
    }
    let (negative, unsigned) = match ascii.as_bytes().first() {
        Some(b'-') => (true, &ascii[1..]),
        Some(b'+') => (false, &ascii[1..]),
        _ => (false, ascii.as_str()),
    };
    let special = match unsigned.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(if negative { -v } else { v });
    }
    let cleaned = clean_decimal(unsigned).ok_or_else(fail)?;
    let value: f64 = cleaned.parse().map_err(|_| fail())?;
    Ok(if negative { -value } else { value })
}

/// Checks `digits[.digits][e[sign]digits]` with underscores only between digits and at
/// least one mantissa digit; returns it without underscores.
fn clean_decimal(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    // Reads digits with single underscores between them; returns how many digits.
    let run = |i: &mut usize, out: &mut String| -> usize {
        let mut count = 0;
        while let Some(&b) = bytes.get(*i) {
            if b.is_ascii_digit() {
                out.push(char::from(b));
                count += 1;
                *i += 1;
            } else if b == b'_'
                && count > 0
                && bytes.get(*i + 1).is_some_and(|n| n.is_ascii_digit())
            {
                *i += 1;
            } else {
                break;
            }
        }
        count
    };
    let int_digits = run(&mut i, &mut out);
    let mut frac_digits = 0;
    if bytes.get(i) == Some(&b'.') {
        out.push('.');
        i += 1;
        frac_digits = run(&mut i, &mut out);
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(bytes.get(i), Some(b'e' | b'E')) {
        out.push('e');
        i += 1;
        if let Some(&s @ (b'+' | b'-')) = bytes.get(i) {
            out.push(char::from(s));
            i += 1;
        }
        if run(&mut i, &mut out) == 0 {
            return None;
        }
    }
    (i == bytes.len()).then_some(out)
}

/// An int parsed from text: a machine integer when it fits, else a big one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParsedInt {
    /// Fits in an `i64`.
    Small(i64),
    /// Does not fit in an `i64`.
    Big(BigInt),
}

impl ParsedInt {
    /// The value as a `BigInt`.
    pub fn into_bigint(self) -> BigInt {
        match self {
            ParsedInt::Small(v) => BigInt::from(v),
            ParsedInt::Big(v) => v,
        }
    }
}

fn digit_value(c: char) -> Option<u32> {
    match c {
        'a'..='z' => Some(u32::from(c) - u32::from('a') + 10),
        'A'..='Z' => Some(u32::from(c) - u32::from('A') + 10),
        _ => decimal_value(c),
    }
}

/// `int(text, base)` (`base` 0 or 2..=36), under the global digit limit.
pub fn parse_int(text: &str, base: i64) -> FmtResult<ParsedInt> {
    parse_int_with_limit(text, base, int_max_str_digits())
}

/// `int(text, base)` with an explicit digit limit (0 = none) for bases that are not
/// powers of two. Errors: `int() base must be >= 2 and <= 36, or 0`,
/// `invalid literal for int() with base 10: '…'` and the digit-limit message.
pub fn parse_int_with_limit(text: &str, base: i64, limit: usize) -> FmtResult<ParsedInt> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(FormatError::value(
            "int() base must be >= 2 and <= 36, or 0",
        ));
    }
    let fail = || {
        FormatError::value(format!(
            "invalid literal for int() with base {}: {}",
            base,
            str_repr(text)
        ))
    };
    let body = text.trim_matches(is_space);
    let (negative, mut rest) = match body.chars().next() {
        Some('-') => (true, &body[1..]),
        Some('+') => (false, &body[1..]),
        _ => (false, body),
    };
    let mut radix = base as u32;
    let lower2: String = rest
        .chars()
        .take(2)
        .collect::<String>()
        .to_ascii_lowercase();
    let prefix_radix = match lower2.as_str() {
        "0x" => 16,
        "0o" => 8,
        "0b" => 2,
        _ => 0,
    };
    let mut after_prefix = false;
    if prefix_radix != 0 && (radix == 0 || radix == prefix_radix) {
        radix = prefix_radix;
        rest = &rest[2..];
        after_prefix = true;
    }
    let decimal_zero_rule = radix == 0;
    if radix == 0 {
        radix = 10;
    }
    // Scan digits with single underscores between them (one may follow a prefix).
    let mut digits: Vec<u8> = Vec::with_capacity(rest.len());
    let mut chars = rest.chars().peekable();
    let mut prev_underscore = false;
    let mut ok = true;
    let mut first = true;
    while let Some(c) = chars.next() {
        if c == '_' {
            let allowed = (!first || after_prefix) && !prev_underscore;
            if !allowed || chars.peek().is_none() {
                ok = false;
                break;
            }
            prev_underscore = true;
            first = false;
            continue;
        }
        match digit_value(c).filter(|d| *d < radix) {
            Some(d) => digits.push(d as u8),
            None => {
                ok = false;
                break;
            }
        }
        prev_underscore = false;
        first = false;
    }
    if limit > 0 && !radix.is_power_of_two() && digits.len() > limit {
        return Err(parse_limit_error(limit, digits.len()));
    }
    if !ok || digits.is_empty() {
        return Err(fail());
    }
    if decimal_zero_rule && digits[0] == 0 && digits.iter().any(|d| *d != 0) {
        return Err(fail());
    }
    if digits.len() <= 12 {
        let mut v: i64 = 0;
        for d in &digits {
            v = v * i64::from(radix) + i64::from(*d);
        }
        return Ok(ParsedInt::Small(if negative { -v } else { v }));
    }
    let mag = BigUint::from_radix_be(&digits, radix).ok_or_else(fail)?;
    let sign = if negative && !mag.is_zero() {
        Sign::Minus
    } else {
        Sign::Plus
    };
    let value = BigInt::from_biguint(sign, mag);
    Ok(match i64::try_from(&value) {
        Ok(v) => ParsedInt::Small(v),
        Err(_) => ParsedInt::Big(value),
    })
}
