//! Argument handling shared by the native modules: arity checks, keyword lookup and the
//! number conversions (`__float__`, `__index__`) with CPython's error messages.

use std::rc::Rc;

use loopscope_python::objects::int::{int_ref, to_big};
use loopscope_python::{PyErr, PyResult, Value};
use num_bigint::BigInt;

/// Keyword arguments as natives receive them.
pub type Kw = [(Rc<str>, Value)];

/// Checks a positional-only native's argument count with CPython's wording
/// (`sqrt() takes exactly one argument (0 given)`, `pow expected 2 arguments, got 1`).
pub fn arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let s = |k: usize| if k == 1 { "" } else { "s" };
    Err(PyErr::type_error(if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} argument{}, got {n}", s(min)),
        }
    } else if n < min {
        format!("{name} expected at least {min} argument{}, got {n}", s(min))
    } else {
        format!("{name} expected at most {max} argument{}, got {n}", s(max))
    }))
}

/// Rejects keyword arguments.
pub fn no_kw(name: &str, kw: &Kw) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "{name}() takes no keyword arguments"
        )))
    }
}

/// Rejects keywords other than `allowed`.
pub fn only_kw(name: &str, kw: &Kw, allowed: &[&str]) -> PyResult<()> {
    match kw.iter().find(|(k, _)| !allowed.contains(&&**k)) {
        Some((k, _)) => Err(PyErr::type_error(format!(
            "{name}() got an unexpected keyword argument '{k}'"
        ))),
        None => Ok(()),
    }
}

/// Keyword argument `name`, if given.
pub fn kwarg(kw: &Kw, name: &str) -> Option<Value> {
    kw.iter()
        .find(|(k, _)| &**k == name)
        .map(|(_, v)| v.clone())
}

/// Positional argument `i`, or keyword `name`.
pub fn arg(args: &[Value], kw: &Kw, i: usize, name: &str) -> Option<Value> {
    args.get(i).cloned().or_else(|| kwarg(kw, name))
}

/// A float argument: floats, ints, and objects with `__float__` or `__index__`
/// (`TypeError: must be real number, not str`).
pub fn to_f64(interp: &mut loopscope_python::Interp, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => Ok(loopscope_python::format::int_to_f64(b)?),
        Value::Instance(_) => {
            if let Some(f) = interp.getattr_opt(v, "__float__")? {
                return match interp.call(&f, &[], &[])? {
                    Value::Float(x) => Ok(x),
                    other => Err(PyErr::type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        v.type_name(),
                        other.type_name()
                    ))),
                };
            }
            if let Some(f) = interp.getattr_opt(v, "__index__")? {
                let r = interp.call(&f, &[], &[])?;
                return to_f64(interp, &r);
            }
            Err(not_real(v))
        }
        _ => Err(not_real(v)),
    }
}

fn not_real(v: &Value) -> PyErr {
    PyErr::type_error(format!("must be real number, not {}", v.type_name()))
}

/// An integer argument (`__index__`): `'float' object cannot be interpreted as an integer`.
pub fn to_bigint(interp: &mut loopscope_python::Interp, v: &Value) -> PyResult<BigInt> {
    if int_ref(v).is_some() {
        return Ok(to_big(v));
    }
    if let Value::Instance(_) = v {
        if let Some(f) = interp.getattr_opt(v, "__index__")? {
            let r = interp.call(&f, &[], &[])?;
            if int_ref(&r).is_some() {
                return Ok(to_big(&r));
            }
            return Err(PyErr::type_error(format!(
                "__index__ returned non-int (type {})",
                r.type_name()
            )));
        }
    }
    Err(PyErr::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        v.type_name()
    )))
}

/// An integer argument that must fit an `i64`
/// (`OverflowError: Python int too large to convert to C long`).
pub fn to_i64(interp: &mut loopscope_python::Interp, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ => {
            let b = to_bigint(interp, v)?;
            num_traits::ToPrimitive::to_i64(&b).ok_or_else(|| {
                PyErr::new(
                    loopscope_python::ExcKind::OverflowError,
                    "Python int too large to convert to C long",
                )
            })
        }
    }
}

/// Splits a native method's arguments into the receiver and the rest
/// (`descriptor 'append' of 'collections.deque' object needs an argument`).
pub fn receiver<'a>(
    class: &str,
    name: &str,
    args: &'a [Value],
) -> PyResult<(&'a Value, &'a [Value])> {
    match args.split_first() {
        Some((this, rest)) => Ok((this, rest)),
        None => Err(PyErr::type_error(format!(
            "descriptor '{name}' of '{class}' object needs an argument"
        ))),
    }
}
