//! The methods only `bytearray` has, which change it in place: `append`, `extend`,
//! `insert`, `pop`, `remove`, `reverse`, `clear` and `copy`.

use std::cell::RefCell;
use std::rc::Rc;

use super::{byte_value, from_arg, me, positional, ssize};
use crate::builtins::{Kw, Native};
use crate::objects::{PyResult, Value};
use crate::vm::halt::PyErr;
use crate::vm::Interp;

/// The receiver's buffer.
fn buffer(a: &[Value]) -> PyResult<&Rc<RefCell<Vec<u8>>>> {
    match a.first() {
        Some(Value::ByteArray(b)) => Ok(b),
        _ => Err(PyErr::type_error("bytearray expected")),
    }
}
/// `bytearray`'s methods defined here, by their Python names.
pub(super) const METHODS: &[(&str, Native)] = &[
    ("append", append),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("reverse", reverse),
    ("clear", clear),
    ("copy", copy),
];

/// `bytearray.append(item, /)`: append a single item to the end of the bytearray.
fn append(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    positional(a, kw, "append", 1, 1)?;
    let byte = byte_value(interp, &a[1])?;
    buffer(a)?.borrow_mut().push(byte);
    Ok(Value::None)
}

/// `bytearray.extend(iterable_of_ints, /)`: append all the items from the iterator or sequence to the end of the bytearray.
fn extend(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    positional(a, kw, "extend", 1, 1)?;
    let more = from_arg(interp, a.get(1), None, false)?;
    buffer(a)?.borrow_mut().extend(more);
    Ok(Value::None)
}

/// `bytearray.insert(index, item, /)`: insert a single item into the bytearray before the given index.
fn insert(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    positional(a, kw, "insert", 2, 2)?;
    let index = ssize(interp, &a[1])?;
    let byte = byte_value(interp, &a[2])?;
    let mut b = buffer(a)?.borrow_mut();
    let len = b.len() as i64;
    let at = if index < 0 {
        index.saturating_add(len).max(0)
    } else {
        index.min(len)
    };
    b.insert(at as usize, byte);
    Ok(Value::None)
}

/// `bytearray.pop(index=-1, /)`: remove and return a single item from B.
fn pop(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    positional(a, kw, "pop", 0, 1)?;
    let i = match a.get(1) {
        Some(v) => ssize(interp, v)?,
        None => -1,
    };
    let b = buffer(a)?;
    let len = b.borrow().len() as i64;
    if len == 0 {
        return Err(PyErr::index_error("pop from empty bytearray"));
    }
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(PyErr::index_error("pop index out of range"));
    }
    let v = b.borrow_mut().remove(j as usize);
    Ok(Value::Int(v as i64))
}

/// `bytearray.remove(value, /)`: remove the first occurrence of a value in the bytearray.
fn remove(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    positional(a, kw, "remove", 1, 1)?;
    let byte = byte_value(interp, &a[1])?;
    let mut b = buffer(a)?.borrow_mut();
    let at = b
        .iter()
        .position(|&x| x == byte)
        .ok_or_else(|| PyErr::value_error("value not found in bytearray"))?;
    b.remove(at);
    Ok(Value::None)
}

/// `bytearray.reverse()`: reverse the order of the values in B in place.
fn reverse(_: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    positional(a, kw, "reverse", 0, 0)?;
    buffer(a)?.borrow_mut().reverse();
    Ok(Value::None)
}

/// `bytearray.clear()`: remove all items from the bytearray.
fn clear(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    buffer(a)?.borrow_mut().clear();
    Ok(Value::None)
}

/// `bytearray.copy()`: return a copy of B.
fn copy(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::ByteArray(Rc::new(RefCell::new(me(a)?))))
}
