//! The `deque` class table: every method's name bound to its implementation, the larger
//! ones in `deque.rs`, the receiver-only and one-argument ones here over two small adapters.

use std::rc::Rc;

use loopscope_python::bytecode::opcode::CmpKind;
use loopscope_python::objects::Native;
use loopscope_python::{ClassBuilder, Interp, PyErr, PyResult, Value};

use super::{
    compare, count, delitem, empty, extend, find, getitem, index, init, insert, is_deque, new_like,
    remove, repeat, repr, rotate, setitem, snapshot, with, DequeData, CLASS,
};
use crate::args::{arity, receiver, Kw};

/// `deque`'s methods, by their Python names, in the order `vars(deque)` lists them in.
const METHODS: &[(&str, Native)] = &[
    ("__init__", init),
    ("__repr__", repr),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("index", index),
    ("insert", insert),
    ("remove", remove),
    ("count", count),
    ("rotate", rotate),
    ("append", deque_append),
    ("appendleft", deque_appendleft),
    ("extend", deque_extend),
    ("extendleft", deque_extendleft),
    ("__iadd__", deque_iadd),
    ("pop", deque_pop),
    ("popleft", deque_popleft),
    ("clear", deque_clear),
    ("reverse", deque_reverse),
    ("__len__", deque_len),
    ("__bool__", deque_bool),
    ("__contains__", deque_contains),
    ("__iter__", deque_iter),
    ("__reversed__", deque_reversed),
    ("copy", deque_copy),
    ("__add__", deque_add),
    ("__mul__", deque_mul),
    ("__rmul__", deque_rmul),
    ("__imul__", deque_imul),
    ("__reduce__", deque_reduce),
];

/// `deque`'s rich comparisons, installed after the `maxlen` property.
const COMPARISONS: &[(&str, Native)] = &[
    ("__eq__", deque_eq),
    ("__ne__", deque_ne),
    ("__lt__", deque_lt),
    ("__le__", deque_le),
    ("__gt__", deque_gt),
    ("__ge__", deque_ge),
];

/// Builds the `deque` class.
pub(super) fn build() -> PyResult<Rc<loopscope_python::objects::Type>> {
    let cls = ClassBuilder::new("deque", vec![])
        .attr(
            "__doc__",
            Value::str("deque([iterable[, maxlen]]) --> deque object"),
        )
        .attr("__hash__", Value::None)
        .methods(METHODS)
        .getter("maxlen", deque_maxlen)
        .methods(COMPARISONS)
        .build()?;
    let copy = cls.dict.borrow().get_str("copy").cloned();
    if let Some(c) = copy {
        cls.dict.borrow_mut().set_str("__copy__", c);
    }
    Ok(cls)
}

/// A method taking only the receiver and operating on the data.
fn simple(
    args: &[Value],
    name: &str,
    f: impl FnOnce(&mut DequeData) -> PyResult<Value>,
) -> PyResult<Value> {
    let (this, rest) = receiver(CLASS, name, args)?;
    arity(name, rest, 0, 0)?;
    with(this, f)?
}

/// A method taking the receiver and one value.
fn unary(
    interp: &mut Interp,
    args: &[Value],
    name: &str,
    f: impl FnOnce(&mut Interp, &Value, &Value) -> PyResult<Value>,
) -> PyResult<Value> {
    let (this, rest) = receiver(CLASS, name, args)?;
    arity(name, rest, 1, 1)?;
    f(interp, this, &rest[0])
}

/// `deque.append(x)`: adds `x` at the right end.
fn deque_append(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    unary(interp, args, "append", |_, t, v| {
        with(t, |d| d.push_back(v.clone())).map(|_| Value::None)
    })
}

/// `deque.appendleft(x)`: adds `x` at the left end.
fn deque_appendleft(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    unary(interp, args, "appendleft", |_, t, v| {
        with(t, |d| d.push_front(v.clone())).map(|_| Value::None)
    })
}

/// `deque.extend(iterable)`: appends the items at the right end.
fn deque_extend(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    unary(interp, args, "extend", |i, t, v| {
        extend(i, t, v, false).map(|_| Value::None)
    })
}

/// `deque.extendleft(iterable)`: appends the items at the left end, so they end up reversed.
fn deque_extendleft(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    unary(interp, args, "extendleft", |i, t, v| {
        extend(i, t, v, true).map(|_| Value::None)
    })
}

/// `deque.__iadd__(iterable)`: `d += iterable`, extends in place and returns the deque.
fn deque_iadd(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    unary(interp, args, "__iadd__", |i, t, v| {
        extend(i, t, v, false).map(|_| t.clone())
    })
}

/// `deque.pop()`: removes and returns the rightmost item.
fn deque_pop(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    simple(args, "pop", |d| d.items.pop_back().ok_or_else(empty))
}

/// `deque.popleft()`: removes and returns the leftmost item.
fn deque_popleft(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    simple(args, "popleft", |d| d.items.pop_front().ok_or_else(empty))
}

