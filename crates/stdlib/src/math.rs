//! `math`: CPython's `Modules/mathmodule.c` float functions over the platform libm, with its
//! error rules (`math_1`: a NaN from a non-NaN is `math domain error`, an infinity from a
//! finite input `math range error`), its special cases for `pow`, `fmod`, `log`, and exact
//! summation for `fsum`. Integer functions live in `math/integer.rs`.

mod float;
mod integer;

use loopscope_python::bytecode::opcode::BinOpKind;
use loopscope_python::format::libm as libm_cr;
use loopscope_python::objects::int::int_ref;
use loopscope_python::{ExcKind, Interp, ModuleBuilder, PyErr, PyResult, Value};

use crate::args::{arity, kwarg, no_kw, only_kw, to_bigint, to_f64, Kw, Params};

fn domain() -> PyErr {
    PyErr::value_error("math domain error")
}

fn range() -> PyErr {
    PyErr::new(ExcKind::OverflowError, "math range error")
}

/// CPython's `math_1`: apply `f` and turn NaN/infinity results into the right error.
fn math_1(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(Value::Float(r))
}

/// Registers a one-argument float function.
fn unary(m: &mut ModuleBuilder, name: &'static str, f: fn(f64) -> f64, can_overflow: bool) {
    m.function(name, move |interp, args, kw| {
        let full = format!("math.{name}");
        no_kw(&full, kw)?;
        arity(&full, args, 1, 1)?;
        let x = to_f64(interp, &args[0])?;
        math_1(x, f, can_overflow)
    });
}

/// Exactly two positional float arguments.
fn two(interp: &mut Interp, name: &str, args: &[Value], kw: &Kw) -> PyResult<(f64, f64)> {
    no_kw(name, kw)?;
    arity(name, args, 2, 2)?;
    Ok((to_f64(interp, &args[0])?, to_f64(interp, &args[1])?))
}

/// One positional argument of any type.
fn one<'a>(name: &str, args: &'a [Value], kw: &Kw) -> PyResult<&'a Value> {
    no_kw(&format!("math.{name}"), kw)?;
    arity(&format!("math.{name}"), args, 1, 1)?;
    Ok(&args[0])
}

/// `floor`/`ceil`/`trunc`: ints pass through, user classes may define the dunder, floats
/// convert exactly.
fn to_integral(
    interp: &mut Interp,
    name: &str,
    dunder: &str,
    v: &Value,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    if let Some(r) = int_ref(v) {
        return Ok(Value::from_bigint(r.big()));
    }
    if let Value::Instance(_) = v {
        if let Some(m) = interp.getattr_opt(v, dunder)? {
            return interp.call(&m, &[], &[]);
        }
    }
    if name == "trunc" && !matches!(v, Value::Float(_)) {
        return Err(PyErr::type_error(format!(
            "type {} doesn't define __trunc__ method",
            v.type_name()
        )));
    }
    let x = to_f64(interp, v)?;
    Ok(Value::from_bigint(loopscope_python::format::float_to_int(
        f(x),
    )?))
}

/// CPython's `loghelper`: ints too large for a float are logged via their bit length.
fn log_of(interp: &mut Interp, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Value::BigInt(b) = v {
        if b.sign() != num_bigint::Sign::Plus {
            return Err(domain());
        }
        if loopscope_python::format::int_to_f64(b).is_err() {
            // x = m * 2**e with 0.5 <= m < 1.
            let e = b.bits() as i64 - 60;
            let top = (&**b >> (e as usize)).iter_u64_digits().next().unwrap_or(1) as f64;
            let (m, me) = float::frexp(top);
            return Ok(f(m) + (e + me) as f64 * f(2.0));
        }
    }
    if let Some(r) = int_ref(v) {
        if r.is_negative() || r.is_zero() {
            return Err(domain());
        }
    }
    let x = to_f64(interp, v)?;
    match math_1(x, f, false)? {
        Value::Float(r) => Ok(r),
        _ => Err(domain()),
    }
}

