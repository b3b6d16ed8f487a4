//! `_collections.deque`: CPython's `Modules/_collectionsmodule.c` deque over a `VecDeque`,
//! so appends and pops at both ends are O(1). Messages and reprs follow CPython 3.11.
//!
//! The items are only borrowed for plain Rust work: searches (`in`, `index`, `count`,
//! `remove`) read one item at a time and compare it with no borrow held; the rest of what
//! may run Python code (repr, iteration of arguments) works on a snapshot.

use std::collections::VecDeque;

use loopscope_python::bytecode::opcode::CmpKind;
use loopscope_python::{Interp, ModuleBuilder, PyErr, PyResult, Value};

use crate::args::{arity, receiver, to_i64, Kw, Params};

mod class;

/// A deque's items and bound.
#[derive(Default)]
struct DequeData {
    items: VecDeque<Value>,
    maxlen: Option<usize>,
}

impl DequeData {
    fn push_back(&mut self, v: Value) {
        self.items.push_back(v);
        if let Some(m) = self.maxlen {
            while self.items.len() > m {
                self.items.pop_front();
            }
        }
    }

    fn push_front(&mut self, v: Value) {
        self.items.push_front(v);
        if let Some(m) = self.maxlen {
            while self.items.len() > m {
                self.items.pop_back();
            }
        }
    }
}

const CLASS: &str = "collections.deque";

/// Runs `f` on the deque data of `this` (created empty for fresh subclass instances).
fn with<R>(this: &Value, f: impl FnOnce(&mut DequeData) -> R) -> PyResult<R> {
    let Value::Instance(inst) = this else {
        return Err(PyErr::type_error(format!(
            "descriptor requires a '{CLASS}' object but received a '{}'",
            this.type_name()
        )));
    };
    let mut slot = inst.native.borrow_mut();
    if slot.as_ref().map(|b| !b.is::<DequeData>()).unwrap_or(true) {
        *slot = Some(Box::new(DequeData::default()));
    }
    match slot.as_mut().and_then(|b| b.downcast_mut::<DequeData>()) {
        Some(d) => Ok(f(d)),
        None => Err(PyErr::runtime_error("deque state is missing")),
    }
}

fn is_deque(v: &Value) -> bool {
    match v {
        Value::Instance(inst) => inst
            .native
            .borrow()
            .as_ref()
            .map(|b| b.is::<DequeData>())
            .unwrap_or(false),
        _ => false,
    }
}

fn snapshot(this: &Value) -> PyResult<Vec<Value>> {
    with(this, |d| d.items.iter().cloned().collect())
}

