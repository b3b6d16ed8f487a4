//! Text conversions: `repr()`, `str()`, `format()`, `str % args` and `str.format`.

use std::rc::Rc;

use crate::format::{self, Count, PrintfPiece};
use crate::objects::int::int_ref;
use crate::objects::{ExcKind, GenKind, PyResult, Value, ViewKind};
use crate::strings::{self, Accessor, FieldKey, TemplatePiece};
use crate::vm::halt::PyErr;
use crate::vm::{Interp, NATIVE_DEPTH};

impl Interp {
    /// `repr(v)`.
    pub fn repr_of(&mut self, v: &Value) -> PyResult<String> {
        if self.repr_stack.len() > self.recursion_limit.min(NATIVE_DEPTH) {
            return Err(PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        // Containers recurse through a small function to keep the Rust stack per level low.
        match v {
            Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_) => self.repr_container(v),
            _ => self.repr_other(v),
        }
    }

    #[inline(never)]
    fn repr_container(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::List(l) => {
                let key = Rc::as_ptr(l) as *const u8 as usize;
                if self.repr_stack.contains(&key) {
                    return Ok("[...]".into());
                }
                let items = l.borrow().clone();
                self.repr_stack.push(key);
                let r = self.join_reprs(&items);
                self.repr_stack.pop();
                Ok(format!("[{}]", r?))
            }
            Value::Tuple(t) => {
                self.repr_stack.push(0);
                let r = if t.len() == 1 {
                    self.repr_of(&t[0]).map(|x| format!("({x},)"))
                } else {
                    let items = t.clone();
                    self.join_reprs(&items).map(|x| format!("({x})"))
                };
                self.repr_stack.pop();
                r
            }
            Value::Dict(d) => {
                let key = Rc::as_ptr(d) as *const u8 as usize;
                if self.repr_stack.contains(&key) {
                    return Ok("{...}".into());
                }
                let items = d.borrow().items();
                self.repr_stack.push(key);
                let r = self.dict_items_repr(&items);
                self.repr_stack.pop();
                Ok(format!("{{{}}}", r?))
            }
            Value::Set(s) => {
                let items = s.borrow().keys();
                if items.is_empty() {
                    Ok("set()".into())
                } else {
                    Ok(format!("{{{}}}", self.join_reprs(&items)?))
                }
            }
            Value::FrozenSet(s) => {
                let items = s.borrow().keys();
                if items.is_empty() {
                    Ok("frozenset()".into())
                } else {
                    Ok(format!("frozenset({{{}}})", self.join_reprs(&items)?))
                }
            }
            _ => self.repr_other(v),
        }
    }

