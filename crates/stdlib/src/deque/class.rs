//! The `deque` class table: every method's name bound to its implementation in
//! `deque.rs`, plus the small adapters for receiver-only and one-argument methods.

use std::rc::Rc;

use loopscope_python::bytecode::opcode::CmpKind;
use loopscope_python::{ClassBuilder, Interp, PyErr, PyResult, Value};

use super::{
    compare, count, delitem, empty, extend, find, getitem, index, init, insert, is_deque, new_like,
    remove, repeat, repr, rotate, setitem, snapshot, with, DequeData, CLASS,
};
use crate::args::{arity, receiver, Kw};

type Method = fn(&mut Interp, &[Value], &Kw) -> PyResult<Value>;

/// Methods taking only the receiver and operating on the data.
fn simple(
    name: &'static str,
    f: fn(&mut DequeData) -> PyResult<Value>,
) -> impl Fn(&mut Interp, &[Value], &Kw) -> PyResult<Value> {
    move |_, args, _| {
        let (this, rest) = receiver(CLASS, name, args)?;
        arity(name, rest, 0, 0)?;
        with(this, f)?
    }
}

/// Methods taking the receiver and one value.
fn unary(
    name: &'static str,
    f: fn(&mut Interp, &Value, &Value) -> PyResult<Value>,
) -> impl Fn(&mut Interp, &[Value], &Kw) -> PyResult<Value> {
    move |interp, args, _| {
        let (this, rest) = receiver(CLASS, name, args)?;
        arity(name, rest, 1, 1)?;
        f(interp, this, &rest[0])
    }
}

/// Builds the `deque` class.
pub(super) fn build() -> PyResult<Rc<loopscope_python::objects::Type>> {
    let cmp: [(&str, CmpKind); 6] = [
        ("__eq__", CmpKind::Eq),
        ("__ne__", CmpKind::Ne),
        ("__lt__", CmpKind::Lt),
        ("__le__", CmpKind::Le),
        ("__gt__", CmpKind::Gt),
        ("__ge__", CmpKind::Ge),
    ];
    let mut cb = ClassBuilder::new("deque", vec![])
        .attr(
            "__doc__",
            Value::str("deque([iterable[, maxlen]]) --> deque object"),
        )
        .attr("__hash__", Value::None)
        .method("__init__", init as Method)
        .method("__repr__", repr as Method)
        .method("__getitem__", getitem as Method)
        .method("__setitem__", setitem as Method)
        .method("__delitem__", delitem as Method)
        .method("index", index as Method)
        .method("insert", insert as Method)
        .method("remove", remove as Method)
        .method("count", count as Method)
        .method("rotate", rotate as Method)
        .method(
            "append",
            unary("append", |_, t, v| {
                with(t, |d| d.push_back(v.clone())).map(|_| Value::None)
            }),
        )
        .method(
            "appendleft",
            unary("appendleft", |_, t, v| {
                with(t, |d| d.push_front(v.clone())).map(|_| Value::None)
            }),
        )
        .method(
            "extend",
            unary("extend", |i, t, v| {
                extend(i, t, v, false).map(|_| Value::None)
            }),
        )
        .method(
            "extendleft",
            unary("extendleft", |i, t, v| {
                extend(i, t, v, true).map(|_| Value::None)
            }),
        )
        .method(
            "__iadd__",
            unary("__iadd__", |i, t, v| {
                extend(i, t, v, false).map(|_| t.clone())
            }),
        )
        .method(
            "pop",
            simple("pop", |d| d.items.pop_back().ok_or_else(empty)),
        )
        .method(
            "popleft",
            simple("popleft", |d| d.items.pop_front().ok_or_else(empty)),
        )
        .method(
            "clear",
            simple("clear", |d| {
                d.items.clear();
                Ok(Value::None)
            }),
        )
        .method(
            "reverse",
            simple("reverse", |d| {
                d.items.make_contiguous().reverse();
                Ok(Value::None)
            }),
        )
        .method(
            "__len__",
            simple("__len__", |d| Ok(Value::Int(d.items.len() as i64))),
        )
        .method(
            "__bool__",
            simple("__bool__", |d| Ok(Value::Bool(!d.items.is_empty()))),
        )
        .method(
            "__contains__",
            unary("__contains__", |i, t, v| {
                Ok(Value::Bool(find(i, t, v, 0, usize::MAX)?.is_some()))
            }),
        )
        .method("__iter__", |i, a, _| {
            let (this, _) = receiver(CLASS, "__iter__", a)?;
            let items = snapshot(this)?;
            i.get_iter(&Value::list(items))
        })
        .method("__reversed__", |i, a, _| {
            let (this, _) = receiver(CLASS, "__reversed__", a)?;
            let mut items = snapshot(this)?;
            items.reverse();
            i.get_iter(&Value::list(items))
        })
        .method("copy", |i, a, _| {
            let (this, _) = receiver(CLASS, "copy", a)?;
            let items = snapshot(this)?;
            new_like(i, this, items)
        })
        .method(
            "__add__",
            unary("__add__", |i, t, other| {
                if !is_deque(other) {
                    return Err(PyErr::type_error(format!(
                        "can only concatenate deque (not \"{}\") to deque",
                        other.type_name()
                    )));
                }
                let mut items = snapshot(t)?;
                items.extend(snapshot(other)?);
                new_like(i, t, items)
            }),
        )
        .method(
            "__mul__",
            unary("__mul__", |i, t, n| {
                let items = repeat(i, t, n)?;
                new_like(i, t, items)
            }),
        )
        .method(
            "__rmul__",
            unary("__rmul__", |i, t, n| {
                let items = repeat(i, t, n)?;
                new_like(i, t, items)
            }),
        )
        .method(
            "__imul__",
            unary("__imul__", |i, t, n| {
                let items = repeat(i, t, n)?;
                with(t, |d| {
                    d.items.clear();
                    for v in items {
                        d.push_back(v);
                    }
                })?;
                Ok(t.clone())
            }),
        )
        .method("__reduce__", |_, a, _| {
            let (this, _) = receiver(CLASS, "__reduce__", a)?;
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
        })
        .getter("maxlen", |_, a, _| {
            let (this, _) = receiver(CLASS, "maxlen", a)?;
            let m = with(this, |d| d.maxlen)?;
            Ok(m.map(|m| Value::Int(m as i64)).unwrap_or(Value::None))
        });
    for (name, op) in cmp {
        cb = cb.method(name, move |i, a, _| compare(i, a, op));
    }
    let cls = cb.build()?;
    let copy = cls.dict.borrow().get_str("copy").cloned();
    if let Some(c) = copy {
        cls.dict.borrow_mut().set_str("__copy__", c);
    }
    Ok(cls)
}
