//! Argument handling for the native modules: the interpreter's argument API
//! (`loopscope_python::args`, re-exported here) and the number conversions (`__float__`,
//! `__index__`) with CPython's error messages.

use loopscope_python::objects::int::{int_ref, to_big};
use loopscope_python::{PyErr, PyResult, Value};
use num_bigint::BigInt;

pub use loopscope_python::args::{arg, arity, bind, kwarg, no_kw, nth, only_kw, Kw, Params};

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
            if interp.getattr_opt(v, "__index__")?.is_some() {
                // `__index__` must give an int (`__index__ returned non-int`).
                let n = to_bigint(interp, v)?;
                return Ok(loopscope_python::format::int_to_f64(&n)?);
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

/// The bytes of a bytes-like argument (`bytes`, `bytearray`, `memoryview`), or `TypeError: a
/// bytes-like object is required, not 'str'`.
pub fn buffer(v: &Value) -> PyResult<Vec<u8>> {
    loopscope_python::bytes_of(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        ))
    })
}

/// An integer argument converted as C's `int` is (`_PyLong_AsInt`): `__index__`, and
/// `OverflowError: Python int too large to convert to C int`.
pub fn to_c_int(interp: &mut loopscope_python::Interp, v: &Value) -> PyResult<i32> {
    let b = to_bigint(interp, v)?;
    num_traits::ToPrimitive::to_i32(&b).ok_or_else(|| {
        PyErr::new(
            loopscope_python::ExcKind::OverflowError,
            "Python int too large to convert to C int",
        )
    })
}
