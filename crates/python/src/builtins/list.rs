//! `list` and `tuple`: constructors and methods.

use crate::args::{nth, Params};
use std::rc::Rc;

use super::reduce::sort_values;
use super::{ctor, kwarg, marity, methods, only_kw, this, Kw, Native};
use crate::objects::{BuiltinTypes, ExcKind, IterKind, IterObj, PyList, PyResult, Value};
use crate::vm::halt::PyErr;
use crate::vm::Interp;

/// The list of `self`: a list, or the list an instance of a list subclass keeps (so that
/// `list.append(self, x)` works in a subclass that overrides `append`).
fn me(a: &[Value]) -> PyResult<Rc<PyList>> {
    match this(a)? {
        Value::List(l) => Ok(l.clone()),
        other => match crate::objects::base_value(other) {
            Some(Value::List(l)) => Ok(l),
            _ => Err(PyErr::type_error(format!(
                "descriptor requires a 'list' object but received a '{}'",
                other.type_name()
            ))),
        },
    }
}

/// Installs the constructors and methods of `list`, `tuple` and the builtin iterators.
pub(super) fn install(bt: &BuiltinTypes) {
    ctor(&bt.list, list_new);
    methods(&bt.list, METHODS);
    ctor(&bt.tuple, tuple::new);
    methods(&bt.tuple, tuple::METHODS);
    ctor(&bt.iters[12], reversed_new);
    ctor(&bt.iters[8], enumerate_new);
    ctor(&bt.iters[9], zip_new);
    ctor(&bt.iters[10], map_new);
    ctor(&bt.iters[11], filter_new);
    for it in &bt.iters {
        methods(it, ITERATOR_METHODS);
    }
}

/// `list`'s methods, by their Python names.
const METHODS: &[(&str, Native)] = &[
    ("append", append),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("index", index),
    ("count", count),
    ("clear", clear),
    ("copy", copy),
    ("reverse", reverse),
    ("sort", sort),
    ("__len__", __len__),
    ("__getitem__", __getitem__),
    ("__setitem__", __setitem__),
    ("__delitem__", __delitem__),
    ("__contains__", __contains__),
    ("__iter__", __iter__),
    ("__reversed__", __reversed__),
    ("__eq__", __eq__),
    ("__repr__", __repr__),
    ("__add__", __add__),
];

/// The methods every builtin iterator type shares.
const ITERATOR_METHODS: &[(&str, Native)] =
    &[("__iter__", iterator_iter), ("__next__", iterator_next)];

/// `list(iterable=(), /)`: a new list, empty or of the iterable's items.
fn list_new(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    super::no_kw("list", kw)?;
    super::arity("list", &args[1..], 0, 1)?;
    match args.get(1) {
        Some(v) => Ok(Value::list(interp.iterate(v)?)),
        None => Ok(Value::list(vec![])),
    }
}

