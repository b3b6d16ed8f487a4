//! `int` arithmetic: an `i64` fast path that promotes to `BigInt` on overflow, and the
//! division/shift/power rules of Python (floor division, sign of the modulus, ...).

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};

use super::error::PyErr;
use super::{ExcKind, PyResult, Value};

/// An int operand borrowed from a `Value` (`bool` counts as int).
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

/// View `v` as an int, if it is one.
pub fn int_ref(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(i) => Some(IntRef::Small(*i)),
        Value::Bool(b) => Some(IntRef::Small(*b as i64)),
        Value::BigInt(b) => Some(IntRef::Big(b)),
        _ => None,
    }
}

impl IntRef<'_> {
    /// As a BigInt.
    pub fn big(&self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(*i),
            IntRef::Big(b) => (*b).clone(),
        }
    }

    /// As f64 (may be inf for huge values).
    pub fn to_f64(&self) -> f64 {
        match self {
            IntRef::Small(i) => *i as f64,
            IntRef::Big(b) => b.to_f64().unwrap_or(f64::INFINITY),
        }
    }

    /// Whether zero.
    pub fn is_zero(&self) -> bool {
        match self {
            IntRef::Small(i) => *i == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }

    /// Whether negative.
    pub fn is_negative(&self) -> bool {
        match self {
            IntRef::Small(i) => *i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }
}

/// A BigInt result normalised to the inline form when it fits.
pub fn norm(b: BigInt) -> Value {
    Value::from_bigint(b)
}

/// Convert to BigInt (`v` must be an int).
pub fn to_big(v: &Value) -> BigInt {
    int_ref(v).map(|r| r.big()).unwrap_or_default()
}

fn zero_div() -> PyErr {
    PyErr::new(
        ExcKind::ZeroDivisionError,
        "integer division or modulo by zero",
    )
}

/// Integer binary operation by name of the operator symbol. Both operands must be ints.
pub fn int_binop(op: &str, a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (int_ref(a), int_ref(b)) else {
        return Ok(Value::NotImplemented);
    };
    if let (IntRef::Small(x), IntRef::Small(y)) = (&x, &y) {
        let (x, y) = (*x, *y);
        let r = match op {
            "+" => x.checked_add(y),
            "-" => x.checked_sub(y),
            "*" => x.checked_mul(y),
            "//" => {
                if y == 0 {
                    return Err(zero_div());
                }
                if x == i64::MIN && y == -1 {
                    None
                } else {
                    Some(Integer::div_floor(&x, &y))
                }
            }
            "%" => {
                if y == 0 {
                    return Err(PyErr::new(
                        ExcKind::ZeroDivisionError,
                        "integer modulo by zero",
                    ));
                }
                if x == i64::MIN && y == -1 {
                    Some(0)
                } else {
                    Some(x.mod_floor(&y))
                }
            }
            "&" => Some(x & y),
            "|" => Some(x | y),
            "^" => Some(x ^ y),
            "<<" => {
                if y < 0 {
                    return Err(PyErr::new(ExcKind::ValueError, "negative shift count"));
                }
                if x == 0 {
                    Some(0)
                } else if y < 63 && x.unsigned_abs() < (1u64 << (62 - y)) {
                    Some(x << y)
                } else {
                    None
                }
            }
            ">>" => {
                if y < 0 {
                    return Err(PyErr::new(ExcKind::ValueError, "negative shift count"));
                }
                Some(if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                })
            }
            "**" => {
                if y < 0 {
                    return float_pow_int(x as f64, y);
                }
                if y > u32::MAX as i64 {
                    None
                } else {
                    x.checked_pow(y as u32)
                }
            }
            "/" => {
                if y == 0 {
                    return Err(PyErr::new(ExcKind::ZeroDivisionError, "division by zero"));
                }
                if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    return Ok(Value::Float(x as f64 / y as f64));
                }
                return big_truediv(&BigInt::from(x), &BigInt::from(y));
            }
            _ => return Ok(Value::NotImplemented),
        };
        if let Some(r) = r {
            return Ok(Value::Int(r));
        }
    }
    let (x, y) = (x.big(), y.big());
    Ok(match op {
        "+" => norm(x + y),
        "-" => norm(x - y),
        "*" => norm(x * y),
        "//" => {
            if y.is_zero() {
                return Err(zero_div());
            }
            norm(x.div_floor(&y))
        }
        "%" => {
            if y.is_zero() {
                return Err(PyErr::new(
                    ExcKind::ZeroDivisionError,
                    "integer modulo by zero",
                ));
            }
            norm(x.mod_floor(&y))
        }
        "&" => norm(x & y),
        "|" => norm(x | y),
        "^" => norm(x ^ y),
        "<<" => {
            if y.is_negative() {
                return Err(PyErr::new(ExcKind::ValueError, "negative shift count"));
            }
            let Some(s) = y.to_u32().map(|s| s as usize) else {
                return Err(PyErr::new(
                    ExcKind::OverflowError,
                    "too many digits in integer",
                ));
            };
            norm(x << s)
        }
        ">>" => {
            if y.is_negative() {
                return Err(PyErr::new(ExcKind::ValueError, "negative shift count"));
            }
            match y.to_usize() {
                Some(s) => norm(x >> s),
                None => Value::Int(if x.is_negative() { -1 } else { 0 }),
            }
        }
        "**" => {
            if y.is_negative() {
                return float_pow_int(
                    x.to_f64().unwrap_or(f64::INFINITY),
                    y.to_i64().unwrap_or(i64::MIN),
                );
            }
            if x.is_zero() || x.is_one() {
                return Ok(norm(x));
            }
            if x == BigInt::from(-1) {
                return Ok(Value::Int(if y.is_even() { 1 } else { -1 }));
            }
            let Some(e) = y.to_u32() else {
                return Err(PyErr::new(ExcKind::OverflowError, "exponent too large"));
            };
            norm(Pow::pow(x, e))
        }
        "/" => {
            if y.is_zero() {
                return Err(PyErr::new(ExcKind::ZeroDivisionError, "division by zero"));
            }
            return big_truediv(&x, &y);
        }
        _ => Value::NotImplemented,
    })
}

