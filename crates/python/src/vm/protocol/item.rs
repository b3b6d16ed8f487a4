//! Subscription (`x[i]`, slices, `__getitem__`/`__setitem__`/`__delitem__`) and the dict
//! and set operations that may need Python-level `__hash__`/`__eq__`.

use std::rc::Rc;

use crate::objects::int::int_ref;
use crate::objects::{ExcKind, PyResult, PySlice, Value};
use crate::vm::halt::PyErr;
use crate::vm::Interp;

/// Resolved slice bounds over a sequence of known length.
pub(crate) struct SliceIdx {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIdx {
    /// The selected indices, in order.
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

impl Interp {
    /// An index value (`__index__`).
    pub fn index_of(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(_) => Err(PyErr::index_error(
                "cannot fit 'int' into an index-sized integer",
            )),
            Value::Instance(_) => {
                // An int subclass's instance is its value (`PyLong_Check` comes first).
                if let Some(b @ (Value::Int(_) | Value::BigInt(_))) = crate::objects::base_value(v)
                {
                    return self.index_of(&b);
                }
                match self.user_method(v, "__index__")? {
                    Some(m) => {
                        let r = self.call(&m, &[], &[])?;
                        self.index_of(&r)
                    }
                    None => Err(PyErr::type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        v.type_name()
                    ))),
                }
            }
            _ => Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.type_name()
            ))),
        }
    }

    /// A slice bound, or a `start`/`end` argument of a search method: `None` stays
    /// `None`, ints past 64 bits clamp (CPython's `_PyEval_SliceIndex`).
    pub(crate) fn slice_part(&mut self, v: &Value) -> PyResult<Option<i64>> {
        match v {
            Value::None => Ok(None),
            Value::BigInt(b) => Ok(Some(if num_traits::Signed::is_negative(&**b) {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            })),
            other => match self.index_of(other) {
                Ok(i) => Ok(Some(i)),
                Err(_) => Err(PyErr::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            },
        }
    }

    /// CPython's `slice.indices(len)`.
    pub(crate) fn slice_indices(&mut self, s: &PySlice, len: usize) -> PyResult<SliceIdx> {
        let step = self.slice_part(&s.step)?.unwrap_or(1);
        if step == 0 {
            return Err(PyErr::value_error("slice step cannot be zero"));
        }
        let len_i = len as i64;
        let (lower, upper) = if step < 0 {
            (-1, len_i - 1)
        } else {
            (0, len_i)
        };
        let fix = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(mut x) => {
                    if x < 0 {
                        x += len_i;
                        if x < lower {
                            x = lower;
                        }
                    } else if x > upper {
                        x = upper;
                    }
                    x
                }
            }
        };
        let start = fix(
            self.slice_part(&s.start)?,
            if step < 0 { upper } else { lower },
        );
        let stop = fix(
            self.slice_part(&s.stop)?,
            if step < 0 { lower } else { upper },
        );
        let n = if step > 0 {
            if stop > start {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        Ok(SliceIdx {
            start,
            stop,
            step,
            len: n as usize,
        })
    }

    fn seq_index(&mut self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match key {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => {
                return Err(PyErr::index_error(
                    "cannot fit 'int' into an index-sized integer".to_string(),
                ))
            }
            Value::Instance(_) if key.type_of().lookup("__index__").is_some() => {
                self.index_of(key)?
            }
            _ => {
                return Err(PyErr::type_error(format!(
                    "{what} indices must be integers or slices, not {}",
                    key.type_name()
                )))
            }
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(PyErr::index_error(format!("{what} index out of range")));
        }
        Ok(j as usize)
    }

    /// `obj[key]`.
    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let items = l.borrow().clone();
                    let idx = self.slice_indices(s, items.len())?;
                    return Ok(Value::list(
                        idx.indices().map(|i| items[i].clone()).collect(),
                    ));
                }
                let len = l.borrow().len();
                let i = self.seq_index(key, len, "list")?;
                let v = l.borrow().get(i).cloned();
                v.ok_or_else(|| PyErr::index_error("list index out of range"))
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = key {
                    let idx = self.slice_indices(s, t.len())?;
                    return Ok(Value::tuple(idx.indices().map(|i| t[i].clone()).collect()));
                }
                let i = self.seq_index(key, t.len(), "tuple")?;
                Ok(t[i].clone())
            }
            Value::Str(s) => {
                if let Value::Slice(sl) = key {
                    let idx = self.slice_indices(sl, s.char_len())?;
                    if idx.step == 1 {
                        let end = (idx.start as usize + idx.len).min(s.char_len());
                        return Ok(Value::str(s.slice_chars(idx.start as usize, end)));
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    return Ok(Value::string(idx.indices().map(|i| chars[i]).collect()));
                }
                let i = match self.seq_index(key, s.char_len(), "string") {
                    Ok(i) => i,
                    Err(e) if e.is(ExcKind::TypeError) => {
                        return Err(PyErr::type_error(format!(
                            "string indices must be integers, not '{}'",
                            key.type_name()
                        )))
                    }
                    Err(e) => return Err(e),
                };
                let c = s.char_at(i).unwrap_or('\0');
                let mut buf = [0u8; 4];
                Ok(Value::str(c.encode_utf8(&mut buf)))
            }
            Value::Bytes(b) => {
                if let Value::Slice(sl) = key {
                    let idx = self.slice_indices(sl, b.len())?;
                    let v: Vec<u8> = idx.indices().map(|i| b[i]).collect();
                    return Ok(Value::Bytes(Rc::from(v)));
                }
                let i = self.seq_index(key, b.len(), "index")?;
                Ok(Value::Int(b[i] as i64))
            }
            Value::ByteArray(b) => {
                let data = b.borrow().clone();
                if let Value::Slice(sl) = key {
                    let idx = self.slice_indices(sl, data.len())?;
                    let v: Vec<u8> = idx.indices().map(|i| data[i]).collect();
                    return Ok(Value::ByteArray(Rc::new(std::cell::RefCell::new(v))));
                }
                let i = self.seq_index(key, data.len(), "bytearray")?;
                Ok(Value::Int(data[i] as i64))
            }
            Value::Range(r) => {
                let len = r.len();
                if let Value::Slice(sl) = key {
                    let idx = self.slice_indices(sl, len.min(i64::MAX as i128 / 4) as usize)?;
                    let start = r
                        .start
                        .saturating_add((idx.start as i128).saturating_mul(r.step));
                    let step = r.step.saturating_mul(idx.step as i128);
                    let stop = r
                        .start
                        .saturating_add((idx.stop as i128).saturating_mul(r.step));
                    return Ok(Value::Range(Rc::new(crate::objects::PyRange {
                        start,
                        stop,
                        step,
                    })));
                }
                let i: i128 = match crate::objects::int::int_ref(key) {
                    Some(crate::objects::int::IntRef::Small(i)) => i as i128,
                    Some(crate::objects::int::IntRef::Big(b)) => {
                        num_traits::ToPrimitive::to_i128(b).unwrap_or(i128::MAX)
                    }
                    None => match key {
                        Value::Instance(_) => self.index_of(key)? as i128,
                        _ => {
                            return Err(PyErr::type_error(format!(
                                "range indices must be integers or slices, not {}",
                                key.type_name()
                            )))
                        }
                    },
                };
                let j = if i < 0 { i + len } else { i };
                if j < 0 || j >= len {
                    return Err(PyErr::index_error("range object index out of range"));
                }
                Ok(crate::objects::int::from_i128(r.get(j)))
            }
            Value::Dict(d) => match self.dict_get(d, key)? {
                Some(v) => Ok(v),
                None => Err(PyErr::with_args(ExcKind::KeyError, vec![key.clone()])),
            },
            Value::Type(t) => {
                if t.metaclass.is_some() {
                    if let Some(m) = self.user_method(obj, "__getitem__")? {
                        return self.call(&m, std::slice::from_ref(key), &[]);
                    }
                }
                if let Some(m) = t.lookup("__class_getitem__") {
                    let f = match m {
                        Value::ClassMethod(w) => w.func.clone(),
                        other => other,
                    };
                    return self.call(&f, &[obj.clone(), key.clone()], &[]);
                }
                if t.builtin {
                    // `list[int]` and friends.
                    let inst =
                        crate::objects::Instance::new(crate::objects::t().generic_alias.clone());
                    {
                        let mut d = inst.dict.borrow_mut();
                        d.set_str("__origin__", obj.clone());
                        let args = match key {
                            Value::Tuple(_) => key.clone(),
                            _ => Value::tuple(vec![key.clone()]),
                        };
                        d.set_str("__args__", args);
                    }
                    return Ok(Value::Instance(Rc::new(inst)));
                }
                Err(PyErr::type_error(format!(
                    "type '{}' is not subscriptable",
                    t.tp_name()
                )))
            }
            Value::Instance(_) => match self.user_method(obj, "__getitem__")? {
                Some(m) => self.call(&m, std::slice::from_ref(key), &[]),
                // dict/list subclasses keep their data natively.
                None => match crate::objects::base_value(obj) {
                    Some(b) => match self.getitem(&b, key) {
                        Err(e) if e.is(ExcKind::KeyError) && matches!(b, Value::Dict(_)) => {
                            match self.user_method(obj, "__missing__")? {
                                Some(m) => self.call(&m, std::slice::from_ref(key), &[]),
                                None => Err(e),
                            }
                        }
                        r => r,
                    },
                    None => Err(PyErr::type_error(format!(
                        "'{}' object is not subscriptable",
                        obj.type_of().tp_name()
                    ))),
                },
            },
            _ => Err(PyErr::type_error(format!(
                "'{}' object is not subscriptable",
                obj.type_name()
            ))),
        }
    }

    /// `obj[key] = value`.
    pub fn setitem(&mut self, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    if !self.is_iterable(&value) {
                        return Err(PyErr::type_error("can only assign an iterable"));
                    }
                    let items = self.iterate(&value)?;
                    let len = l.borrow().len();
                    let idx = self.slice_indices(s, len)?;
                    if idx.step == 1 {
                        let start = idx.start.clamp(0, len as i64) as usize;
                        let stop =
                            (idx.start + idx.len as i64).clamp(start as i64, len as i64) as usize;
                        let stop = stop.max(start);
                        l.borrow_mut().splice(start..stop, items);
                    } else {
                        if items.len() != idx.len {
                            return Err(PyErr::value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                items.len(),
                                idx.len
                            )));
                        }
                        let positions: Vec<usize> = idx.indices().collect();
                        let mut lb = l.borrow_mut();
                        for (p, v) in positions.into_iter().zip(items) {
                            lb[p] = v;
                        }
                    }
                    return Ok(());
                }
                let len = l.borrow().len();
                let i = match self.seq_index(key, len, "list") {
                    Ok(i) => i,
                    Err(e) if e.is(ExcKind::IndexError) => {
                        return Err(PyErr::index_error("list assignment index out of range"))
                    }
                    Err(e) => return Err(e),
                };
                if let Some(slot) = l.borrow_mut().get_mut(i) {
                    *slot = value;
                }
                Ok(())
            }
            Value::Dict(d) => self.dict_set(d, key.clone(), value),
            Value::ByteArray(b) => {
                if let Value::Slice(s) = key {
                    let items: Vec<u8> = match crate::objects::bytes_of(&value) {
                        Some(v) => v,
                        None => {
                            if !self.is_iterable(&value) {
                                return Err(PyErr::type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
                            }
                            let mut out = vec![];
                            for x in self.iterate(&value)? {
                                out.push(self.int_arg(&x)? as u8);
                            }
                            out
                        }
                    };
                    let len = b.borrow().len();
                    let idx = self.slice_indices(s, len)?;
                    if idx.step == 1 {
                        let start = idx.start.clamp(0, len as i64) as usize;
                        let stop = ((idx.start + idx.len as i64).clamp(start as i64, len as i64)
                            as usize)
                            .max(start);
                        b.borrow_mut().splice(start..stop, items);
                    } else {
                        let positions: Vec<usize> = idx.indices().collect();
                        let mut bb = b.borrow_mut();
                        for (p, v) in positions.into_iter().zip(items) {
                            bb[p] = v;
                        }
                    }
                    return Ok(());
                }
                let len = b.borrow().len();
                let i = self.seq_index(key, len, "bytearray")?;
                let n = self.int_arg(&value)?;
                if !(0..256).contains(&n) {
                    return Err(PyErr::value_error("byte must be in range(0, 256)"));
                }
                b.borrow_mut()[i] = n as u8;
                Ok(())
            }
            Value::Instance(_) => match self.user_method(obj, "__setitem__")? {
                Some(m) => {
                    self.call(&m, &[key.clone(), value], &[])?;
                    Ok(())
                }
                None => match crate::objects::base_value(obj) {
                    Some(b) => self.setitem(&b, key, value),
                    None => Err(PyErr::type_error(format!(
                        "'{}' object does not support item assignment",
                        obj.type_name()
                    ))),
                },
            },
            _ => Err(PyErr::type_error(format!(
                "'{}' object does not support item assignment",
                obj.type_name()
            ))),
        }
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let len = l.borrow().len();
                    let idx = self.slice_indices(s, len)?;
                    let mut kill: Vec<usize> = idx.indices().collect();
                    kill.sort_unstable();
                    let mut lb = l.borrow_mut();
                    for i in kill.into_iter().rev() {
                        if i < lb.len() {
                            lb.remove(i);
                        }
                    }
                    return Ok(());
                }
                let len = l.borrow().len();
                let i = match self.seq_index(key, len, "list") {
                    Ok(i) => i,
                    Err(e) if e.is(ExcKind::IndexError) => {
                        return Err(PyErr::index_error("list assignment index out of range"))
                    }
                    Err(e) => return Err(e),
                };
                l.borrow_mut().remove(i);
                Ok(())
            }
            Value::ByteArray(b) => {
                let len = b.borrow().len();
                if let Value::Slice(s) = key {
                    let idx = self.slice_indices(s, len)?;
                    let mut kill: Vec<usize> = idx.indices().collect();
                    kill.sort_unstable();
                    let mut bb = b.borrow_mut();
                    for i in kill.into_iter().rev() {
                        if i < bb.len() {
                            bb.remove(i);
                        }
                    }
                    return Ok(());
                }
                let i = self.seq_index(key, len, "bytearray")?;
                b.borrow_mut().remove(i);
                Ok(())
            }
            Value::Dict(d) => {
                if !self.dict_del(d, key)? {
                    return Err(PyErr::with_args(ExcKind::KeyError, vec![key.clone()]));
                }
                Ok(())
            }
            Value::Instance(_) => match self.user_method(obj, "__delitem__")? {
                Some(m) => {
                    self.call(&m, std::slice::from_ref(key), &[])?;
                    Ok(())
                }
                None => match crate::objects::base_value(obj) {
                    Some(b) => self.delitem(&b, key),
                    None => Err(PyErr::type_error(format!(
                        "'{}' object does not support item deletion",
                        obj.type_name()
                    ))),
                },
            },
            _ => Err(PyErr::type_error(format!(
                "'{}' object doesn't support item deletion",
                obj.type_name()
            ))),
        }
    }

    /// An int argument (`__index__`), for builtins.
    pub fn int_arg(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(crate::objects::int::IntRef::Small(i)) = int_ref(v) {
            return Ok(i);
        }
        self.index_of(v)
    }
}