/// `list.append(object, /)`: append object to the end of the list.
fn append(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    marity("list.append", a, 1, 1).map_err(|_| {
        PyErr::type_error(format!(
            "list.append() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        ))
    })?;
    me(a)?.borrow_mut().push(nth(a, 1));
    Ok(Value::None)
}

/// `list.extend(iterable, /)`: extend list by appending elements from the iterable.
fn extend(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let l = me(a)?;
    if crate::vm::call::iteration_runs_python(&nth(a, 1)) {
        // Python appends as it goes (the iterator sees the list grow), in slices.
        return Err(interp.redirect("list_extend", vec![a[0].clone(), nth(a, 1)]));
    }
    let items = interp.iterate(&nth(a, 1))?;
    l.borrow_mut().extend(items);
    Ok(Value::None)
}

/// `list.insert(index, object, /)`: insert object before index.
fn insert(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    marity("insert", a, 2, 2)?;
    let l = me(a)?;
    let i = interp.int_arg(&a[1])?;
    let len = l.borrow().len() as i64;
    let pos = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    l.borrow_mut().insert(pos, a[2].clone());
    Ok(Value::None)
}

/// `list.pop(index=-1, /)`: remove and return item at index (default last).
fn pop(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let l = me(a)?;
    let len = l.borrow().len() as i64;
    if len == 0 {
        return Err(PyErr::index_error("pop from empty list"));
    }
    let i = match a.get(1) {
        Some(v) => interp.int_arg(v)?,
        None => -1,
    };
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(PyErr::index_error("pop index out of range"));
    }
    let v = l.borrow_mut().remove(j as usize);
    Ok(v)
}

/// `list.remove(value, /)`: remove first occurrence of value.
fn remove(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let l = me(a)?;
    let x = nth(a, 1);
    if let Some(i) = interp.list_find(&l, &x, 0, usize::MAX)? {
        let mut lb = l.borrow_mut();
        if i < lb.len() {
            lb.remove(i);
        }
        return Ok(Value::None);
    }
    Err(PyErr::value_error("list.remove(x): x not in list"))
}

/// `list.index(value, start=0, stop=sys.maxsize, /)`: return first index of value.
fn index(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let l = me(a)?;
    let x = nth(a, 1);
    let len = l.borrow().len() as i64;
    // As CPython: negative bounds count from the end; the search itself stops at
    // whatever the length is when it gets there.
    let norm = |v: i64| if v < 0 { (v + len).max(0) } else { v };
    let start = match a.get(2) {
        Some(v) => norm(interp.int_arg(v)?),
        None => 0,
    };
    let stop = match a.get(3) {
        Some(v) => norm(interp.int_arg(v)?),
        None => i64::MAX,
    };
    if let Some(i) = interp.list_find(&l, &x, start as usize, stop as usize)? {
        return Ok(Value::Int(i as i64));
    }
    let r = interp.repr_of(&x)?;
    Err(PyErr::value_error(format!("{r} is not in list")))
}

/// `list.count(value, /)`: return number of occurrences of value.
fn count(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let l = me(a)?;
    let x = nth(a, 1);
    let (mut n, mut i) = (0, 0);
    while let Some(i2) = interp.list_find(&l, &x, i, usize::MAX)? {
        n += 1;
        i = i2 + 1;
    }
    Ok(Value::Int(n))
}

/// `list.clear()`: remove all items from list.
fn clear(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let items = std::mem::take(&mut *me(a)?.borrow_mut());
    crate::objects::drop_guard::drop_values(items);
    Ok(Value::None)
}

/// `list.copy()`: return a shallow copy of the list.
fn copy(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::list(me(a)?.borrow().clone()))
}

/// `list.reverse()`: reverse *IN PLACE*.
fn reverse(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    me(a)?.borrow_mut().reverse();
    Ok(Value::None)
}

/// `list.sort(*, key=None, reverse=False)`: sort the list in ascending order and return None.
fn sort(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    only_kw("sort", kw, &["key", "reverse"])?;
    if a.len() > 1 {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    let l = me(a)?;
    let key = kwarg(kw, "key").filter(|k| !k.is_none());
    let reverse = match kwarg(kw, "reverse") {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    if let Some(key) = key {
        // The key function is Python: the sort runs as Python too, so it runs in
        // slices and Stop can end it (see `Interp::redirect`).
        let args = vec![a[0].clone(), key, Value::Bool(reverse)];
        return Err(interp.redirect("list_sort", args));
    }
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let r = sort_values(interp, &mut items, None, reverse);
    let modified = !l.borrow().is_empty();
    *l.borrow_mut() = items;
    r?;
    if modified {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(Value::None)
}

/// `list.__len__()`: return len(self).
fn __len__(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Int(me(a)?.borrow().len() as i64))
}

/// `list.__getitem__(index, /)`: return self[index].
// This and the next two work on the list itself, even from a subclass that overrides
// them (as `list.__setitem__(self, i, v)` in the override does).
fn __getitem__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    marity("list.__getitem__", a, 1, 1)?;
    interp.getitem(&Value::List(me(a)?), &nth(a, 1))
}

/// `list.__setitem__(key, value, /)`: set self[key] to value.
fn __setitem__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    interp.setitem(&Value::List(me(a)?), &nth(a, 1), nth(a, 2))?;
    Ok(Value::None)
}

/// `list.__delitem__(key, /)`: delete self[key].
fn __delitem__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    interp.delitem(&Value::List(me(a)?), &nth(a, 1))?;
    Ok(Value::None)
}

/// `list.__contains__(key, /)`: return key in self.
fn __contains__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(interp.contains(this(a)?, &nth(a, 1))?))
}

/// `list.__iter__()`: implement iter(self).
fn __iter__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    interp.get_iter(this(a)?)
}

