//! Builtins that consume iterables: `sorted` (and the stable sort `list.sort` shares),
//! `min`/`max`, `sum`, `any`, `all`. Over a generator or with a key function they hand
//! their work to Python (`Interp::redirect`), so it runs in slices.

use super::{arity, kwarg, only_kw, Kw};
use crate::args::Params;
use crate::objects::{PyResult, Value};
use crate::vm::call::iteration_runs_python;
use crate::vm::halt::PyErr;
use crate::vm::Interp;

/// Sort `items` in place with an optional key, stably, like `list.sort`.
pub fn sort_values(
    interp: &mut Interp,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(k) if !k.is_none() => {
            let mut ks = Vec::with_capacity(items.len());
            for i in items.iter() {
                ks.push(interp.call(k, std::slice::from_ref(i), &[])?);
            }
            ks
        }
        _ => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    // Merge sort with a fallible comparator.
    let mut err: Option<PyErr> = None;
    merge_sort(&mut idx, &mut |a, b| {
        if err.is_some() {
            return false;
        }
        let (x, y) = if reverse {
            (&keys[b], &keys[a])
        } else {
            (&keys[a], &keys[b])
        };
        match interp.less_than(x, y) {
            Ok(r) => r,
            Err(e) => {
                err = Some(e);
                false
            }
        }
    });
    if let Some(e) = err {
        return Err(e);
    }
    let sorted: Vec<Value> = idx.into_iter().map(|i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}

/// Stable merge sort of indices with `less(a, b)`.
fn merge_sort(v: &mut [usize], less: &mut dyn FnMut(usize, usize) -> bool) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    if n <= 8 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && less(v[j], v[j - 1]) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], less);
    merge_sort(&mut v[mid..], less);
    let mut out = Vec::with_capacity(n);
    let (mut i, mut j) = (0, mid);
    while i < mid && j < n {
        if less(v[j], v[i]) {
            out.push(v[j]);
            j += 1;
        } else {
            out.push(v[i]);
            i += 1;
        }
    }
    out.extend_from_slice(&v[i..mid]);
    out.extend_from_slice(&v[j..n]);
    v.copy_from_slice(&out);
}

pub(super) fn sorted(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    only_kw("sorted", kw, &["key", "reverse"])?;
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "sorted expected 1 argument, got {}",
            args.len()
        )));
    }
    let key = kwarg(kw, "key").filter(|k| !k.is_none());
    let reverse = match kwarg(kw, "reverse") {
        Some(v) => interp.truthy(&v)?,
        None => false,
    };
    if key.is_some() || iteration_runs_python(&args[0]) {
        let args = vec![
            args[0].clone(),
            key.unwrap_or(Value::None),
            Value::Bool(reverse),
        ];
        return Err(interp.redirect("sorted", args));
    }
    let mut items = interp.iterate(&args[0])?;
    sort_values(interp, &mut items, key.as_ref(), reverse)?;
    Ok(Value::list(items))
}

fn min_max(
    interp: &mut Interp,
    args: &[Value],
    kw: &Kw,
    name: &str,
    want_max: bool,
) -> PyResult<Value> {
    only_kw(name, kw, &["key", "default"])?;
    let key = kwarg(kw, "key").filter(|k| !k.is_none());
    let default = kwarg(kw, "default");
    let items = match args.len() {
        0 => {
            return Err(PyErr::type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 if key.is_some() || iteration_runs_python(&args[0]) => {
            let has_default = default.is_some();
            let args = vec![
                args[0].clone(),
                key.unwrap_or(Value::None),
                default.unwrap_or(Value::None),
                Value::Bool(has_default),
                Value::str(name),
                Value::Bool(want_max),
            ];
            return Err(interp.redirect("min_max", args));
        }
        1 => interp.iterate(&args[0])?,
        _ => {
            if default.is_some() {
                return Err(PyErr::type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for v in items {
        let k = match &key {
            Some(f) => interp.call(f, std::slice::from_ref(&v), &[])?,
            None => v.clone(),
        };
        best = Some(match best {
            None => (k, v),
            Some((bk, bv)) => {
                let op = if want_max {
                    crate::bytecode::opcode::CmpKind::Gt
                } else {
                    crate::bytecode::opcode::CmpKind::Lt
                };
                let r = interp.compare(&k, &bk, op)?;
                let better = interp.truthy(&r)?;
                if better {
                    (k, v)
                } else {
                    (bk, bv)
                }
            }
        });
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(PyErr::value_error(format!(
                "{name}() arg is an empty sequence"
            ))),
        },
    }
}

pub(super) fn min(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    min_max(interp, args, kw, "min", false)
}

pub(super) fn max(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    min_max(interp, args, kw, "max", true)
}

pub(super) fn sum(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let [_, start] = Params::new("sum", &["iterable", "start"], 1)
        .posonly(1)
        .bind(args, kw)?;
    let mut acc = start.unwrap_or(Value::Int(0));
    match &acc {
        Value::Str(_) => {
            return Err(PyErr::type_error(
                "sum() can't sum strings [use ''.join(seq) instead]",
            ))
        }
        Value::Bytes(_) => {
            return Err(PyErr::type_error(
                "sum() can't sum bytes [use b''.join(seq) instead]",
            ))
        }
        _ => {}
    }
    if iteration_runs_python(&args[0]) {
        return Err(interp.redirect("sum", vec![args[0].clone(), acc]));
    }
    let it = interp.get_iter(&args[0])?;
    // Exact float summation like CPython (Neumaier-free: CPython adds in order for floats).
    while let Some(v) = interp.iter_next(&it)? {
        acc = interp.binary_op(&acc, &v, crate::bytecode::opcode::BinOpKind::Add, false)?;
    }
    Ok(acc)
}

pub(super) fn any(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("any", args, 1, 1)?;
    if iteration_runs_python(&args[0]) {
        return Err(interp.redirect("any", vec![args[0].clone()]));
    }
    let it = interp.get_iter(&args[0])?;
    while let Some(v) = interp.iter_next(&it)? {
        if interp.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

pub(super) fn all(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("all", args, 1, 1)?;
    if iteration_runs_python(&args[0]) {
        return Err(interp.redirect("all", vec![args[0].clone()]));
    }
    let it = interp.get_iter(&args[0])?;
    while let Some(v) = interp.iter_next(&it)? {
        if !interp.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
