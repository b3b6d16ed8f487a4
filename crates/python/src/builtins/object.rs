//! `object`, `type`, `property`, `classmethod`, `staticmethod`, `super`, `range`, `slice`
//! and the `NoneType` family.

use std::cell::RefCell;
use std::rc::Rc;

use super::{arity, class_method, ctor, method, this, Kw};
use crate::args::{slot_arity, Params, Slot};
use crate::objects::{
    BuiltinTypes, DictData, ExcKind, Instance, Property, PyRange, PyResult, PySlice, Super, Value,
    Wrapper,
};
use crate::vm::halt::PyErr;
use crate::vm::Interp;

pub(super) fn install(bt: &BuiltinTypes) {
    let o = &bt.object;
    method(o, "__init__", object_init);
    method(o, "__repr__", object_repr);
    method(o, "__str__", object_str);
    method(o, "__eq__", object_eq);
    method(o, "__ne__", object_ne);
    method(o, "__hash__", object_hash);
    method(o, "__setattr__", object_setattr);
    method(o, "__getattribute__", object_getattribute);
    method(o, "__delattr__", object_delattr);
    method(o, "__format__", object_format);
    method(o, "__dir__", object_dir);
    class_method(o, "__init_subclass__", |_, a, kw| {
        if kw.is_empty() {
            return Ok(Value::None);
        }
        let name = match a.first() {
            Some(Value::Type(t)) => t.name.to_string(),
            _ => "object".to_string(),
        };
        Err(PyErr::type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )))
    });
    super::static_method(o, "__new__", object_new);
    ctor(o, |_, args, kw| {
        if args.len() > 1 || !kw.is_empty() {
            return Err(PyErr::type_error("object() takes no arguments"));
        }
        Ok(Value::Instance(Rc::new(Instance::new(
            crate::objects::t().object.clone(),
        ))))
    });
    ctor(&bt.type_, type_new);
    super::static_method(&bt.type_, "__new__", |interp, a, kw| {
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
    });
    method(&bt.type_, "__init__", |_, a, kw| {
        if a.len() == 2 && !kw.is_empty() {
            return Err(PyErr::type_error(
                "type.__init__() takes no keyword arguments",
            ));
        }
        if a.len() != 2 && a.len() != 4 {
            return Err(PyErr::type_error("type.__init__() takes 1 or 3 arguments"));
        }
        Ok(Value::None)
    });
    method(&bt.type_, "__call__", |interp, a, kw| {
        let cls = type_receiver("__call__", a)?;
        interp.type_call(&cls, a[1..].to_vec(), kw.to_vec())
    });
    class_method(&bt.type_, "__prepare__", |_, _, _| Ok(Value::new_dict()));
    method(&bt.type_, "__setattr__", |interp, a, _| {
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
    });
    method(&bt.type_, "mro", |_, args, _| match this(args)? {
        Value::Type(t) => Ok(Value::list(t.mro().into_iter().map(Value::Type).collect())),
        _ => Err(PyErr::type_error(
            "descriptor 'mro' requires a 'type' object",
        )),
    });
    method(&bt.type_, "__subclasses__", |_, a, _| match this(a)? {
        Value::Type(t) => Ok(Value::list(
            t.subclasses
                .borrow()
                .iter()
                .filter_map(|w| w.upgrade())
                .map(Value::Type)
                .collect(),
        )),
        _ => Ok(Value::list(vec![])),
    });
    method(&bt.type_, "__or__", union_or);
    method(&bt.type_, "__ror__", |i, a, k| {
        let swapped = [a.get(1).cloned().unwrap_or(Value::None), a[0].clone()];
        union_or(i, &swapped, k)
    });
    method(&bt.union, "__or__", union_or);
    method(&bt.union, "__repr__", |interp, a, _| {
        let args = union_args(this(a)?);
        let mut parts = vec![];
        for x in args {
            parts.push(match &x {
                Value::Type(t) => match t.module_name() {
                    Some(m) if m != "builtins" => format!("{}.{}", m, t.qualname.borrow()),
                    _ => t.qualname.borrow().to_string(),
                },
                Value::None => "None".to_string(),
                other => interp.repr_of(other)?,
            });
        }
        Ok(Value::string(parts.join(" | ")))
    });
    ctor(&bt.property, property_new);
    ctor(&bt.method, method_new);
    ctor(&bt.module, |_, args, kw| {
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
        Ok(Value::Module(Rc::new(crate::objects::Module {
            name: name.as_str().into(),
            dict: Rc::new(RefCell::new(d)),
        })))
    });
    method(&bt.property, "getter", |_, a, _| property_with(a, 0));
    method(&bt.property, "setter", |_, a, _| property_with(a, 1));
    method(&bt.property, "deleter", |_, a, _| property_with(a, 2));
    method(&bt.property, "__get__", |interp, a, _| {
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
    });
    ctor(&bt.classmethod, |_, args, _| {
        arity("classmethod", &args[1..], 1, 1)?;
        Ok(Value::ClassMethod(Rc::new(Wrapper {
            func: args[1].clone(),
            dict: Rc::new(RefCell::new(DictData::new())),
        })))
    });
    ctor(&bt.staticmethod, |_, args, _| {
        arity("staticmethod", &args[1..], 1, 1)?;
        Ok(Value::StaticMethod(Rc::new(Wrapper {
            func: args[1].clone(),
            dict: Rc::new(RefCell::new(DictData::new())),
        })))
    });
    ctor(&bt.super_, super_new);
    ctor(&bt.range, range_new);
    method(&bt.range, "index", |interp, a, _| {
        let (Value::Range(r), Some(x)) = (this(a)?, a.get(1)) else {
            return Err(PyErr::type_error("bad range"));
        };
        let r = r.clone();
        let v = Value::Range(r.clone());
        if interp.contains(&v, x)? {
            if let Some(n) = crate::objects::int::int_ref(x).map(|n| n.big()) {
                let n = num_traits::ToPrimitive::to_i128(&n).unwrap_or(0);
                return Ok(crate::objects::int::from_i128((n - r.start) / r.step));
            }
            for i in 0..r.len().min(1 << 24) {
                if interp.eq(&crate::objects::int::from_i128(r.get(i)), x)? {
                    return Ok(crate::objects::int::from_i128(i));
                }
            }
        }
        let xr = interp.repr_of(x)?;
        Err(PyErr::value_error(format!("{xr} is not in range")))
    });
    method(&bt.range, "count", |interp, a, _| {
        let (Value::Range(r), Some(x)) = (this(a)?, a.get(1)) else {
            return Err(PyErr::type_error("bad range"));
        };
        let v = Value::Range(r.clone());
        Ok(Value::Int(interp.contains(&v, x)? as i64))
    });
    ctor(&bt.slice, |_, args, _| {
        let a = &args[1..];
        arity("slice", a, 1, 3)?;
        let s = match a.len() {
            1 => PySlice {
                start: Value::None,
                stop: a[0].clone(),
                step: Value::None,
            },
            2 => PySlice {
                start: a[0].clone(),
                stop: a[1].clone(),
                step: Value::None,
            },
            _ => PySlice {
                start: a[0].clone(),
                stop: a[1].clone(),
                step: a[2].clone(),
            },
        };
        Ok(Value::Slice(Rc::new(s)))
    });
    method(&bt.slice, "indices", |interp, a, _| {
        let (Value::Slice(s), Some(n)) = (this(a)?, a.get(1)) else {
            return Err(PyErr::type_error("bad slice"));
        };
        let n = interp.int_arg(n)?;
        let s = s.clone();
        let idx = interp.slice_indices(&s, n.max(0) as usize)?;
        Ok(Value::tuple(vec![
            Value::Int(idx.start),
            Value::Int(idx.stop),
            Value::Int(idx.step),
        ]))
    });
    ctor(&bt.none, |_, _, _| Ok(Value::None));
    method(&bt.function, "__get__", |_, a, _| {
        let f = this(a)?.clone();
        match a.get(1) {
            None | Some(Value::None) => Ok(f),
            Some(obj) => Ok(Value::Method(Rc::new(crate::objects::Method {
                func: f,
                self_: obj.clone(),
            }))),
        }
    });
}

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
            Ok(Value::Instance(Rc::new(inst)))
        }
        _ => Err(PyErr::type_error(
            "object.__new__(X): X is not a type object",
        )),
    }
}

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

