//! Int arithmetic whose Python semantics or messages need care: floor division and
//! modulo (`integer division or modulo by zero`), `int ** negative` (a float), and
//! three-argument `pow` with modular inverses.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, Zero};

use super::arith::float_pow;
use super::convert::int_to_f64;
use super::error::{FmtResult, FormatError};

/// `a // b`: rounds toward negative infinity.
pub fn int_floordiv(a: &BigInt, b: &BigInt) -> FmtResult<BigInt> {
    if b.is_zero() {
        return Err(FormatError::zero_division(
            "integer division or modulo by zero",
        ));
    }
    Ok(a.div_floor(b))
}

/// `a % b`: the result takes the sign of `b`.
pub fn int_mod(a: &BigInt, b: &BigInt) -> FmtResult<BigInt> {
    if b.is_zero() {
        return Err(FormatError::zero_division("integer modulo by zero"));
    }
    Ok(a.mod_floor(b))
}

/// `divmod(a, b)`.
pub fn int_divmod(a: &BigInt, b: &BigInt) -> FmtResult<(BigInt, BigInt)> {
    if b.is_zero() {
        return Err(FormatError::zero_division(
            "integer division or modulo by zero",
        ));
    }
    Ok(a.div_mod_floor(b))
}

/// `base ** exp` for a negative `exp`: computed in floats, as CPython does
/// (`0 ** -1` is `ZeroDivisionError: 0.0 cannot be raised to a negative power`).
pub fn int_pow_negative(base: &BigInt, exp: &BigInt) -> FmtResult<f64> {
    float_pow(int_to_f64(base)?, int_to_f64(exp)?)
}

/// `pow(base, exp, modulus)`. Errors: `pow() 3rd argument cannot be 0` and
/// `base is not invertible for the given modulus` (negative `exp` needs an inverse).
/// The result takes the sign of `modulus`.
pub fn int_pow_mod(base: &BigInt, exp: &BigInt, modulus: &BigInt) -> FmtResult<BigInt> {
    if modulus.is_zero() {
        return Err(FormatError::value("pow() 3rd argument cannot be 0"));
    }
    let base = if exp.is_negative() {
        base.mod_floor(modulus)
            .modinv(modulus)
            .ok_or_else(|| FormatError::value("base is not invertible for the given modulus"))?
    } else {
        base.clone()
    };
    Ok(base.modpow(&exp.abs(), modulus))
}
