//! Float arithmetic with Python's semantics: true, floor division and modulo (result
//! takes the divisor's sign), `divmod`, `**` with its error cases, `is_integer`,
//! `as_integer_ratio`, `hex` and `fromhex`.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::Zero;

use super::convert::round_to_f64;
use super::error::{ErrorKind, FmtResult, FormatError};

/// `a / b` for floats: `ZeroDivisionError: float division by zero`.
pub fn float_truediv(a: f64, b: f64) -> FmtResult<f64> {
    if b == 0.0 {
        return Err(FormatError::zero_division("float division by zero"));
    }
    Ok(a / b)
}

/// The quotient and remainder of floor division, without the zero check.
fn floor_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut rem = a % b;
    let div = (a - rem) / b;
    let mut quot;
    if rem != 0.0 {
        // Make the remainder take the divisor's sign.
        if (b < 0.0) != (rem < 0.0) {
            rem += b;
            quot = div - 1.0;
        } else {
            quot = div;
        }
    } else {
        rem = 0.0_f64.copysign(b);
        quot = div;
    }
    if quot != 0.0 {
        let floored = quot.floor();
        if quot - floored > 0.5 {
            quot = floored + 1.0;
        } else {
            quot = floored;
        }
    } else {
        quot = 0.0_f64.copysign(a / b);
    }
    (quot, rem)
}

/// `a // b` for floats: `ZeroDivisionError: float floor division by zero`.
pub fn float_floordiv(a: f64, b: f64) -> FmtResult<f64> {
    if b == 0.0 {
        return Err(FormatError::zero_division("float floor division by zero"));
    }
    if a.is_nan() || b.is_nan() || a.is_infinite() {
        return Ok(f64::NAN);
    }
    Ok(floor_divmod(a, b).0)
}

/// `a % b` for floats: `ZeroDivisionError: float modulo`.
pub fn float_mod(a: f64, b: f64) -> FmtResult<f64> {
    if b == 0.0 {
        return Err(FormatError::zero_division("float modulo"));
    }
    Ok(floor_divmod(a, b).1)
}

/// `divmod(a, b)` for floats: `ZeroDivisionError: float divmod()`.
pub fn float_divmod(a: f64, b: f64) -> FmtResult<(f64, f64)> {
    if b == 0.0 {
        return Err(FormatError::zero_division("float divmod()"));
    }
    let (q, r) = floor_divmod(a, b);
    if a.is_nan() || b.is_nan() || a.is_infinite() {
        return Ok((f64::NAN, r));
    }
    Ok((q, r))
}

/// `a ** b` for floats. Errors: `ZeroDivisionError: 0.0 cannot be raised to a negative
/// power`, `OverflowError: (34, 'Numerical result out of range')`, and
/// [`ErrorKind::ComplexResult`] where CPython would return a complex number (a negative
/// finite base with a non-integral exponent).
pub fn float_pow(a: f64, b: f64) -> FmtResult<f64> {
    if b == 0.0 {
        return Ok(1.0);
    }
    if a.is_nan() {
        return Ok(if b == 0.0 { 1.0 } else { a });
    }
    if b.is_nan() {
        return Ok(if a == 1.0 { 1.0 } else { b });
    }
    if a == 0.0 && b < 0.0 && b.is_finite() {
        return Err(FormatError::zero_division(
            "0.0 cannot be raised to a negative power",
        ));
    }
    if a < 0.0 && a.is_finite() && b.is_finite() && b.fract() != 0.0 {
        return Err(FormatError::new(
            ErrorKind::ComplexResult,
            "negative number cannot be raised to a fractional power",
        ));
    }
    let r = super::libm::pow(a, b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(FormatError::overflow(
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(r)
}

/// `x.is_integer()`.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0
}

/// `x.as_integer_ratio()`: the exact fraction in lowest terms, positive denominator.
pub fn float_as_integer_ratio(x: f64) -> FmtResult<(BigInt, BigInt)> {
    if x.is_nan() {
        return Err(FormatError::value("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(FormatError::overflow(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::from(1)));
    }
    let bits = x.to_bits();
    let exp_field = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut exp) = if exp_field == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_field - 1075)
    };
    let tz = mant.trailing_zeros() as i64;
    mant >>= tz;
    exp += tz;
    let sign = if x < 0.0 { Sign::Minus } else { Sign::Plus };
    let mag = BigUint::from(mant);
    if exp >= 0 {
        Ok((
            BigInt::from_biguint(sign, mag << exp as usize),
            BigInt::from(1),
        ))
    } else {
        let den = BigUint::from(1u8) << (-exp) as usize;
        Ok((
            BigInt::from_biguint(sign, mag),
            BigInt::from_biguint(Sign::Plus, den),
        ))
    }
}

/// `x.hex()`: `0x1.8000000000000p+0`, `-0x0.0p+0`, `inf`, `nan`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let bits = x.to_bits();
    let exp_field = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if exp_field == 0 {
        (0, -1022)
    } else {
        (1, exp_field - 1023)
    };
    let exp_sign = if exp < 0 { '-' } else { '+' };
    format!(
        "{}0x{}.{:013x}p{}{}",
        sign,
        lead,
        frac,
        exp_sign,
        exp.unsigned_abs()
    )
}

/// `float.fromhex(text)`. Errors: `ValueError: invalid hexadecimal floating-point
/// string` and `OverflowError: hexadecimal value too large to represent as a float`.
pub fn float_fromhex(text: &str) -> FmtResult<f64> {
    let invalid = || FormatError::value("invalid hexadecimal floating-point string");
    let s = text.trim_matches(crate::strings::is_space);
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = s.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(if negative { -v } else { v });
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mantissa, exponent) = match body.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (body, None),
    };
    let (int_digits, frac_digits) = match mantissa.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mantissa, ""),
    };
    if int_digits.is_empty() && frac_digits.is_empty() {
        return Err(invalid());
    }
    let mut mag = BigUint::zero();
    for c in int_digits.chars().chain(frac_digits.chars()) {
        let d = c.to_digit(16).ok_or_else(invalid)?;
        mag = (mag << 4usize) + BigUint::from(d);
    }
    let exp: i64 = match exponent {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid());
            }
            // Clamp absurd exponents; they over- or underflow all the same.
            let v: i64 = digits.parse().unwrap_or(i64::MAX / 4).min(i64::MAX / 4);
            if e.starts_with('-') {
                -v
            } else {
                v
            }
        }
    };
    let frac_len = i64::try_from(frac_digits.len()).unwrap_or(i64::MAX / 8);
    let exp2 = exp.saturating_sub(frac_len.saturating_mul(4));
    let too_large = || FormatError::overflow("hexadecimal value too large to represent as a float");
    let value = if mag.is_zero() {
        0.0
    } else {
        let top = mag.bits() as i64 - 1 + exp2.max(-(1 << 40));
        if top > 1023 {
            return Err(too_large());
        }
        if top < -1100 {
            0.0
        } else {
            round_to_f64(&mag, exp2, false).ok_or_else(too_large)?
        }
    };
    Ok(if negative { -value } else { value })
}
