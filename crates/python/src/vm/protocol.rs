//! The object protocols the VM and natives share: truth, length, hashing, equality and
//! ordering, membership, iteration. Builtin types take fast paths; instances dispatch to
//! their dunder methods.

mod arith;
mod compare;
mod item;
mod iter;
mod mapping;
mod repr;

pub(crate) use arith::as_f64;

use std::rc::Rc;

use crate::objects::int::{float_hash, int_hash, int_ref};
use crate::objects::{ExcKind, PyResult, Value, ViewKind};
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
    pub(crate) fn call_special(
        &mut self,
        obj: &Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
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
            Value::Type(c) if c.metaclass.is_none() => true,
            Value::Instance(_) | Value::Type(_) => {
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

    /// `len(v)` as an index into `v`: an `OverflowError` for a length no index of this
    /// machine reaches (a `range` longer than 2**32 in wasm32), never a truncated one.
    pub fn len_of(&mut self, v: &Value) -> PyResult<usize> {
        let n = self.len_exact(v)?;
        usize::try_from(n).map_err(|_| {
            PyErr::new(
                ExcKind::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            )
        })
    }

    /// `len(v)`, exactly as the builtin returns it: CPython's `Py_ssize_t` is 64 bits
    /// wide, so a range's length past 2**32 is exact here too.
    pub fn len_exact(&mut self, v: &Value) -> PyResult<i64> {
        let size = |n: usize| n as i64;
        Ok(match v {
            Value::Str(s) => size(s.char_len()),
            Value::Bytes(b) => size(b.len()),
            Value::ByteArray(b) => size(b.borrow().len()),
            Value::Tuple(t) => size(t.len()),
            Value::List(l) => size(l.borrow().len()),
            Value::Dict(d) => size(d.borrow().len()),
            Value::Set(s) | Value::FrozenSet(s) => size(s.borrow().len()),
            Value::Range(r) => {
                let n = r.len();
                if n > i64::MAX as i128 {
                    return Err(PyErr::new(
                        ExcKind::OverflowError,
                        "Python int too large to convert to C ssize_t",
                    ));
                }
                n as i64
            }
            Value::DictView(dv) => size(dv.dict.borrow().len()),
            Value::Instance(_) | Value::Type(_) => match self.call_special(v, "__len__", &[])? {
                Some(r) => {
                    let n = match &r {
                        Value::Int(i) => *i,
                        Value::Bool(b) => *b as i64,
                        Value::BigInt(_) => {
                            return Err(PyErr::new(
                                ExcKind::OverflowError,
                                "cannot fit 'int' into an index-sized integer",
                            ))
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
                    n
                }
                None => {
                    return Err(PyErr::type_error(format!(
                        "object of type '{}' has no len()",
                        v.type_name()
                    )))
                }
            },
            _ => {
                return Err(PyErr::type_error(format!(
                    "object of type '{}' has no len()",
                    v.type_name()
                )))
            }
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
                    if h == -1 {
                        -2
                    } else {
                        h
                    }
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
                    return Err(PyErr::new(
                        ExcKind::RecursionError,
                        "maximum recursion depth exceeded",
                    ));
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
            Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::Slice(_)
            | Value::DictView(_)
            | Value::ByteArray(_) => {
                return Err(PyErr::type_error(format!(
                    "unhashable type: '{}'",
                    v.type_name()
                )))
            }
            // `list[int]`: hashed as its origin and arguments, as its equality compares
            // them, so that equal aliases find each other in dicts and sets.
            Value::Instance(_) if crate::objects::alias::generic_alias_parts(v).is_some() => {
                let (o, args) = crate::objects::alias::origin_and_args(v);
                self.hash(&Value::tuple(vec![o, args]))?
            }
            // Instances, and classes whose metaclass may define `__hash__`.
            Value::Instance(_) | Value::Type(_) if !matches!(v, Value::Type(c) if c.metaclass.is_none()) =>
            {
                let cls = v.type_of();
                match cls.lookup_with_owner("__hash__") {
                    Some((Value::None, _)) => {
                        return Err(PyErr::type_error(format!(
                            "unhashable type: '{}'",
                            cls.tp_name()
                        )));
                    }
                    Some((m, owner)) if !owner.builtin => {
                        let bound = self.bind_descriptor(&m, v, &cls)?;
                        let r = self.call(&bound, &[], &[])?;
                        // An int subclass's instance counts as its int value.
                        let r = match crate::objects::base_value(&r) {
                            Some(b @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => b,
                            _ => r,
                        };
                        // CPython's `slot_tp_hash`: a result that fits a `Py_hash_t` is
                        // kept as it is (so `hash(y)` returned from `__hash__` stays
                        // `hash(y)`); a wider one is hashed as `hash(int)` does.
                        match r {
                            Value::Int(-1) => -2,
                            Value::Int(i) => i,
                            Value::Bool(b) => b as i64,
                            Value::BigInt(ref b) => match num_traits::ToPrimitive::to_i64(&**b) {
                                Some(-1) => -2,
                                Some(i) => i,
                                None => int_hash(&r),
                            },
                            _ => {
                                return Err(PyErr::type_error(
                                    "__hash__ method should return an integer",
                                ))
                            }
                        }
                    }
                    _ => match crate::objects::base_value(v) {
                        Some(b)
                            if cls
                                .lookup_with_owner("__eq__")
                                .map(|(_, o)| o.builtin)
                                .unwrap_or(true) =>
                        {
                            self.hash(&b)?
                        }
                        _ => (v.id() >> 4) & 0x0fff_ffff_ffff_ffff,
                    },
                }
            }
            other => (other.id() >> 4) & 0x0fff_ffff_ffff_ffff,
        })
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
                let b = crate::objects::bytes_of(container).unwrap_or_default();
                match item {
                    Value::Int(i) => Ok((0..256).contains(i) && b.contains(&(*i as u8))),
                    other => match crate::objects::bytes_of(other) {
                        Some(sub) => {
                            Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == sub.as_slice()))
                        }
                        None => Err(PyErr::type_error(format!(
                            "a bytes-like object is required, not '{}'",
                            other.type_name()
                        ))),
                    },
                }
            }
            Value::List(l) => Ok(self.list_find(l, item, 0, usize::MAX)?.is_some()),
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
                    let Value::Tuple(kv) = item else {
                        return Ok(false);
                    };
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
                    let n = r.len().min(1 << 24);
                    let items: Vec<Value> = (0..n)
                        .map(|i| crate::objects::int::from_i128(r.get(i)))
                        .collect();
                    return self.seq_contains(&items, item);
                };
                let x: i128 = match x {
                    crate::objects::int::IntRef::Small(i) => i as i128,
                    crate::objects::int::IntRef::Big(b) => {
                        match num_traits::ToPrimitive::to_i128(b) {
                            Some(v) => v,
                            None => return Ok(false),
                        }
                    }
                };
                if r.is_empty() {
                    return Ok(false);
                }
                let in_bounds = if r.step > 0 {
                    x >= r.start && x < r.stop
                } else {
                    x <= r.start && x > r.stop
                };
                Ok(in_bounds && (x - r.start) % r.step == 0)
            }
            _ => {
                if let Value::Instance(_) | Value::Type(_) = container {
                    if let Some(r) =
                        self.call_special(container, "__contains__", std::slice::from_ref(item))?
                    {
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

    /// The index of the first item of `l[start..stop]` equal to `x`, comparing in place as
    /// CPython's `list_contains`/`list.index` do: the length is re-read at every step, since
    /// an `__eq__` may mutate the list, and no borrow is held while `__eq__` runs (copying
    /// the items instead made `x in list` quadratic in loops such as `Event.wait`'s).
    pub(crate) fn list_find(
        &mut self,
        l: &crate::objects::PyList,
        x: &Value,
        start: usize,
        stop: usize,
    ) -> PyResult<Option<usize>> {
        let mut i = start;
        while i < stop {
            let v = match l.borrow().get(i) {
                Some(v) => v.clone(),
                None => break,
            };
            if v.is(x) || self.eq(&v, x)? {
                return Ok(Some(i));
            }
            i += 1;
        }
        Ok(None)
    }

    fn seq_contains(&mut self, items: &[Value], item: &Value) -> PyResult<bool> {
        for v in items {
            if v.is(item) || self.eq(v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}
