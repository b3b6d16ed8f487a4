//! The methods only `bytearray` has, which change it in place: `append`, `extend`,
//! `insert`, `pop`, `remove`, `reverse`, `clear` and `copy`.

use std::cell::RefCell;
use std::rc::Rc;

use super::{byte_value, from_arg, me, method, positional, ssize};
use crate::objects::{PyResult, Type, Value};
use crate::vm::halt::PyErr;

/// The receiver's buffer.
fn buffer(a: &[Value]) -> PyResult<&Rc<RefCell<Vec<u8>>>> {
    match a.first() {
        Some(Value::ByteArray(b)) => Ok(b),
        _ => Err(PyErr::type_error("bytearray expected")),
    }
}

pub(super) fn install(ba: &Rc<Type>) {
    method(ba, "append", |interp, a, kw| {
        positional(a, kw, "append", 1, 1)?;
        let byte = byte_value(interp, &a[1])?;
        buffer(a)?.borrow_mut().push(byte);
        Ok(Value::None)
    });
    method(ba, "extend", |interp, a, kw| {
        let more = from_arg(interp, &a[1..2.min(a.len())], kw)?;
        buffer(a)?.borrow_mut().extend(more);
        Ok(Value::None)
    });
    method(ba, "insert", |interp, a, kw| {
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
    });
    method(ba, "pop", |interp, a, kw| {
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
    });
    method(ba, "remove", |interp, a, kw| {
        positional(a, kw, "remove", 1, 1)?;
        let byte = byte_value(interp, &a[1])?;
        let mut b = buffer(a)?.borrow_mut();
        let at = b
            .iter()
            .position(|&x| x == byte)
            .ok_or_else(|| PyErr::value_error("value not found in bytearray"))?;
        b.remove(at);
        Ok(Value::None)
    });
    method(ba, "reverse", |_, a, kw| {
        positional(a, kw, "reverse", 0, 0)?;
        buffer(a)?.borrow_mut().reverse();
        Ok(Value::None)
    });
    method(ba, "clear", |_, a, _| {
        buffer(a)?.borrow_mut().clear();
        Ok(Value::None)
    });
    method(ba, "copy", |_, a, _| {
        Ok(Value::ByteArray(Rc::new(RefCell::new(me(a)?))))
    });
}
