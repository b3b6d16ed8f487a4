//! The descriptors and binding objects: `property`, `classmethod`, `staticmethod`, `super`,
//! a function's `__get__`, and the `method` and `module` constructors (CPython's
//! Objects/descrobject.c, funcobject.c, classobject.c and moduleobject.c, and `super` from
//! typeobject.c).

use std::cell::RefCell;
use std::rc::Rc;

use super::{arity, ctor, method, methods, this, Kw, Native};
use crate::args::Params;
use crate::objects::{BuiltinTypes, DictData, Property, PyResult, Super, Value, Wrapper};
use crate::vm::halt::PyErr;
use crate::vm::Interp;

/// Installs the constructors and methods of the descriptor types, of `method` and of
/// `module`.
pub(super) fn install(bt: &BuiltinTypes) {
    ctor(&bt.property, property_new);
    ctor(&bt.method, method_new);
    ctor(&bt.module, module_new);
    methods(&bt.property, PROPERTY_METHODS);
    ctor(&bt.classmethod, classmethod_new);
    ctor(&bt.staticmethod, staticmethod_new);
    ctor(&bt.super_, super_new);
    method(&bt.function, "__get__", function_get);
}

/// `property`'s methods, by their Python names.
const PROPERTY_METHODS: &[(&str, Native)] = &[
    ("getter", property_getter),
    ("setter", property_setter),
    ("deleter", property_deleter),
    ("__get__", property_get),
];

/// `property(fget=None, fset=None, fdel=None, doc=None)`: a property attribute.
/// Without a `doc`, the property's is its getter's `__doc__`, as CPython's.
fn property_new(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let params = Params::new("property", &["fget", "fset", "fdel", "doc"], 0);
    let [fget, fset, fdel, doc] = params.bind(args.get(1..).unwrap_or_default(), kw)?;
    let given = |v: Option<Value>| v.unwrap_or(Value::None);
    let fget = given(fget);
    let doc = match given(doc) {
        Value::None if !fget.is_none() => match interp.getattr_str(&fget, "__doc__") {
            Ok(d) => d,
            Err(e) if e.is(crate::objects::ExcKind::AttributeError) => Value::None,
            Err(e) => return Err(e),
        },
        d => d,
    };
    Ok(Value::Property(Rc::new(Property {
        fget,
        fset: given(fset),
        fdel: given(fdel),
        doc,
    })))
}

/// A copy of property `a[0]` with accessor `which` (0 get, 1 set, 2 delete) set to `a[1]`.
fn property_with(a: &[Value], which: u8) -> PyResult<Value> {
    let (Some(Value::Property(p)), Some(f)) = (a.first(), a.get(1)) else {
        return Err(PyErr::type_error("property method takes one argument"));
    };
    let mut n = Property {
        fget: p.fget.clone(),
        fset: p.fset.clone(),
        fdel: p.fdel.clone(),
        doc: p.doc.clone(),
    };
    match which {
        0 => n.fget = f.clone(),
        1 => n.fset = f.clone(),
        _ => n.fdel = f.clone(),
    }
    Ok(Value::Property(Rc::new(n)))
}

/// `property.getter(fget, /)`: a copy of the property with a different getter.
fn property_getter(_interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
    property_with(a, 0)
}

/// `property.setter(fset, /)`: a copy of the property with a different setter.
fn property_setter(_interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
    property_with(a, 1)
}

/// `property.deleter(fdel, /)`: a copy of the property with a different deleter.
fn property_deleter(_interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
    property_with(a, 2)
}

/// `property.__get__(instance, owner=None, /)`: the getter's result for an instance, else
/// the property itself.
fn property_get(interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
    let Some(Value::Property(p)) = a.first() else {
        return Err(PyErr::type_error("bad property"));
    };
    match a.get(1) {
        None | Some(Value::None) => Ok(a[0].clone()),
        Some(obj) => {
            let g = p.fget.clone();
            interp.call(&g, std::slice::from_ref(obj), &[])
        }
    }
}

/// `classmethod(function, /)`: a method that receives the class instead of the instance.
fn classmethod_new(_interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("classmethod", &args[1..], 1, 1)?;
    Ok(Value::ClassMethod(Rc::new(Wrapper {
        func: args[1].clone(),
        dict: Rc::new(RefCell::new(DictData::new())),
    })))
}

/// `staticmethod(function, /)`: a method that receives neither the instance nor the class.
fn staticmethod_new(_interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    arity("staticmethod", &args[1..], 1, 1)?;
    Ok(Value::StaticMethod(Rc::new(Wrapper {
        func: args[1].clone(),
        dict: Rc::new(RefCell::new(DictData::new())),
    })))
}

/// `super(type, obj)`: a proxy that looks attributes up after `type` in `obj`'s MRO (the
/// compiler supplies the arguments of a bare `super()`).
fn super_new(_interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    let a = &args[1..];
    match a.len() {
        0 => Err(PyErr::runtime_error("super(): no arguments")),
        1 => Err(PyErr::runtime_error(
            "super(): unbound super objects are not supported",
        )),
        _ => {
            let Value::Type(cls) = &a[0] else {
                return Err(PyErr::type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    a[0].type_name()
                )));
            };
            let obj = a[1].clone();
            let obj_type = match &obj {
                Value::Type(t) if t.is_subtype(cls) => t.clone(),
                other => {
                    let t = other.type_of();
                    if !t.is_subtype(cls) {
                        return Err(PyErr::type_error(
                            "super(type, obj): obj must be an instance or subtype of type",
                        ));
                    }
                    t
                }
            };
            Ok(Value::Super(Rc::new(Super {
                cls: cls.clone(),
                obj,
                obj_type,
            })))
        }
    }
}

/// `function.__get__(instance, owner=None, /)`: the function bound to an instance, else the
/// function itself.
fn function_get(_interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
    let f = this(a)?.clone();
    match a.get(1) {
        None | Some(Value::None) => Ok(f),
        Some(obj) => Ok(Value::Method(Rc::new(crate::objects::Method {
            func: f,
            self_: obj.clone(),
        }))),
    }
}

/// `types.MethodType(function, instance)`: binds a callable to an object.
fn method_new(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("method() takes no keyword arguments"));
    }
    let a = &args[1..];
    if a.len() != 2 {
        return Err(PyErr::type_error(format!(
            "method expected 2 arguments, got {}",
            a.len()
        )));
    }
    if !interp.is_callable(&a[0]) {
        return Err(PyErr::type_error("first argument must be callable"));
    }
    if a[1].is_none() {
        return Err(PyErr::type_error("instance must not be None"));
    }
    Ok(Value::Method(Rc::new(crate::objects::function::Method {
        func: a[0].clone(),
        self_: a[1].clone(),
    })))
}

/// `module(name, doc=None)`: a new module object.
fn module_new(_interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let params = Params::new("module", &["name", "doc"], 1);
    let [name, doc] = params.bind(args.get(1..).unwrap_or_default(), kw)?;
    let Some(Value::Str(name)) = name else {
        return Err(PyErr::type_error(
            "module.__init__() argument 'name' must be str",
        ));
    };
    let mut d = DictData::new();
    d.set_str("__name__", Value::Str(name.clone()));
    d.set_str("__doc__", doc.unwrap_or(Value::None));
    Ok(Value::Module(crate::objects::Module::new(
        name.as_str(),
        Rc::new(RefCell::new(d)),
    )))
}