fn ln(x: f64) -> f64 {
    if x.is_finite() && x > 0.0 {
        libm_cr::log(x)
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn log2(x: f64) -> f64 {
    if x == 0.0 {
        f64::NEG_INFINITY
    } else if x < 0.0 {
        f64::NAN
    } else {
        libm_cr::log2(x)
    }
}

fn log10(x: f64) -> f64 {
    if x == 0.0 {
        f64::NEG_INFINITY
    } else if x < 0.0 {
        f64::NAN
    } else {
        x.log10()
    }
}

/// `math.log(x[, base])`.
fn log(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("math.log", kw)?;
    if args.is_empty() || args.len() > 2 {
        return Err(PyErr::type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(interp, &args[0], ln)?;
    if args.len() == 1 {
        return Ok(Value::Float(num));
    }
    let den = log_of(interp, &args[1], ln)?;
    if den == 0.0 {
        return Err(PyErr::new(
            ExcKind::ZeroDivisionError,
            "float division by zero",
        ));
    }
    Ok(Value::Float(num / den))
}

/// `math.pow(x, y)` with C99 Annex F special values and CPython's errors.
fn pow(x: f64, y: f64) -> PyResult<f64> {
    if !x.is_finite() || !y.is_finite() {
        return Ok(if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    let r = libm_cr::pow(x, y);
    if r.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() {
        return Err(if x == 0.0 { domain() } else { range() });
    }
    Ok(r)
}

/// `math.fmod(x, y)`.
fn fmod(x: f64, y: f64) -> PyResult<f64> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(r)
}

/// `math.remainder(x, y)`: IEEE 754 remainder, `x - n*y` with `n` the integer nearest
/// `x/y` (ties to even), computed exactly from `fmod`.
fn remainder(x: f64, y: f64) -> PyResult<f64> {
    if x.is_nan() || y.is_nan() {
        return Ok(f64::NAN);
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain());
    }
    if y.is_infinite() {
        return Ok(x);
    }
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Exactly halfway: pick the even multiple.
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    Ok(1.0f64.copysign(x) * r)
}

/// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let params = Params::new("isclose", &["a", "b", "rel_tol", "abs_tol"], 2).maxpos(2);
    let [a, b, rel_tol, abs_tol] = params.bind(args, kw)?;
    let (a, b) = (a.unwrap_or(Value::None), b.unwrap_or(Value::None));
    let a = to_f64(interp, &a)?;
    let b = to_f64(interp, &b)?;
    let rel = match rel_tol {
        Some(v) => to_f64(interp, &v)?,
        None => 1e-9,
    };
    let abs = match abs_tol {
        Some(v) => to_f64(interp, &v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

/// `math.prod(iterable, /, *, start=1)`.
fn prod(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    only_kw("prod", kw, &["start"])?;
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.len()
        )));
    }
    let mut acc = kwarg(kw, "start").unwrap_or(Value::Int(1));
    let it = interp.get_iter(&args[0])?;
    while let Some(x) = interp.iter_next(&it)? {
        acc = interp.binary_op(&acc, &x, BinOpKind::Mul, false)?;
    }
    Ok(acc)
}

/// Floats of a `hypot`/`dist` argument list.
fn floats(interp: &mut Interp, items: &[Value]) -> PyResult<Vec<f64>> {
    items.iter().map(|v| to_f64(interp, v)).collect()
}

/// `math.dist(p, q)`.
fn dist(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("dist", kw)?;
    arity("dist", args, 2, 2)?;
    let mut pts = vec![];
    for a in args {
        if !matches!(a, Value::Tuple(_) | Value::List(_)) {
            return Err(PyErr::type_error(format!(
                "dist(): argument {} must be tuple, not {}",
                pts.len() + 1,
                a.type_name()
            )));
        }
        let items = interp.iterate(a)?;
        pts.push(floats(interp, &items)?);
    }
    if pts[0].len() != pts[1].len() {
        return Err(PyErr::value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let diffs: Vec<f64> = pts[0]
        .iter()
        .zip(&pts[1])
        .map(|(p, q)| (p - q).abs())
        .collect();
    Ok(Value::Float(float::vector_norm(&diffs)))
}

/// `math.ldexp(x, i)`.
fn ldexp(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("ldexp", kw)?;
    arity("ldexp", args, 2, 2)?;
    let x = to_f64(interp, &args[0])?;
    if int_ref(&args[1]).is_none() {
        return Err(PyErr::type_error(
            "Expected an int as second argument to ldexp.",
        ));
    }
    let e = to_bigint(interp, &args[1])?;
    let e = num_traits::ToPrimitive::to_i64(&e).unwrap_or(if e.sign() == num_bigint::Sign::Minus {
        i64::MIN
    } else {
        i64::MAX
    });
    let r = float::ldexp(x, e);
    if r.is_infinite() && x.is_finite() {
        return Err(range());
    }
    Ok(Value::Float(r))
}

/// `math.fsum(iterable)`.
fn fsum(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("math.fsum", kw)?;
    arity("math.fsum", args, 1, 1)?;
    let items = interp.iterate(&args[0])?;
    let xs = floats(interp, &items)?;
    Ok(Value::Float(float::fsum(&xs)?))
}

/// Registers the module's functions and constants.
pub fn register(m: &mut ModuleBuilder) {
    m.value("pi", Value::Float(std::f64::consts::PI));
    m.value("e", Value::Float(std::f64::consts::E));
    m.value("tau", Value::Float(std::f64::consts::TAU));
    m.value("inf", Value::Float(f64::INFINITY));
    m.value("nan", Value::Float(f64::NAN));
    unary(m, "sqrt", f64::sqrt, false);
    unary(m, "exp", libm_cr::exp, true);
    unary(m, "exp2", f64::exp2, true);
    unary(m, "expm1", f64::exp_m1, true);
    unary(m, "log1p", f64::ln_1p, false);
    unary(m, "fabs", f64::abs, false);
    unary(m, "cbrt", libm::cbrt, false);
    unary(m, "sin", f64::sin, false);
    unary(m, "cos", f64::cos, false);
    unary(m, "tan", f64::tan, false);
    unary(m, "asin", f64::asin, false);
    unary(m, "acos", f64::acos, false);
    unary(m, "atan", f64::atan, false);
    unary(m, "sinh", f64::sinh, true);
    unary(m, "cosh", f64::cosh, true);
    unary(m, "tanh", f64::tanh, false);
    // Rust's own asinh/acosh/atanh use shorter formulas than the C library's; glibc's and
    // the `libm` crate's are both fdlibm's, so these match CPython's on Linux.
    unary(m, "asinh", libm::asinh, false);
    unary(m, "acosh", libm::acosh, false);
    unary(m, "atanh", libm::atanh, false);
    unary(m, "erf", libm::erf, false);
    unary(m, "erfc", libm::erfc, false);
    m.function("floor", |i, a, k| {
        to_integral(i, "floor", "__floor__", one("floor", a, k)?, f64::floor)
    });
    m.function("ceil", |i, a, k| {
        to_integral(i, "ceil", "__ceil__", one("ceil", a, k)?, f64::ceil)
    });
    m.function("trunc", |i, a, k| {
        to_integral(i, "trunc", "__trunc__", one("trunc", a, k)?, f64::trunc)
    });
    m.function("log", log);
    m.function("log2", |i, a, k| {
        Ok(Value::Float(log_of(i, one("log2", a, k)?, log2)?))
    });
    m.function("log10", |i, a, k| {
        Ok(Value::Float(log_of(i, one("log10", a, k)?, log10)?))
    });
    m.function("pow", |i, a, k| {
        let (x, y) = two(i, "pow", a, k)?;
        Ok(Value::Float(pow(x, y)?))
    });
    m.function("fmod", |i, a, k| {
        let (x, y) = two(i, "fmod", a, k)?;
        Ok(Value::Float(fmod(x, y)?))
    });
    m.function("remainder", |i, a, k| {
        let (x, y) = two(i, "remainder", a, k)?;
        Ok(Value::Float(remainder(x, y)?))
    });
    m.function("atan2", |i, a, k| {
        let (y, x) = two(i, "atan2", a, k)?;
        Ok(Value::Float(y.atan2(x)))
    });
    m.function("copysign", |i, a, k| {
        let (x, y) = two(i, "copysign", a, k)?;
        Ok(Value::Float(x.copysign(y)))
    });
    m.function("nextafter", |i, a, k| {
        let (x, y) = two(i, "nextafter", a, k)?;
        Ok(Value::Float(float::nextafter(x, y)))
    });
    m.function("ulp", |i, a, k| {
        let x = to_f64(i, one("ulp", a, k)?)?;
        Ok(Value::Float(float::ulp(x)))
    });
    m.function("degrees", |i, a, k| {
        Ok(Value::Float(
            to_f64(i, one("degrees", a, k)?)? * (180.0 / std::f64::consts::PI),
        ))
    });
    m.function("radians", |i, a, k| {
        Ok(Value::Float(
            to_f64(i, one("radians", a, k)?)? * (std::f64::consts::PI / 180.0),
        ))
    });
    m.function("isfinite", |i, a, k| {
        Ok(Value::Bool(to_f64(i, one("isfinite", a, k)?)?.is_finite()))
    });
    m.function("isinf", |i, a, k| {
        Ok(Value::Bool(to_f64(i, one("isinf", a, k)?)?.is_infinite()))
    });
    m.function("isnan", |i, a, k| {
        Ok(Value::Bool(to_f64(i, one("isnan", a, k)?)?.is_nan()))
    });
    m.function("modf", |i, a, k| {
        let (f, n) = float::modf(to_f64(i, one("modf", a, k)?)?);
        Ok(Value::tuple(vec![Value::Float(f), Value::Float(n)]))
    });
    m.function("frexp", |i, a, k| {
        let (f, e) = float::frexp(to_f64(i, one("frexp", a, k)?)?);
        Ok(Value::tuple(vec![Value::Float(f), Value::Int(e)]))
    });
    m.function("ldexp", ldexp);
    m.function("hypot", |i, a, k| {
        no_kw("hypot", k)?;
        let xs: Vec<f64> = floats(i, a)?.into_iter().map(f64::abs).collect();
        Ok(Value::Float(float::vector_norm(&xs)))
    });
    m.function("dist", dist);
    m.function("isclose", isclose);
    m.function("fsum", fsum);
    m.function("prod", prod);
    integer::register(m);
}
