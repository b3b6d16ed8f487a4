//! Attribute access: instance dicts, the MRO, descriptors (functions, classmethod,
//! staticmethod, property, user `__get__`/`__set__`), `__getattr__` fallback, `super()`,
//! modules; `special` has the special attributes of builtin objects.

mod special;

use std::rc::Rc;

use crate::objects::typeobj::Hook;
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
        self.getattr_maybe(obj, &Rc::new(PyStr::new(name)))
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
                // PEP 562: a module's own `__getattr__` answers for what it lacks.
                let hook = m.dict.borrow().get_str("__getattr__").cloned();
                if let Some(hook) = hook {
                    return self.call(&hook, &[Value::Str(name.clone())], &[]);
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
        if let Value::Instance(inst) = obj {
            if inst.cls.overrides(Hook::GetAttribute) {
                let cls = obj.type_of();
                if let Some((ga, _)) = cls.lookup_with_owner("__getattribute__") {
                    let bound = self.bind_descriptor(&ga, obj, &cls)?;
                    return match self.call(&bound, &[Value::Str(name.clone())], &[]) {
                        Err(e) if e.is(ExcKind::AttributeError) => {
                            match cls.lookup("__getattr__") {
                                Some(g) => {
                                    let b = self.bind_descriptor(&g, obj, &cls)?;
                                    self.call(&b, &[Value::Str(name.clone())], &[])
                                }
                                None => Err(e),
                            }
                        }
                        r => r,
                    };
                }
            }
        }
        self.generic_getattr(obj, name)
    }

    /// `object.__getattribute__` proper: no `__getattr__` fallback.
    pub(crate) fn generic_getattr_no_fallback(
        &mut self,
        obj: &Value,
        name: &Rc<PyStr>,
    ) -> PyResult<Value> {
        self.generic_getattr_impl(obj, name, false)
    }

    /// `object.__getattribute__` (plus the `__getattr__` fallback).
    pub(crate) fn generic_getattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        self.generic_getattr_impl(obj, name, true)
    }

    fn generic_getattr_impl(
        &mut self,
        obj: &Value,
        name: &Rc<PyStr>,
        fallback: bool,
    ) -> PyResult<Value> {
        match self.generic_find(obj, name, fallback)? {
            Some(v) => Ok(v),
            None => Err(attr_error_named(
                format!(
                    "'{}' object has no attribute '{}'",
                    obj.type_of().tp_name(),
                    name.as_str()
                ),
                obj,
                name.as_str(),
            )),
        }
    }

    /// `getattr(obj, name, default)`'s question: the attribute, or `None` when it is
    /// missing (an AttributeError). The common miss builds no exception object.
    pub fn getattr_maybe(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        let generic = match obj {
            Value::Type(_) | Value::Module(_) | Value::Super(_) => false,
            Value::Instance(inst) => !inst.cls.overrides(Hook::GetAttribute),
            _ => true,
        };
        let r = if generic {
            self.generic_find(obj, name, true)
        } else {
            self.getattr(obj, name).map(Some)
        };
        match r {
            Err(e) if e.is(ExcKind::AttributeError) => Ok(None),
            r => r,
        }
    }

    /// `object.__getattribute__` (with the `__getattr__` fallback when `fallback`):
    /// `None` when the attribute is missing and no `__getattr__` answered.
    fn generic_find(
        &mut self,
        obj: &Value,
        name: &Rc<PyStr>,
        fallback: bool,
    ) -> PyResult<Option<Value>> {
        let n = name.as_str();
        if let Some(v) = self.special_attr(obj, n)? {
            return Ok(Some(v));
        }
        let cls = obj.type_of();
        let attr = cls.lookup_hashed(n, name.hash()).map(|(v, _)| v);
        if let Some(a) = &attr {
            if self.is_data_descriptor(a) {
                return self.bind_descriptor(a, obj, &cls).map(Some);
            }
        }
        let dict = match obj {
            Value::Instance(i) => Some(&i.dict),
            Value::Function(f) => Some(&f.dict),
            Value::ClassMethod(w) | Value::StaticMethod(w) => Some(&w.dict),
            _ => None,
        };
        if let Some(d) = dict {
            if let Some(v) = d.borrow().get_pystr(name) {
                return Ok(Some(v.clone()));
            }
        }
        if let Some(a) = attr {
            return self.bind_descriptor(&a, obj, &cls).map(Some);
        }
        if !fallback {
            return Ok(None);
        }
        if let Some(ga) = cls.lookup("__getattr__") {
            let bound = self.bind_descriptor(&ga, obj, &cls)?;
            return self
                .call(&bound, &[Value::Str(name.clone())], &[])
                .map(Some);
        }
        Ok(None)
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
    pub(crate) fn bind_descriptor(
        &mut self,
        attr: &Value,
        obj: &Value,
        cls: &Rc<Type>,
    ) -> PyResult<Value> {
        match attr {
            Value::Function(_) => Ok(Value::Method(Rc::new(Method {
                func: attr.clone(),
                self_: obj.clone(),
            }))),
            Value::Builtin(b) if b.self_.is_none() => Ok(Value::Builtin(Rc::new(Builtin {
                name: b.name.clone(),
                func: b.func.clone(),
                self_: Some(receiver_for(b, obj)),
                owner: b.owner.clone(),
                frame_native: None,
            }))),
            Value::ClassMethod(w) => Ok(Value::Method(Rc::new(Method {
                func: w.func.clone(),
                self_: Value::Type(cls.clone()),
            }))),
            Value::StaticMethod(w) => Ok(w.func.clone()),
            Value::Property(p) => {
                if p.fget.is_none() {
                    return Err(PyErr::attribute_error(format!(
                        "property of '{}' object has no getter",
                        cls.name
                    )));
                }
                let g = p.fget.clone();
                self.call(&g, std::slice::from_ref(obj), &[])
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
            "__mro__" => {
                return Ok(Value::tuple(
                    cls.mro().into_iter().map(Value::Type).collect(),
                ))
            }
            "__bases__" => {
                return Ok(Value::tuple(
                    cls.bases.iter().cloned().map(Value::Type).collect(),
                ))
            }
            "__base__" => {
                return Ok(cls
                    .bases
                    .first()
                    .cloned()
                    .map(Value::Type)
                    .unwrap_or(Value::None));
            }
            "__dict__" => {
                return Ok(Value::Dict(Rc::new(std::cell::RefCell::new(
                    cls.dict.borrow().clone(),
                ))))
            }
            "__class__" => return Ok(Value::Type(Value::Type(cls.clone()).type_of())),
            "__module__" => {
                if let Some(v) = cls.dict.borrow().get_str("__module__") {
                    return Ok(v.clone());
                }
                return Ok(Value::str("builtins"));
            }
            "__doc__" => {
                return Ok(cls
                    .dict
                    .borrow()
                    .get_str("__doc__")
                    .cloned()
                    .unwrap_or(Value::None));
            }
            _ => {}
        }
        // The metaclass's data descriptors come first, its other attributes last
        // (`type.__getattribute__`).
        let meta = cls.metaclass.clone();
        let meta_attr = meta.as_ref().and_then(|m| m.lookup(n));
        if let (Some(m), Some(a)) = (&meta, &meta_attr) {
            if self.is_data_descriptor(a) {
                return self.bind_descriptor(a, &Value::Type(cls.clone()), m);
            }
        }
        match cls.lookup(n) {
            Some(a) => match &a {
                Value::ClassMethod(w) => Ok(Value::Method(Rc::new(Method {
                    func: w.func.clone(),
                    self_: Value::Type(cls.clone()),
                }))),
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
                if let (Some(m), Some(a)) = (&meta, &meta_attr) {
                    return self.bind_descriptor(a, &Value::Type(cls.clone()), m);
                }
                if let Some(m) = &meta {
                    if let Some((g, owner)) = m.lookup_with_owner("__getattr__") {
                        if !owner.builtin {
                            let bound = self.bind_descriptor(&g, &Value::Type(cls.clone()), m)?;
                            return self.call(&bound, &[Value::str(n)], &[]);
                        }
                    }
                }
                // Attributes of `type` itself (e.g. `mro`).
                if let Some(a) = t().type_.lookup(n) {
                    return self.bind_descriptor(&a, &Value::Type(cls.clone()), &t().type_);
                }
                Err(attr_error_named(
                    format!("type object '{}' has no attribute '{}'", cls.tp_name(), n),
                    &Value::Type(cls.clone()),
                    n,
                ))
            }
        }
    }

    /// `type.__setattr__`: store into the class namespace.
    pub(crate) fn type_setattr(
        &mut self,
        cls: &Rc<Type>,
        name: &Rc<PyStr>,
        value: Value,
    ) -> PyResult<()> {
        let n = name.as_str();
        if cls.builtin {
            return Err(PyErr::type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                n,
                cls.tp_name()
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

    fn super_getattr(&mut self, s: &crate::objects::Super, n: &str) -> PyResult<Value> {
        let mro = s.obj_type.mro();
        let start = mro
            .iter()
            .position(|t| Rc::ptr_eq(t, &s.cls))
            .map(|i| i + 1)
            .unwrap_or(mro.len());
        for t in &mro[start..] {
            let found = t.dict.borrow().get_str(n).cloned();
            if let Some(a) = found {
                // Bound to nothing when the object is the start type itself (a
                // classmethod's `super()`), to the object otherwise (a metaclass's).
                let is_class = matches!(&s.obj, Value::Type(t) if Rc::ptr_eq(t, &s.obj_type));
                return match (&a, is_class) {
                    (Value::Function(_), true) => Ok(a),
                    (Value::ClassMethod(w), _) => Ok(Value::Method(Rc::new(Method {
                        func: w.func.clone(),
                        self_: Value::Type(s.obj_type.clone()),
                    }))),
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
        Err(PyErr::attribute_error(format!(
            "'super' object has no attribute '{n}'"
        )))
    }

    /// `LOAD_METHOD`: the function and the receiver to pass, or the attribute and None.
    pub(crate) fn load_method(
        &mut self,
        obj: &Value,
        name: &Rc<PyStr>,
    ) -> PyResult<(Value, Option<Value>)> {
        match obj {
            Value::Type(_) | Value::Module(_) | Value::Super(_) => {
                return Ok((self.getattr(obj, name)?, None))
            }
            _ => {}
        }
        let cls = obj.type_of();
        if let Some((a, _)) = cls.lookup_hashed(name.as_str(), name.hash()) {
            let plain = matches!(&a, Value::Function(_))
                || matches!(&a, Value::Builtin(b) if b.self_.is_none());
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
                            d.borrow_mut().context =
                                if value.is_none() { None } else { Some(value) };
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
                if let Some((a, _)) = cls.lookup_hashed(n, name.hash()) {
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
                if cls.overrides(Hook::SetAttr) {
                    if let Some((sa, _)) = cls.lookup_with_owner("__setattr__") {
                        let bound = self.bind_descriptor(&sa, obj, &cls)?;
                        self.call(&bound, &[Value::Str(name.clone()), value], &[])?;
                        return Ok(());
                    }
                }
                if !slots_allow(&cls, n) {
                    return Err(PyErr::attribute_error(format!(
                        "'{}' object has no attribute '{}'",
                        cls.tp_name(),
                        n
                    )));
                }
                if cls.builtin {
                    crate::objects::alias::check_writable(inst, n)?;
                }
                inst.dict.borrow_mut().set_pystr(name.clone(), value);
                Ok(())
            }
            Value::Type(cls) => {
                if let Some(meta) = &cls.metaclass {
                    if let Some(Value::Property(p)) = meta.lookup(n) {
                        if p.fset.is_none() {
                            return Err(PyErr::attribute_error(format!(
                                "property '{}' of '{}' object has no setter",
                                n, meta.name
                            )));
                        }
                        let f = p.fset.clone();
                        self.call(&f, &[obj.clone(), value], &[])?;
                        return Ok(());
                    }
                    if let Some((sa, owner)) = meta.lookup_with_owner("__setattr__") {
                        if !owner.builtin {
                            let bound = self.bind_descriptor(&sa, obj, meta)?;
                            self.call(&bound, &[Value::Str(name.clone()), value], &[])?;
                            return Ok(());
                        }
                    }
                }
                self.type_setattr(cls, name, value)
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
                        *f.defaults.borrow_mut() = if value.is_none() {
                            vec![]
                        } else {
                            self.iterate(&value)?
                        };
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
                    Err(PyErr::attribute_error(format!(
                        "'{}' object attribute '{}' is read-only",
                        cls.tp_name(),
                        n
                    )))
                } else {
                    Err(attr_error_named(
                        format!("'{}' object has no attribute '{}'", cls.tp_name(), n),
                        obj,
                        n,
                    ))
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
                        self.call(&f, std::slice::from_ref(obj), &[])?;
                        return Ok(());
                    }
                    if let Value::Instance(_) = &a {
                        let at = a.type_of();
                        if let Some(d) = at.lookup("__delete__") {
                            let bound = self.bind_descriptor(&d, &a, &at)?;
                            self.call(&bound, std::slice::from_ref(obj), &[])?;
                            return Ok(());
                        }
                    }
                }
                if cls.overrides(Hook::DelAttr) {
                    if let Some((da, _)) = cls.lookup_with_owner("__delattr__") {
                        let bound = self.bind_descriptor(&da, obj, &cls)?;
                        self.call(&bound, &[Value::Str(name.clone())], &[])?;
                        return Ok(());
                    }
                }
                if cls.builtin {
                    crate::objects::alias::check_writable(inst, n)?;
                }
                if inst.dict.borrow_mut().remove_str(n).is_none() {
                    return Err(attr_error_named(
                        format!("'{}' object has no attribute '{}'", cls.tp_name(), n),
                        obj,
                        n,
                    ));
                }
                Ok(())
            }
            Value::Type(cls) if !cls.builtin => {
                if cls.dict.borrow_mut().remove_str(n).is_none() {
                    return Err(PyErr::attribute_error(format!(
                        "type object '{}' has no attribute '{}'",
                        cls.tp_name(),
                        n
                    )));
                }
                Ok(())
            }
            Value::Function(f) => {
                f.dict.borrow_mut().remove_str(n);
                Ok(())
            }
            Value::Module(m) => {
                if m.dict.borrow_mut().remove_str(n).is_none() {
                    return Err(PyErr::attribute_error(format!(
                        "module '{}' has no attribute '{}'",
                        m.name, n
                    )));
                }
                Ok(())
            }
            _ => Err(PyErr::attribute_error(format!(
                "'{}' object has no attribute '{}'",
                obj.type_name(),
                n
            ))),
        }
    }
}

/// An AttributeError with `name` and `obj` set, as CPython 3.10+ does.
pub(crate) fn attr_error_named(msg: String, obj: &Value, name: &str) -> PyErr {
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
        if b.owner
            .as_deref()
            .map(|o| crate::objects::VALUE_TYPE_NAMES.contains(&o))
            .unwrap_or(false)
        {
            if let Some(bv) = crate::objects::base_value(obj) {
                return bv;
            }
        }
    }
    obj.clone()
}

/// False when every class of `cls`'s MRO defined by the program has `__slots__`, none of
/// them lists `__dict__` or `name`: its instances have no `__dict__` to put `name` in.
fn slots_allow(cls: &Rc<Type>, name: &str) -> bool {
    if cls.builtin || cls.base_exc_kind().is_some() {
        // Builtin instances, and exceptions: `BaseException` has a `__dict__`.
        return true;
    }
    let listed =
        |slots: &Value| match slots {
            Value::Str(s) => Some(s.as_str() == name || s.as_str() == "__dict__"),
            Value::Tuple(items) => Some(items.iter().any(
                |v| matches!(v, Value::Str(s) if s.as_str() == name || s.as_str() == "__dict__"),
            )),
            Value::List(items) => Some(items.borrow().iter().any(
                |v| matches!(v, Value::Str(s) if s.as_str() == name || s.as_str() == "__dict__"),
            )),
            _ => None,
        };
    for t in std::iter::once(cls).chain(cls.mro_rest.iter()) {
        if t.builtin {
            continue;
        }
        let slots = t.dict.borrow().get_str("__slots__").cloned();
        match slots.as_ref().map(listed) {
            Some(Some(false)) => {}
            // No `__slots__` (so a `__dict__`), a listed name, or slots we cannot read.
            _ => return true,
        }
    }
    false
}
