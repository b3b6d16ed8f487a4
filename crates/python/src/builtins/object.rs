//! `object`, the root of every class: its methods, its constructor, and `NoneType`'s
//! constructor (CPython's Objects/object.c).

use std::rc::Rc;

use super::{class_method, ctor, methods, static_method, this, Kw, Native};
use crate::args::{slot_arity, Slot};
use crate::objects::{BuiltinTypes, Instance, PyResult, Value};
use crate::vm::halt::PyErr;
use crate::vm::Interp;

/// Installs the methods and constructor of `object`, and `NoneType`'s constructor.
pub(super) fn install(bt: &BuiltinTypes) {
    let o = &bt.object;
    methods(o, METHODS);
    class_method(o, "__init_subclass__", object_init_subclass);
    static_method(o, "__new__", object_new);
    ctor(o, object_ctor);
    ctor(&bt.none, none_new);
}

/// `object`'s methods, by their Python names (the class method `__init_subclass__` and the
/// static method `__new__` come after them).
const METHODS: &[(&str, Native)] = &[
    ("__init__", object_init),
    ("__repr__", object_repr),
    ("__str__", object_str),
    ("__eq__", object_eq),
    ("__ne__", object_ne),
    ("__hash__", object_hash),
    ("__setattr__", object_setattr),
    ("__getattribute__", object_getattribute),
    ("__delattr__", object_delattr),
    ("__format__", object_format),
    ("__dir__", object_dir),
];

/// `object.__init_subclass__()`: nothing; any argument is an error.
fn object_init_subclass(_interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    let name = match a.first() {
        Some(Value::Type(t)) => t.name.to_string(),
        _ => "object".to_string(),
    };
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    match a.len().saturating_sub(1) {
        0 => Ok(Value::None),
        n => Err(PyErr::type_error(format!(
            "{name}.__init_subclass__() takes no arguments ({n} given)"
        ))),
    }
}

/// `object()`: a new featureless object.
fn object_ctor(_interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        return Err(PyErr::type_error("object() takes no arguments"));
    }
    Ok(Value::instance(Instance::new(
        crate::objects::t().object.clone(),
    )))
}

/// `object.__new__(type, *args, **kwargs)`: a new instance of a class that builds on `object`.
fn object_new(_interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    match args.first() {
        Some(Value::Type(cls)) => {
            if cls.layout == crate::objects::Layout::Builtin {
                return Err(PyErr::type_error(format!(
                    "object.__new__({}) is not safe, use {}.__new__()",
                    cls.name, cls.name
                )));
            }
            let inst = Instance::new(cls.clone());
            if let Some(e) = &inst.exc {
                e.borrow_mut().args = args[1..].to_vec();
            }
            Ok(Value::instance(inst))
        }
        _ => Err(PyErr::type_error(
            "object.__new__(X): X is not a type object",
        )),
    }
}

