//! `types.UnionType`, the `int | None` that `|` between types makes: building it and its
//! methods (CPython's Objects/unionobject.c).

use std::rc::Rc;

use super::{methods, this, Kw, Native};
use crate::objects::alias::union_args;
use crate::objects::{BuiltinTypes, Instance, PyResult, Value};
use crate::vm::Interp;

/// Installs the methods of `types.UnionType`.
pub(super) fn install(bt: &BuiltinTypes) {
    methods(&bt.union, METHODS);
}

/// `types.UnionType`'s methods, by their Python names.
const METHODS: &[(&str, Native)] = &[("__or__", union_or), ("__repr__", union_repr)];

/// `__or__(value, /)` of a type or a union: return self|value, the union of both's members
/// (NotImplemented unless both are types, None or unions).
pub(super) fn union_or(_interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.first(), a.get(1)) else {
        return Ok(Value::NotImplemented);
    };
    let ok = |v: &Value| matches!(v, Value::Type(_) | Value::None) || union_args(v).len() > 1;
    if !ok(x) || !ok(y) {
        return Ok(Value::NotImplemented);
    }
    let mut args: Vec<Value> = vec![];
    for v in union_args(x).into_iter().chain(union_args(y)) {
        let v = if v.is_none() {
            Value::Type(crate::objects::t().none.clone())
        } else {
            v
        };
        if !args.iter().any(|w| w.is(&v)) {
            args.push(v);
        }
    }
    let inst = Instance::new(crate::objects::t().union.clone());
    inst.dict
        .borrow_mut()
        .set_str("__args__", Value::tuple(args));
    Ok(Value::Instance(Rc::new(inst)))
}

/// `types.UnionType.__repr__()`: the members' names joined by ` | `.
fn union_repr(interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
    let args = union_args(this(a)?);
    let mut parts = vec![];
    for x in args {
        parts.push(match &x {
            Value::Type(t) => t.dotted_name(),
            Value::None => "None".to_string(),
            other => interp.repr_of(other)?,
        });
    }
    Ok(Value::string(parts.join(" | ")))
}
