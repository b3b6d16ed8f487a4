//! Exact conversions between Python ints (`BigInt`) and floats: int → float with correct
//! rounding, float → int by truncation, and correctly rounded true division of ints.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

use super::error::{FmtResult, FormatError};

/// `2^e` as an `f64`, for `-1074 <= e <= 1023`.
fn pow2(e: i64) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074).clamp(0, 51))
    }
}

/// Rounds `mag × 2^exp2` (plus an infinitesimal when `sticky`, meaning the true value
/// lies strictly above) to the nearest `f64`, ties to even, with subnormals handled.
/// `None` when the result overflows.
pub(crate) fn round_to_f64(mag: &BigUint, exp2: i64, sticky: bool) -> Option<f64> {
    if mag.is_zero() {
        return Some(0.0);
    }
    let bits = mag.bits() as i64;
    let top = bits - 1 + exp2; // weight of the leading bit
    if top > 1023 {
        return None;
    }
    let lsb = (top - 52).max(-1074); // weight of the last kept bit
    let shift = lsb - exp2;
    let mut m: u64;
    if shift <= 0 {
        // Exact: at most 53 significant bits.
        m = (mag << ((-shift) as usize)).to_u64()?;
    } else {
        let shift_u = shift as usize;
        let kept: BigUint = mag >> shift_u;
        m = kept.to_u64()?;
        let dropped: BigUint = mag - (&kept << shift_u);
        let half = BigUint::from(1u8) << (shift_u - 1);
        let round_up = match dropped.cmp(&half) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Equal => sticky || m & 1 == 1,
            std::cmp::Ordering::Less => false,
        };
        if round_up {
            m += 1;
        }
    }
    // m <= 2^53 here; a carry to 2^53 at the top exponent is an overflow.
    if m >= (1u64 << 53) && lsb + 53 > 1023 {
        return None;
    }
    Some(m as f64 * pow2(lsb))
}

/// `float(n)`: the nearest float, or `OverflowError: int too large to convert to float`.
pub fn int_to_f64(n: &BigInt) -> FmtResult<f64> {
    if let Some(small) = n.to_i64() {
        if small.unsigned_abs() <= (1u64 << 53) {
            return Ok(small as f64);
        }
    }
    let value = round_to_f64(n.magnitude(), 0, false)
        .ok_or_else(|| FormatError::overflow("int too large to convert to float"))?;
    Ok(if n.sign() == Sign::Minus {
        -value
    } else {
        value
    })
}

/// `int(x)` for a float: truncation toward zero, exact. Infinity is an `OverflowError`,
/// NaN a `ValueError`, with CPython's messages.
pub fn float_to_int(x: f64) -> FmtResult<BigInt> {
    if x.is_nan() {
        return Err(FormatError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(FormatError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    if t.abs() < 9.0e18 {
        return Ok(BigInt::from(t as i64));
    }
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let mag = BigUint::from(mant) << (exp.max(0) as usize);
    let sign = if t < 0.0 { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, mag))
}

/// `a / b` for Python ints: the correctly rounded float quotient. Errors:
/// `ZeroDivisionError: division by zero` and
/// `OverflowError: integer division result too large for a float`.
pub fn int_truediv(a: &BigInt, b: &BigInt) -> FmtResult<f64> {
    if b.is_zero() {
        return Err(FormatError::zero_division("division by zero"));
    }
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() <= (1u64 << 53) && y.unsigned_abs() <= (1u64 << 53) {
            return Ok(x as f64 / y as f64);
        }
    }
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let (na, nb) = (a.magnitude(), b.magnitude());
    if na.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // Scale so the integer quotient has at least 55 significant bits; the remainder
    // becomes the sticky bit, which is all correct rounding needs.
    let shift = 55 - (na.bits() as i64 - nb.bits() as i64);
    let (num, den) = if shift >= 0 {
        (na << (shift as usize), nb.clone())
    } else {
        (na.clone(), nb << ((-shift) as usize))
    };
    let (q, r) = num.div_rem(&den);
    let value = round_to_f64(&q, -shift, !r.is_zero())
        .ok_or_else(|| FormatError::overflow("integer division result too large for a float"))?;
    Ok(if negative { -value } else { value })
}
