//! What the typing forms built into the interpreter are made of: a `types.UnionType`
//! (`int | str`) and a `types.GenericAlias` (`list[int]`) are instances whose `__args__`
//! (and `__origin__`) are in their dict. Their methods are in `builtins/union.rs` and
//! `builtins/genericalias.rs`; the VM's hash and equality read them here.

use std::rc::Rc;

use super::error::PyErr;
use super::{t, Instance, PyResult, Value};

/// The members of a `UnionType` (or the value itself).
pub fn union_args(v: &Value) -> Vec<Value> {
    if let Value::Instance(i) = v {
        if Rc::ptr_eq(&i.cls, &t().union) {
            if let Some(Value::Tuple(t)) = i.dict.borrow().get_str("__args__") {
                return t.to_vec();
            }
        }
    }
    vec![v.clone()]
}

/// An alias's `__origin__` and `__args__` (None where missing, as for a value that is
/// not an alias).
pub fn origin_and_args(alias: &Value) -> (Value, Value) {
    let Value::Instance(i) = alias else {
        return (Value::None, Value::None);
    };
    let d = i.dict.borrow();
    let get = |name| d.get_str(name).cloned().unwrap_or(Value::None);
    (get("__origin__"), get("__args__"))
}

/// [`origin_and_args`] of a `types.GenericAlias` instance; `None` for any other value.
pub fn generic_alias_parts(v: &Value) -> Option<(Value, Value)> {
    match v {
        Value::Instance(i) if Rc::ptr_eq(&i.cls, &t().generic_alias) => Some(origin_and_args(v)),
        _ => None,
    }
}

/// Whether attribute `name` of `inst` may be set or deleted: a union's and a generic
/// alias's members are read-only and they take no others, as CPython's C types. (The
/// VM asks only for instances of builtin classes: a program's classes are never these.)
pub fn check_writable(inst: &Instance, name: &str) -> PyResult<()> {
    let types = t();
    if !Rc::ptr_eq(&inst.cls, &types.union) && !Rc::ptr_eq(&inst.cls, &types.generic_alias) {
        return Ok(());
    }
    if inst.dict.borrow().get_str(name).is_some() {
        return Err(PyErr::attribute_error("readonly attribute"));
    }
    Err(PyErr::attribute_error(format!(
        "'{}' object has no attribute '{}'",
        inst.cls.tp_name(),
        name
    )))
}
