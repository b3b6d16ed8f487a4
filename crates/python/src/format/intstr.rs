//! Ints to text: decimal `str`/`repr` under CPython 3.11's digit limit
//! (`sys.set_int_max_str_digits`), and `hex`/`oct`/`bin`.

use std::sync::atomic::{AtomicUsize, Ordering};

use num_bigint::{BigInt, BigUint, Sign};

use super::error::{FmtResult, FormatError};

/// CPython's default for `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// The smallest non-zero limit `sys.set_int_max_str_digits` accepts.
pub const MIN_MAX_STR_DIGITS: usize = 640;

static MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_MAX_STR_DIGITS);

/// `sys.get_int_max_str_digits()`: the current limit (0 means none).
pub fn int_max_str_digits() -> usize {
    MAX_STR_DIGITS.load(Ordering::Relaxed)
}

/// `sys.set_int_max_str_digits(n)`: 0 lifts the limit; otherwise `n` must exceed 640.
/// The limit is process-wide, as CPython's is interpreter-wide.
pub fn set_int_max_str_digits(n: i64) -> FmtResult<()> {
    if n != 0 && n < MIN_MAX_STR_DIGITS as i64 {
        return Err(FormatError::value("maxdigits must be 0 or larger than 640"));
    }
    MAX_STR_DIGITS.store(usize::try_from(n).unwrap_or(0), Ordering::Relaxed);
    Ok(())
}

fn too_many_digits_error(limit: usize) -> FormatError {
    FormatError::value(format!(
        "Exceeds the limit ({} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit",
        limit
    ))
}

/// The `ValueError` that `int(text)` raises when `text` has `digits` digits, over `limit`.
pub(crate) fn parse_limit_error(limit: usize, digits: usize) -> FormatError {
    FormatError::value(format!(
        "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; \
         use sys.set_int_max_str_digits() to increase the limit",
        limit, digits
    ))
}

/// `str(n)` / `repr(n)` under the current global digit limit.
pub fn int_str(n: &BigInt) -> FmtResult<String> {
    int_str_with_limit(n, int_max_str_digits())
}

/// `str(n)` with an explicit digit limit (0 = unlimited). Over the limit:
/// `ValueError: Exceeds the limit (4300 digits) for integer string conversion; use …`.
pub fn int_str_with_limit(n: &BigInt, limit: usize) -> FmtResult<String> {
    if limit > 0 {
        // Slightly under log10(2): a number with this many bits has more digits than allowed.
        let bits = n.bits();
        let min_digits =
            (bits.saturating_sub(1) as f64 * std::f64::consts::LOG10_2 * 0.999_999) as u64;
        if min_digits > limit as u64 {
            return Err(too_many_digits_error(limit));
        }
    }
    let s = n.to_string();
    if limit > 0 && s.trim_start_matches('-').len() > limit {
        return Err(too_many_digits_error(limit));
    }
    Ok(s)
}

/// The digits of `mag` in base 2, 8 or 16 (or 10), lowercase unless `upper`.
pub(crate) fn radix_digits(mag: &BigUint, radix: u32, upper: bool) -> String {
    let s = mag.to_str_radix(radix);
    if upper {
        s.to_ascii_uppercase()
    } else {
        s
    }
}

fn prefixed(n: &BigInt, radix: u32, prefix: &str) -> String {
    let sign = if n.sign() == Sign::Minus { "-" } else { "" };
    format!(
        "{}{}{}",
        sign,
        prefix,
        radix_digits(n.magnitude(), radix, false)
    )
}

/// `hex(n)`: `0x1f`, `-0x1f`.
pub fn int_hex(n: &BigInt) -> String {
    prefixed(n, 16, "0x")
}

/// `oct(n)`: `0o17`, `-0o17`.
pub fn int_oct(n: &BigInt) -> String {
    prefixed(n, 8, "0o")
}

/// `bin(n)`: `0b101`, `-0b101`.
pub fn int_bin(n: &BigInt) -> String {
    prefixed(n, 2, "0b")
}
