//! Building containers and strings, unpacking sequences, f-string field formatting.

use std::cell::RefCell;
use std::rc::Rc;

use crate::bytecode::Opcode;
use crate::objects::{DictData, ExcKind, PyResult, Value};
use crate::vm::frame::Frame;
use crate::vm::halt::PyErr;
use crate::vm::run::{pop, stack_err, Flow};
use crate::vm::Interp;

fn take_n(frame: &mut Frame, n: usize) -> PyResult<Vec<Value>> {
    let len = frame.stack.len();
    let start = len.checked_sub(n).ok_or_else(stack_err)?;
    Ok(frame.stack.split_off(start))
}

fn peek(frame: &Frame, i: u32) -> PyResult<Value> {
    let len = frame.stack.len();
    let idx = len.checked_sub(i as usize).ok_or_else(stack_err)?;
    Ok(frame.stack[idx].clone())
}

impl Interp {
    pub(super) fn op_build(&mut self, frame: &mut Frame, op: Opcode) -> PyResult<Flow> {
        use Opcode::*;
        match op {
            BuildTuple(n) => {
                let items = take_n(frame, n as usize)?;
                frame.stack.push(Value::tuple(items));
            }
            BuildList(n) => {
                let items = take_n(frame, n as usize)?;
                frame.stack.push(Value::list(items));
            }
            BuildSet(n) => {
                let items = take_n(frame, n as usize)?;
                let s = Rc::new(RefCell::new(DictData::new_set()));
                crate::objects::gc::track_dict(&s);
                for i in items {
                    self.set_add(&s, i)?;
                }
                frame.stack.push(Value::Set(s));
            }
            BuildMap(n) => {
                let items = take_n(frame, 2 * n as usize)?;
                let d = Rc::new(RefCell::new(DictData::new()));
                crate::objects::gc::track_dict(&d);
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    self.dict_set(&d, k, v)?;
                }
                frame.stack.push(Value::Dict(d));
            }
            BuildString(n) => {
                let items = take_n(frame, n as usize)?;
                let mut s = String::new();
                for i in items {
                    if let Value::Str(p) = i {
                        s.push_str(p.as_str());
                    }
                }
                frame.stack.push(Value::string(s));
            }
            ListAppend(i) => {
                let v = pop(frame)?;
                if let Value::List(l) = peek(frame, i)? {
                    l.borrow_mut().push(v);
                }
            }
            SetAdd(i) => {
                let v = pop(frame)?;
                if let Value::Set(s) = peek(frame, i)? {
                    self.set_add(&s, v)?;
                }
            }
            MapAdd(i) => {
                let v = pop(frame)?;
                let k = pop(frame)?;
                if let Value::Dict(d) = peek(frame, i)? {
                    self.dict_set(&d, k, v)?;
                }
            }
            ListExtend(i) => {
                let it = pop(frame)?;
                let items = self.iterate(&it).map_err(|e| {
                    if e.is(ExcKind::TypeError) && !self.is_iterable(&it) {
                        PyErr::type_error(format!(
                            "Value after * must be an iterable, not {}",
                            it.type_name()
                        ))
                    } else {
                        e
                    }
                })?;
                if let Value::List(l) = peek(frame, i)? {
                    l.borrow_mut().extend(items);
                }
            }
            SetUpdate(i) => {
                let it = pop(frame)?;
                let items = self.iterate(&it)?;
                if let Value::Set(s) = peek(frame, i)? {
                    for x in items {
                        self.set_add(&s, x)?;
                    }
                }
            }
            DictUpdate(i) | DictMerge(i) => {
                let m = pop(frame)?;
                let target = peek(frame, i)?;
                let Value::Dict(d) = target else {
                    return Err(stack_err());
                };
                let pairs = self.mapping_items(&m).map_err(|e| {
                    if e.is(ExcKind::TypeError) {
                        if matches!(op, DictMerge(_)) {
                            PyErr::type_error(format!(
                                "argument after ** must be a mapping, not {}",
                                m.type_name()
                            ))
                        } else {
                            PyErr::type_error(format!(
                                "'{}' object is not a mapping",
                                m.type_name()
                            ))
                        }
                    } else {
                        e
                    }
                })?;
                for (k, v) in pairs {
                    if matches!(op, DictMerge(_)) && self.dict_get(&d, &k)?.is_some() {
                        let ks = self.str_of(&k)?;
                        let len = frame.stack.len();
                        let fname = match frame.stack.get(len.wrapping_sub(i as usize + 2)) {
                            Some(Value::Function(f)) => {
                                let m = f.globals.borrow().get_str("__name__").cloned();
                                match m {
                                    Some(Value::Str(m)) => {
                                        format!("{}.{}", m.as_str(), f.qualname.borrow())
                                    }
                                    _ => f.qualname.borrow().to_string(),
                                }
                            }
                            Some(Value::Builtin(b)) => b.name.to_string(),
                            Some(Value::Type(t)) => t.name.to_string(),
                            _ => "function".to_string(),
                        };
                        return Err(PyErr::type_error(format!(
                            "{fname}() got multiple values for keyword argument '{ks}'"
                        )));
                    }
                    self.dict_set(&d, k, v)?;
                }
            }
            ListToTuple => {
                let l = pop(frame)?;
                let items = match &l {
                    Value::List(l) => l.borrow().clone(),
                    _ => return Err(stack_err()),
                };
                frame.stack.push(Value::tuple(items));
            }
            FormatValue(flags) => {
                let spec = if flags & 0x100 != 0 {
                    match pop(frame)? {
                        Value::Str(s) => s.as_str().to_string(),
                        _ => String::new(),
                    }
                } else {
                    String::new()
                };
                let v = pop(frame)?;
                let conv = char::from_u32(flags & 0xff).unwrap_or('\0');
                let v = match conv {
                    'r' => Value::string(self.repr_of(&v)?),
                    's' => Value::string(self.str_of(&v)?),
                    'a' => Value::string(crate::strings::ascii_of(&self.repr_of(&v)?)),
                    _ => v,
                };
                let s = match (&v, spec.is_empty()) {
                    (Value::Str(_), true) => v,
                    _ => Value::string(self.format_value(&v, &spec)?),
                };
                frame.stack.push(s);
            }
            UnpackSequence(n) => {
                let seq = pop(frame)?;
                let items = self.unpack_items(&seq, Some(n as usize))?;
                if items.len() != n as usize {
                    return Err(unpack_count_error(items.len(), n as usize));
                }
                frame.stack.extend(items.into_iter().rev());
            }
            UnpackEx { before, after } => {
                let seq = pop(frame)?;
                let mut items = self.unpack_items(&seq, None)?;
                let (b, a) = (before as usize, after as usize);
                if items.len() < b + a {
                    return Err(PyErr::value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        b + a,
                        items.len()
                    )));
                }
                let tail = items.split_off(items.len() - a);
                let mid = items.split_off(b);
                for v in tail.into_iter().rev() {
                    frame.stack.push(v);
                }
                frame.stack.push(Value::list(mid));
                for v in items.into_iter().rev() {
                    frame.stack.push(v);
                }
            }
            _ => return Err(stack_err()),
        }
        Ok(Flow::Next)
    }

    /// Items for unpacking; stops early past `limit + 1` items to word "too many values".
    fn unpack_items(&mut self, seq: &Value, limit: Option<usize>) -> PyResult<Vec<Value>> {
        match seq {
            Value::Tuple(t) => return Ok(t.to_vec()),
            Value::List(l) => return Ok(l.borrow().clone()),
            _ => {}
        }
        let it = self.get_iter(seq).map_err(|e| {
            if e.is(ExcKind::TypeError) {
                PyErr::type_error(format!(
                    "cannot unpack non-iterable {} object",
                    seq.type_name()
                ))
            } else {
                e
            }
        })?;
        let mut out = vec![];
        while let Some(v) = self.iter_next(&it)? {
            out.push(v);
            if let Some(n) = limit {
                if out.len() > n {
                    return Err(PyErr::value_error(format!(
                        "too many values to unpack (expected {n})"
                    )));
                }
            }
        }
        Ok(out)
    }
}

fn unpack_count_error(got: usize, want: usize) -> PyErr {
    if got > want {
        PyErr::value_error(format!("too many values to unpack (expected {want})"))
    } else {
        PyErr::value_error(format!(
            "not enough values to unpack (expected {want}, got {got})"
        ))
    }
}