/// `list.__reversed__()`: return a reverse iterator over the list.
fn __reversed__(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    marity("list.__reversed__", a, 0, 0)?;
    let l = me(a)?;
    let n = l.borrow().len();
    Ok(IterObj::value(IterKind::ListRev { list: l, idx: n }))
}

/// `list.__eq__(value, /)`: return self==value.
fn __eq__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(interp.eq(this(a)?, &nth(a, 1))?))
}

/// `list.__repr__()`: return repr(self).
fn __repr__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::string(interp.repr_of(this(a)?)?))
}

/// `list.__add__(value, /)`: return self+value.
fn __add__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    interp.binary_op(
        this(a)?,
        &nth(a, 1),
        crate::bytecode::opcode::BinOpKind::Add,
        false,
    )
}

/// A `reversed` iterator over a copy of `items`, last first: right for the immutable
/// types; for a dict and its views, CPython's iterator would raise once the dict
/// changes size, where this one goes on with the items it copied.
fn reversed_snapshot(mut items: Vec<Value>) -> Value {
    items.reverse();
    IterObj::value(IterKind::Snapshot {
        items,
        idx: 0,
        type_idx: 12,
    })
}

/// `reversed(sequence, /)`: an iterator over the sequence backwards.
fn reversed_new(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    super::arity("reversed", &args[1..], 1, 1)?;
    let seq = args[1].clone();
    match &seq {
        Value::List(l) => {
            let n = l.borrow().len();
            Ok(IterObj::value(IterKind::ListRev {
                list: l.clone(),
                idx: n,
            }))
        }
        Value::Range(r) => {
            let n = r.len();
            let last = if n > 0 { r.get(n - 1) } else { r.start };
            Ok(IterObj::value(IterKind::Range {
                next: last,
                step: -r.step,
                left: n,
            }))
        }
        Value::Tuple(t) => Ok(reversed_snapshot(t.to_vec())),
        Value::Str(s) => Ok(reversed_snapshot(
            s.as_str()
                .chars()
                .map(|c| Value::string(c.to_string()))
                .collect(),
        )),
        Value::Bytes(b) => Ok(reversed_snapshot(
            b.iter().map(|&x| Value::Int(x as i64)).collect(),
        )),
        Value::Dict(d) => Ok(reversed_snapshot(d.borrow().keys())),
        Value::DictView(dv) => Ok(reversed_snapshot(match dv.kind {
            crate::objects::ViewKind::Keys => dv.dict.borrow().keys(),
            crate::objects::ViewKind::Values => dv.dict.borrow().values(),
            crate::objects::ViewKind::Items => dv
                .dict
                .borrow()
                .items()
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect(),
        })),
        _ => {
            if let Some(m) = interp.user_method(&seq, "__reversed__")? {
                return interp.call(&m, &[], &[]);
            }
            if seq.type_of().lookup("__getitem__").is_some()
                && seq.type_of().lookup("__len__").is_some()
            {
                let n = interp.len_of(&seq)? as i64;
                return Ok(IterObj::value(IterKind::Reversed { seq, idx: n - 1 }));
            }
            Err(PyErr::type_error(format!(
                "'{}' object is not reversible",
                seq.type_name()
            )))
        }
    }
}

/// `enumerate(iterable, start=0)`: pairs of a count and an item.
fn enumerate_new(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    // Required, but checked here: enumerate's own message has no position.
    let params = Params::new("enumerate", &["iterable", "start"], 0);
    let [it, start] = params.bind(args.get(1..).unwrap_or_default(), kw)?;
    let it =
        it.ok_or_else(|| PyErr::type_error("enumerate() missing required argument 'iterable'"))?;
    let start = start.unwrap_or(Value::Int(0));
    if crate::objects::int::int_ref(&start).is_none() {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            start.type_name()
        )));
    }
    let it = interp.get_iter(&it)?;
    Ok(IterObj::value(IterKind::Enumerate { it, count: start }))
}

