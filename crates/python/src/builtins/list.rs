//! `list` and `tuple`: constructors and methods.

use crate::args::{nth, Params};
use std::rc::Rc;

use super::reduce::sort_values;
use super::{ctor, kwarg, marity, method, only_kw, this};
use crate::objects::{BuiltinTypes, ExcKind, IterKind, IterObj, PyList, PyResult, Value};
use crate::vm::halt::PyErr;

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

pub(super) fn install(bt: &BuiltinTypes) {
    let t = &bt.list;
    ctor(t, |interp, args, kw| {
        super::no_kw("list", kw)?;
        super::arity("list", &args[1..], 0, 1)?;
        match args.get(1) {
            Some(v) => Ok(Value::list(interp.iterate(v)?)),
            None => Ok(Value::list(vec![])),
        }
    });
    method(t, "append", |_, a, _| {
        marity("list.append", a, 1, 1).map_err(|_| {
            PyErr::type_error(format!(
                "list.append() takes exactly one argument ({} given)",
                a.len().saturating_sub(1)
            ))
        })?;
        me(a)?.borrow_mut().push(nth(a, 1));
        Ok(Value::None)
    });
    method(t, "extend", |interp, a, _| {
        let l = me(a)?;
        if crate::vm::call::iteration_runs_python(&nth(a, 1)) {
            // Python appends as it goes (the iterator sees the list grow), in slices.
            return Err(interp.redirect("list_extend", vec![a[0].clone(), nth(a, 1)]));
        }
        let items = interp.iterate(&nth(a, 1))?;
        l.borrow_mut().extend(items);
        Ok(Value::None)
    });
    method(t, "insert", |interp, a, _| {
        marity("insert", a, 2, 2)?;
        let l = me(a)?;
        let i = interp.int_arg(&a[1])?;
        let len = l.borrow().len() as i64;
        let pos = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
        l.borrow_mut().insert(pos, a[2].clone());
        Ok(Value::None)
    });
    method(t, "pop", |interp, a, _| {
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
    });
    method(t, "remove", |interp, a, _| {
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
    });
    method(t, "index", |interp, a, _| {
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
    });
    method(t, "count", |interp, a, _| {
        let l = me(a)?;
        let x = nth(a, 1);
        let (mut n, mut i) = (0, 0);
        while let Some(i2) = interp.list_find(&l, &x, i, usize::MAX)? {
            n += 1;
            i = i2 + 1;
        }
        Ok(Value::Int(n))
    });
    method(t, "clear", |_, a, _| {
        let items = std::mem::take(&mut *me(a)?.borrow_mut());
        crate::objects::drop_guard::drop_values(items);
        Ok(Value::None)
    });
    method(t, "copy", |_, a, _| {
        Ok(Value::list(me(a)?.borrow().clone()))
    });
    method(t, "reverse", |_, a, _| {
        me(a)?.borrow_mut().reverse();
        Ok(Value::None)
    });
    method(t, "sort", |interp, a, kw| {
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
    });
    method(t, "__len__", |_, a, _| {
        Ok(Value::Int(me(a)?.borrow().len() as i64))
    });
    // On the list itself, even from a subclass that overrides these (as
    // `list.__setitem__(self, i, v)` in the override does).
    method(t, "__getitem__", |interp, a, _| {
        interp.getitem(&Value::List(me(a)?), &nth(a, 1))
    });
    method(t, "__setitem__", |interp, a, _| {
        interp.setitem(&Value::List(me(a)?), &nth(a, 1), nth(a, 2))?;
        Ok(Value::None)
    });
    method(t, "__delitem__", |interp, a, _| {
        interp.delitem(&Value::List(me(a)?), &nth(a, 1))?;
        Ok(Value::None)
    });
    method(t, "__contains__", |interp, a, _| {
        Ok(Value::Bool(interp.contains(this(a)?, &nth(a, 1))?))
    });
    method(t, "__iter__", |interp, a, _| interp.get_iter(this(a)?));
    method(t, "__reversed__", |_, a, _| {
        let l = me(a)?;
        let n = l.borrow().len();
        Ok(IterObj::value(IterKind::ListRev { list: l, idx: n }))
    });
    method(t, "__eq__", |interp, a, _| {
        Ok(Value::Bool(interp.eq(this(a)?, &nth(a, 1))?))
    });
    method(t, "__repr__", |interp, a, _| {
        Ok(Value::string(interp.repr_of(this(a)?)?))
    });
    method(t, "__add__", |interp, a, _| {
        interp.binary_op(
            this(a)?,
            &nth(a, 1),
            crate::bytecode::opcode::BinOpKind::Add,
            false,
        )
    });

    let tt = &bt.tuple;
    ctor(tt, |interp, args, kw| {
        super::no_kw("tuple", kw)?;
        super::arity("tuple", &args[1..], 0, 1)?;
        match args.get(1) {
            Some(Value::Tuple(t)) => Ok(Value::Tuple(t.clone())),
            Some(v) => Ok(Value::tuple(interp.iterate(v)?)),
            None => Ok(Value::tuple(vec![])),
        }
    });
    method(tt, "index", |interp, a, _| {
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
    });
    method(tt, "count", |interp, a, _| {
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
    });
    method(tt, "__len__", |interp, a, _| {
        Ok(Value::Int(interp.len_of(this(a)?)? as i64))
    });
    method(tt, "__getitem__", |interp, a, _| {
        interp.getitem(this(a)?, &nth(a, 1))
    });
    method(tt, "__contains__", |interp, a, _| {
        Ok(Value::Bool(interp.contains(this(a)?, &nth(a, 1))?))
    });
    method(tt, "__iter__", |interp, a, _| interp.get_iter(this(a)?));
    method(tt, "__eq__", |interp, a, _| {
        Ok(Value::Bool(interp.eq(this(a)?, &nth(a, 1))?))
    });
    method(tt, "__hash__", |interp, a, _| {
        Ok(Value::Int(interp.hash(this(a)?)?))
    });
    method(tt, "__repr__", |interp, a, _| {
        Ok(Value::string(interp.repr_of(this(a)?)?))
    });

    // reversed(seq)
    ctor(&bt.iters[12], |interp, args, _| {
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
            Value::Tuple(t) => {
                let mut v = t.to_vec();
                v.reverse();
                Ok(IterObj::value(IterKind::Snapshot {
                    items: v,
                    idx: 0,
                    type_idx: 12,
                }))
            }
            Value::Str(s) => {
                let v: Vec<Value> = s
                    .as_str()
                    .chars()
                    .rev()
                    .map(|c| Value::string(c.to_string()))
                    .collect();
                Ok(IterObj::value(IterKind::Snapshot {
                    items: v,
                    idx: 0,
                    type_idx: 12,
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
            Value::Bytes(b) => {
                let mut v: Vec<Value> = b.iter().map(|&x| Value::Int(x as i64)).collect();
                v.reverse();
                Ok(IterObj::value(IterKind::Snapshot {
                    items: v,
                    idx: 0,
                    type_idx: 12,
                }))
            }
            Value::Dict(d) => {
                let mut v = d.borrow().keys();
                v.reverse();
                Ok(IterObj::value(IterKind::Snapshot {
                    items: v,
                    idx: 0,
                    type_idx: 12,
                }))
            }
            Value::DictView(dv) => {
                let mut v: Vec<Value> = match dv.kind {
                    crate::objects::ViewKind::Keys => dv.dict.borrow().keys(),
                    crate::objects::ViewKind::Values => dv.dict.borrow().values(),
                    crate::objects::ViewKind::Items => dv
                        .dict
                        .borrow()
                        .items()
                        .into_iter()
                        .map(|(k, v)| Value::tuple(vec![k, v]))
                        .collect(),
                };
                v.reverse();
                Ok(IterObj::value(IterKind::Snapshot {
                    items: v,
                    idx: 0,
                    type_idx: 12,
                }))
            }
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
    });
    // enumerate(iterable, start=0)
    ctor(&bt.iters[8], |interp, args, kw| {
        // Required, but checked here: enumerate's own message has no position.
        let params = Params::new("enumerate", &["iterable", "start"], 0);
        let [it, start] = params.bind(args.get(1..).unwrap_or_default(), kw)?;
        let it = it
            .ok_or_else(|| PyErr::type_error("enumerate() missing required argument 'iterable'"))?;
        let start = start.unwrap_or(Value::Int(0));
        if crate::objects::int::int_ref(&start).is_none() {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                start.type_name()
            )));
        }
        let it = interp.get_iter(&it)?;
        Ok(IterObj::value(IterKind::Enumerate { it, count: start }))
    });
    ctor(&bt.iters[9], |interp, args, kw| {
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
    });
    ctor(&bt.iters[10], |interp, args, _| {
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
    });
    ctor(&bt.iters[11], |interp, args, _| {
        super::arity("filter", &args[1..], 2, 2)?;
        let it = interp.get_iter(&args[2])?;
        Ok(IterObj::value(IterKind::Filter {
            func: args[1].clone(),
            it,
        }))
    });
    for it in &bt.iters {
        method(it, "__iter__", |_, a, _| Ok(this(a)?.clone()));
        method(it, "__next__", |interp, a, _| {
            match interp.iter_next(this(a)?)? {
                Some(v) => Ok(v),
                None => Err(PyErr::with_args(ExcKind::StopIteration, vec![])),
            }
        });
    }
}
