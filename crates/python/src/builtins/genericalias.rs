//! `types.GenericAlias`, the `list[int]` that subscribing a builtin class makes: its repr,
//! call, subscription and hash (CPython's Objects/genericaliasobject.c).

use super::{methods, this, Kw, Native};
use crate::objects::alias::origin_and_args;
use crate::objects::{BuiltinTypes, PyResult, Value};
use crate::vm::Interp;

/// Installs the methods of `types.GenericAlias`.
pub(super) fn install(bt: &BuiltinTypes) {
    methods(&bt.generic_alias, METHODS);
}

/// `types.GenericAlias`'s methods, by their Python names.
const METHODS: &[(&str, Native)] = &[
    ("__repr__", generic_alias_repr),
    ("__call__", generic_alias_call),
    ("__getitem__", generic_alias_getitem),
    ("__hash__", generic_alias_hash),
];

/// How a generic alias's repr names its origin and each argument.
fn arg_repr(interp: &mut Interp, v: &Value) -> PyResult<String> {
    Ok(match v {
        Value::Type(t) => t.dotted_name(),
        Value::Ellipsis => "...".to_string(),
        other => interp.repr_of(other)?,
    })
}

/// `GenericAlias.__repr__()`: `origin[arg, ...]`.
fn generic_alias_repr(interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
    let alias = this(a)?;
    if !matches!(alias, Value::Instance(_)) {
        return Ok(Value::str("?"));
    }
    let (origin, args) = origin_and_args(alias);
    let mut parts = vec![];
    if let Value::Tuple(items) = &args {
        for x in items.iter() {
            parts.push(arg_repr(interp, x)?);
        }
    }
    let o = arg_repr(interp, &origin)?;
    Ok(Value::string(format!("{}[{}]", o, parts.join(", "))))
}

/// `GenericAlias.__call__(*args, **kwargs)`: call the origin class.
fn generic_alias_call(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    let alias = this(a)?;
    if !matches!(alias, Value::Instance(_)) {
        return Ok(Value::None);
    }
    let (origin, _) = origin_and_args(alias);
    interp.call(&origin, &a[1..], kw)
}

/// `GenericAlias.__getitem__(key, /)`: the alias itself.
fn generic_alias_getitem(_interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
    Ok(this(a)?.clone())
}

/// `GenericAlias.__hash__()`: the hash of the origin and the arguments together.
fn generic_alias_hash(interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
    let alias = this(a)?;
    if !matches!(alias, Value::Instance(_)) {
        return Ok(Value::Int(0));
    }
    let (origin, args) = origin_and_args(alias);
    let h = interp.hash(&Value::tuple(vec![origin, args]))?;
    Ok(Value::Int(h))
}
