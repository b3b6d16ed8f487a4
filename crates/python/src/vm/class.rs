//! Making classes, as CPython 3.11's `__build_class__` and `type.__new__` do: bases through
//! `__mro_entries__`, the most derived metaclass, the namespace from `__prepare__`, the body
//! run in it, then the metaclass called; `type.__new__` makes the type object, calls
//! `__set_name__` on the namespace's values in definition order, then the parent's
//! `__init_subclass__` with the class statement's keywords.

use std::cell::RefCell;
use std::rc::Rc;

use super::call::Kwargs;
use super::frame::ClassBody;
use super::halt::PyErr;
use super::Interp;
use crate::objects::{t, DictData, ExcKind, Layout, PyDict, PyResult, PyStr, Type, Value, Wrapper};

/// The dict a class body can store into directly: a dict, or an instance of a dict
/// subclass that overrides none of the item methods. `None` for other mappings, whose
/// methods run for each name.
pub(crate) fn namespace_dict(ns: &Value) -> Option<Rc<PyDict>> {
    match ns {
        Value::Dict(d) => Some(d.clone()),
        Value::Instance(i) => {
            let overridden = ["__getitem__", "__setitem__", "__delitem__", "__missing__"]
                .iter()
                .any(|n| matches!(i.cls.lookup_with_owner(n), Some((_, o)) if !o.builtin));
            if overridden {
                return None;
            }
            match crate::objects::base_value(ns) {
                Some(Value::Dict(d)) => Some(d),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The most derived of `meta` and the metaclasses of `bases`
/// (`_PyType_CalculateMetaclass`).
fn calculate_metaclass(meta: &Rc<Type>, bases: &[Value]) -> PyResult<Rc<Type>> {
    let mut winner = meta.clone();
    for b in bases {
        let tmp = b.type_of();
        if winner.is_subtype(&tmp) {
            continue;
        }
        if tmp.is_subtype(&winner) {
            winner = tmp;
            continue;
        }
        return Err(PyErr::type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

impl Interp {
    /// `__build_class__` up to running the body: resolve the bases, choose the metaclass
    /// and ask it for the namespace.
    pub(crate) fn begin_class(
        &mut self,
        name: Value,
        bases: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<ClassBody> {
        let (bases, orig_bases) = self.mro_entries(bases)?;
        let mut explicit = None;
        let kwargs: Kwargs = kwargs
            .into_iter()
            .filter_map(|(k, v)| {
                if &*k == "metaclass" {
                    explicit = Some(v);
                    None
                } else {
                    Some((k, v))
                }
            })
            .collect();
        let meta = match explicit {
            Some(m) => m,
            None => Value::Type(match bases.first() {
                Some(b) => b.type_of(),
                None => t().type_.clone(),
            }),
        };
        let meta = match &meta {
            Value::Type(m) => Value::Type(calculate_metaclass(m, &bases)?),
            _ => meta,
        };
        let ns = self.class_namespace(&meta, &name, &bases, &kwargs)?;
        Ok(ClassBody {
            name,
            bases,
            orig_bases,
            kwargs,
            meta,
            ns,
        })
    }

    /// Bases that are not classes but have `__mro_entries__` are replaced by what it
    /// returns; the bases as written come back too when any was replaced.
    fn mro_entries(&mut self, bases: Vec<Value>) -> PyResult<(Vec<Value>, Option<Value>)> {
        if bases.iter().all(|b| matches!(b, Value::Type(_))) {
            return Ok((bases, None));
        }
        let orig = Value::tuple(bases.clone());
        let mut out = Vec::with_capacity(bases.len());
        let mut changed = false;
        for b in bases {
            if let Value::Type(_) = b {
                out.push(b);
                continue;
            }
            match self.getattr_opt(&b, "__mro_entries__")? {
                Some(f) => {
                    let r = self.call(&f, std::slice::from_ref(&orig), &[])?;
                    let Value::Tuple(items) = r else {
                        return Err(PyErr::type_error("__mro_entries__ must return a tuple"));
                    };
                    out.extend(items.iter().cloned());
                    changed = true;
                }
                None => out.push(b),
            }
        }
        Ok((out, changed.then_some(orig)))
    }

    /// The namespace the class body runs in: a new dict, or what `meta.__prepare__`
    /// returns.
    fn class_namespace(
        &mut self,
        meta: &Value,
        name: &Value,
        bases: &[Value],
        kwargs: &Kwargs,
    ) -> PyResult<Value> {
        if matches!(meta, Value::Type(m) if Rc::ptr_eq(m, &t().type_)) {
            return Ok(Value::new_dict());
        }
        let Some(prepare) = self.getattr_opt(meta, "__prepare__")? else {
            return Ok(Value::new_dict());
        };
        let ns = self.call(
            &prepare,
            &[name.clone(), Value::tuple(bases.to_vec())],
            kwargs,
        )?;
        let mapping = matches!(ns, Value::Dict(_)) || ns.type_of().lookup("__getitem__").is_some();
        if !mapping {
            let who = match meta {
                Value::Type(m) => m.name.to_string(),
                _ => "<metaclass>".to_string(),
            };
            return Err(PyErr::type_error(format!(
                "{who}.__prepare__() must return a mapping, not {}",
                ns.type_name()
            )));
        }
        Ok(ns)
    }

    /// The class body has run: call the metaclass with the name, bases and namespace.
    pub(crate) fn finish_class_body(&mut self, cb: ClassBody) -> PyResult<Value> {
        let ClassBody {
            name,
            bases,
            orig_bases,
            kwargs,
            meta,
            ns,
        } = cb;
        if let Some(orig) = orig_bases {
            self.setitem(&ns, &Value::str("__orig_bases__"), orig)?;
        }
        let bases = Value::tuple(bases);
        match &meta {
            Value::Type(m) if Rc::ptr_eq(m, &t().type_) => {
                self.type_new(m, &name, &bases, &ns, kwargs)
            }
            _ => self.call(&meta, &[name, bases, ns], &kwargs),
        }
    }

    /// `LOAD_NAME`'s look in a class namespace that is not a plain dict: `None` when the
    /// mapping has no such key.
    pub(crate) fn load_from_namespace(
        &mut self,
        ns: &Value,
        key: &Rc<PyStr>,
    ) -> PyResult<Option<Value>> {
        match self.getitem(ns, &Value::Str(key.clone())) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is(ExcKind::KeyError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `type.__new__(mcls, name, bases, namespace, **kwargs)`.
    pub(crate) fn type_new(
        &mut self,
        mcls: &Rc<Type>,
        name: &Value,
        bases: &Value,
        ns: &Value,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        if !matches!(name, Value::Str(_)) {
            return Err(PyErr::type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                name.type_name()
            )));
        }
        let Value::Tuple(base_items) = bases else {
            return Err(PyErr::type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                bases.type_name()
            )));
        };
        let dict = match ns {
            Value::Dict(d) => d.borrow().clone(),
            other => match crate::objects::base_value(other) {
                Some(Value::Dict(d)) => d.borrow().clone(),
                _ => {
                    return Err(PyErr::type_error(format!(
                        "type.__new__() argument 3 must be dict, not {}",
                        ns.type_name()
                    )))
                }
            },
        };
        let winner = calculate_metaclass(mcls, base_items)?;
        if !Rc::ptr_eq(&winner, mcls) {
            if let Some((newf, owner)) = winner.lookup_with_owner("__new__") {
                if !owner.builtin {
                    let f = match newf {
                        Value::StaticMethod(w) => w.func.clone(),
                        other => other,
                    };
                    let args = [
                        Value::Type(winner.clone()),
                        name.clone(),
                        bases.clone(),
                        ns.clone(),
                    ];
                    return self.call(&f, &args, &kwargs);
                }
            }
        }
        let meta = (!Rc::ptr_eq(&winner, &t().type_)).then_some(winner);
        self.create_class(name, base_items, kwargs, dict, meta)
    }

    /// Make the type object from an executed namespace, then run `__set_name__` and the
    /// parent's `__init_subclass__`.
    fn create_class(
        &mut self,
        name: &Value,
        bases: &[Value],
        kwargs: Kwargs,
        mut dict: DictData,
        meta: Option<Rc<Type>>,
    ) -> PyResult<Value> {
        let name_s = name.as_str().unwrap_or("").to_string();
        let bt = t();
        let mut base_types = vec![];
        for b in bases {
            match b {
                Value::Type(t) => {
                    if !t.subclassable {
                        return Err(PyErr::type_error(format!(
                            "type '{}' is not an acceptable base type",
                            t.name
                        )));
                    }
                    base_types.push(t.clone())
                }
                _ => return Err(PyErr::type_error("bases must be types")),
            }
        }
        if base_types.is_empty() {
            base_types.push(bt.object.clone());
        }
        let layout = if base_types.iter().any(|t| t.is_exception()) {
            Layout::Exception
        } else {
            Layout::Object
        };
        if dict.get_str("__module__").is_none() {
            dict.set_str("__module__", Value::str("__main__"));
        }
        if dict.get_str("__eq__").is_some() && dict.get_str("__hash__").is_none() {
            dict.set_str("__hash__", Value::None);
        }
        let classcell = dict.remove_str("__classcell__");
        let qualname = dict.remove_str("__qualname__");
        let tp_name = dict.remove_str("__tp_name__");
        let mut t = Type::new(&name_s, base_types, dict, layout).map_err(PyErr::type_error)?;
        if let Some(Value::Str(q)) = qualname {
            t.qualname = RefCell::new(q.as_str().into());
        }
        if let Some(Value::Str(n)) = tp_name {
            t.tp_name = Some(n.as_str().into());
        }
        if t.lookup("__del__").is_some() {
            t.del_hooks = Some(self.hooks.clone());
        }
        t.metaclass = meta;
        let t = Rc::new(t);
        crate::objects::gc::track_type(&t);
        for b in &t.bases {
            let mut subs = b.subclasses.borrow_mut();
            // The builtin classes are the thread's and outlive every program: their
            // lists would keep each freed subclass's memory (a weak reference does) run
            // after run. The dead go whenever the list is full.
            if subs.len() == subs.capacity() {
                subs.retain(|w| w.strong_count() > 0);
            }
            subs.push(Rc::downgrade(&t));
        }
        // Implicit classmethods.
        for special in ["__init_subclass__", "__class_getitem__"] {
            let f = t.dict.borrow().get_str(special).cloned();
            if let Some(f @ Value::Function(_)) = f {
                let w = Wrapper {
                    func: f,
                    dict: Rc::new(RefCell::new(DictData::new())),
                };
                t.dict
                    .borrow_mut()
                    .set_str(special, Value::ClassMethod(Rc::new(w)));
            }
        }
        let cls = Value::Type(t.clone());
        if let Some(Value::Cell(c)) = classcell {
            *c.borrow_mut() = Some(cls.clone());
        }
        self.set_names(&t, &cls)?;
        self.init_subclass(&t, &cls, &kwargs)?;
        Ok(cls)
    }

    /// `__set_name__(owner, name)` on each value of the new class's namespace that has one,
    /// in definition order; an error comes out as 3.11's RuntimeError caused by it.
    fn set_names(&mut self, t: &Rc<Type>, cls: &Value) -> PyResult<()> {
        let items = t.dict.borrow().items();
        for (k, v) in items {
            let vt = v.type_of();
            let Some(sn) = vt.lookup("__set_name__") else {
                continue;
            };
            let bound = self.bind_descriptor(&sn, &v, &vt)?;
            if let Err(e) = self.call(&bound, &[cls.clone(), k.clone()], &[]) {
                let PyErr::Exc(cause) = &e else {
                    return Err(e);
                };
                let key = self.repr_of(&k)?;
                let new = PyErr::runtime_error(format!(
                    "Error calling __set_name__ on '{}' instance {} in '{}'",
                    vt.name, key, t.name
                ));
                if let PyErr::Exc(n) = &new {
                    if let Some(d) = n.exc() {
                        let mut d = d.borrow_mut();
                        d.cause = Some(cause.clone());
                        d.context = Some(cause.clone());
                        d.suppress_context = true;
                    }
                }
                return Err(new);
            }
        }
        Ok(())
    }

    /// `super(cls, cls).__init_subclass__(**kwargs)`: the first class after the new one
    /// in its MRO that defines it.
    fn init_subclass(&mut self, t: &Rc<Type>, cls: &Value, kwargs: &Kwargs) -> PyResult<()> {
        let found = t.mro_rest.iter().find_map(|b| {
            let v = b.dict.borrow().get_str("__init_subclass__").cloned();
            v.map(|v| (v, b.clone()))
        });
        let Some((init_sub, owner)) = found else {
            return Ok(());
        };
        if owner.builtin {
            if !kwargs.is_empty() {
                return Err(PyErr::type_error(format!(
                    "{}.__init_subclass__() takes no keyword arguments",
                    t.name
                )));
            }
            return Ok(());
        }
        let f = match init_sub {
            Value::ClassMethod(w) => w.func.clone(),
            other => other,
        };
        self.call(&f, std::slice::from_ref(cls), kwargs)?;
        Ok(())
    }

    /// `type.__call__(cls, *args, **kwargs)`: `__new__` then `__init__`, with no
    /// metaclass `__call__` in the way (what `super().__call__` reaches).
    pub(crate) fn type_call(
        &mut self,
        cls: &Rc<Type>,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<Value> {
        match self.instantiate(cls, args, kwargs)? {
            super::call::CallPrep::Done(v) => Ok(v),
            super::call::CallPrep::Frame(frame, mode) => self.run_nested(frame, mode),
        }
    }
}