/// The index of the first item equal to `x` in `this[start..stop]`, compared in place:
/// the length is re-read at each step (an `__eq__` may mutate the deque) and no borrow is
/// held while `__eq__` runs; copying the items first made `x in d` O(n) in memory traffic
/// on top of the comparisons.
fn find(
    interp: &mut Interp,
    this: &Value,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let Some(item) = with(this, |d| d.items.get(i).cloned())? else {
            break;
        };
        if item.is(x) || interp.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

/// A position argument resolved against `len`, as `deque[i]` does.
fn position(interp: &mut Interp, this: &Value, i: &Value) -> PyResult<usize> {
    if !matches!(i, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
        return Err(PyErr::type_error(format!(
            "sequence index must be integer, not '{}'",
            i.type_name()
        )));
    }
    let len = with(this, |d| d.items.len())? as i64;
    let mut i = to_i64(interp, i).unwrap_or(i64::MAX);
    if i < 0 {
        i += len;
    }
    if i < 0 || i >= len {
        return Err(PyErr::index_error("deque index out of range"));
    }
    Ok(i as usize)
}

fn empty() -> PyErr {
    PyErr::index_error("pop from an empty deque")
}

/// `deque(iterable=(), maxlen=None)`.
fn init(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let (this, rest) = receiver(CLASS, "__init__", args)?;
    let [iterable, maxlen] = Params::new("deque", &["iterable", "maxlen"], 0).bind(rest, kw)?;
    let maxlen = match maxlen {
        None | Some(Value::None) => None,
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => {
            let n = to_i64(interp, &v)?;
            if n < 0 {
                return Err(PyErr::value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
        Some(_) => return Err(PyErr::type_error("an integer is required")),
    };
    let items = match iterable {
        Some(it) => interp.iterate(&it)?,
        None => vec![],
    };
    with(this, |d| {
        d.items.clear();
        d.maxlen = maxlen;
        for v in items {
            d.push_back(v);
        }
    })?;
    Ok(Value::None)
}

fn extend(interp: &mut Interp, this: &Value, iterable: &Value, left: bool) -> PyResult<()> {
    let items = interp.iterate(iterable)?;
    with(this, |d| {
        for v in items {
            if left {
                d.push_front(v);
            } else {
                d.push_back(v);
            }
        }
    })
}

/// `type(self)(items, maxlen)`: copies and results of `+` and `*` keep the class.
fn new_like(interp: &mut Interp, this: &Value, items: Vec<Value>) -> PyResult<Value> {
    let maxlen = with(this, |d| d.maxlen)?;
    let maxlen = maxlen.map(|m| Value::Int(m as i64)).unwrap_or(Value::None);
    interp.call(
        &Value::Type(this.type_of()),
        &[Value::list(items), maxlen],
        &[],
    )
}

fn repr(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let (this, _) = receiver(CLASS, "__repr__", args)?;
    let (items, maxlen) = with(this, |d| {
        (d.items.iter().cloned().collect::<Vec<_>>(), d.maxlen)
    })?;
    let list = interp.repr_of(&Value::list(items))?;
    let name = this.type_name();
    Ok(Value::string(match maxlen {
        None => format!("{name}({list})"),
        Some(m) => format!("{name}({list}, maxlen={m})"),
    }))
}

fn compare(interp: &mut Interp, args: &[Value], op: CmpKind) -> PyResult<Value> {
    let (this, rest) = receiver(CLASS, "__eq__", args)?;
    arity("comparison", rest, 1, 1)?;
    if !is_deque(&rest[0]) {
        return Ok(Value::NotImplemented);
    }
    let a = Value::list(snapshot(this)?);
    let b = Value::list(snapshot(&rest[0])?);
    interp.compare(&a, &b, op)
}

fn getitem(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let (this, rest) = receiver(CLASS, "__getitem__", args)?;
    arity("__getitem__", rest, 1, 1)?;
    let i = position(interp, this, &rest[0])?;
    with(this, |d| d.items.get(i).cloned())?
        .ok_or_else(|| PyErr::index_error("deque index out of range"))
}

fn setitem(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let (this, rest) = receiver(CLASS, "__setitem__", args)?;
    arity("__setitem__", rest, 2, 2)?;
    let i = position(interp, this, &rest[0])?;
    with(this, |d| {
        if let Some(slot) = d.items.get_mut(i) {
            *slot = rest[1].clone();
        }
    })?;
    Ok(Value::None)
}

fn delitem(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let (this, rest) = receiver(CLASS, "__delitem__", args)?;
    arity("__delitem__", rest, 1, 1)?;
    let i = position(interp, this, &rest[0])?;
    with(this, |d| d.items.remove(i))?;
    Ok(Value::None)
}

fn index(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let (this, rest) = receiver(CLASS, "index", args)?;
    arity("index", rest, 1, 3)?;
    let len = with(this, |d| d.items.len())? as i64;
    let bound = |interp: &mut Interp, v: Option<&Value>, default: i64| -> PyResult<usize> {
        let mut n = match v {
            Some(v) => to_i64(interp, v)?,
            None => default,
        };
        if n < 0 {
            n = (n + len).max(0);
        }
        Ok(n.min(len) as usize)
    };
    let start = bound(interp, rest.get(1), 0)?;
    let stop = bound(interp, rest.get(2), len)?;
    match find(interp, this, &rest[0], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(PyErr::value_error(format!(
            "{} is not in deque",
            interp.repr_of(&rest[0])?
        ))),
    }
}

fn insert(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let (this, rest) = receiver(CLASS, "insert", args)?;
    arity("insert", rest, 2, 2)?;
    let i = to_i64(interp, &rest[0])?;
    let full = with(this, |d| {
        d.maxlen.map(|m| d.items.len() >= m).unwrap_or(false)
    })?;
    if full {
        return Err(PyErr::index_error("deque already at its maximum size"));
    }
    with(this, |d| {
        let len = d.items.len() as i64;
        let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
        d.items.insert(at as usize, rest[1].clone());
    })?;
    Ok(Value::None)
}

fn remove(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let (this, rest) = receiver(CLASS, "remove", args)?;
    arity("remove", rest, 1, 1)?;
    match find(interp, this, &rest[0], 0, usize::MAX)? {
        Some(i) => {
            with(this, |d| d.items.remove(i))?;
            Ok(Value::None)
        }
        None => Err(PyErr::value_error(format!(
            "{} is not in deque",
            interp.repr_of(&rest[0])?
        ))),
    }
}

fn count(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let (this, rest) = receiver(CLASS, "count", args)?;
    arity("count", rest, 1, 1)?;
    let (mut n, mut from) = (0, 0);
    while let Some(i) = find(interp, this, &rest[0], from, usize::MAX)? {
        n += 1;
        from = i + 1;
    }
    Ok(Value::Int(n))
}

fn rotate(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let (this, rest) = receiver(CLASS, "rotate", args)?;
    arity("rotate", rest, 0, 1)?;
    let n = match rest.first() {
        Some(v) => to_i64(interp, v)?,
        None => 1,
    };
    with(this, |d| {
        let len = d.items.len() as i64;
        if len > 1 {
            d.items.rotate_right(n.rem_euclid(len) as usize);
        }
    })?;
    Ok(Value::None)
}

fn repeat(interp: &mut Interp, this: &Value, n: &Value) -> PyResult<Vec<Value>> {
    let n = to_i64(interp, n)?.max(0) as usize;
    let items = snapshot(this)?;
    if items.len().saturating_mul(n) > 1 << 28 {
        return Err(PyErr::memory());
    }
    Ok(items
        .iter()
        .cloned()
        .cycle()
        .take(items.len() * n)
        .collect())
}

/// Registers `_collections` with its `deque` class.
pub fn register(m: &mut ModuleBuilder) {
    match class::build() {
        Ok(cls) => {
            m.class(cls.clone());
            cls.dict
                .borrow_mut()
                .set_str("__module__", Value::str("collections"));
        }
        Err(e) => m.value("_error", Value::string(format!("{e:?}"))),
    }
}
