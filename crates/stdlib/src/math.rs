//! `math`: CPython's `Modules/mathmodule.c` float functions over the platform libm, with its
//! error rules (`math_1`: a NaN from a non-NaN is `math domain error`, an infinity from a
//! finite input `math range error`), its special cases for `pow`, `fmod`, `log`, and exact
//! summation for `fsum`. Integer functions live in `math/integer.rs`.

mod float;
mod integer;

use loopscope_python::bytecode::opcode::BinOpKind;
use loopscope_python::format::libm as libm_cr;
use loopscope_python::objects::int::int_ref;
use loopscope_python::objects::Native;
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

/// Registers a one-argument float function (a closure: it carries the name, the function
/// and whether an infinite result is an overflow).
fn unary(m: &mut ModuleBuilder, name: &'static str, f: FloatFn, can_overflow: bool) {
    m.function(name, move |interp, args, kw| {
        let full = format!("math.{name}");
        no_kw(&full, kw)?;
        arity(&full, args, 1, 1)?;
        let x = to_f64(interp, &args[0])?;
        math_1(x, f, can_overflow)
    });
}

/// A float function of one float.
type FloatFn = fn(f64) -> f64;

/// The one-argument float functions, by their Python names: `(name, f, can_overflow)`,
/// where `can_overflow` makes an infinite result from a finite input `math range error`.
const UNARY: &[(&str, FloatFn, bool)] = &[
    ("sqrt", f64::sqrt, false),
    ("exp", libm_cr::exp, true),
    ("exp2", f64::exp2, true),
    ("expm1", f64::exp_m1, true),
    ("log1p", f64::ln_1p, false),
    ("fabs", f64::abs, false),
    ("cbrt", libm::cbrt, false),
    ("sin", f64::sin, false),
    ("cos", f64::cos, false),
    ("tan", f64::tan, false),
    ("asin", f64::asin, false),
    ("acos", f64::acos, false),
    ("atan", f64::atan, false),
    ("sinh", f64::sinh, true),
    ("cosh", f64::cosh, true),
    ("tanh", f64::tanh, false),
    // Rust's own asinh/acosh/atanh use shorter formulas than the C library's; glibc's and
    // the `libm` crate's are both fdlibm's, so these match CPython's on Linux.
    ("asinh", libm::asinh, false),
    ("acosh", libm::acosh, false),
    ("atanh", libm::atanh, false),
    ("erf", libm::erf, false),
    ("erfc", libm::erfc, false),
];

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