/// `deque.clear()`: removes every item.
fn deque_clear(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    simple(args, "clear", |d| {
        d.items.clear();
        Ok(Value::None)
    })
}

/// `deque.reverse()`: reverses the items in place.
fn deque_reverse(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    simple(args, "reverse", |d| {
        d.items.make_contiguous().reverse();
        Ok(Value::None)
    })
}

/// `deque.__len__()`: the number of items.
fn deque_len(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    simple(args, "__len__", |d| Ok(Value::Int(d.items.len() as i64)))
}

/// `deque.__bool__()`: whether the deque has items.
fn deque_bool(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    simple(args, "__bool__", |d| Ok(Value::Bool(!d.items.is_empty())))
}

/// `deque.__contains__(x)`: `x in d`.
fn deque_contains(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    unary(interp, args, "__contains__", |i, t, v| {
        Ok(Value::Bool(find(i, t, v, 0, usize::MAX)?.is_some()))
    })
}

/// `deque.__iter__()`: an iterator over a snapshot of the items.
fn deque_iter(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let (this, _) = receiver(CLASS, "__iter__", args)?;
    let items = snapshot(this)?;
    interp.get_iter(&Value::list(items))
}

/// `deque.__reversed__()`: an iterator over a snapshot of the items, right to left.
fn deque_reversed(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let (this, _) = receiver(CLASS, "__reversed__", args)?;
    let mut items = snapshot(this)?;
    items.reverse();
    interp.get_iter(&Value::list(items))
}

/// `deque.copy()` (also `__copy__`): a shallow copy of the same class and `maxlen`.
fn deque_copy(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let (this, _) = receiver(CLASS, "copy", args)?;
    let items = snapshot(this)?;
    new_like(interp, this, items)
}

/// `deque.__add__(other)`: `d + other`, a new deque; `other` must be a deque.
fn deque_add(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    unary(interp, args, "__add__", |i, t, other| {
        if !is_deque(other) {
            return Err(PyErr::type_error(format!(
                "can only concatenate deque (not \"{}\") to deque",
                other.type_name()
            )));
        }
        let mut items = snapshot(t)?;
        items.extend(snapshot(other)?);
        new_like(i, t, items)
    })
}

/// `deque.__mul__(n)`: `d * n`, a new deque of the items repeated.
fn deque_mul(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    unary(interp, args, "__mul__", |i, t, n| {
        let items = repeat(i, t, n)?;
        new_like(i, t, items)
    })
}

/// `deque.__rmul__(n)`: `n * d`, a new deque of the items repeated.
fn deque_rmul(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    unary(interp, args, "__rmul__", |i, t, n| {
        let items = repeat(i, t, n)?;
        new_like(i, t, items)
    })
}

/// `deque.__imul__(n)`: `d *= n`, repeats the items in place and returns the deque.
fn deque_imul(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    unary(interp, args, "__imul__", |i, t, n| {
        let items = repeat(i, t, n)?;
        with(t, |d| {
            d.items.clear();
            for v in items {
                d.push_back(v);
            }
        })?;
        Ok(t.clone())
    })
}

/// `deque.__reduce__()`: `(class, (items, maxlen))`, plus the instance dict if it has one.
fn deque_reduce(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let (this, _) = receiver(CLASS, "__reduce__", args)?;
    let (items, maxlen) = with(this, |d| {
        (d.items.iter().cloned().collect::<Vec<_>>(), d.maxlen)
    })?;
    let maxlen = maxlen.map(|m| Value::Int(m as i64)).unwrap_or(Value::None);
    let mut parts = vec![
        Value::Type(this.type_of()),
        Value::tuple(vec![Value::list(items), maxlen]),
    ];
    if let Value::Instance(inst) = this {
        if !inst.dict.borrow().is_empty() {
            parts.push(Value::Dict(inst.dict.clone()));
        }
    }
    Ok(Value::tuple(parts))
}

/// `deque.maxlen` (property getter): the bound, or None.
fn deque_maxlen(_: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let (this, _) = receiver(CLASS, "maxlen", args)?;
    let m = with(this, |d| d.maxlen)?;
    Ok(m.map(|m| Value::Int(m as i64)).unwrap_or(Value::None))
}

/// `deque.__eq__(other)`: `d == other`, item by item.
fn deque_eq(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    compare(interp, args, CmpKind::Eq)
}

/// `deque.__ne__(other)`: `d != other`, item by item.
fn deque_ne(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    compare(interp, args, CmpKind::Ne)
}

/// `deque.__lt__(other)`: `d < other`, lexicographically.
fn deque_lt(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    compare(interp, args, CmpKind::Lt)
}

/// `deque.__le__(other)`: `d <= other`, lexicographically.
fn deque_le(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    compare(interp, args, CmpKind::Le)
}

/// `deque.__gt__(other)`: `d > other`, lexicographically.
fn deque_gt(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    compare(interp, args, CmpKind::Gt)
}

/// `deque.__ge__(other)`: `d >= other`, lexicographically.
fn deque_ge(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    compare(interp, args, CmpKind::Ge)
}
