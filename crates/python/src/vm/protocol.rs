//! The object protocols the VM and natives share: truth, length, hashing, equality and
//! ordering, membership, iteration. Builtin types take fast paths; instances dispatch to
//! their dunder methods.

mod arith;
mod item;
mod repr;

pub(crate) use arith::as_f64;

use std::cmp::Ordering;
use std::rc::Rc;

use crate::bytecode::opcode::CmpKind;
use crate::objects::dict::fast_eq;
use crate::objects::int::{float_hash, int_cmp, int_float_cmp, int_hash, int_ref};
use crate::objects::{ExcKind, GenKind, IterKind, IterObj, PyResult, Type, Value, ViewKind};
use crate::vm::halt::PyErr;
use crate::vm::{Interp, NATIVE_DEPTH};

impl Interp {
    /// Look up a special method on the type and bind it to `obj`.
    pub(crate) fn special(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let cls = obj.type_of();
        match cls.lookup(name) {
            Some(Value::None) => Ok(None),
            Some(m) => Ok(Some(self.bind_descriptor(&m, obj, &cls)?)),
            None => Ok(None),
        }
    }

    /// Call special method `name` on `obj` if the class defines it (user classes only).
    pub(crate) fn call_special(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
        match self.special(obj, name)? {
            Some(m) => Ok(Some(self.call(&m, args, &[])?)),
            None => Ok(None),
        }
    }

    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Complex(c) => c.0 != 0.0 || c.1 != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::ByteArray(b) => !b.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Dict(d) => !d.borrow().is_empty(),
            Value::Set(s) | Value::FrozenSet(s) => !s.borrow().is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::DictView(dv) => !dv.dict.borrow().is_empty(),
            Value::Instance(_) => {
                if let Some(r) = self.call_special(v, "__bool__", &[])? {
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => Err(PyErr::type_error(format!(
                            "__bool__ should return bool, returned {}",
                            other.type_name()
                        ))),
                    };
                }
                if v.type_of().lookup("__len__").is_some() {
                    return Ok(self.len_of(v)? > 0);
                }
                true
            }
            _ => true,
        })
    }

    /// `len(v)`.
    pub fn len_of(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::Bytes(b) => b.len(),
            Value::ByteArray(b) => b.borrow().len(),
            Value::Tuple(t) => t.len(),
            Value::List(l) => l.borrow().len(),
            Value::Dict(d) => d.borrow().len(),
            Value::Set(s) | Value::FrozenSet(s) => s.borrow().len(),
            Value::Range(r) => r.len() as usize,
            Value::DictView(dv) => dv.dict.borrow().len(),
            Value::Instance(_) => match self.call_special(v, "__len__", &[])? {
                Some(r) => {
                    let n = match &r {
                        Value::Int(i) => *i,
                        Value::Bool(b) => *b as i64,
                        Value::BigInt(_) => {
                            return Err(PyErr::new(ExcKind::OverflowError, "cannot fit 'int' into an index-sized integer"))
                        }
                        other => {
                            return Err(PyErr::type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                other.type_name()
                            )))
                        }
                    };
                    if n < 0 {
                        return Err(PyErr::value_error("__len__() should return >= 0"));
                    }
                    n as usize
                }
                None => return Err(PyErr::type_error(format!("object of type '{}' has no len()", v.type_name()))),
            },
            _ => return Err(PyErr::type_error(format!("object of type '{}' has no len()", v.type_name()))),
        })
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::None => 0x1000 >> 4,
            Value::Bool(b) => *b as i64,
            Value::Int(_) | Value::BigInt(_) => int_hash(v),
            Value::Float(f) => {
                if f.fract() == 0.0 && f.is_finite() && f.abs() < 9.0e18 {
                    int_hash(&Value::Int(*f as i64))
                } else {
                    float_hash(*f)
                }
            }
            Value::Str(s) => s.hash(),
            Value::Complex(c) => {
                if c.1 == 0.0 {
                    self.hash(&Value::Float(c.0))?
                } else {
                    let hr = self.hash(&Value::Float(c.0))?;
                    let hi = self.hash(&Value::Float(c.1))?;
                    let h = hr.wrapping_add(hi.wrapping_mul(1000003));
                    if h == -1 { -2 } else { h }
                }
            }
            Value::Bytes(b) => {
                let mut h: u64 = 0xcbf2_9ce4_8422_2325;
                for x in b.iter() {
                    h ^= *x as u64;
                    h = h.wrapping_mul(0x0100_0000_01b3);
                }
                (h >> 1) as i64
            }
            Value::Tuple(items) => {
                if self.repr_stack.len() > self.recursion_limit.min(NATIVE_DEPTH) {
                    return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
                }
                self.repr_stack.push(0);
                let mut hs = Vec::with_capacity(items.len());
                for i in items.iter() {
                    match self.hash(i) {
                        Ok(h) => hs.push(h),
                        Err(e) => {
                            self.repr_stack.pop();
                            return Err(e);
                        }
                    }
                }
                self.repr_stack.pop();
                crate::format::hash_tuple(&hs)
            }
            Value::FrozenSet(s) => {
                let mut acc: u64 = 0;
                for e in s.borrow().iter() {
                    let h = e.hash as u64;
                    acc ^= (h ^ (h << 16) ^ 89869747).wrapping_mul(3644798167);
                }
                (acc >> 1) as i64
            }
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) | Value::DictView(_) | Value::ByteArray(_) => {
                return Err(PyErr::type_error(format!("unhashable type: '{}'", v.type_name())))
            }
            Value::Instance(_) => {
                let cls = v.type_of();
                match cls.lookup_with_owner("__hash__") {
                    Some((Value::None, _)) => {
                        return Err(PyErr::type_error(format!("unhashable type: '{}'", cls.name)));
                    }
                    Some((m, owner)) if !owner.builtin => {
                        let bound = self.bind_descriptor(&m, v, &cls)?;
                        match self.call(&bound, &[], &[])? {
                            r @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => {
                                let h = int_hash(&r);
                                if h == -1 { -2 } else { h }
                            }
                            _ => return Err(PyErr::type_error("__hash__ method should return an integer")),
                        }
                    }
                    _ => match crate::objects::base_value(v) {
                        Some(b) if cls.lookup_with_owner("__eq__").map(|(_, o)| o.builtin).unwrap_or(true) => self.hash(&b)?,
                        _ => (v.id() >> 4) & 0x0fff_ffff_ffff_ffff,
                    },
                }
            }
            other => (other.id() >> 4) & 0x0fff_ffff_ffff_ffff,
        })
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = fast_eq(a, b) {
            return Ok(r);
        }
        if a.is(b) && !matches!(a, Value::Float(_)) {
            return Ok(true);
        }
        let r = self.compare(a, b, CmpKind::Eq)?;
        self.truthy(&r)
    }

    /// Rich comparison `a op b`.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpKind) -> PyResult<Value> {
        if let Some(r) = self.builtin_compare(a, b, op)? {
            return Ok(Value::Bool(r));
        }
        let (name, rname) = cmp_names(op);
        let ta = a.type_of();
        let tb = b.type_of();
        let try_b_first = !Rc::ptr_eq(&ta, &tb) && tb.is_subtype(&ta) && user_defines(&tb, rname);
        let mut tried_b = false;
        if try_b_first {
            tried_b = true;
            if let Some(r) = self.user_cmp(b, rname, a)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.user_cmp(a, name, b)? {
            return Ok(r);
        }
        if !tried_b {
            if let Some(r) = self.user_cmp(b, rname, a)? {
                return Ok(r);
            }
        }
        let (ba, bb) = (crate::objects::base_value(a), crate::objects::base_value(b));
        if ba.is_some() || bb.is_some() {
            let x = ba.unwrap_or_else(|| a.clone());
            let y = bb.unwrap_or_else(|| b.clone());
            return self.compare(&x, &y, op);
        }
        match op {
            CmpKind::Eq => Ok(Value::Bool(a.is(b))),
            CmpKind::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(PyErr::type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                cmp_symbol(op),
                ta.name,
                tb.name
            ))),
        }
    }

    /// Call a user comparison dunder; `None` for NotImplemented or not defined.
    fn user_cmp(&mut self, obj: &Value, name: &str, other: &Value) -> PyResult<Option<Value>> {
        let cls = obj.type_of();
        let found = cls.lookup_with_owner(name).filter(|(_, o)| !o.builtin);
        let Some((m, owner)) = found else {
            if name == "__ne__" {
                // Default __ne__ inverts a user __eq__.
                if let Some((eqm, eo)) = cls.lookup_with_owner("__eq__") {
                    if !eo.builtin {
                        let bound = self.bind_descriptor(&eqm, obj, &cls)?;
                        let r = self.call(&bound, &[other.clone()], &[])?;
                        if matches!(r, Value::NotImplemented) {
                            return Ok(None);
                        }
                        return Ok(Some(Value::Bool(!self.truthy(&r)?)));
                    }
                }
            }
            return Ok(None);
        };
        if owner.builtin {
            return Ok(None);
        }
        if m.is_none() {
            return Ok(None);
        }
        let bound = self.bind_descriptor(&m, obj, &cls)?;
        let r = self.call(&bound, &[other.clone()], &[])?;
        if matches!(r, Value::NotImplemented) {
            return Ok(None);
        }
        Ok(Some(r))
    }

    /// Comparisons between builtin values; `None` when user code must decide.
    pub(crate) fn builtin_compare(&mut self, a: &Value, b: &Value, op: CmpKind) -> PyResult<Option<bool>> {
        use Value::*;
        let ord: Option<Ordering> = match (a, b) {
            (Int(x), Int(y)) => Some(x.cmp(y)),
            (Float(x), Float(y)) => {
                return Ok(Some(match op {
                    CmpKind::Lt => x < y,
                    CmpKind::Le => x <= y,
                    CmpKind::Eq => x == y,
                    CmpKind::Ne => x != y,
                    CmpKind::Gt => x > y,
                    CmpKind::Ge => x >= y,
                }))
            }
            (Int(_) | Bool(_) | BigInt(_), Int(_) | Bool(_) | BigInt(_)) => int_cmp(a, b),
            (Int(_) | Bool(_) | BigInt(_), Float(f)) => {
                let o = int_float_cmp(a, *f);
                if o.is_none() {
                    return Ok(Some(op == CmpKind::Ne));
                }
                o
            }
            (Float(f), Int(_) | Bool(_) | BigInt(_)) => {
                let o = int_float_cmp(b, *f).map(|o| o.reverse());
                if o.is_none() {
                    return Ok(Some(op == CmpKind::Ne));
                }
                o
            }
            (Complex(_), _) | (_, Complex(_)) if matches!(op, CmpKind::Eq | CmpKind::Ne) => {
                let (Some(x), Some(y)) = (crate::objects::complex::parts(a), crate::objects::complex::parts(b)) else {
                    return Ok(Some(op == CmpKind::Ne));
                };
                return Ok(Some((x == y) == (op == CmpKind::Eq)));
            }
            (Str(x), Str(y)) => Some(x.as_str().cmp(y.as_str())),
            (Bytes(x), Bytes(y)) => Some(x.as_ref().cmp(y.as_ref())),
            (ByteArray(_), Bytes(_) | ByteArray(_)) | (Bytes(_), ByteArray(_)) => {
                let x = crate::builtins::bytes_of(a).unwrap_or_default();
                let y = crate::builtins::bytes_of(b).unwrap_or_default();
                Some(x.cmp(&y))
            }
            (Tuple(x), Tuple(y)) => return self.seq_compare(&x.to_vec(), &y.to_vec(), op).map(Some),
            (List(x), List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                return self.seq_compare(&x, &y, op).map(Some);
            }
            (Dict(x), Dict(y)) => {
                return match op {
                    CmpKind::Eq | CmpKind::Ne => {
                        let r = self.dict_eq(x, y)?;
                        Ok(Some(if op == CmpKind::Eq { r } else { !r }))
                    }
                    _ => Ok(Option::None),
                };
            }
            (Set(x) | FrozenSet(x), Set(y) | FrozenSet(y)) => {
                let xs = x.borrow().keys();
                let ys = y.borrow().keys();
                let x_in_y = self.all_in(&xs, y)?;
                let y_in_x = self.all_in(&ys, x)?;
                return Ok(Some(match op {
                    CmpKind::Eq => x_in_y && xs.len() == ys.len(),
                    CmpKind::Ne => !(x_in_y && xs.len() == ys.len()),
                    CmpKind::Le => x_in_y,
                    CmpKind::Lt => x_in_y && xs.len() < ys.len(),
                    CmpKind::Ge => y_in_x,
                    CmpKind::Gt => y_in_x && xs.len() > ys.len(),
                }));
            }
            (Range(x), Range(y)) => {
                let same = (x.is_empty() && y.is_empty())
                    || (x.len() == y.len() && x.start == y.start && (x.len() == 1 || x.step == y.step));
                return Ok(match op {
                    CmpKind::Eq => Some(same),
                    CmpKind::Ne => Some(!same),
                    _ => Option::None,
                });
            }
            (None, None) => {
                return Ok(match op {
                    CmpKind::Eq => Some(true),
                    CmpKind::Ne => Some(false),
                    _ => {
                        return Err(PyErr::type_error(format!(
                            "'{}' not supported between instances of 'NoneType' and 'NoneType'",
                            cmp_symbol(op)
                        )))
                    }
                })
            }
            (Slice(x), Slice(y)) => {
                let tx = Value::tuple(vec![x.start.clone(), x.stop.clone(), x.step.clone()]);
                let ty = Value::tuple(vec![y.start.clone(), y.stop.clone(), y.step.clone()]);
                return self.builtin_compare(&tx, &ty, op);
            }
            (DictView(x), Set(_) | FrozenSet(_)) | (Set(_) | FrozenSet(_), DictView(x))
                if x.kind == ViewKind::Keys || x.kind == ViewKind::Items =>
            {
                let s = Rc::new(std::cell::RefCell::new(crate::objects::DictData::new_set()));
                let items = self.iterate(&DictView(x.clone()))?;
                for k in items {
                    self.set_add(&s, k)?;
                }
                let (l, r) = if matches!(a, DictView(_)) { (Set(s), b.clone()) } else { (a.clone(), Set(s)) };
                return self.builtin_compare(&l, &r, op);
            }
            (DictView(x), DictView(y)) if x.kind == ViewKind::Keys && y.kind == ViewKind::Keys => {
                let xs = x.dict.borrow().keys();
                let ys = y.dict.borrow().keys();
                let mut r = xs.len() == ys.len();
                if r {
                    for k in &xs {
                        if self.dict_get(&y.dict, k)?.is_none() {
                            r = false;
                            break;
                        }
                    }
                }
                return Ok(match op {
                    CmpKind::Eq => Some(r),
                    CmpKind::Ne => Some(!r),
                    _ => Option::None,
                });
            }
            _ => {
                let builtin_a = !matches!(a, Instance(_));
                let builtin_b = !matches!(b, Instance(_));
                if builtin_a && builtin_b {
                    if matches!(op, CmpKind::Eq | CmpKind::Ne) {
                        let same = a.is(b);
                        return Ok(Some(if op == CmpKind::Eq { same } else { !same }));
                    }
                    return Err(PyErr::type_error(format!(
                        "'{}' not supported between instances of '{}' and '{}'",
                        cmp_symbol(op),
                        a.type_name(),
                        b.type_name()
                    )));
                }
                return Ok(Option::None);
            }
        };
        let Some(o) = ord else { return Ok(Some(op == CmpKind::Ne)) };
        Ok(Some(match op {
            CmpKind::Lt => o == Ordering::Less,
            CmpKind::Le => o != Ordering::Greater,
            CmpKind::Eq => o == Ordering::Equal,
            CmpKind::Ne => o != Ordering::Equal,
            CmpKind::Gt => o == Ordering::Greater,
            CmpKind::Ge => o != Ordering::Less,
        }))
    }

    fn all_in(&mut self, items: &[Value], set: &Rc<crate::objects::PySet>) -> PyResult<bool> {
        for i in items {
            if self.dict_get(set, i)?.is_none() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn dict_eq(&mut self, x: &Rc<crate::objects::PyDict>, y: &Rc<crate::objects::PyDict>) -> PyResult<bool> {
        if x.borrow().len() != y.borrow().len() {
            return Ok(false);
        }
        let items = x.borrow().items();
        for (k, v) in items {
            match self.dict_get(y, &k)? {
                Some(w) => {
                    if !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// Lexicographic comparison of sequences.
    fn seq_compare(&mut self, x: &[Value], y: &[Value], op: CmpKind) -> PyResult<bool> {
        if self.repr_stack.len() > self.recursion_limit.min(NATIVE_DEPTH) {
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded in comparison"));
        }
        self.repr_stack.push(0);
        let r = self.seq_compare_inner(x, y, op);
        self.repr_stack.pop();
        r
    }

    fn seq_compare_inner(&mut self, x: &[Value], y: &[Value], op: CmpKind) -> PyResult<bool> {
        let n = x.len().min(y.len());
        for i in 0..n {
            if x[i].is(&y[i]) {
                continue;
            }
            if !self.eq(&x[i], &y[i])? {
                return match op {
                    CmpKind::Eq => Ok(false),
                    CmpKind::Ne => Ok(true),
                    _ => {
                        let r = self.compare(&x[i], &y[i], op)?;
                        self.truthy(&r)
                    }
                };
            }
        }
        let o = x.len().cmp(&y.len());
        Ok(match op {
            CmpKind::Lt => o == Ordering::Less,
            CmpKind::Le => o != Ordering::Greater,
            CmpKind::Eq => o == Ordering::Equal,
            CmpKind::Ne => o != Ordering::Equal,
            CmpKind::Gt => o == Ordering::Greater,
            CmpKind::Ge => o != Ordering::Less,
        })
    }

    /// `a < b` as a bool (sorting, min/max).
    pub fn less_than(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(x < y);
        }
        let r = self.compare(a, b, CmpKind::Lt)?;
        self.truthy_fast(&r)
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                other => Err(PyErr::type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    other.type_name()
                ))),
            },
            Value::Bytes(_) | Value::ByteArray(_) => {
                let b = crate::builtins::bytes_of(container).unwrap_or_default();
                match item {
                    Value::Int(i) => Ok((0..256).contains(i) && b.contains(&(*i as u8))),
                    other => match crate::builtins::bytes_of(other) {
                        Some(sub) => Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == sub.as_slice())),
                        None => Err(PyErr::type_error(format!(
                            "a bytes-like object is required, not '{}'",
                            other.type_name()
                        ))),
                    },
                }
            }
            Value::List(l) => {
                let items = l.borrow().clone();
                self.seq_contains(&items, item)
            }
            Value::Tuple(t) => {
                let t = t.clone();
                self.seq_contains(&t, item)
            }
            Value::Dict(d) | Value::Set(d) | Value::FrozenSet(d) => {
                if let (Value::Set(_), Value::Set(inner)) = (container, item) {
                    let fs = Value::FrozenSet(Rc::new(inner.as_ref().clone()));
                    return Ok(self.dict_get(d, &fs)?.is_some());
                }
                Ok(self.dict_get(d, item)?.is_some())
            }
            Value::DictView(dv) => match dv.kind {
                ViewKind::Keys => Ok(self.dict_get(&dv.dict, item)?.is_some()),
                ViewKind::Values => {
                    let vals = dv.dict.borrow().values();
                    self.seq_contains(&vals, item)
                }
                ViewKind::Items => {
                    let Value::Tuple(kv) = item else { return Ok(false) };
                    if kv.len() != 2 {
                        return Ok(false);
                    }
                    match self.dict_get(&dv.dict, &kv[0])? {
                        Some(v) => self.eq(&v, &kv[1]),
                        None => Ok(false),
                    }
                }
            },
            Value::Range(r) => {
                let Some(x) = int_ref(item) else {
                    let items: Vec<Value> = (0..r.len()).map(|i| Value::Int(r.get(i))).collect();
                    return self.seq_contains(&items, item);
                };
                let x = match x {
                    crate::objects::int::IntRef::Small(i) => i,
                    _ => return Ok(false),
                };
                if r.is_empty() {
                    return Ok(false);
                }
                let in_bounds = if r.step > 0 { x >= r.start && x < r.stop } else { x <= r.start && x > r.stop };
                Ok(in_bounds && (x - r.start) % r.step == 0)
            }
            _ => {
                if let Value::Instance(_) = container {
                    if let Some(r) = self.call_special(container, "__contains__", &[item.clone()])? {
                        return self.truthy(&r);
                    }
                }
                if !self.is_iterable(container) {
                    return Err(PyErr::type_error(format!(
                        "argument of type '{}' is not iterable",
                        container.type_name()
                    )));
                }
                let it = self.get_iter(container)?;
                while let Some(v) = self.iter_next(&it)? {
                    if v.is(item) || self.eq(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    fn seq_contains(&mut self, items: &[Value], item: &Value) -> PyResult<bool> {
        for v in items {
            if v.is(item) || self.eq(v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

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
                t.lookup("__iter__").map(|m| !m.is_none()).unwrap_or(false) || t.lookup("__getitem__").is_some()
            }
        }
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::List(l) => IterObj::value(IterKind::List { list: l.clone(), idx: 0 }),
            Value::Tuple(t) => IterObj::value(IterKind::Tuple { items: t.clone(), idx: 0 }),
            Value::Str(s) => IterObj::value(IterKind::Str { s: s.clone(), pos: 0 }),
            Value::Bytes(b) => IterObj::value(IterKind::Bytes { b: b.clone(), idx: 0 }),
            Value::ByteArray(b) => IterObj::value(IterKind::Bytes { b: Rc::from(b.borrow().as_slice()), idx: 0 }),
            Value::Range(r) => {
                IterObj::value(IterKind::Range { next: r.start, stop: r.stop, step: r.step, left: r.len() })
            }
            Value::Dict(d) => {
                let len = d.borrow().len();
                IterObj::value(IterKind::Dict { dict: d.clone(), pos: 0, len, kind: ViewKind::Keys })
            }
            Value::DictView(dv) => {
                let len = dv.dict.borrow().len();
                IterObj::value(IterKind::Dict { dict: dv.dict.clone(), pos: 0, len, kind: dv.kind })
            }
            Value::Set(s) | Value::FrozenSet(s) => {
                let len = s.borrow().len();
                IterObj::value(IterKind::Set { set: s.clone(), pos: 0, len })
            }
            Value::Iter(_) => v.clone(),
            Value::Gen(g) if g.kind == GenKind::Generator => v.clone(),
            _ => {
                let cls = v.type_of();
                match cls.lookup("__iter__") {
                    Some(Value::None) | None => {
                        if cls.lookup("__getitem__").is_some() && matches!(v, Value::Instance(_)) {
                            return Ok(IterObj::value(IterKind::SeqProto { seq: v.clone(), idx: 0 }));
                        }
                        return Err(PyErr::type_error(format!("'{}' object is not iterable", cls.name)));
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
            _ => {
                let cls = it.type_of();
                let Some(m) = cls.lookup("__next__") else {
                    return Err(PyErr::type_error(format!("'{}' object is not an iterator", cls.name)));
                };
                let bound = self.bind_descriptor(&m, it, &cls)?;
                match self.call(&bound, &[], &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.is(ExcKind::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
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
            return Err(PyErr::type_error(format!("'{}' object is not a mapping", m.type_name())));
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
                IterKind::Range { next, step, left, .. } => {
                    if *left > 0 {
                        let v = *next;
                        *next = next.wrapping_add(*step);
                        *left -= 1;
                        return Ok(Some(Value::Int(v)));
                    }
                    return Ok(None);
                }
                IterKind::Dict { dict, pos, len, kind } => {
                    let d = dict.borrow();
                    if d.len() != *len {
                        *len = usize::MAX;
                        return Err(PyErr::runtime_error("dictionary changed size during iteration"));
                    }
                    while *pos < d.raw_len() {
                        let i = *pos;
                        *pos += 1;
                        if let Some(e) = d.entry_at(i) {
                            return Ok(Some(match kind {
                                ViewKind::Keys => e.key.clone(),
                                ViewKind::Values => e.value.clone(),
                                ViewKind::Items => Value::tuple(vec![e.key.clone(), e.value.clone()]),
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
                IterKind::Callable { func, sentinel } => Deferred::Callable(func.clone(), sentinel.clone()),
                IterKind::SeqProto { seq, idx } => Deferred::SeqProto(seq.clone(), *idx),
                IterKind::Done => return Ok(None),
            }
        };
        let done = |obj: &Rc<IterObj>| *obj.state.borrow_mut() = IterKind::Done;
        match deferred {
            Deferred::Enumerate(it, count) => match self.iter_next(&it)? {
                Some(v) => {
                    let next = self.binary_op(&count, &Value::Int(1), crate::bytecode::opcode::BinOpKind::Add, false)?;
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
                    let r = self.call(&func, &[v.clone()], &[])?;
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

fn cmp_names(op: CmpKind) -> (&'static str, &'static str) {
    match op {
        CmpKind::Lt => ("__lt__", "__gt__"),
        CmpKind::Le => ("__le__", "__ge__"),
        CmpKind::Eq => ("__eq__", "__eq__"),
        CmpKind::Ne => ("__ne__", "__ne__"),
        CmpKind::Gt => ("__gt__", "__lt__"),
        CmpKind::Ge => ("__ge__", "__le__"),
    }
}

/// The operator's symbol for messages.
pub(crate) fn cmp_symbol(op: CmpKind) -> &'static str {
    match op {
        CmpKind::Lt => "<",
        CmpKind::Le => "<=",
        CmpKind::Eq => "==",
        CmpKind::Ne => "!=",
        CmpKind::Gt => ">",
        CmpKind::Ge => ">=",
    }
}

fn user_defines(t: &Rc<Type>, name: &str) -> bool {
    t.lookup_with_owner(name).map(|(_, o)| !o.builtin).unwrap_or(false)
}