/// `math.log(x[, base])`: the natural logarithm, or the logarithm to `base`.
fn math_log(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
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

/// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`: whether `a` and `b` are close.
fn math_isclose(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let params = Params::new("isclose", &["a", "b", "rel_tol", "abs_tol"], 2).maxpos(2);
    let [a, b, rel_tol, abs_tol] = params.bind(args, kw)?;
    let (a, b) = (
        loopscope_python::args::required(a)?,
        loopscope_python::args::required(b)?,
    );
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

/// `math.prod(iterable, /, *, start=1)`: the product of `start` and the items.
fn math_prod(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
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

/// `math.dist(p, q)`: the Euclidean distance between two points.
fn math_dist(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
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

/// `math.ldexp(x, i)`: `x * 2**i`.
fn math_ldexp(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
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

/// `math.fsum(iterable)`: the exactly rounded sum of the items.
fn math_fsum(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("math.fsum", kw)?;
    arity("math.fsum", args, 1, 1)?;
    let items = interp.iterate(&args[0])?;
    let xs = floats(interp, &items)?;
    Ok(Value::Float(float::fsum(&xs)?))
}

/// `math.floor(x)`: the largest integer `<= x`.
fn math_floor(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    to_integral(
        interp,
        "floor",
        "__floor__",
        one("floor", args, kw)?,
        f64::floor,
    )
}

/// `math.ceil(x)`: the smallest integer `>= x`.
fn math_ceil(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    to_integral(
        interp,
        "ceil",
        "__ceil__",
        one("ceil", args, kw)?,
        f64::ceil,
    )
}

/// `math.trunc(x)`: `x` truncated toward zero, as an integer.
fn math_trunc(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    to_integral(
        interp,
        "trunc",
        "__trunc__",
        one("trunc", args, kw)?,
        f64::trunc,
    )
}

/// `math.log2(x)`: the base-2 logarithm.
fn math_log2(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    Ok(Value::Float(log_of(interp, one("log2", args, kw)?, log2)?))
}

/// `math.log10(x)`: the base-10 logarithm.
fn math_log10(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    Ok(Value::Float(log_of(
        interp,
        one("log10", args, kw)?,
        log10,
    )?))
}

/// `math.pow(x, y)`: `x ** y` in floats.
fn math_pow(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let (x, y) = two(interp, "pow", args, kw)?;
    Ok(Value::Float(pow(x, y)?))
}

/// `math.fmod(x, y)`: C's `fmod`, the remainder with the sign of `x`.
fn math_fmod(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let (x, y) = two(interp, "fmod", args, kw)?;
    Ok(Value::Float(fmod(x, y)?))
}

/// `math.remainder(x, y)`: the IEEE 754 remainder.
fn math_remainder(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let (x, y) = two(interp, "remainder", args, kw)?;
    Ok(Value::Float(remainder(x, y)?))
}

/// `math.atan2(y, x)`: the arc tangent of `y / x`, in the right quadrant.
fn math_atan2(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let (y, x) = two(interp, "atan2", args, kw)?;
    Ok(Value::Float(y.atan2(x)))
}

/// `math.copysign(x, y)`: `x`'s magnitude with `y`'s sign.
fn math_copysign(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let (x, y) = two(interp, "copysign", args, kw)?;
    Ok(Value::Float(x.copysign(y)))
}

/// `math.nextafter(x, y)`: the next float after `x` toward `y`.
fn math_nextafter(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let (x, y) = two(interp, "nextafter", args, kw)?;
    Ok(Value::Float(float::nextafter(x, y)))
}

/// `math.ulp(x)`: the value of the least significant bit of `x`.
fn math_ulp(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let x = to_f64(interp, one("ulp", args, kw)?)?;
    Ok(Value::Float(float::ulp(x)))
}

/// `math.degrees(x)`: radians converted to degrees.
fn math_degrees(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    Ok(Value::Float(
        to_f64(interp, one("degrees", args, kw)?)? * (180.0 / std::f64::consts::PI),
    ))
}

/// `math.radians(x)`: degrees converted to radians.
fn math_radians(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    Ok(Value::Float(
        to_f64(interp, one("radians", args, kw)?)? * (std::f64::consts::PI / 180.0),
    ))
}

/// `math.isfinite(x)`: whether `x` is neither infinite nor NaN.
fn math_isfinite(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(
        to_f64(interp, one("isfinite", args, kw)?)?.is_finite(),
    ))
}

/// `math.isinf(x)`: whether `x` is infinite.
fn math_isinf(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(
        to_f64(interp, one("isinf", args, kw)?)?.is_infinite(),
    ))
}

/// `math.isnan(x)`: whether `x` is NaN.
fn math_isnan(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(
        to_f64(interp, one("isnan", args, kw)?)?.is_nan(),
    ))
}

/// `math.modf(x)`: `(fractional part, integer part)`, both floats with `x`'s sign.
fn math_modf(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let (f, n) = float::modf(to_f64(interp, one("modf", args, kw)?)?);
    Ok(Value::tuple(vec![Value::Float(f), Value::Float(n)]))
}

/// `math.frexp(x)`: `(m, e)` with `x == m * 2**e` and `0.5 <= abs(m) < 1`.
fn math_frexp(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let (f, e) = float::frexp(to_f64(interp, one("frexp", args, kw)?)?);
    Ok(Value::tuple(vec![Value::Float(f), Value::Int(e)]))
}

/// `math.hypot(*coordinates)`: the Euclidean norm of the coordinates.
fn math_hypot(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("hypot", kw)?;
    let xs: Vec<f64> = floats(interp, args)?.into_iter().map(f64::abs).collect();
    Ok(Value::Float(float::vector_norm(&xs)))
}

/// The module's other float functions, by their Python names (after the `UNARY` ones).
const FUNCTIONS: &[(&str, Native)] = &[
    ("floor", math_floor),
    ("ceil", math_ceil),
    ("trunc", math_trunc),
    ("log", math_log),
    ("log2", math_log2),
    ("log10", math_log10),
    ("pow", math_pow),
    ("fmod", math_fmod),
    ("remainder", math_remainder),
    ("atan2", math_atan2),
    ("copysign", math_copysign),
    ("nextafter", math_nextafter),
    ("ulp", math_ulp),
    ("degrees", math_degrees),
    ("radians", math_radians),
    ("isfinite", math_isfinite),
    ("isinf", math_isinf),
    ("isnan", math_isnan),
    ("modf", math_modf),
    ("frexp", math_frexp),
    ("ldexp", math_ldexp),
    ("hypot", math_hypot),
    ("dist", math_dist),
    ("isclose", math_isclose),
    ("fsum", math_fsum),
    ("prod", math_prod),
];

/// Registers the module's functions and constants.
pub fn register(m: &mut ModuleBuilder) {
    m.value("pi", Value::Float(std::f64::consts::PI));
    m.value("e", Value::Float(std::f64::consts::E));
    m.value("tau", Value::Float(std::f64::consts::TAU));
    m.value("inf", Value::Float(f64::INFINITY));
    m.value("nan", Value::Float(f64::NAN));
    for &(name, f, can_overflow) in UNARY {
        unary(m, name, f, can_overflow);
    }
    m.functions(FUNCTIONS);
    integer::register(m);
}
