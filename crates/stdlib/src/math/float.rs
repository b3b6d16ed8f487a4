//! Bit-level float helpers for `math`: `frexp`/`ldexp` (exact, one rounding into the
//! subnormals), `modf`, `nextafter`, `ulp`, a correctly rounded Euclidean norm for
//! `hypot`/`dist`, and exact summation (Shewchuk's partials) for `fsum`.

use loopscope_python::{ExcKind, PyErr, PyResult};

/// `x = m * 2**e` with `0.5 <= |m| < 1`; zero, infinities and NaN come back as `(x, 0)`.
pub fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, bias) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(64), -64)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022 + bias)
}

/// `x * 2**e`, rounded once (half to even) when the result is subnormal.
pub fn ldexp(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, me) = frexp(x);
    let exp = me.saturating_add(e);
    if exp > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if exp >= -1021 {
        // Normal: rebuild the exponent field directly.
        let bits = m.to_bits();
        return f64::from_bits((bits & !(0x7ff << 52)) | (((exp + 1022) as u64) << 52));
    }
    // Subnormal or zero: the 53-bit significand shifted right, rounded half to even.
    let sig = (m.abs().to_bits() & ((1u64 << 52) - 1)) | (1u64 << 52);
    let shift = (-1021 - exp) as u64; // >= 1
    let r = if shift > 54 {
        0
    } else {
        let q = sig >> shift;
        let rem = sig & ((1u64 << shift) - 1);
        let half = 1u64 << (shift - 1);
        if rem > half || (rem == half && q & 1 == 1) {
            q + 1
        } else {
            q
        }
    };
    f64::from_bits(r).copysign(x)
}

/// Fractional and integral parts, both with the sign of `x`.
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0.0f64.copysign(x), x);
    }
    if x.is_nan() {
        return (x, x);
    }
    let n = x.trunc();
    ((x - n).copysign(x), n)
}

/// The next float after `x` towards `y`.
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

/// The value of the least significant bit of `x`.
pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let next = nextafter(x, f64::INFINITY);
    if next.is_infinite() {
        return x - nextafter(x, 0.0);
    }
    next - x
}

/// `sqrt(sum(x*x))` of non-negative values, without intermediate overflow and correctly
/// rounded in practice: scale by a power of two, sum the squares in double-double, then
/// refine the square root once.
pub fn vector_norm(xs: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut nan = false;
    for &x in xs {
        if x.is_infinite() {
            return f64::INFINITY;
        }
        nan |= x.is_nan();
        max = max.max(x);
    }
    if nan {
        return f64::NAN;
    }
    if max == 0.0 || xs.len() <= 1 {
        return max;
    }
    let (_, e) = frexp(max);
    let (mut hi, mut lo) = (0.0f64, 0.0f64);
    for &x in xs {
        let x = ldexp(x, -e);
        let sq = x * x;
        let sq_err = x.mul_add(x, -sq);
        let s = hi + sq;
        let bv = s - hi;
        lo += (hi - (s - bv)) + (sq - bv) + sq_err;
        hi = s;
    }
    let total = hi + lo;
    let lo = lo - (total - hi);
    let mut h = total.sqrt();
    // One Newton step on the double-double sum: h + (total + lo - h*h) / (2h).
    let resid = (-h).mul_add(h, total) + lo;
    h += resid / (2.0 * h);
    ldexp(h, e)
}

/// Exact sum of floats, rounded once (CPython's `fsum` rules for infinities and NaN).
pub fn fsum(xs: &[f64]) -> PyResult<f64> {
    let mut partials: Vec<f64> = vec![];
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for &orig in xs {
        let mut x = orig;
        let mut kept = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                if orig.is_finite() {
                    return Err(PyErr::new(
                        ExcKind::OverflowError,
                        "intermediate overflow in fsum",
                    ));
                }
                if orig.is_infinite() {
                    inf_sum += orig;
                }
                special += orig;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(PyErr::value_error("-inf + inf in fsum"));
        }
        return Ok(special);
    }
    let Some(mut n) = partials.len().checked_sub(1) else {
        return Ok(0.0);
    };
    let mut hi = partials[n];
    let mut lo = 0.0;
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = partials[n];
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    // Round half to even across the remaining partials.
    if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        if y == x - hi {
            hi = x;
        }
    }
    Ok(hi)
}
