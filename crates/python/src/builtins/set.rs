//! `set` and `frozenset`: constructors and methods.

use crate::args::nth;
use std::cell::RefCell;
use std::rc::Rc;

use super::{ctor, methods, this, Kw, Native};
use crate::bytecode::opcode::BinOpKind;
use crate::objects::{BuiltinTypes, DictData, ExcKind, PyResult, PySet, Value};
use crate::vm::halt::PyErr;
use crate::vm::Interp;

fn me(a: &[Value]) -> PyResult<Rc<PySet>> {
    match this(a)? {
        Value::Set(s) | Value::FrozenSet(s) => Ok(s.clone()),
        other => Err(PyErr::type_error(format!(
            "descriptor requires a 'set' object but received a '{}'",
            other.type_name()
        ))),
    }
}

fn to_set(interp: &mut Interp, v: &Value) -> PyResult<Value> {
    match v {
        Value::Set(_) | Value::FrozenSet(_) => Ok(v.clone()),
        other => {
            let s = Rc::new(RefCell::new(DictData::new_set()));
            for x in interp.iterate(other)? {
                interp.set_add(&s, x)?;
            }
            Ok(Value::Set(s))
        }
    }
}

/// Apply a set operator between the receiver and each argument (`union(*others)`...).
fn multi(interp: &mut Interp, a: &[Value], op: BinOpKind) -> PyResult<Value> {
    let mut acc = match this(a)? {
        Value::Set(s) => Value::Set(Rc::new(RefCell::new(s.borrow().clone()))),
        Value::FrozenSet(s) => Value::FrozenSet(Rc::new(RefCell::new(s.borrow().clone()))),
        _ => return Err(PyErr::type_error("set expected")),
    };
    for o in &a[1..] {
        let o = to_set(interp, o)?;
        acc = interp.binary_op(&acc, &o, op, false)?;
    }
    Ok(acc)
}

/// Replace the receiver's items by the result of `op` with each argument (`update(*others)`...).
fn update_with(interp: &mut Interp, a: &[Value], op: BinOpKind) -> PyResult<Value> {
    let s = me(a)?;
    let r = multi(interp, a, op)?;
    if let Value::Set(n) | Value::FrozenSet(n) = r {
        let d = n.borrow().clone();
        *s.borrow_mut() = d;
    }
    Ok(Value::None)
}

/// Installs the constructors and methods of `set` and `frozenset`.
pub(super) fn install(bt: &BuiltinTypes) {
    ctor(&bt.set, set_new);
    ctor(&bt.frozenset, frozenset_new);
    methods(&bt.set, METHODS);
    methods(&bt.frozenset, METHODS);
    methods(&bt.set, SET_METHODS);
}

/// The methods `set` and `frozenset` share, by their Python names.
const METHODS: &[(&str, Native)] = &[
    ("union", union),
    ("intersection", intersection),
    ("difference", difference),
    ("symmetric_difference", symmetric_difference),
    ("copy", copy),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("isdisjoint", isdisjoint),
    ("__contains__", __contains__),
    ("__len__", __len__),
    ("__iter__", __iter__),
];

/// `set`'s own methods (those that change it), after the shared ones.
const SET_METHODS: &[(&str, Native)] = &[
    ("add", add),
    ("remove", remove),
    ("discard", discard),
    ("pop", pop),
    ("clear", clear),
    ("update", update),
    ("intersection_update", intersection_update),
    ("difference_update", difference_update),
    ("symmetric_difference_update", symmetric_difference_update),
];

/// `frozenset(iterable=(), /)`: an immutable set of the iterable's items.
fn frozenset_new(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let s = Rc::new(RefCell::new(DictData::new_set()));
    if let Some(v) = args.get(1) {
        if let Value::FrozenSet(f) = v {
            return Ok(Value::FrozenSet(f.clone()));
        }
        for x in interp.iterate(v)? {
            interp.set_add(&s, x)?;
        }
    }
    Ok(Value::FrozenSet(s))
}

/// `set(iterable=(), /)`: a new set of the iterable's items.
fn set_new(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    super::no_kw("set", kw)?;
    super::arity("set", &args[1..], 0, 1)?;
    let s = Rc::new(RefCell::new(DictData::new_set()));
    crate::objects::gc::track_dict(&s);
    match args.get(1) {
        Some(Value::Set(o) | Value::FrozenSet(o)) => s.borrow_mut().set_copy_from(&o.borrow()),
        Some(v) => {
            for x in interp.iterate(v)? {
                interp.set_add(&s, x)?;
            }
        }
        None => {}
    }
    Ok(Value::Set(s))
}

