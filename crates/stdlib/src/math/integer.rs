//! `math`'s integer functions: `factorial`, `gcd`, `lcm`, `comb`, `perm`, `isqrt`, over
//! arbitrary-precision ints with CPython's argument errors.

use loopscope_python::{ExcKind, Interp, ModuleBuilder, PyErr, PyResult, Value};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::args::{arity, no_kw, to_bigint, Kw};

/// The product `lo * (lo+1) * ... * hi` by binary splitting (balanced multiplications).
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut acc = BigInt::one();
        for k in lo..=hi {
            acc *= k;
        }
        return acc;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

/// A non-negative `u64` argument, or CPython's overflow message for `what`.
fn small(n: &BigInt, what: &str) -> PyResult<u64> {
    n.to_u64().ok_or_else(|| {
        PyErr::new(
            ExcKind::OverflowError,
            format!("{what} must not exceed 9223372036854775807"),
        )
    })
}

fn factorial(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("math.factorial", kw)?;
    arity("math.factorial", args, 1, 1)?;
    let n = to_bigint(interp, &args[0])?;
    if n.is_negative() {
        return Err(PyErr::value_error(
            "factorial() not defined for negative values",
        ));
    }
    let Some(n) = n.to_i64() else {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "factorial() argument should not exceed 9223372036854775807",
        ));
    };
    Ok(Value::from_bigint(range_product(1, n as u64)))
}

fn gcd(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("gcd", kw)?;
    let mut acc = BigInt::zero();
    for a in args {
        let n = to_bigint(interp, a)?;
        acc = acc.gcd(&n);
    }
    Ok(Value::from_bigint(acc))
}

fn lcm(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("lcm", kw)?;
    let mut acc = BigInt::one();
    for a in args {
        let n = to_bigint(interp, a)?;
        acc = if acc.is_zero() || n.is_zero() {
            BigInt::zero()
        } else {
            acc.lcm(&n)
        };
    }
    Ok(Value::from_bigint(acc.abs()))
}

/// `n`, `k` for `comb`/`perm`, validated.
fn n_k(interp: &mut Interp, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = to_bigint(interp, n)?;
    let k = to_bigint(interp, k)?;
    if n.is_negative() {
        return Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(PyErr::value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn comb(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("comb", kw)?;
    arity("comb", args, 2, 2)?;
    let (n, k) = n_k(interp, &args[0], &args[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.clone().min(&n - &k);
    let k = small(&k, "min(n - k, k)")?;
    let mut acc = BigInt::one();
    for i in 0..k {
        acc = acc * (&n - i) / (i + 1);
    }
    Ok(Value::from_bigint(acc))
}

fn perm(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("perm", kw)?;
    arity("perm", args, 1, 2)?;
    if args.len() == 1 || args[1].is_none() {
        return factorial(interp, &args[..1], &[]);
    }
    let (n, k) = n_k(interp, &args[0], &args[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = small(&k, "k")?;
    let mut acc = BigInt::one();
    for i in 0..k {
        acc *= &n - i;
    }
    Ok(Value::from_bigint(acc))
}

fn isqrt(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("math.isqrt", kw)?;
    arity("math.isqrt", args, 1, 1)?;
    let n = to_bigint(interp, &args[0])?;
    if n.sign() == Sign::Minus {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

/// Adds the integer functions to `math`.
pub fn register(m: &mut ModuleBuilder) {
    m.function("factorial", factorial);
    m.function("gcd", gcd);
    m.function("lcm", lcm);
    m.function("comb", comb);
    m.function("perm", perm);
    m.function("isqrt", isqrt);
}
