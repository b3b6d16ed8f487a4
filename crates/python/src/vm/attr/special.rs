//! Attributes builtin objects expose without a class dict entry: functions' `__name__`,
//! `__defaults__`, code objects' `co_*`, bound methods' `__self__`, exceptions' `args`, ...

use crate::objects::{PyResult, Value};
use crate::vm::Interp;

impl Interp {
    /// Attributes that builtin objects expose without a class dict entry.
    pub(super) fn special_attr(&mut self, obj: &Value, n: &str) -> PyResult<Option<Value>> {
        if n == "__class__" {
            return Ok(Some(Value::Type(obj.type_of())));
        }
        Ok(match obj {
            Value::Instance(inst) => {
                if n == "__dict__" {
                    // Instances of classes with `__slots__` all the way have none.
                    if !super::slots_allow(&inst.cls, "__dict__") {
                        return Ok(None);
                    }
                    return Ok(Some(Value::Dict(inst.dict.clone())));
                }
                match &inst.exc {
                    Some(d) => crate::objects::exception::exc_attr(obj, d, n),
                    None => None,
                }
            }
            Value::Function(f) => match n {
                "__name__" => Some(Value::str(&f.name.borrow())),
                "__qualname__" => Some(Value::str(&f.qualname.borrow())),
                "__dict__" => Some(Value::Dict(f.dict.clone())),
                "__defaults__" => {
                    let d = f.defaults.borrow();
                    Some(if d.is_empty() {
                        Value::None
                    } else {
                        Value::tuple(d.clone())
                    })
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
                    Some(v.unwrap_or_else(|| {
                        f.globals
                            .borrow()
                            .get_str("__name__")
                            .cloned()
                            .unwrap_or(Value::None)
                    }))
                }
                "__doc__" => {
                    let v = f.dict.borrow().get_str("__doc__").cloned();
                    Some(v.unwrap_or_else(|| {
                        f.code
                            .doc
                            .as_ref()
                            .map(|d| Value::str(d))
                            .unwrap_or(Value::None)
                    }))
                }
                _ => None,
            },
            Value::Builtin(b) => match n {
                "__name__" | "__qualname__" => Some(Value::str(&b.name)),
                "__self__" => Some(match &b.self_ {
                    Some(s) => s.clone(),
                    None => self.module_defining(b).unwrap_or(Value::None),
                }),
                "__doc__" => Some(Value::None),
                "__module__" => Some(match (&b.self_, self.module_defining(b)) {
                    (None, Some(Value::Module(m))) => Value::str(&m.name),
                    _ => Value::None,
                }),
                _ => None,
            },
            Value::Method(m) => match n {
                "__self__" => Some(m.self_.clone()),
                "__func__" => Some(m.func.clone()),
                "__name__" | "__qualname__" | "__doc__" | "__module__" | "__dict__"
                | "__wrapped__" => Some(self.getattr_str(&m.func, n)?),
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
                "gi_running" | "cr_running" | "ag_running" => Some(Value::Bool(
                    g.state.get() == crate::objects::GenState::Running,
                )),
                "gi_frame" | "cr_frame" | "ag_frame" => Some(if g.is_finished() {
                    Value::None
                } else {
                    Value::Bool(true)
                }),
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
                "co_varnames" => Some(Value::tuple(
                    c.varnames.iter().map(|v| Value::str(v)).collect(),
                )),
                "co_posonlyargcount" => Some(Value::Int(c.posonlyargcount as i64)),
                "co_kwonlyargcount" => Some(Value::Int(c.kwonlyargcount as i64)),
                "co_nlocals" => Some(Value::Int(c.varnames.len() as i64)),
                "co_freevars" => Some(Value::tuple(
                    c.freevars.iter().map(|v| Value::str(v)).collect(),
                )),
                "co_cellvars" => Some(Value::tuple(
                    c.cellvars.iter().map(|v| Value::str(v)).collect(),
                )),
                "co_names" => Some(Value::tuple(
                    c.names.iter().map(|v| Value::Str(v.clone())).collect(),
                )),
                "co_flags" => Some(Value::Int(
                    (c.flags.varargs as i64) * 4
                        + (c.flags.varkw as i64) * 8
                        + (c.flags.generator as i64) * 32
                        + (c.flags.coroutine as i64) * 128
                        + (c.flags.async_generator as i64) * 512
                        + 3,
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
                "start" => Some(crate::objects::int::from_i128(r.start)),
                "stop" => Some(crate::objects::int::from_i128(r.stop)),
                "step" => Some(crate::objects::int::from_i128(r.step)),
                _ => None,
            },
            Value::Cell(c) => match n {
                "cell_contents" => c.borrow().clone(),
                _ => None,
            },
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => match n {
                "real" | "numerator" => {
                    Some(crate::objects::int::norm(crate::objects::int::to_big(obj)))
                }
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

    /// The module a native function is an attribute of, as CPython's module functions
    /// know it (`len.__self__` is `builtins`, `math.sqrt.__self__` is `math`): the one its
    /// owner names (`builtins` when it has none) whose namespace holds this very function.
    fn module_defining(&self, b: &crate::objects::Builtin) -> Option<Value> {
        let name = b.owner.as_deref().unwrap_or("builtins");
        let module = self.modules.borrow().get_str(name).cloned()?;
        let Value::Module(m) = &module else {
            return None;
        };
        let same = match m.dict.borrow().get_str(&b.name) {
            Some(Value::Builtin(f)) => std::rc::Rc::ptr_eq(&f.func, &b.func),
            _ => false,
        };
        same.then_some(module)
    }
}