fn float_pow_int(x: f64, y: i64) -> PyResult<Value> {
    if x == 0.0 {
        return Err(PyErr::new(
            ExcKind::ZeroDivisionError,
            "0.0 cannot be raised to a negative power",
        ));
    }
    Ok(Value::Float(crate::format::libm::pow(x, y as f64)))
}

/// `x / y` past the exact-float fast path: CPython's correctly rounded quotient.
fn big_truediv(x: &BigInt, y: &BigInt) -> PyResult<Value> {
    Ok(Value::Float(crate::format::int_truediv(x, y)?))
}

/// `-x` for an int.
pub fn int_neg(v: &Value) -> Value {
    match int_ref(v) {
        Some(IntRef::Small(i)) => match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => norm(-BigInt::from(i)),
        },
        Some(IntRef::Big(b)) => norm(-b.clone()),
        None => Value::NotImplemented,
    }
}

/// `~x` for an int.
pub fn int_invert(v: &Value) -> Value {
    match int_ref(v) {
        Some(IntRef::Small(i)) => Value::Int(!i),
        Some(IntRef::Big(b)) => norm(-b.clone() - 1),
        None => Value::NotImplemented,
    }
}

/// `abs(x)` for an int.
pub fn int_abs(v: &Value) -> Value {
    match int_ref(v) {
        Some(IntRef::Small(i)) => match i.checked_abs() {
            Some(n) => Value::Int(n),
            None => norm(BigInt::from(i).abs()),
        },
        Some(IntRef::Big(b)) => norm(b.abs()),
        None => Value::NotImplemented,
    }
}

/// Compare two ints.
pub fn int_cmp(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    match (int_ref(a)?, int_ref(b)?) {
        (IntRef::Small(x), IntRef::Small(y)) => Some(x.cmp(&y)),
        (x, y) => Some(x.big().cmp(&y.big())),
    }
}

/// Compare an int with a float exactly.
pub fn int_float_cmp(a: &Value, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Greater
        });
    }
    let x = int_ref(a)?;
    if let IntRef::Small(i) = x {
        if i.unsigned_abs() < (1 << 53) {
            return (i as f64).partial_cmp(&f);
        }
    }
    // Compare exactly: floor(f) as BigInt, then the fraction.
    let fl = f.floor();
    let fb = BigInt::from(fl as i128);
    let fb = if fl.abs() < 1e38 {
        fb
    } else {
        float_to_bigint(fl)
    };
    let xb = x.big();
    match xb.cmp(&fb) {
        std::cmp::Ordering::Equal => {
            if f > fl {
                Some(std::cmp::Ordering::Less)
            } else {
                Some(std::cmp::Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

/// An integral float as a BigInt (exactly).
pub fn float_to_bigint(f: f64) -> BigInt {
    if f.abs() < 9.0e18 {
        return BigInt::from(f as i64);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let m = BigInt::from(mant);
    let r = if exp >= 0 {
        m << (exp as usize)
    } else {
        m >> ((-exp) as usize)
    };
    if f < 0.0 {
        -r
    } else {
        r
    }
}

/// CPython's numeric hash of an int: value modulo 2**61 - 1, keeping the sign; -1 maps to -2.
pub fn int_hash(v: &Value) -> i64 {
    const P: i64 = (1 << 61) - 1;
    let h = match int_ref(v) {
        Some(IntRef::Small(i)) => {
            let m = (i.unsigned_abs() % P as u64) as i64;
            if i < 0 {
                -m
            } else {
                m
            }
        }
        Some(IntRef::Big(b)) => {
            let m = (b.abs() % BigInt::from(P)).to_i64().unwrap_or(0);
            if b.is_negative() {
                -m
            } else {
                m
            }
        }
        None => 0,
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's hash of a float (integral floats hash like the equal int).
pub fn float_hash(f: f64) -> i64 {
    const BITS: u32 = 61;
    const P: u64 = (1 << 61) - 1;
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & P) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= P {
            x -= P;
        }
    }
    let e = if e >= 0 {
        e % BITS as i32
    } else {
        BITS as i32 - 1 - ((-1 - e) % BITS as i32)
    };
    x = ((x << e) & P) | (x >> (BITS as i32 - e));
    let mut h = x as i64;
    if f < 0.0 {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// An int value from i128.
pub fn from_i128(v: i128) -> Value {
    match i64::try_from(v) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::BigInt(Rc::new(BigInt::from(v))),
    }
}