/// `object.__init__(self, /, *args, **kwargs)`: nothing, but extra arguments are an error
/// unless the class overrides `__new__` and not `__init__`.
fn object_init(_interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        let cls = this(args)?.type_of();
        let init_overridden = cls
            .lookup_with_owner("__init__")
            .map(|(_, o)| !o.builtin)
            .unwrap_or(false);
        if init_overridden {
            return Err(PyErr::type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        let new_is_object = cls
            .lookup_with_owner("__new__")
            .map(|(_, o)| Rc::ptr_eq(&o, &crate::objects::t().object))
            .unwrap_or(true);
        if new_is_object {
            return Err(PyErr::type_error(format!(
                "{}() takes no arguments",
                cls.name
            )));
        }
    }
    Ok(Value::None)
}

/// `object.__repr__()`: `<module.Class object at 0x...>`.
fn object_repr(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    let v = this(args)?;
    let cls = v.type_of();
    if let Value::Instance(_) = v {
        if v.exc().is_none() {
            let module = cls.module_name().unwrap_or_else(|| "builtins".into());
            return Ok(Value::string(if module == "builtins" {
                format!("<{} object at {:#x}>", cls.qualname.borrow(), v.id())
            } else {
                format!(
                    "<{}.{} object at {:#x}>",
                    module,
                    cls.qualname.borrow(),
                    v.id()
                )
            }));
        }
    }
    Ok(Value::string(interp.repr_of(v)?))
}

/// `object.__str__()`: return str(self), which is its repr.
fn object_str(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    let v = this(args)?;
    Ok(Value::string(interp.repr_of(v)?))
}

/// `object.__eq__(value, /)`: true for the object itself, else NotImplemented.
fn object_eq(_interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    slot_arity(args, Slot::Args(1))?;
    Ok(if args[0].is(&args[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

/// `object.__ne__(value, /)`: the negation of `self == value`.
fn object_ne(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    slot_arity(args, Slot::Args(1))?;
    let r = interp.compare(&args[0], &args[1], crate::bytecode::opcode::CmpKind::Eq)?;
    Ok(Value::Bool(!interp.truthy(&r)?))
}

/// `object.__hash__()`: a hash from the object's identity.
fn object_hash(_interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    Ok(Value::Int((this(args)?.id() >> 4) & 0x0fff_ffff_ffff_ffff))
}

/// `object.__setattr__(name, value, /)`: set the attribute, through a property's setter.
fn object_setattr(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    slot_arity(args, Slot::Unpack(2, 2))?;
    let Value::Str(name) = &args[1] else {
        return Err(PyErr::type_error("attribute name must be string"));
    };
    match &args[0] {
        Value::Instance(inst) => {
            // Data descriptors still apply; plain attributes go to the dict.
            if let Some(Value::Property(p)) = inst.cls.lookup(name.as_str()) {
                {
                    if p.fset.is_none() {
                        return Err(PyErr::attribute_error(format!(
                            "property '{}' of '{}' object has no setter",
                            name.as_str(),
                            inst.cls.name
                        )));
                    }
                    let f = p.fset.clone();
                    interp.call(&f, &[args[0].clone(), args[2].clone()], &[])?;
                    return Ok(Value::None);
                }
            }
            inst.dict
                .borrow_mut()
                .set_pystr(name.clone(), args[2].clone());
            Ok(Value::None)
        }
        other => {
            interp.setattr(other, name, args[2].clone())?;
            Ok(Value::None)
        }
    }
}

/// `object.__getattribute__(name, /)`: the generic attribute lookup.
fn object_getattribute(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    slot_arity(args, Slot::Args(1))?;
    let Value::Str(name) = &args[1] else {
        return Err(PyErr::type_error("attribute name must be string"));
    };
    match &args[0] {
        // No __getattr__ fallback here: CPython calls it only around __getattribute__.
        Value::Instance(_) => interp.generic_getattr_no_fallback(&args[0], name),
        other => interp.getattr(other, name),
    }
}

/// `object.__delattr__(name, /)`: delete the attribute.
fn object_delattr(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    slot_arity(args, Slot::Args(1))?;
    let Value::Str(name) = &args[1] else {
        return Err(PyErr::type_error("attribute name must be string"));
    };
    match &args[0] {
        Value::Instance(inst) => {
            if inst.dict.borrow_mut().remove_str(name.as_str()).is_none() {
                return Err(PyErr::attribute_error(format!(
                    "'{}' object has no attribute '{}'",
                    inst.cls.name,
                    name.as_str()
                )));
            }
            Ok(Value::None)
        }
        other => {
            interp.delattr(other, name)?;
            Ok(Value::None)
        }
    }
}

/// `object.__format__(format_spec, /)`: str(self), for an empty format spec only.
fn object_format(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    super::marity("object.__format__", args, 1, 1)?;
    let spec = args[1].as_str().unwrap_or("");
    if !spec.is_empty() {
        return Err(crate::format::unsupported_format_string(&args[0].type_name()).into());
    }
    Ok(Value::string(interp.str_of(&args[0])?))
}

/// `object.__dir__()`: the instance's attribute names, then its classes'.
fn object_dir(_interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    let v = this(args)?;
    let mut names: Vec<String> = vec![];
    if let Value::Instance(i) = v {
        names.extend(
            i.dict
                .borrow()
                .keys()
                .iter()
                .filter_map(|k| k.as_str().map(String::from)),
        );
    }
    for c in v.type_of().mro() {
        for k in c.dict.borrow().keys() {
            if let Some(s) = k.as_str() {
                if !names.iter().any(|n| n == s) {
                    names.push(s.to_string());
                }
            }
        }
    }
    Ok(Value::list(names.iter().map(|n| Value::str(n)).collect()))
}

/// `NoneType()`: None, the only instance.
fn none_new(_interp: &mut Interp, _args: &[Value], _kw: &Kw) -> PyResult<Value> {
    Ok(Value::None)
}