/// `set.union(*others)`: return the union of sets as a new set.
fn union(i: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    multi(i, a, BinOpKind::Or)
}

/// `set.intersection(*others)`: return the intersection of two sets as a new set.
fn intersection(i: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    multi(i, a, BinOpKind::And)
}

/// `set.difference(*others)`: return the difference of two or more sets as a new set.
fn difference(i: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    multi(i, a, BinOpKind::Sub)
}

/// `set.symmetric_difference(other, /)`: return the symmetric difference of two sets as a new set.
fn symmetric_difference(i: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    multi(i, a, BinOpKind::Xor)
}

/// `set.copy()`: return a shallow copy of a set.
fn copy(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(match this(a)? {
        Value::FrozenSet(s) => Value::FrozenSet(s.clone()),
        Value::Set(s) => {
            let mut n = DictData::new_set();
            n.set_copy_from(&s.borrow());
            Value::Set(Rc::new(RefCell::new(n)))
        }
        _ => return Err(PyErr::type_error("set expected")),
    })
}

/// `set.issubset(other, /)`: report whether another set contains this set.
fn issubset(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let o = to_set(interp, &nth(a, 1))?;
    interp.compare(this(a)?, &o, crate::bytecode::opcode::CmpKind::Le)
}

/// `set.issuperset(other, /)`: report whether this set contains another set.
fn issuperset(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let o = to_set(interp, &nth(a, 1))?;
    interp.compare(this(a)?, &o, crate::bytecode::opcode::CmpKind::Ge)
}

/// `set.isdisjoint(other, /)`: return True if two sets have a null intersection.
fn isdisjoint(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let s = me(a)?;
    for x in interp.iterate(&nth(a, 1))? {
        if interp.dict_get(&s, &x)?.is_some() {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `set.__contains__(key, /)`: return key in self.
fn __contains__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let name = match a.first() {
        Some(Value::FrozenSet(_)) => "frozenset.__contains__",
        _ => "set.__contains__",
    };
    super::marity(name, a, 1, 1)?;
    Ok(Value::Bool(interp.contains(this(a)?, &nth(a, 1))?))
}

/// `set.__len__()`: return len(self).
fn __len__(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Int(me(a)?.borrow().len() as i64))
}

/// `set.__iter__()`: implement iter(self).
fn __iter__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    interp.get_iter(this(a)?)
}

/// `set.add(elem, /)`: add an element to a set.
fn add(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    super::marity("add", a, 1, 1)?;
    interp.set_add(&me(a)?, a[1].clone())?;
    Ok(Value::None)
}

/// `set.remove(elem, /)`: remove an element from a set; it must be a member.
fn remove(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let x = nth(a, 1);
    let x = match &x {
        Value::Set(s) => Value::FrozenSet(Rc::new(s.as_ref().clone())),
        _ => x,
    };
    if !interp.dict_del(&me(a)?, &x)? {
        return Err(PyErr::with_args(ExcKind::KeyError, vec![x]));
    }
    Ok(Value::None)
}

/// `set.discard(elem, /)`: remove an element from a set if it is a member.
fn discard(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    interp.dict_del(&me(a)?, &nth(a, 1))?;
    Ok(Value::None)
}

/// `set.pop()`: remove and return an arbitrary set element.
fn pop(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let s = me(a)?;
    let e = s.borrow_mut().pop_first();
    match e {
        Some(e) => Ok(e.key),
        None => Err(PyErr::new(ExcKind::KeyError, "pop from an empty set")),
    }
}

/// `set.clear()`: remove all elements from this set.
fn clear(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    me(a)?.borrow_mut().clear();
    Ok(Value::None)
}

/// `set.update(*others)`: update a set with the union of itself and others.
fn update(i: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    update_with(i, a, BinOpKind::Or)
}

/// `set.intersection_update(*others)`: update a set with the intersection of itself and another.
fn intersection_update(i: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    update_with(i, a, BinOpKind::And)
}

/// `set.difference_update(*others)`: remove all elements of another set from this set.
fn difference_update(i: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    update_with(i, a, BinOpKind::Sub)
}

/// `set.symmetric_difference_update(other, /)`: update a set with the symmetric difference of itself and another.
fn symmetric_difference_update(i: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    update_with(i, a, BinOpKind::Xor)
}
