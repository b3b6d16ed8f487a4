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

/// The parameters of a native that takes keywords, as CPython's Argument Clinic describes
/// one: `names` in order, the first `posonly` positional-only, the first `maxpos` allowed
/// positionally (the rest keyword-only), the first `minpos` required.
pub struct Params<'a> {
    pub fname: &'a str,
    pub names: &'a [&'a str],
    pub posonly: usize,
    pub maxpos: usize,
    pub minpos: usize,
}

/// Binds `args` and `kw` to `p`'s parameters, one slot per name (`None` when left out),
/// checking in the order Argument Clinic's parser does and with its messages: too many
/// arguments, too few positional ones, a missing required one, a name given twice, an
/// unknown keyword.
pub fn bind(p: &Params, args: &[Value], kw: &Kw) -> PyResult<Vec<Option<Value>>> {
    let (nargs, maxargs, f) = (args.len(), p.names.len(), p.fname);
    let s = |k: usize| if k == 1 { "" } else { "s" };
    if nargs + kw.len() > maxargs {
        let keyword = if nargs == 0 { "keyword " } else { "" };
        return Err(PyErr::type_error(format!(
            "{f}() takes at most {maxargs} {keyword}argument{} ({} given)",
            s(maxargs),
            nargs + kw.len()
        )));
    }
    if nargs > p.maxpos {
        let how = if p.minpos < p.maxpos {
            "at most"
        } else {
            "exactly"
        };
        return Err(PyErr::type_error(if p.maxpos == 0 {
            format!("{f}() takes no positional arguments")
        } else {
            format!(
                "{f}() takes {how} {} positional argument{} ({nargs} given)",
                p.maxpos,
                s(p.maxpos)
            )
        }));
    }
    let minposonly = p.posonly.min(p.minpos);
    if nargs < minposonly {
        let how = if minposonly < p.maxpos {
            "at least"
        } else {
            "exactly"
        };
        return Err(PyErr::type_error(format!(
            "{f}() takes {how} {minposonly} positional argument{} ({nargs} given)",
            s(minposonly)
        )));
    }
    let mut out: Vec<Option<Value>> = args.iter().cloned().map(Some).collect();
    out.resize(maxargs, None);
    let mut used = 0;
    for (i, slot) in out.iter_mut().enumerate().skip(nargs.max(p.posonly)) {
        match kwarg(kw, p.names[i]) {
            Some(v) => {
                *slot = Some(v);
                used += 1;
            }
            None if i < p.minpos => {
                return Err(PyErr::type_error(format!(
                    "{f}() missing required argument '{}' (pos {})",
                    p.names[i],
                    i + 1
                )))
            }
            None => {}
        }
    }
    if used < kw.len() {
        for (i, name) in p.names.iter().enumerate().take(nargs).skip(p.posonly) {
            if kwarg(kw, name).is_some() {
                return Err(PyErr::type_error(format!(
                    "argument for {f}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
        }
        let known = &p.names[p.posonly..];
        if let Some((k, _)) = kw.iter().find(|(k, _)| !known.contains(&&**k)) {
            return Err(PyErr::type_error(format!(
                "'{k}' is an invalid keyword argument for {f}()"
            )));
        }
    }
    Ok(out)
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