/// `zip(*iterables, strict=False)`: tuples of the iterables' items, in step.
fn zip_new(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    only_kw("zip", kw, &["strict"])?;
    let strict = match kwarg(kw, "strict") {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    let mut its = vec![];
    for (i, a) in args[1..].iter().enumerate() {
        let it = interp.get_iter(a).map_err(|e| {
            if e.is(ExcKind::TypeError) {
                PyErr::type_error(format!("zip argument #{} must support iteration", i + 1))
            } else {
                e
            }
        })?;
        its.push(it);
    }
    Ok(IterObj::value(IterKind::Zip { its, strict }))
}

/// `map(func, *iterables)`: `func` of each item (of the iterables' items in step).
fn map_new(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    if args.len() < 3 {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    }
    let mut its = vec![];
    for a in &args[2..] {
        its.push(interp.get_iter(a)?);
    }
    Ok(IterObj::value(IterKind::Map {
        func: args[1].clone(),
        its,
    }))
}

/// `filter(function or None, iterable)`: the items for which `function` is true.
fn filter_new(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    super::arity("filter", &args[1..], 2, 2)?;
    let it = interp.get_iter(&args[2])?;
    Ok(IterObj::value(IterKind::Filter {
        func: args[1].clone(),
        it,
    }))
}

/// `__iter__()` of a builtin iterator: the iterator itself.
fn iterator_iter(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(this(a)?.clone())
}

/// `__next__()` of a builtin iterator: its next item, or StopIteration.
fn iterator_next(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    match interp.iter_next(this(a)?)? {
        Some(v) => Ok(v),
        None => Err(PyErr::with_args(ExcKind::StopIteration, vec![])),
    }
}

/// `tuple`: its constructor and methods.
mod tuple {
    use super::*;

    /// `tuple`'s methods, by their Python names.
    pub(super) const METHODS: &[(&str, Native)] = &[
        ("index", index),
        ("count", count),
        ("__len__", __len__),
        ("__getitem__", __getitem__),
        ("__contains__", __contains__),
        ("__iter__", __iter__),
        ("__eq__", __eq__),
        ("__hash__", __hash__),
        ("__repr__", __repr__),
    ];

    /// `tuple(iterable=(), /)`: a tuple of the iterable's items.
    pub(super) fn new(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
        crate::args::no_kw("tuple", kw)?;
        crate::args::arity("tuple", &args[1..], 0, 1)?;
        match args.get(1) {
            Some(Value::Tuple(t)) => Ok(Value::Tuple(t.clone())),
            Some(v) => Ok(Value::tuple(interp.iterate(v)?)),
            None => Ok(Value::tuple(vec![])),
        }
    }

    /// `tuple.index(value, start=0, stop=sys.maxsize, /)`: return first index of value.
    fn index(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        let Value::Tuple(items) = this(a)? else {
            return Err(PyErr::type_error("tuple expected"));
        };
        let x = nth(a, 1);
        for (i, v) in items.iter().enumerate() {
            if v.is(&x) || interp.eq(v, &x)? {
                return Ok(Value::Int(i as i64));
            }
        }
        Err(PyErr::value_error("tuple.index(x): x not in tuple"))
    }

    /// `tuple.count(value, /)`: return number of occurrences of value.
    fn count(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        let Value::Tuple(items) = this(a)? else {
            return Err(PyErr::type_error("tuple expected"));
        };
        let x = nth(a, 1);
        let mut n = 0;
        for v in items.iter() {
            if v.is(&x) || interp.eq(v, &x)? {
                n += 1;
            }
        }
        Ok(Value::Int(n))
    }

    /// `tuple.__len__()`: return len(self).
    fn __len__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        Ok(Value::Int(interp.len_of(this(a)?)? as i64))
    }

    /// `tuple.__getitem__(key, /)`: return self[key].
    fn __getitem__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        interp.getitem(this(a)?, &nth(a, 1))
    }

    /// `tuple.__contains__(key, /)`: return key in self.
    fn __contains__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        Ok(Value::Bool(interp.contains(this(a)?, &nth(a, 1))?))
    }

    /// `tuple.__iter__()`: implement iter(self).
    fn __iter__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        interp.get_iter(this(a)?)
    }

    /// `tuple.__eq__(value, /)`: return self==value.
    fn __eq__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        Ok(Value::Bool(interp.eq(this(a)?, &nth(a, 1))?))
    }

    /// `tuple.__hash__()`: return hash(self).
    fn __hash__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        Ok(Value::Int(interp.hash(this(a)?)?))
    }

    /// `tuple.__repr__()`: return repr(self).
    fn __repr__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        Ok(Value::string(interp.repr_of(this(a)?)?))
    }
}
