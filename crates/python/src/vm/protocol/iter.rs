//! Iteration: `iter()`/`next()` over builtin and user iterables, and the builtin iterator
//! objects' steps (never holding a borrow while Python code runs).

use std::rc::Rc;

use crate::objects::{ExcKind, GenKind, IterKind, IterObj, PyResult, Value, ViewKind};
use crate::vm::halt::PyErr;
use crate::vm::Interp;

impl Interp {
    /// Whether `iter(v)` would succeed.
    pub fn is_iterable(&self, v: &Value) -> bool {
        match v {
            Value::Str(_)
            | Value::Bytes(_)
            | Value::ByteArray(_)
            | Value::Tuple(_)
            | Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Range(_)
            | Value::DictView(_)
            | Value::Iter(_) => true,
            Value::Gen(g) => g.kind == GenKind::Generator,
            _ => {
                let t = v.type_of();
                t.lookup("__iter__").map(|m| !m.is_none()).unwrap_or(false)
                    || t.lookup("__getitem__").is_some()
            }
        }
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::List(l) => IterObj::value(IterKind::List {
                list: l.clone(),
                idx: 0,
            }),
            Value::Tuple(t) => IterObj::value(IterKind::Tuple {
                items: t.clone(),
                idx: 0,
            }),
            Value::Str(s) => IterObj::value(IterKind::Str {
                s: s.clone(),
                pos: 0,
            }),
            Value::Bytes(b) => IterObj::value(IterKind::Bytes {
                b: b.clone(),
                idx: 0,
            }),
            Value::ByteArray(b) => IterObj::value(IterKind::Bytes {
                b: Rc::from(b.borrow().as_slice()),
                idx: 0,
            }),
            Value::Range(r) => IterObj::value(IterKind::Range {
                next: r.start,
                step: r.step,
                left: r.len(),
            }),
            Value::Dict(d) => {
                let len = d.borrow().len();
                IterObj::value(IterKind::Dict {
                    dict: d.clone(),
                    pos: 0,
                    len,
                    kind: ViewKind::Keys,
                })
            }
            Value::DictView(dv) => {
                let len = dv.dict.borrow().len();
                IterObj::value(IterKind::Dict {
                    dict: dv.dict.clone(),
                    pos: 0,
                    len,
                    kind: dv.kind,
                })
            }
            Value::Set(s) | Value::FrozenSet(s) => {
                let len = s.borrow().len();
                IterObj::value(IterKind::Set {
                    set: s.clone(),
                    pos: 0,
                    len,
                })
            }
            Value::Iter(_) => v.clone(),
            Value::Gen(g) if g.kind == GenKind::Generator => v.clone(),
            _ => {
                let cls = v.type_of();
                match cls.lookup("__iter__") {
                    Some(Value::None) | None => {
                        if cls.lookup("__getitem__").is_some() && matches!(v, Value::Instance(_)) {
                            return Ok(IterObj::value(IterKind::SeqProto {
                                seq: v.clone(),
                                idx: 0,
                            }));
                        }
                        return Err(PyErr::type_error(format!(
                            "'{}' object is not iterable",
                            cls.tp_name()
                        )));
                    }
                    Some(m) => {
                        let bound = self.bind_descriptor(&m, v, &cls)?;
                        let it = self.call(&bound, &[], &[])?;
                        let ok = match &it {
                            Value::Iter(_) => true,
                            Value::Gen(g) => g.kind == GenKind::Generator,
                            _ => it.type_of().lookup("__next__").is_some(),
                        };
                        if !ok {
                            return Err(PyErr::type_error(format!(
                                "iter() returned non-iterator of type '{}'",
                                it.type_name()
                            )));
                        }
                        it
                    }
                }
            }
        })
    }

    /// `next(it)`: `None` when exhausted.
    pub fn iter_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(obj) => self.native_next(obj),
            Value::Gen(g) if g.kind == GenKind::Generator => {
                if g.is_finished() {
                    return Ok(None);
                }
                match self.gen_resume(g, Value::None) {
                    Ok(crate::vm::resume::GenStep::Yielded(v)) => Ok(Some(v)),
                    Ok(crate::vm::resume::GenStep::Returned(_)) => Ok(None),
                    Err(e) if e.is(ExcKind::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            _ => match self.call_next(it) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.is(ExcKind::StopIteration) => Ok(None),
                Err(e) => Err(e),
            },
        }
    }

    /// `it.__next__()` as `yield from` calls it: exhaustion is a `StopIteration` carrying
    /// whatever value the iterator gave it (which [`Interp::iter_next`] drops).
    pub(crate) fn next_raising(&mut self, it: &Value) -> PyResult<Value> {
        if matches!(it, Value::Iter(_) | Value::Gen(_)) {
            return match self.iter_next(it)? {
                Some(v) => Ok(v),
                None => Err(PyErr::with_args(ExcKind::StopIteration, vec![])),
            };
        }
        self.call_next(it)
    }

    /// `type(it).__next__(it)`, or "not an iterator" when its class has none.
    fn call_next(&mut self, it: &Value) -> PyResult<Value> {
        let cls = it.type_of();
        let Some(m) = cls.lookup("__next__") else {
            return Err(PyErr::type_error(format!(
                "'{}' object is not an iterator",
                cls.tp_name()
            )));
        };
        let bound = self.bind_descriptor(&m, it, &cls)?;
        self.call(&bound, &[], &[])
    }

    /// Collect an iterable into a vector.
    pub fn iterate(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.borrow().clone()),
            Value::Tuple(t) => return Ok(t.to_vec()),
            Value::Dict(d) => return Ok(d.borrow().keys()),
            Value::Set(s) | Value::FrozenSet(s) => return Ok(s.borrow().keys()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = vec![];
        while let Some(x) = self.iter_next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// Key/value pairs of a mapping (a dict, or anything with `keys()` and `__getitem__`).
    pub fn mapping_items(&mut self, m: &Value) -> PyResult<Vec<(Value, Value)>> {
        if let Value::Dict(d) = m {
            return Ok(d.borrow().items());
        }
        let Some(keys) = self.getattr_opt(m, "keys")? else {
            return Err(PyErr::type_error(format!(
                "'{}' object is not a mapping",
                m.type_name()
            )));
        };
        let ks = self.call(&keys, &[], &[])?;
        let ks = self.iterate(&ks)?;
        let mut out = vec![];
        for k in ks {
            let v = self.getitem(m, &k)?;
            out.push((k, v));
        }
        Ok(out)
    }

    /// One step of a builtin iterator. Never holds the iterator's borrow while calling Python.
    fn native_next(&mut self, obj: &Rc<IterObj>) -> PyResult<Option<Value>> {
        enum Deferred {
            Enumerate(Value, Value),
            Zip(Vec<Value>, bool),
            Map(Value, Vec<Value>),
            Filter(Value, Value),
            Reversed(Value, i64),
            Callable(Value, Value),
            SeqProto(Value, i64),
        }
        let deferred = {
            let mut st = obj.state.borrow_mut();
            match &mut *st {
                IterKind::List { list, idx } => {
                    let l = list.borrow();
                    if *idx < l.len() {
                        let v = l[*idx].clone();
                        *idx += 1;
                        return Ok(Some(v));
                    }
                    drop(l);
                    *st = IterKind::Done;
                    return Ok(None);
                }
                IterKind::ListRev { list, idx } => {
                    let l = list.borrow();
                    if *idx > 0 && *idx <= l.len() {
                        *idx -= 1;
                        return Ok(Some(l[*idx].clone()));
                    }
                    drop(l);
                    *st = IterKind::Done;
                    return Ok(None);
                }
                IterKind::Tuple { items, idx } => {
                    if *idx < items.len() {
                        let v = items[*idx].clone();
                        *idx += 1;
                        return Ok(Some(v));
                    }
                    return Ok(None);
                }
                IterKind::Str { s, pos } => {
                    let text = s.as_str();
                    match text[*pos..].chars().next() {
                        Some(c) => {
                            *pos += c.len_utf8();
                            let mut buf = [0u8; 4];
                            return Ok(Some(Value::str(c.encode_utf8(&mut buf))));
                        }
                        None => return Ok(None),
                    }
                }
                IterKind::Bytes { b, idx } => {
                    if *idx < b.len() {
                        let v = b[*idx];
                        *idx += 1;
                        return Ok(Some(Value::Int(v as i64)));
                    }
                    return Ok(None);
                }
                IterKind::Range { next, step, left } => {
                    if *left > 0 {
                        let v = *next;
                        *next = next.saturating_add(*step);
                        *left -= 1;
                        return Ok(Some(crate::objects::int::from_i128(v)));
                    }
                    return Ok(None);
                }
                IterKind::Dict {
                    dict,
                    pos,
                    len,
                    kind,
                } => {
                    let d = dict.borrow();
                    if d.len() != *len {
                        *len = usize::MAX;
                        return Err(PyErr::runtime_error(
                            "dictionary changed size during iteration",
                        ));
                    }
                    while *pos < d.raw_len() {
                        let i = *pos;
                        *pos += 1;
                        if let Some(e) = d.entry_at(i) {
                            return Ok(Some(match kind {
                                ViewKind::Keys => e.key.clone(),
                                ViewKind::Values => e.value.clone(),
                                ViewKind::Items => {
                                    Value::tuple(vec![e.key.clone(), e.value.clone()])
                                }
                            }));
                        }
                    }
                    return Ok(None);
                }
                IterKind::Set { set, pos, len } => {
                    let d = set.borrow();
                    if d.len() != *len {
                        *len = usize::MAX;
                        return Err(PyErr::runtime_error("Set changed size during iteration"));
                    }
                    while *pos < d.raw_len() {
                        let i = *pos;
                        *pos += 1;
                        if let Some(e) = d.entry_at(i) {
                            return Ok(Some(e.key.clone()));
                        }
                    }
                    return Ok(None);
                }
                IterKind::Snapshot { items, idx, .. } => {
                    if *idx < items.len() {
                        let v = items[*idx].clone();
                        *idx += 1;
                        return Ok(Some(v));
                    }
                    return Ok(None);
                }
                IterKind::Enumerate { it, count } => Deferred::Enumerate(it.clone(), count.clone()),
                IterKind::Zip { its, strict } => Deferred::Zip(its.clone(), *strict),
                IterKind::Map { func, its } => Deferred::Map(func.clone(), its.clone()),
                IterKind::Filter { func, it } => Deferred::Filter(func.clone(), it.clone()),
                IterKind::Reversed { seq, idx } => Deferred::Reversed(seq.clone(), *idx),
                IterKind::Callable { func, sentinel } => {
                    Deferred::Callable(func.clone(), sentinel.clone())
                }
                IterKind::SeqProto { seq, idx } => Deferred::SeqProto(seq.clone(), *idx),
                IterKind::CoroWrapper(g) => {
                    let g = g.clone();
                    drop(st);
                    return match self.gen_resume(&g, Value::None)? {
                        crate::vm::resume::GenStep::Yielded(v) => Ok(Some(v)),
                        crate::vm::resume::GenStep::Returned(_) => Ok(None),
                    };
                }
                IterKind::Done => return Ok(None),
            }
        };
        let done = |obj: &Rc<IterObj>| *obj.state.borrow_mut() = IterKind::Done;
        match deferred {
            Deferred::Enumerate(it, count) => match self.iter_next(&it)? {
                Some(v) => {
                    let next = self.binary_op(
                        &count,
                        &Value::Int(1),
                        crate::bytecode::opcode::BinOpKind::Add,
                        false,
                    )?;
                    if let IterKind::Enumerate { count: c, .. } = &mut *obj.state.borrow_mut() {
                        *c = next;
                    }
                    Ok(Some(Value::tuple(vec![count, v])))
                }
                None => Ok(None),
            },
            Deferred::Zip(its, strict) => {
                let mut out = Vec::with_capacity(its.len());
                for (i, it) in its.iter().enumerate() {
                    match self.iter_next(it)? {
                        Some(v) => out.push(v),
                        None => {
                            done(obj);
                            if strict {
                                if i > 0 {
                                    let plural = if i == 1 { " " } else { "s 1-" };
                                    return Err(PyErr::value_error(format!(
                                        "zip() argument {} is shorter than argument{}{}",
                                        i + 1,
                                        plural,
                                        i
                                    )));
                                }
                                for (j, other) in its.iter().enumerate().skip(1) {
                                    if self.iter_next(other)?.is_some() {
                                        let plural = if j == 1 { " " } else { "s 1-" };
                                        return Err(PyErr::value_error(format!(
                                            "zip() argument {} is longer than argument{}{}",
                                            j + 1,
                                            plural,
                                            j
                                        )));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                if its.is_empty() {
                    return Ok(None);
                }
                Ok(Some(Value::tuple(out)))
            }
            Deferred::Map(func, its) => {
                let mut args = Vec::with_capacity(its.len());
                for it in &its {
                    match self.iter_next(it)? {
                        Some(v) => args.push(v),
                        None => {
                            done(obj);
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(self.call(&func, &args, &[])?))
            }
            Deferred::Filter(func, it) => loop {
                let Some(v) = self.iter_next(&it)? else {
                    done(obj);
                    return Ok(None);
                };
                let keep = if func.is_none() {
                    self.truthy(&v)?
                } else {
                    let r = self.call(&func, std::slice::from_ref(&v), &[])?;
                    self.truthy(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            },
            Deferred::Reversed(seq, idx) => {
                if idx < 0 {
                    return Ok(None);
                }
                if let IterKind::Reversed { idx: i, .. } = &mut *obj.state.borrow_mut() {
                    *i = idx - 1;
                }
                match self.getitem(&seq, &Value::Int(idx)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.is(ExcKind::IndexError) || e.is(ExcKind::StopIteration) => {
                        done(obj);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            Deferred::Callable(func, sentinel) => {
                let v = self.call(&func, &[], &[])?;
                if self.eq(&v, &sentinel)? {
                    done(obj);
                    return Ok(None);
                }
                Ok(Some(v))
            }
            Deferred::SeqProto(seq, idx) => match self.getitem(&seq, &Value::Int(idx)) {
                Ok(v) => {
                    if let IterKind::SeqProto { idx: i, .. } = &mut *obj.state.borrow_mut() {
                        *i = idx + 1;
                    }
                    Ok(Some(v))
                }
                Err(e) if e.is(ExcKind::IndexError) || e.is(ExcKind::StopIteration) => {
                    done(obj);
                    Ok(None)
                }
                Err(e) => Err(e),
            },
        }
    }
}
