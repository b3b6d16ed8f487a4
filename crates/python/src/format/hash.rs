//! Python's numeric hashes: ints reduced modulo the Mersenne prime `2**61 - 1`, floats
//! hashed consistently with equal ints (`hash(1.0) == hash(1)`), and the tuple hash
//! combining element hashes, all as in 64-bit CPython 3.11.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// The modulus of numeric hashing, `2**61 - 1`.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
/// `hash(float('inf'))`.
pub const HASH_INF: i64 = 314_159;

/// Applies the sign and CPython's rule that a hash is never -1 (it becomes -2).
fn finish(magnitude: u64, negative: bool) -> i64 {
    let h = magnitude as i64; // < 2^61, fits
    let h = if negative { -h } else { h };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(n)` for a machine int.
pub fn hash_i64(n: i64) -> i64 {
    finish(n.unsigned_abs() % HASH_MODULUS, n < 0)
}

/// `hash(n)` for an int.
pub fn hash_int(n: &BigInt) -> i64 {
    if let Some(small) = n.to_i64() {
        return hash_i64(small);
    }
    // Reduce the magnitude 61 bits at a time: 2^61 ≡ 1 (mod 2^61 - 1).
    let mut acc: u64 = 0;
    for digit in n.magnitude().to_u64_digits().iter().rev() {
        // acc * 2^64 + digit, with 2^64 ≡ 2^3 (mod 2^61 - 1).
        let wide = (u128::from(acc) << 64) | u128::from(*digit);
        acc = (wide % u128::from(HASH_MODULUS)) as u64;
    }
    finish(acc, n.sign() == Sign::Minus)
}

/// `hash(x)` for a float. NaN hashes by object identity in CPython 3.11, which only the
/// interpreter knows: this returns 0 for NaN and the caller should substitute.
pub fn hash_float(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let bits = x.to_bits();
    let exp_field = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    // x = mantissa * 2^exp exactly.
    let (mantissa, exp) = if exp_field == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_field - 1075)
    };
    // 2^exp ≡ 2^(exp mod 61) (mod 2^61 - 1), since 2^61 ≡ 1.
    let shift = exp.rem_euclid(61) as u32;
    let value = (u128::from(mantissa) << shift) % u128::from(HASH_MODULUS);
    finish(value as u64, x < 0.0)
}

const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// `hash(t)` for a tuple whose elements hash to `items` (an xxHash-style mix).
pub fn hash_tuple(items: &[i64]) -> i64 {
    let mut acc = XXPRIME_5;
    for &item in items {
        acc = acc.wrapping_add((item as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (XXPRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}
