//! Equality and ordering: builtin fast paths, the `__eq__`/`__lt__`/... protocol with
//! reflected operands, and lexicographic comparison of sequences.

use std::cmp::Ordering;
use std::rc::Rc;

use crate::bytecode::opcode::CmpKind;
use crate::objects::dict::fast_eq;
use crate::objects::int::{int_cmp, int_float_cmp};
use crate::objects::{ExcKind, PyResult, Type, Value, ViewKind};
use crate::vm::halt::PyErr;
use crate::vm::{Interp, NATIVE_DEPTH};

impl Interp {
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
        if matches!(op, CmpKind::Eq | CmpKind::Ne) {
            if let Some(r) = self.generic_alias_eq(a, b)? {
                return Ok(Value::Bool(r == matches!(op, CmpKind::Eq)));
            }
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
                ta.tp_name(),
                tb.tp_name()
            ))),
        }
    }

    /// `list[int] == list[int]`: aliases are equal when origin and arguments are.
    fn generic_alias_eq(&mut self, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        let parts = crate::objects::alias::generic_alias_parts;
        let (Some((o1, a1)), Some((o2, a2))) = (parts(a), parts(b)) else {
            return Ok(None);
        };
        Ok(Some(self.eq(&o1, &o2)? && self.eq(&a1, &a2)?))
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
                        let r = self.call(&bound, std::slice::from_ref(other), &[])?;
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
        let r = self.call(&bound, std::slice::from_ref(other), &[])?;
        if matches!(r, Value::NotImplemented) {
            return Ok(None);
        }
        Ok(Some(r))
    }

    /// Comparisons between builtin values; `None` when user code must decide.
    pub(crate) fn builtin_compare(
        &mut self,
        a: &Value,
        b: &Value,
        op: CmpKind,
    ) -> PyResult<Option<bool>> {
        use Value::*;
        let ord: Option<Ordering> = match (a, b) {
            (Int(x), Int(y)) => Some(x.cmp(y)),
            (Float(x), Float(y)) => return Ok(Some(op.holds(x, y))),
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
                let (Some(x), Some(y)) = (
                    crate::objects::complex::parts(a),
                    crate::objects::complex::parts(b),
                ) else {
                    return Ok(Some(op == CmpKind::Ne));
                };
                return Ok(Some((x == y) == (op == CmpKind::Eq)));
            }
            (Str(x), Str(y)) => Some(x.as_str().cmp(y.as_str())),
            (Bytes(x), Bytes(y)) => Some(x.as_ref().cmp(y.as_ref())),
            (ByteArray(_), Bytes(_) | ByteArray(_)) | (Bytes(_), ByteArray(_)) => {
                let x = crate::objects::bytes_of(a).unwrap_or_default();
                let y = crate::objects::bytes_of(b).unwrap_or_default();
                Some(x.cmp(&y))
            }
            (Tuple(x), Tuple(y)) => return self.seq_compare(x, y, op).map(Some),
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
                    || (x.len() == y.len()
                        && x.start == y.start
                        && (x.len() == 1 || x.step == y.step));
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
                let (l, r) = if matches!(a, DictView(_)) {
                    (Set(s), b.clone())
                } else {
                    (a.clone(), Set(s))
                };
                return self.builtin_compare(&l, &r, op);
            }
            // Bound methods are equal when bound to the same object and equal functions.
            (Method(x), Method(y)) if matches!(op, CmpKind::Eq | CmpKind::Ne) => {
                let same = x.self_.is(&y.self_) && self.eq(&x.func, &y.func)?;
                return Ok(Some(same == (op == CmpKind::Eq)));
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
                // Instances, and classes whose metaclass may define comparisons.
                let user = |v: &Value| match v {
                    Instance(_) => true,
                    Type(t) => t.metaclass.is_some(),
                    _ => false,
                };
                let builtin_a = !user(a);
                let builtin_b = !user(b);
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
        let Some(o) = ord else {
            return Ok(Some(op == CmpKind::Ne));
        };
        Ok(Some(op.holds(&o, &Ordering::Equal)))
    }

    fn all_in(&mut self, items: &[Value], set: &Rc<crate::objects::PySet>) -> PyResult<bool> {
        for i in items {
            if self.dict_get(set, i)?.is_none() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn dict_eq(
        &mut self,
        x: &Rc<crate::objects::PyDict>,
        y: &Rc<crate::objects::PyDict>,
    ) -> PyResult<bool> {
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
            return Err(PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded in comparison",
            ));
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
    t.lookup_with_owner(name)
        .map(|(_, o)| !o.builtin)
        .unwrap_or(false)
}