    #[inline(never)]
    fn repr_other(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => format::int_str(b)?,
            Value::Float(f) => format::float_repr(*f),
            Value::Complex(c) => crate::objects::complex::complex_repr(c.0, c.1),
            Value::Str(s) => strings::str_repr(s.as_str()),
            Value::Bytes(b) => strings::bytes_repr(b),
            Value::ByteArray(b) => strings::bytearray_repr(&b.borrow()),
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => {
                let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
                format!(
                    "slice({}, {}, {})",
                    self.repr_of(&a)?,
                    self.repr_of(&b)?,
                    self.repr_of(&c)?
                )
            }
            Value::Function(f) => format!("<function {} at {:#x}>", f.qualname.borrow(), v.id()),
            Value::Builtin(b) => match &b.self_ {
                Some(s) if !matches!(s, Value::Module(_)) => {
                    format!(
                        "<built-in method {} of {} object at {:#x}>",
                        b.name,
                        s.type_name(),
                        s.id()
                    )
                }
                _ => format!("<built-in function {}>", b.name),
            },
            Value::Method(m) => {
                let fname = match &m.func {
                    Value::Function(f) => f.qualname.borrow().to_string(),
                    other => {
                        let q = self
                            .getattr_str(other, "__qualname__")
                            .unwrap_or(Value::str("?"));
                        self.str_of(&q)?
                    }
                };
                let s = m.self_.clone();
                format!("<bound method {} of {}>", fname, self.repr_of(&s)?)
            }
            // A metaclass's `__repr__`, looked up (and its descriptor bound) once.
            Value::Type(t) => match t.metaclass.is_some() {
                true => match self.user_method(v, "__repr__")? {
                    Some(m) => match self.call(&m, &[], &[])? {
                        Value::Str(s) => s.as_str().to_string(),
                        other => {
                            return Err(PyErr::type_error(format!(
                                "__repr__ returned non-string (type {})",
                                other.type_name()
                            )))
                        }
                    },
                    None => format!("<class '{}'>", t.dotted_name()),
                },
                false => format!("<class '{}'>", t.dotted_name()),
            },
            Value::Module(m) => {
                let file = m.dict.borrow().get_str("__file__").cloned();
                match file {
                    Some(Value::Str(f)) => format!("<module '{}' from '{}'>", m.name, f.as_str()),
                    _ => format!("<module '{}' (built-in)>", m.name),
                }
            }
            Value::Gen(g) => {
                let kind = match g.kind {
                    GenKind::Generator => "generator",
                    GenKind::Coroutine => "coroutine",
                    GenKind::AsyncGenerator => "async_generator",
                };
                format!("<{} object {} at {:#x}>", kind, g.qualname.borrow(), v.id())
            }
            Value::DictView(dv) => {
                let (name, items) = match dv.kind {
                    ViewKind::Keys => ("dict_keys", dv.dict.borrow().keys()),
                    ViewKind::Values => ("dict_values", dv.dict.borrow().values()),
                    ViewKind::Items => (
                        "dict_items",
                        dv.dict
                            .borrow()
                            .items()
                            .into_iter()
                            .map(|(k, v)| Value::tuple(vec![k, v]))
                            .collect(),
                    ),
                };
                format!("{}([{}])", name, self.join_reprs(&items)?)
            }
            Value::Cell(c) => {
                let inner = c.borrow().clone();
                match inner {
                    Some(x) => format!(
                        "<cell at {:#x}: {} object at {:#x}>",
                        v.id(),
                        x.type_name(),
                        x.id()
                    ),
                    None => format!("<cell at {:#x}: empty>", v.id()),
                }
            }
            Value::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.name,
                v.id(),
                c.source.filename,
                c.first_line
            ),
            Value::Super(s) => format!(
                "<super: <class '{}'>, <{} object>>",
                s.cls.name, s.obj_type.name
            ),
            Value::Instance(_) => {
                let cls = v.type_of();
                if let Some((m, owner)) = cls.lookup_with_owner("__repr__") {
                    // A native `__repr__` of a builtin class other than `object`'s
                    // (a builtin value type's is reached through its base value below).
                    if !owner.builtin
                        || (!Rc::ptr_eq(&owner, &crate::objects::t().object)
                            && owner.layout != crate::objects::Layout::Builtin)
                    {
                        let key = v.id() as usize;
                        if self.repr_stack.len() > 200 {
                            return Err(PyErr::new(
                                ExcKind::RecursionError,
                                "maximum recursion depth exceeded while getting the repr of an object",
                            ));
                        }
                        self.repr_stack.push(key ^ 1);
                        let bound = self.bind_descriptor(&m, v, &cls);
                        let r = bound.and_then(|b| self.call(&b, &[], &[]));
                        self.repr_stack.pop();
                        return match r? {
                            Value::Str(s) => Ok(s.as_str().to_string()),
                            other => Err(PyErr::type_error(format!(
                                "__repr__ returned non-string (type {})",
                                other.type_name()
                            ))),
                        };
                    }
                }
                if let Some(b) = crate::objects::base_value(v) {
                    if let Value::ByteArray(data) = &b {
                        // CPython's bytearray repr names the subclass.
                        return Ok(strings::bytearray_repr_named(&cls.name, &data.borrow()));
                    }
                    return self.repr_of(&b);
                }
                let module = cls.module_name().unwrap_or_else(|| "builtins".into());
                if module == "builtins" {
                    format!("<{} object at {:#x}>", cls.qualname.borrow(), v.id())
                } else {
                    format!(
                        "<{}.{} object at {:#x}>",
                        module,
                        cls.qualname.borrow(),
                        v.id()
                    )
                }
            }
            other => format!("<{} object at {:#x}>", other.type_name(), other.id()),
        })
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut out = String::new();
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr_of(x)?);
        }
        Ok(out)
    }

    fn dict_items_repr(&mut self, items: &[(Value, Value)]) -> PyResult<String> {
        let mut out = String::new();
        for (i, (k, v)) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr_of(k)?);
            out.push_str(": ");
            out.push_str(&self.repr_of(v)?);
        }
        Ok(out)
    }

    /// `str(v)`.
    pub fn str_of(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Type(t) if t.metaclass.is_some() => match self.user_method(v, "__str__")? {
                Some(m) => match self.call(&m, &[], &[])? {
                    Value::Str(s) => Ok(s.as_str().to_string()),
                    other => Err(PyErr::type_error(format!(
                        "__str__ returned non-string (type {})",
                        other.type_name()
                    ))),
                },
                None => self.repr_of(v),
            },
            Value::Instance(_) => {
                let cls = v.type_of();
                if let Some((m, owner)) = cls.lookup_with_owner("__str__") {
                    // A Python `__str__`, or an exception class's native one.
                    if !owner.builtin || owner.layout == crate::objects::Layout::Exception {
                        let bound = self.bind_descriptor(&m, v, &cls)?;
                        return match self.call(&bound, &[], &[])? {
                            Value::Str(s) => Ok(s.as_str().to_string()),
                            other => Err(PyErr::type_error(format!(
                                "__str__ returned non-string (type {})",
                                other.type_name()
                            ))),
                        };
                    }
                }
                if let Some(b) = crate::objects::base_value(v) {
                    // str has its own `tp_str`; the other builtin bases use `repr`
                    // (the instance's: a bytearray's names the subclass).
                    if matches!(b, Value::Str(_))
                        || (!matches!(b, Value::ByteArray(_))
                            && cls
                                .lookup_with_owner("__repr__")
                                .map(|(_, o)| o.builtin)
                                .unwrap_or(true))
                    {
                        return self.str_of(&b);
                    }
                }
                self.repr_of(v)
            }
            _ => self.repr_of(v),
        }
    }

    /// `format(v, spec)`.
    pub fn format_value(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        match v {
            Value::Int(i) => Ok(format::format_i64(*i, spec, "int")?),
            Value::Bool(b) => {
                if spec.is_empty() {
                    Ok(if *b { "True" } else { "False" }.into())
                } else {
                    Ok(format::format_i64(*b as i64, spec, "bool")?)
                }
            }
            Value::BigInt(b) => Ok(format::format_int(b, spec, "int")?),
            Value::Float(f) => Ok(format::format_float(*f, spec)?),
            Value::Str(s) => Ok(format::format_str(s.as_str(), spec)?),
            Value::Instance(_) => {
                if let Some(m) = self.user_method(v, "__format__")? {
                    return match self.call(&m, &[Value::str(spec)], &[])? {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => Err(PyErr::type_error(format!(
                            "__format__ must return a str, not {}",
                            other.type_name()
                        ))),
                    };
                }
                // An empty spec is `str(v)` for every builtin `__format__` (so a subclass's
                // `__str__`/`__repr__` shows); a spec formats the value of a subclass of
                // int, float or str, and is an error for one of object's `__format__`.
                if spec.is_empty() {
                    return self.str_of(v);
                }
                if let Some(
                    b @ (Value::Int(_)
                    | Value::BigInt(_)
                    | Value::Float(_)
                    | Value::Str(_)
                    | Value::Complex(_)),
                ) = crate::objects::base_value(v)
                {
                    return self.format_value(&b, spec);
                }
                Err(format::unsupported_format_string(&v.type_name()).into())
            }
            _ => {
                if spec.is_empty() {
                    return self.str_of(v);
                }
                Err(format::unsupported_format_string(&v.type_name()).into())
            }
        }
    }

    /// `template % args`.
    pub fn percent_format(&mut self, template: &str, args: &Value) -> PyResult<String> {
        let pieces = format::parse_printf(template);
        let (argv, mapping): (Vec<Value>, Option<Value>) = match args {
            Value::Tuple(t) => (t.to_vec(), None),
            Value::Dict(_) => (vec![args.clone()], Some(args.clone())),
            Value::Instance(_)
                if args.type_of().lookup("__getitem__").is_some()
                    && !matches!(args, Value::Str(_)) =>
            {
                (vec![args.clone()], Some(args.clone()))
            }
            other => (vec![other.clone()], None),
        };
        let mut idx = 0usize;
        let mut out = String::new();
        let next_arg = |idx: &mut usize| -> PyResult<Value> {
            let v = argv
                .get(*idx)
                .cloned()
                .ok_or_else(|| PyErr::from(format::not_enough_arguments()))?;
            *idx += 1;
            Ok(v)
        };
        for piece in pieces {
            match piece {
                PrintfPiece::Literal(s) => out.push_str(&s),
                PrintfPiece::IncompleteKey => {
                    return Err(if mapping.is_none() {
                        format::requires_mapping()
                    } else {
                        format::incomplete_key()
                    }
                    .into())
                }
                PrintfPiece::Error { stars, error } => {
                    for _ in 0..stars {
                        match next_arg(&mut idx)? {
                            Value::Int(_) | Value::Bool(_) => {}
                            _ => return Err(format::star_wants_int().into()),
                        }
                    }
                    return Err(error.into());
                }
                PrintfPiece::Conversion(spec) => {
                    let sw = match spec.width {
                        Some(Count::Star) => {
                            let v = next_arg(&mut idx)?;
                            match v {
                                Value::Int(i) => Some(i),
                                Value::Bool(b) => Some(b as i64),
                                _ => return Err(format::star_wants_int().into()),
                            }
                        }
                        _ => None,
                    };
                    let sp = match spec.precision {
                        Some(Count::Star) => {
                            let v = next_arg(&mut idx)?;
                            match v {
                                Value::Int(i) => Some(i),
                                Value::Bool(b) => Some(b as i64),
                                _ => return Err(format::star_wants_int().into()),
                            }
                        }
                        _ => None,
                    };
                    let value = match &spec.key {
                        Some(k) => {
                            let Some(m) = &mapping else {
                                return Err(format::requires_mapping().into());
                            };
                            self.getitem(m, &Value::str(k))?
                        }
                        None => next_arg(&mut idx)?,
                    };
                    if !spec.is_supported() {
                        return Err(spec.unsupported_error().into());
                    }
                    let flags = spec.resolve(sw, sp)?;
                    let text = match spec.ty {
                        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                            let n = match &value {
                                Value::Float(f) if matches!(spec.ty, 'd' | 'i' | 'u') => {
                                    format::float_to_int(*f)?
                                }
                                v if int_ref(v).is_some() => crate::objects::int::to_big(v),
                                Value::Instance(_) => {
                                    let hook = if matches!(spec.ty, 'd' | 'i' | 'u') {
                                        "__int__"
                                    } else {
                                        "__index__"
                                    };
                                    match self.call_special(&value, hook, &[])? {
                                        Some(r) if int_ref(&r).is_some() => {
                                            crate::objects::int::to_big(&r)
                                        }
                                        _ => {
                                            return Err(format::printf_type_error(
                                                spec.ty,
                                                &value.type_name(),
                                            )
                                            .into())
                                        }
                                    }
                                }
                                _ => {
                                    return Err(format::printf_type_error(
                                        spec.ty,
                                        &value.type_name(),
                                    )
                                    .into())
                                }
                            };
                            format::printf_int(&n, spec.ty, &flags)?
                        }
                        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                            let x = match &value {
                                Value::Float(f) => *f,
                                v if int_ref(v).is_some() => {
                                    crate::vm::protocol::arith::as_f64(v).unwrap_or(f64::INFINITY)
                                }
                                _ => {
                                    return Err(format::printf_type_error(
                                        spec.ty,
                                        &value.type_name(),
                                    )
                                    .into())
                                }
                            };
                            format::printf_float(x, spec.ty, &flags)?
                        }
                        'c' => {
                            let s = match &value {
                                Value::Str(s) if s.char_len() == 1 => s.as_str().to_string(),
                                v if int_ref(v).is_some() => {
                                    format::printf_char(&crate::objects::int::to_big(v))?
                                        .to_string()
                                }
                                _ => {
                                    return Err(
                                        format::printf_type_error('c', &value.type_name()).into()
                                    )
                                }
                            };
                            format::printf_str(&s, 's', &flags)?
                        }
                        'r' => {
                            let s = self.repr_of(&value)?;
                            format::printf_str(&s, 'r', &flags)?
                        }
                        'a' => {
                            let s = strings::ascii_of(&self.repr_of(&value)?);
                            format::printf_str(&s, 'a', &flags)?
                        }
                        _ => {
                            let s = self.str_of(&value)?;
                            format::printf_str(&s, 's', &flags)?
                        }
                    };
                    out.push_str(&text);
                }
            }
        }
        if mapping.is_none() && idx < argv.len() {
            return Err(format::not_all_converted().into());
        }
        Ok(out)
    }

    /// `template.format(*args, **kwargs)`.
    pub fn str_format(
        &mut self,
        template: &str,
        args: &[Value],
        kwargs: &[(Rc<str>, Value)],
    ) -> PyResult<String> {
        let t = strings::parse_template(template);
        let mut out = String::new();
        self.render_template(&t, args, kwargs, &mut out, 0)?;
        Ok(out)
    }

    fn render_template(
        &mut self,
        t: &strings::Template,
        args: &[Value],
        kwargs: &[(Rc<str>, Value)],
        out: &mut String,
        depth: u32,
    ) -> PyResult<()> {
        if depth > 2 {
            return Err(PyErr::value_error("Max string recursion exceeded"));
        }
        for piece in &t.pieces {
            match piece {
                TemplatePiece::Literal(s) => out.push_str(s),
                TemplatePiece::Error(e) => return Err(e.clone().into()),
                TemplatePiece::Field(f) => {
                    let mut v = match &f.name.key {
                        FieldKey::Index(i) => match args.get(*i) {
                            Some(v) => v.clone(),
                            None => return Err(strings::index_out_of_range(*i).into()),
                        },
                        FieldKey::Name(n) => {
                            match kwargs.iter().find(|(k, _)| &**k == n.as_str()) {
                                Some((_, v)) => v.clone(),
                                None => {
                                    return Err(PyErr::with_args(
                                        ExcKind::KeyError,
                                        vec![Value::str(n)],
                                    ))
                                }
                            }
                        }
                    };
                    for acc in &f.name.chain {
                        v = match acc {
                            Accessor::Attr(a) => self.getattr_str(&v, a)?,
                            Accessor::Index(i) => self.getitem(&v, &Value::Int(*i as i64))?,
                            Accessor::Key(k) => self.getitem(&v, &Value::str(k))?,
                        };
                    }
                    if let Some(e) = &f.name.chain_error {
                        return Err(e.clone().into());
                    }
                    let v = match f.conversion {
                        None => v,
                        Some('r') => Value::string(self.repr_of(&v)?),
                        Some('s') => Value::string(self.str_of(&v)?),
                        Some('a') => Value::string(strings::ascii_of(&self.repr_of(&v)?)),
                        Some(c) => return Err(strings::conversion_error(c).into()),
                    };
                    let mut spec = String::new();
                    self.render_template(&f.spec, args, kwargs, &mut spec, depth + 1)?;
                    out.push_str(&self.format_value(&v, &spec)?);
                }
            }
        }
        Ok(())
    }
}
