//! `type`, the class of classes: its constructor and methods (CPython's
//! Objects/typeobject.c).

use std::rc::Rc;

use super::union::union_or;
use super::{class_method, ctor, methods, static_method, this, Kw, Native};
use crate::objects::{BuiltinTypes, PyResult, Type, Value};
use crate::vm::halt::PyErr;
use crate::vm::Interp;

/// Installs the constructor and methods of `type`.
pub(super) fn install(bt: &BuiltinTypes) {
    let t = &bt.type_;
    ctor(t, type_ctor);
    static_method(t, "__new__", type_new);
    methods(t, METHODS);
    class_method(t, "__prepare__", type_prepare);
    methods(t, MORE_METHODS);
}

/// `type`'s methods before the class method `__prepare__`, by their Python names.
const METHODS: &[(&str, Native)] = &[("__init__", type_init), ("__call__", type_call)];

/// `type`'s methods after `__prepare__`, by their Python names.
const MORE_METHODS: &[(&str, Native)] = &[
    ("__setattr__", type_setattr),
    ("mro", type_mro),
    ("__subclasses__", type_subclasses),
    ("__or__", union_or),
    ("__ror__", type_ror),
];

/// The class a method of `type` was called on, or CPython's descriptor error.
fn type_receiver(name: &str, a: &[Value]) -> PyResult<Rc<Type>> {
    match a.first() {
        Some(Value::Type(cls)) => Ok(cls.clone()),
        Some(other) => Err(PyErr::type_error(format!(
            "descriptor '{name}' requires a 'type' object but received a '{}'",
            other.type_name()
        ))),
        None => Err(PyErr::type_error(format!(
            "descriptor '{name}' of 'type' object needs an argument"
        ))),
    }
}

/// `type(object)` or `type(name, bases, dict, **kwds)`: the object's type, or a new class.
fn type_ctor(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let a = &args[1..];
    match a.len() {
        1 => Ok(Value::Type(a[0].type_of())),
        3 => interp.type_new(&crate::objects::t().type_, &a[0], &a[1], &a[2], kw.to_vec()),
        _ => Err(PyErr::type_error("type() takes 1 or 3 arguments")),
    }
}

/// `type.__new__(metatype, name, bases, dict, **kwds)`: a new class of the metatype.
fn type_new(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Type(c)) if c.is_subtype(&crate::objects::t().type_) => c.clone(),
        Some(Value::Type(c)) => {
            return Err(PyErr::type_error(format!(
                "type.__new__({}): {} is not a subtype of type",
                c.name, c.name
            )))
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "type.__new__(X): X is not a type object ({})",
                other.type_name()
            )))
        }
        None => return Err(PyErr::type_error("type.__new__(): not enough arguments")),
    };
    let [_, name, bases, ns] = a else {
        return Err(PyErr::type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            a.len() - 1
        )));
    };
    interp.type_new(&cls, name, bases, ns, kw.to_vec())
}

/// `type.__init__(name, bases, dict, /)` (or with one argument): nothing, once the
/// arguments are checked.
fn type_init(_interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    if a.len() == 2 && !kw.is_empty() {
        return Err(PyErr::type_error(
            "type.__init__() takes no keyword arguments",
        ));
    }
    if a.len() != 2 && a.len() != 4 {
        return Err(PyErr::type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

/// `type.__call__(*args, **kwargs)`: call self as a function (make an instance).
fn type_call(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    let cls = type_receiver("__call__", a)?;
    interp.type_call(&cls, a[1..].to_vec(), kw.to_vec())
}

/// `type.__prepare__(name, bases, **kwds)`: a new empty dict for the class body's namespace.
fn type_prepare(_interp: &mut Interp, _a: &[Value], _kw: &Kw) -> PyResult<Value> {
    Ok(Value::new_dict())
}

/// `type.__setattr__(name, value, /)`: set a class attribute.
fn type_setattr(interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
    let cls = type_receiver("__setattr__", a)?;
    if a.len() != 3 {
        return Err(PyErr::type_error(format!(
            "expected 2 arguments, got {}",
            a.len() - 1
        )));
    }
    let Value::Str(name) = &a[1] else {
        return Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            a[1].type_name()
        )));
    };
    interp.type_setattr(&cls, name, a[2].clone())?;
    Ok(Value::None)
}

/// `type.mro()`: return a type's method resolution order.
fn type_mro(_interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    match this(args)? {
        Value::Type(t) => Ok(Value::list(t.mro().into_iter().map(Value::Type).collect())),
        _ => Err(PyErr::type_error(
            "descriptor 'mro' requires a 'type' object",
        )),
    }
}

/// `type.__subclasses__()`: return a list of immediate subclasses.
fn type_subclasses(_interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
    match this(a)? {
        Value::Type(t) => Ok(Value::list(
            t.subclasses
                .borrow()
                .iter()
                .filter_map(|w| w.upgrade())
                .map(Value::Type)
                .collect(),
        )),
        _ => Ok(Value::list(vec![])),
    }
}

/// `type.__ror__(value, /)`: return value|self, a union of types.
fn type_ror(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    let [this, value] = a else {
        return Err(PyErr::new(
            crate::objects::ExcKind::SystemError,
            "type.__ror__ called without its slot's argument check",
        ));
    };
    let swapped = [value.clone(), this.clone()];
    union_or(interp, &swapped, kw)
}
