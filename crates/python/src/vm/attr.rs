//! Attribute access: instance dicts, the MRO, descriptors (functions, classmethod,
//! staticmethod, property, user `__get__`/`__set__`), `__getattr__` fallback, `super()`,
//! modules and the special attributes of builtin objects.

use std::rc::Rc;

use crate::objects::{t, Builtin, ExcKind, Method, PyResult, PyStr, Type, Value};
use crate::vm::halt::PyErr;
use crate::vm::Interp;

impl Interp {
    /// `getattr(obj, name)` with a `&str` name.
    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = Rc::new(PyStr::new(name));
        self.getattr(obj, &n)
    }

    /// `getattr(obj, name, None)`-like: `None` when the attribute is missing.
    pub fn getattr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.getattr_str(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is(ExcKind::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `obj.name`.
    pub fn getattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        let n = name.as_str();
        match obj {
            Value::Type(cls) => return self.type_getattr(cls, n),
            Value::Module(m) => {
                if let Some(v) = m.dict.borrow().get_pystr(name) {
                    return Ok(v.clone());
                }
                if n == "__dict__" {
                    return Ok(Value::Dict(m.dict.clone()));
                }
                return Err(attr_error_named(
                    format!("module '{}' has no attribute '{}'", m.name, n),
                    obj,
                    n,
                ));
            }
            Value::Super(s) => return self.super_getattr(s, n),
            _ => {}
        }
        if let Value::Instance(_) = obj {
            let cls = obj.type_of();
            if let Some((ga, owner)) = cls.lookup_with_owner("__getattribute__") {
                if !owner.builtin {
                    let bound = self.bind_descriptor(&ga, obj, &cls)?;
                    return match self.call(&bound, &[Value::Str(name.clone())], &[]) {
                        Err(e) if e.is(ExcKind::AttributeError) => match cls.lookup("__getattr__") {
                            Some(g) => {
                                let b = self.bind_descriptor(&g, obj, &cls)?;
                                self.call(&b, &[Value::Str(name.clone())], &[])
                            }
                            None => Err(e),
                        },
                        r => r,
                    };
                }
            }
        }
        self.generic_getattr(obj, name)
    }

    /// `object.__getattribute__` proper: no `__getattr__` fallback.
    pub(crate) fn generic_getattr_no_fallback(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        self.generic_getattr_impl(obj, name, false)
    }

    /// `object.__getattribute__` (plus the `__getattr__` fallback).
    pub(crate) fn generic_getattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        self.generic_getattr_impl(obj, name, true)
    }

    fn generic_getattr_impl(&mut self, obj: &Value, name: &Rc<PyStr>, fallback: bool) -> PyResult<Value> {
        let n = name.as_str();
        if let Some(v) = self.special_attr(obj, n)? {
            return Ok(v);
        }
        let cls = obj.type_of();
        let attr = cls.lookup(n);
        if let Some(a) = &attr {
            if self.is_data_descriptor(a) {
                return self.bind_descriptor(a, obj, &cls);
            }
        }
        let dict = match obj {
            Value::Instance(i) => Some(i.dict.clone()),
            Value::Function(f) => Some(f.dict.clone()),
            Value::ClassMethod(w) | Value::StaticMethod(w) => Some(w.dict.clone()),
            _ => None,
        };
        if let Some(d) = dict {
            if let Some(v) = d.borrow().get_pystr(name) {
                return Ok(v.clone());
            }
        }
        if let Some(a) = attr {
            return self.bind_descriptor(&a, obj, &cls);
        }
        if !fallback {
            return Err(attr_error_named(format!("'{}' object has no attribute '{}'", cls.name, n), obj, n));
        }
        if let Some(ga) = cls.lookup("__getattr__") {
            let bound = self.bind_descriptor(&ga, obj, &cls)?;
            return self.call(&bound, &[Value::Str(name.clone())], &[]);
        }
        Err(attr_error_named(format!("'{}' object has no attribute '{}'", cls.name, n), obj, n))
    }

    fn is_data_descriptor(&self, a: &Value) -> bool {
        match a {
            Value::Property(_) => true,
            Value::Instance(_) => {
                let t = a.type_of();
                t.lookup("__set__").is_some() || t.lookup("__delete__").is_some()
            }
            _ => false,
        }
    }

    /// Bind a class attribute found for instance `obj` of `cls`.
    pub(crate) fn bind_descriptor(&mut self, attr: &Value, obj: &Value, cls: &Rc<Type>) -> PyResult<Value> {
        match attr {
            Value::Function(_) => Ok(Value::Method(Rc::new(Method { func: attr.clone(), self_: obj.clone() }))),
            Value::Builtin(b) if b.self_.is_none() => Ok(Value::Builtin(Rc::new(Builtin {
                name: b.name.clone(),
                func: b.func.clone(),
                self_: Some(receiver_for(b, obj)),
                owner: b.owner.clone(),
            }))),
            Value::ClassMethod(w) => {
                Ok(Value::Method(Rc::new(Method { func: w.func.clone(), self_: Value::Type(cls.clone()) })))
            }
            Value::StaticMethod(w) => Ok(w.func.clone()),
            Value::Property(p) => {
                if p.fget.is_none() {
                    return Err(PyErr::attribute_error(format!("property of '{}' object has no getter", cls.name)));
                }
                let g = p.fget.clone();
                self.call(&g, &[obj.clone()], &[])
            }
            Value::Instance(_) => {
                let at = attr.type_of();
                match at.lookup("__get__") {
                    Some(g) => {
                        let bound = self.bind_descriptor(&g, attr, &at)?;
                        self.call(&bound, &[obj.clone(), Value::Type(cls.clone())], &[])
                    }
                    None => Ok(attr.clone()),
                }
            }
            _ => Ok(attr.clone()),
        }
    }

    /// Attribute lookup on a class object.
    fn type_getattr(&mut self, cls: &Rc<Type>, n: &str) -> PyResult<Value> {
        match n {
            "__name__" => return Ok(Value::str(&cls.name)),
            "__qualname__" => return Ok(Value::str(&cls.qualname.borrow())),
            "__mro__" => return Ok(Value::tuple(cls.mro().into_iter().map(Value::Type).collect())),
            "__bases__" => return Ok(Value::tuple(cls.bases.iter().cloned().map(Value::Type).collect())),
            "__base__" => {
                return Ok(cls.bases.first().cloned().map(Value::Type).unwrap_or(Value::None));
            }
            "__dict__" => return Ok(Value::Dict(Rc::new(std::cell::RefCell::new(cls.dict.borrow().clone())))),
            "__class__" => return Ok(Value::Type(t().type_.clone())),
            "__module__" => {
                if let Some(v) = cls.dict.borrow().get_str("__module__") {
                    return Ok(v.clone());
                }
                return Ok(Value::str("builtins"));
            }
            "__doc__" => {
                return Ok(cls.dict.borrow().get_str("__doc__").cloned().unwrap_or(Value::None));
            }
            _ => {}
        }
        match cls.lookup(n) {
            Some(a) => match &a {
                Value::ClassMethod(w) => {
                    Ok(Value::Method(Rc::new(Method { func: w.func.clone(), self_: Value::Type(cls.clone()) })))
                }
                Value::StaticMethod(w) => Ok(w.func.clone()),
                Value::Instance(_) => {
                    let at = a.type_of();
                    match at.lookup("__get__") {
                        Some(g) => {
                            let bound = self.bind_descriptor(&g, &a, &at)?;
                            self.call(&bound, &[Value::None, Value::Type(cls.clone())], &[])
                        }
                        None => Ok(a.clone()),
                    }
                }
                _ => Ok(a),
            },
            None => {
                // Attributes of `type` itself (e.g. `mro`).
                if let Some(a) = t().type_.lookup(n) {
                    return self.bind_descriptor(&a, &Value::Type(cls.clone()), &t().type_);
                }
                Err(attr_error_named(format!("type object '{}' has no attribute '{}'", cls.name, n), &Value::Type(cls.clone()), n))
            }
        }
    }

    fn super_getattr(&mut self, s: &crate::objects::Super, n: &str) -> PyResult<Value> {
        let mro = s.obj_type.mro();
        let start = mro.iter().position(|t| Rc::ptr_eq(t, &s.cls)).map(|i| i + 1).unwrap_or(mro.len());
        for t in &mro[start..] {
            let found = t.dict.borrow().get_str(n).cloned();
            if let Some(a) = found {
                let is_class = matches!(s.obj, Value::Type(_));
                return match (&a, is_class) {
                    (Value::Function(_), true) => Ok(a),
                    (Value::ClassMethod(w), _) => {
                        Ok(Value::Method(Rc::new(Method { func: w.func.clone(), self_: Value::Type(s.obj_type.clone()) })))
                    }
                    _ => {
                        let ot = s.obj_type.clone();
                        self.bind_descriptor(&a, &s.obj, &ot)
                    }
                };
            }
        }
        if n == "__class__" {
            return Ok(Value::Type(t().super_.clone()));
        }
        Err(PyErr::attribute_error(format!("'super' object has no attribute '{n}'")))
    }

    /// `LOAD_METHOD`: the function and the receiver to pass, or the attribute and None.
    pub(crate) fn load_method(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<(Value, Option<Value>)> {
        match obj {
            Value::Type(_) | Value::Module(_) | Value::Super(_) => return Ok((self.getattr(obj, name)?, None)),
            _ => {}
        }
        let cls = obj.type_of();
        if let Some(a) = cls.lookup(name.as_str()) {
            let plain = matches!(&a, Value::Function(_)) || matches!(&a, Value::Builtin(b) if b.self_.is_none());
            if plain {
                let shadowed = match obj {
                    Value::Instance(i) => i.dict.borrow().get_pystr(name).is_some(),
                    _ => false,
                };
                if !shadowed {
                    let this = match &a {
                        Value::Builtin(b) => receiver_for(b, obj),
                        _ => obj.clone(),
                    };
                    return Ok((a, Some(this)));
                }
            }
        }
        Ok((self.getattr(obj, name)?, None))
    }

    /// `obj.name = value`.
    pub fn setattr(&mut self, obj: &Value, name: &Rc<PyStr>, value: Value) -> PyResult<()> {
        let n = name.as_str();
        match obj {
            Value::Instance(inst) => {
                if let Some(d) = &inst.exc {
                    match n {
                        "__cause__" => {
                            let mut d = d.borrow_mut();
                            d.cause = if value.is_none() { None } else { Some(value) };
                            d.suppress_context = true;
                            return Ok(());
                        }
                        "__context__" => {
                            d.borrow_mut().context = if value.is_none() { None } else { Some(value) };
                            return Ok(());
                        }
                        "__suppress_context__" => {
                            d.borrow_mut().suppress_context = self.truthy(&value)?;
                            return Ok(());
                        }
                        "__traceback__" => return Ok(()),
                        "args" => {
                            let args = self.iterate(&value)?;
                            d.borrow_mut().args = args;
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                let cls = inst.cls.clone();
                if let Some(a) = cls.lookup(n) {
                    match &a {
                        Value::Property(p) => {
                            if p.fset.is_none() {
                                return Err(PyErr::attribute_error(format!(
                                    "property '{}' of '{}' object has no setter",
                                    n, cls.name
                                )));
                            }
                            let f = p.fset.clone();
                            self.call(&f, &[obj.clone(), value], &[])?;
                            return Ok(());
                        }
                        Value::Instance(_) => {
                            let at = a.type_of();
                            if let Some(s) = at.lookup("__set__") {
                                let bound = self.bind_descriptor(&s, &a, &at)?;
                                self.call(&bound, &[obj.clone(), value], &[])?;
                                return Ok(());
                            }
                        }
                        _ => {}
                    }
                }
                if let Some((sa, owner)) = cls.lookup_with_owner("__setattr__") {
                    if !owner.builtin {
                        let bound = self.bind_descriptor(&sa, obj, &cls)?;
                        self.call(&bound, &[Value::Str(name.clone()), value], &[])?;
                        return Ok(());
                    }
                }
                inst.dict.borrow_mut().set_pystr(name.clone(), value);
                Ok(())
            }
            Value::Type(cls) => {
                if cls.builtin {
                    return Err(PyErr::type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        n, cls.name
                    )));
                }
                if n == "__qualname__" {
                    if let Value::Str(s) = &value {
                        *cls.qualname.borrow_mut() = s.as_str().into();
                    }
                    return Ok(());
                }
                cls.dict.borrow_mut().set_pystr(name.clone(), value);
                Ok(())
            }
            Value::Function(f) => {
                match n {
                    "__name__" => {
                        if let Value::Str(s) = &value {
                            *f.name.borrow_mut() = s.as_str().into();
                        }
                    }
                    "__qualname__" => {
                        if let Value::Str(s) = &value {
                            *f.qualname.borrow_mut() = s.as_str().into();
                        }
                    }
                    "__defaults__" => {
                        *f.defaults.borrow_mut() = if value.is_none() { vec![] } else { self.iterate(&value)? };
                    }
                    _ => f.dict.borrow_mut().set_pystr(name.clone(), value),
                }
                Ok(())
            }
            Value::Module(m) => {
                m.dict.borrow_mut().set_pystr(name.clone(), value);
                Ok(())
            }
            Value::ClassMethod(w) | Value::StaticMethod(w) => {
                w.dict.borrow_mut().set_pystr(name.clone(), value);
                Ok(())
            }
            _ => {
                let cls = obj.type_of();
                if cls.lookup(n).is_some() {
                    Err(PyErr::attribute_error(format!("'{}' object attribute '{}' is read-only", cls.name, n)))
                } else {
                    Err(attr_error_named(format!("'{}' object has no attribute '{}'", cls.name, n), obj, n))
                }
            }
        }
    }

    /// `del obj.name`.
    pub fn delattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        let n = name.as_str();
        match obj {
            Value::Instance(inst) => {
                let cls = inst.cls.clone();
                if let Some(a) = cls.lookup(n) {
                    if let Value::Property(p) = &a {
                        if p.fdel.is_none() {
                            return Err(PyErr::attribute_error(format!(
                                "property '{}' of '{}' object has no deleter",
                                n, cls.name
                            )));
                        }
                        let f = p.fdel.clone();
                        self.call(&f, &[obj.clone()], &[])?;
                        return Ok(());
                    }
                    if let Value::Instance(_) = &a {
                        let at = a.type_of();
                        if let Some(d) = at.lookup("__delete__") {
                            let bound = self.bind_descriptor(&d, &a, &at)?;
                            self.call(&bound, &[obj.clone()], &[])?;
                            return Ok(());
                        }
                    }
                }
                if let Some((da, owner)) = cls.lookup_with_owner("__delattr__") {
                    if !owner.builtin {
                        let bound = self.bind_descriptor(&da, obj, &cls)?;
                        self.call(&bound, &[Value::Str(name.clone())], &[])?;
                        return Ok(());
                    }
                }
                if inst.dict.borrow_mut().remove_str(n).is_none() {
                    return Err(attr_error_named(format!("'{}' object has no attribute '{}'", cls.name, n), obj, n));
                }
                Ok(())
            }
            Value::Type(cls) if !cls.builtin => {
                if cls.dict.borrow_mut().remove_str(n).is_none() {
                    return Err(PyErr::attribute_error(format!("type object '{}' has no attribute '{}'", cls.name, n)));
                }
                Ok(())
            }
            Value::Function(f) => {
                f.dict.borrow_mut().remove_str(n);
                Ok(())
            }
            Value::Module(m) => {
                if m.dict.borrow_mut().remove_str(n).is_none() {
                    return Err(PyErr::attribute_error(format!("module '{}' has no attribute '{}'", m.name, n)));
                }
                Ok(())
            }
            _ => Err(PyErr::attribute_error(format!("'{}' object has no attribute '{}'", obj.type_name(), n))),
        }
    }

    /// Attributes that builtin objects expose without a class dict entry.
    fn special_attr(&mut self, obj: &Value, n: &str) -> PyResult<Option<Value>> {
        if n == "__class__" {
            return Ok(Some(Value::Type(obj.type_of())));
        }
        Ok(match obj {
            Value::Instance(inst) => {
                if n == "__dict__" {
                    return Ok(Some(Value::Dict(inst.dict.clone())));
                }
                match &inst.exc {
                    Some(d) => crate::builtins::exceptions::exc_attr(self, obj, d, n)?,
                    None => None,
                }
            }
            Value::Function(f) => match n {
                "__name__" => Some(Value::str(&f.name.borrow())),
                "__qualname__" => Some(Value::str(&f.qualname.borrow())),
                "__dict__" => Some(Value::Dict(f.dict.clone())),
                "__defaults__" => {
                    let d = f.defaults.borrow();
                    Some(if d.is_empty() { Value::None } else { Value::tuple(d.clone()) })
                }
                "__code__" => Some(Value::Code(f.code.clone())),
                "__globals__" => Some(Value::Dict(f.globals.clone())),
                "__closure__" => Some(if f.closure.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect())
                }),
                "__kwdefaults__" => {
                    let kw = f.kwdefaults.borrow();
                    if kw.is_empty() {
                        Some(Value::None)
                    } else {
                        let d = Value::new_dict();
                        if let Value::Dict(dd) = &d {
                            for (k, v) in kw.iter() {
                                dd.borrow_mut().set_str(k, v.clone());
                            }
                        }
                        Some(d)
                    }
                }
                "__annotations__" => {
                    let existing = f.dict.borrow().get_str("__annotations__").cloned();
                    Some(match existing {
                        Some(v) => v,
                        None => {
                            let d = Value::new_dict();
                            f.dict.borrow_mut().set_str("__annotations__", d.clone());
                            d
                        }
                    })
                }
                "__module__" => {
                    let v = f.dict.borrow().get_str("__module__").cloned();
                    Some(v.unwrap_or_else(|| f.globals.borrow().get_str("__name__").cloned().unwrap_or(Value::None)))
                }
                "__doc__" => {
                    let v = f.dict.borrow().get_str("__doc__").cloned();
                    Some(v.unwrap_or_else(|| f.code.doc.as_ref().map(|d| Value::str(d)).unwrap_or(Value::None)))
                }
                _ => None,
            },
            Value::Builtin(b) => match n {
                "__name__" | "__qualname__" => Some(Value::str(&b.name)),
                "__self__" => Some(b.self_.clone().unwrap_or(Value::None)),
                "__doc__" => Some(Value::None),
                "__module__" => Some(Value::None),
                _ => None,
            },
            Value::Method(m) => match n {
                "__self__" => Some(m.self_.clone()),
                "__func__" => Some(m.func.clone()),
                "__name__" | "__qualname__" | "__doc__" | "__module__" | "__dict__" | "__wrapped__" => {
                    Some(self.getattr_str(&m.func, n)?)
                }
                _ => {
                    let f = m.func.clone();
                    return match self.getattr_opt(&f, n)? {
                        Some(v) if !matches!(n, "__call__" | "__get__") => Ok(Some(v)),
                        _ => Ok(None),
                    };
                }
            },
            Value::Gen(g) => match n {
                "__name__" => Some(Value::str(&g.name.borrow())),
                "__qualname__" => Some(Value::str(&g.qualname.borrow())),
                "gi_running" | "cr_running" | "ag_running" => {
                    Some(Value::Bool(g.state.get() == crate::objects::GenState::Running))
                }
                "gi_frame" | "cr_frame" | "ag_frame" => Some(if g.is_finished() { Value::None } else { Value::Bool(true) }),
                "gi_code" | "cr_code" | "ag_code" => Some(Value::Code(g.code.clone())),
                "cr_await" | "gi_yieldfrom" => Some(Value::None),
                _ => None,
            },
            Value::Code(c) => match n {
                "co_name" => Some(Value::str(&c.name)),
                "co_qualname" => Some(Value::str(&c.qualname)),
                "co_filename" => Some(Value::str(&c.source.filename)),
                "co_firstlineno" => Some(Value::Int(c.first_line as i64)),
                "co_argcount" => Some(Value::Int(c.argcount as i64)),
                "co_varnames" => Some(Value::tuple(c.varnames.iter().map(|v| Value::str(v)).collect())),
                "co_posonlyargcount" => Some(Value::Int(c.posonlyargcount as i64)),
                "co_kwonlyargcount" => Some(Value::Int(c.kwonlyargcount as i64)),
                "co_nlocals" => Some(Value::Int(c.varnames.len() as i64)),
                "co_freevars" => Some(Value::tuple(c.freevars.iter().map(|v| Value::str(v)).collect())),
                "co_cellvars" => Some(Value::tuple(c.cellvars.iter().map(|v| Value::str(v)).collect())),
                "co_names" => Some(Value::tuple(c.names.iter().map(|v| Value::Str(v.clone())).collect())),
                "co_flags" => Some(Value::Int(
                    (c.flags.varargs as i64) * 4 + (c.flags.varkw as i64) * 8 + (c.flags.generator as i64) * 32
                        + (c.flags.coroutine as i64) * 128 + (c.flags.async_generator as i64) * 512 + 3,
                )),
                _ => None,
            },
            Value::Property(p) => match n {
                "fget" => Some(p.fget.clone()),
                "fset" => Some(p.fset.clone()),
                "fdel" => Some(p.fdel.clone()),
                "__doc__" => Some(p.doc.clone()),
                _ => None,
            },
            Value::ClassMethod(w) | Value::StaticMethod(w) => match n {
                "__func__" | "__wrapped__" => Some(w.func.clone()),
                _ => None,
            },
            Value::Slice(s) => match n {
                "start" => Some(s.start.clone()),
                "stop" => Some(s.stop.clone()),
                "step" => Some(s.step.clone()),
                _ => None,
            },
            Value::Range(r) => match n {
                "start" => Some(Value::Int(r.start)),
                "stop" => Some(Value::Int(r.stop)),
                "step" => Some(Value::Int(r.step)),
                _ => None,
            },
            Value::Cell(c) => match n {
                "cell_contents" => c.borrow().clone(),
                _ => None,
            },
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => match n {
                "real" | "numerator" => Some(crate::objects::int::norm(crate::objects::int::to_big(obj))),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            },
            Value::Complex(c) => match n {
                "real" => Some(Value::Float(c.0)),
                "imag" => Some(Value::Float(c.1)),
                _ => None,
            },
            Value::Float(f) => match n {
                "real" => Some(Value::Float(*f)),
                "imag" => Some(Value::Float(0.0)),
                _ => None,
            },
            _ => None,
        })
    }
}

/// An AttributeError with `name` and `obj` set, as CPython 3.10+ does.
fn attr_error_named(msg: String, obj: &Value, name: &str) -> PyErr {
    let e = PyErr::attribute_error(msg);
    if let PyErr::Exc(Value::Instance(i)) = &e {
        let mut d = i.dict.borrow_mut();
        d.set_str("name", Value::str(name));
        d.set_str("obj", obj.clone());
    }
    e
}

/// The `self` a native method receives: builtin-subclass instances pass their builtin value
/// to the methods of the builtin type.
fn receiver_for(b: &Builtin, obj: &Value) -> Value {
    if let Value::Instance(_) = obj {
        if b.owner.as_deref().map(|o| crate::objects::VALUE_TYPE_NAMES.contains(&o)).unwrap_or(false) {
            if let Some(bv) = crate::objects::base_value(obj) {
                return bv;
            }
        }
    }
    obj.clone()
}