fn object_str(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    let v = this(args)?;
    Ok(Value::string(interp.repr_of(v)?))
}

fn object_eq(_interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    slot_arity(args, Slot::Args(1))?;
    Ok(if args[0].is(&args[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn object_ne(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    slot_arity(args, Slot::Args(1))?;
    let r = interp.compare(&args[0], &args[1], crate::bytecode::opcode::CmpKind::Eq)?;
    Ok(Value::Bool(!interp.truthy(&r)?))
}

fn object_hash(_interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    Ok(Value::Int((this(args)?.id() >> 4) & 0x0fff_ffff_ffff_ffff))
}

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

fn object_format(interp: &mut Interp, args: &[Value], _kw: &Kw) -> PyResult<Value> {
    super::marity("object.__format__", args, 1, 1)?;
    let spec = args[1].as_str().unwrap_or("");
    if !spec.is_empty() {
        return Err(crate::format::unsupported_format_string(&args[0].type_name()).into());
    }
    Ok(Value::string(interp.str_of(&args[0])?))
}

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

/// The class a method of `type` was called on, or CPython's descriptor error.
fn type_receiver(name: &str, a: &[Value]) -> PyResult<Rc<crate::objects::Type>> {
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

fn type_new(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let a = &args[1..];
    match a.len() {
        1 => Ok(Value::Type(a[0].type_of())),
        3 => interp.type_new(&crate::objects::t().type_, &a[0], &a[1], &a[2], kw.to_vec()),
        _ => Err(PyErr::type_error("type() takes 1 or 3 arguments")),
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

fn property_new(_interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    let params = Params::new("property", &["fget", "fset", "fdel", "doc"], 0);
    let [fget, fset, fdel, doc] = params.bind(args.get(1..).unwrap_or_default(), kw)?;
    let given = |v: Option<Value>| v.unwrap_or(Value::None);
    Ok(Value::Property(Rc::new(Property {
        fget: given(fget),
        fset: given(fset),
        fdel: given(fdel),
        doc: given(doc),
    })))
}

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

fn range_new(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    super::no_kw("range", kw)?;
    let a = &args[1..];
    if a.is_empty() {
        return Err(PyErr::type_error(
            "range expected at least 1 argument, got 0",
        ));
    }
    if a.len() > 3 {
        return Err(PyErr::type_error(format!(
            "range expected at most 3 arguments, got {}",
            a.len()
        )));
    }
    let mut n: Vec<i128> = vec![];
    for v in a {
        let i = match v {
            Value::Float(_) => {
                return Err(PyErr::type_error(
                    "'float' object cannot be interpreted as an integer",
                ));
            }
            Value::BigInt(b) => match num_traits::ToPrimitive::to_i128(&**b) {
                Some(i) if i.abs() < (1i128 << 120) => i,
                _ => {
                    return Err(PyErr::new(
                        ExcKind::OverflowError,
                        "range() arguments this large are not supported in Loopscope",
                    ))
                }
            },
            other => interp.index_of(other)? as i128,
        };
        n.push(i);
    }
    let (start, stop, step) = match n.len() {
        1 => (0, n[0], 1),
        2 => (n[0], n[1], 1),
        _ => (n[0], n[1], n[2]),
    };
    if step == 0 {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(PyRange { start, stop, step })))
}

/// The members of a `UnionType` (or the value itself).
pub(crate) fn union_args(v: &Value) -> Vec<Value> {
    if let Value::Instance(i) = v {
        if std::rc::Rc::ptr_eq(&i.cls, &crate::objects::t().union) {
            if let Some(Value::Tuple(t)) = i.dict.borrow().get_str("__args__") {
                return t.to_vec();
            }
        }
    }
    vec![v.clone()]
}

fn union_or(_interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
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

/// `list[int]`: repr, call and subscription of generic aliases.
pub(super) fn install_generic_alias(bt: &BuiltinTypes) {
    let ga = &bt.generic_alias;
    method(ga, "__repr__", |interp, a, _| {
        let Value::Instance(i) = this(a)? else {
            return Ok(Value::str("?"));
        };
        let origin = i
            .dict
            .borrow()
            .get_str("__origin__")
            .cloned()
            .unwrap_or(Value::None);
        let args = i
            .dict
            .borrow()
            .get_str("__args__")
            .cloned()
            .unwrap_or(Value::None);
        let name = |interp: &mut Interp, v: &Value| -> PyResult<String> {
            Ok(match v {
                Value::Type(t) => match t.module_name() {
                    Some(m) if m != "builtins" => format!("{}.{}", m, t.qualname.borrow()),
                    _ => t.qualname.borrow().to_string(),
                },
                Value::Ellipsis => "...".to_string(),
                other => interp.repr_of(other)?,
            })
        };
        let mut parts = vec![];
        if let Value::Tuple(items) = &args {
            for x in items.iter() {
                parts.push(name(interp, x)?);
            }
        }
        let o = name(interp, &origin)?;
        Ok(Value::string(format!("{}[{}]", o, parts.join(", "))))
    });
    method(ga, "__call__", |interp, a, kw| {
        let Value::Instance(i) = this(a)? else {
            return Ok(Value::None);
        };
        let origin = i
            .dict
            .borrow()
            .get_str("__origin__")
            .cloned()
            .unwrap_or(Value::None);
        interp.call(&origin, &a[1..], kw)
    });
    method(ga, "__getitem__", |_, a, _| Ok(this(a)?.clone()));
    method(ga, "__hash__", |interp, a, _| {
        let Value::Instance(i) = this(a)? else {
            return Ok(Value::Int(0));
        };
        let (o, args) = {
            let d = i.dict.borrow();
            (
                d.get_str("__origin__").cloned().unwrap_or(Value::None),
                d.get_str("__args__").cloned().unwrap_or(Value::None),
            )
        };
        let h = interp.hash(&Value::tuple(vec![o, args]))?;
        Ok(Value::Int(h))
    });
}
