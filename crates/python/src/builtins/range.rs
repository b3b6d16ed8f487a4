//! `range` and `slice`: their constructors and methods (CPython's Objects/rangeobject.c and
//! Objects/sliceobject.c).

use std::rc::Rc;

use super::{arity, ctor, methods, this, Kw, Native};
use crate::objects::{BuiltinTypes, ExcKind, PyRange, PyResult, PySlice, Value};
use crate::vm::halt::PyErr;
use crate::vm::Interp;

/// Installs the constructors and methods of `range` and `slice`.
pub(super) fn install(bt: &BuiltinTypes) {
    ctor(&bt.range, range_new);
    methods(&bt.range, RANGE_METHODS);
    ctor(&bt.slice, slice_new);
    methods(&bt.slice, SLICE_METHODS);
}

/// `range`'s methods, by their Python names.
const RANGE_METHODS: &[(&str, Native)] = &[("index", range_index), ("count", range_count)];

/// `slice`'s methods, by their Python names.
const SLICE_METHODS: &[(&str, Native)] = &[("indices", slice_indices)];

/// `range(stop)` or `range(start, stop[, step])`: the integers from start to stop by step.
fn range_new(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    super::no_kw("range", kw)?;
    let a = &args[1..];
    if a.is_empty() {
        return Err(PyErr::type_error(
            "range expected at least 1 argument, got 0",
        ));
    }
    if a.len() > 3 {
        return Err(PyErr::type_error(format!(
            "range expected at most 3 arguments, got {}",
            a.len()
        )));
    }
    let mut n: Vec<i128> = vec![];
    for v in a {
        let i = match v {
            Value::Float(_) => {
                return Err(PyErr::type_error(
                    "'float' object cannot be interpreted as an integer",
                ));
            }
            Value::BigInt(b) => match num_traits::ToPrimitive::to_i128(&**b) {
                Some(i) if i.abs() < (1i128 << 120) => i,
                _ => {
                    return Err(PyErr::new(
                        ExcKind::OverflowError,
                        "range() arguments this large are not supported in Loopscope",
                    ))
                }
            },
            other => interp.index_of(other)? as i128,
        };
        n.push(i);
    }
    let (start, stop, step) = match n.len() {
        1 => (0, n[0], 1),
        2 => (n[0], n[1], 1),
        _ => (n[0], n[1], n[2]),
    };
    if step == 0 {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(PyRange { start, stop, step })))
}

/// `range.index(value, /)`: return index of value.
fn range_index(interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
    let (Value::Range(r), Some(x)) = (this(a)?, a.get(1)) else {
        return Err(PyErr::type_error("bad range"));
    };
    let r = r.clone();
    let v = Value::Range(r.clone());
    if interp.contains(&v, x)? {
        if let Some(n) = crate::objects::int::int_ref(x).map(|n| n.big()) {
            let n = num_traits::ToPrimitive::to_i128(&n).unwrap_or(0);
            return Ok(crate::objects::int::from_i128((n - r.start) / r.step));
        }
        for i in 0..r.len().min(1 << 24) {
            if interp.eq(&crate::objects::int::from_i128(r.get(i)), x)? {
                return Ok(crate::objects::int::from_i128(i));
            }
        }
    }
    let xr = interp.repr_of(x)?;
    Err(PyErr::value_error(format!("{xr} is not in range")))
}

/// `range.count(value, /)`: return number of occurrences of value.
fn range_count(interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
    let (Value::Range(r), Some(x)) = (this(a)?, a.get(1)) else {
        return Err(PyErr::type_error("bad range"));
    };
    let v = Value::Range(r.clone());
    Ok(Value::Int(interp.contains(&v, x)? as i64))
}

/// `slice(stop)` or `slice(start, stop[, step])`: a new slice object.
fn slice_new(_interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    let a = &args[1..];
    arity("slice", a, 1, 3)?;
    let s = match a.len() {
        1 => PySlice {
            start: Value::None,
            stop: a[0].clone(),
            step: Value::None,
        },
        2 => PySlice {
            start: a[0].clone(),
            stop: a[1].clone(),
            step: Value::None,
        },
        _ => PySlice {
            start: a[0].clone(),
            stop: a[1].clone(),
            step: a[2].clone(),
        },
    };
    Ok(Value::Slice(Rc::new(s)))
}

/// `slice.indices(len, /)`: the (start, stop, stride) the slice selects in a sequence of
/// length len.
fn slice_indices(interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
    let (Value::Slice(s), Some(n)) = (this(a)?, a.get(1)) else {
        return Err(PyErr::type_error("bad slice"));
    };
    let n = interp.int_arg(n)?;
    let s = s.clone();
    let idx = interp.slice_indices(&s, n.max(0) as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(idx.start),
        Value::Int(idx.stop),
        Value::Int(idx.step),
    ]))
}
