//! `round()` for floats and ints: correctly rounded, ties to even, as CPython computes it.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Pow, Zero};

use super::convert::{float_to_int, round_to_f64};
use super::error::{FmtResult, FormatError};

/// Above this many digits, `round(x, n)` returns `x` unchanged.
const NDIGITS_MAX: i64 = 323;
/// Below this many digits, `round(x, n)` returns a zero with the sign of `x`.
const NDIGITS_MIN: i64 = -308;

/// `round(x)`: the nearest int, ties to even. Infinity is an `OverflowError`
/// (`cannot convert float infinity to integer`), NaN a `ValueError`.
pub fn round_half_even(x: f64) -> FmtResult<BigInt> {
    float_to_int(x.round_ties_even())
}

/// `round(x, ndigits)`: `x` rounded to a multiple of `10**-ndigits`, ties to even on the
/// exact binary value (so `round(2.675, 2) == 2.67`). Errors with
/// `OverflowError: rounded value too large to represent`.
pub fn round_float(x: f64, ndigits: i64) -> FmtResult<f64> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    if ndigits >= 0 {
        // Correctly rounded decimal text, read back correctly rounded: what CPython does.
        let text = format!("{:.*}", ndigits as usize, x);
        return text
            .parse::<f64>()
            .map_err(|_| FormatError::overflow("rounded value too large to represent"));
    }
    // Negative ndigits: round the exact value to a multiple of 10^k in integers.
    let k = ndigits.unsigned_abs() as u32;
    let int_part = float_to_int(x.trunc())?;
    let has_fraction = x.fract() != 0.0;
    let unit: BigInt = BigInt::from(10u32).pow(k);
    let magnitude = BigInt::from_biguint(Sign::Plus, int_part.magnitude().clone());
    let (mut q, r) = magnitude.div_rem(&unit);
    let twice: BigInt = &r * 2u32;
    let round_up = match twice.cmp(&unit) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => has_fraction || q.is_odd(),
        std::cmp::Ordering::Less => false,
    };
    if round_up {
        q += 1u32;
    }
    let mag: BigInt = q * unit;
    let value = round_to_f64(mag.magnitude(), 0, false)
        .ok_or_else(|| FormatError::overflow("rounded value too large to represent"))?;
    Ok(if x.is_sign_negative() { -value } else { value })
}

/// `round(n, ndigits)` for an int: unchanged for `ndigits >= 0`, else rounded to a
/// multiple of `10**-ndigits`, ties to even (`round(1250, -2) == 1200`).
pub fn round_int(n: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 || n.is_zero() {
        return n.clone();
    }
    let k = ndigits.unsigned_abs();
    // A number below 10^(k-1) / 2 rounds to zero; bits/3 bounds its digit count above.
    let max_digits = n.bits() / 3 + 2;
    if k > max_digits {
        return BigInt::zero();
    }
    let unit: BigInt = BigInt::from(10u32).pow(k as u32);
    let (q, r) = n.div_mod_floor(&unit);
    let twice: BigInt = &r * 2u32;
    let q = match twice.cmp(&unit) {
        std::cmp::Ordering::Greater => q + BigInt::one(),
        std::cmp::Ordering::Equal if q.is_odd() => q + BigInt::one(),
        _ => q,
    };
    q * unit
}

/// `round(n, ndigits)` for a machine int (see [`round_int`]).
pub fn round_i64(n: i64, ndigits: i64) -> BigInt {
    round_int(&BigInt::from(n), ndigits)
}
