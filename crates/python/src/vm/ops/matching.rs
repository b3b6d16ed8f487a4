//! Imports, `__annotations__`, and the structural pattern matching instructions.

use std::cell::RefCell;
use std::rc::Rc;

use crate::bytecode::Opcode;
use crate::objects::{DictData, Layout, PyResult, Value};
use crate::vm::frame::Frame;
use crate::vm::halt::PyErr;
use crate::vm::run::{pop, stack_err, Flow};
use crate::vm::Interp;

impl Interp {
    pub(super) fn op_misc(&mut self, frame: &mut Frame, op: Opcode) -> PyResult<Flow> {
        use Opcode::*;
        match op {
            ImportName(i) => {
                let fromlist = pop(frame)?;
                let level = pop(frame)?;
                let name = frame.code.names[i as usize].clone();
                let level = match level {
                    Value::Int(l) => l,
                    _ => 0,
                };
                let m = self.import_name(name.as_str(), &fromlist, level, &frame.globals)?;
                frame.stack.push(m);
            }
            ImportFrom(i) => {
                let m = frame.stack.last().cloned().ok_or_else(stack_err)?;
                let name = frame.code.names[i as usize].clone();
                let v = self.import_from(&m, name.as_str())?;
                frame.stack.push(v);
            }
            ImportStar => {
                let m = pop(frame)?;
                let Value::Module(m) = m else {
                    return Err(stack_err());
                };
                let all = m.dict.borrow().get_str("__all__").cloned();
                let names: Vec<Value> = match all {
                    Some(a) => self.iterate(&a)?,
                    None => m
                        .dict
                        .borrow()
                        .keys()
                        .into_iter()
                        .filter(|k| k.as_str().map(|s| !s.starts_with('_')).unwrap_or(false))
                        .collect(),
                };
                let ns = frame
                    .locals
                    .clone()
                    .unwrap_or_else(|| frame.globals.clone());
                for n in names {
                    let Some(s) = n.as_str() else { continue };
                    let v = m.dict.borrow().get_str(s).cloned();
                    if let Some(v) = v {
                        ns.borrow_mut().set_str(s, v);
                    }
                }
            }
            SetupAnnotations => {
                if let Some(ns) = frame.locals_map.clone() {
                    let key = Rc::new(crate::objects::PyStr::new("__annotations__"));
                    if self.load_from_namespace(&ns, &key)?.is_none() {
                        self.setitem(&ns, &Value::Str(key), Value::new_dict())?;
                    }
                    return Ok(Flow::Next);
                }
                let ns = frame
                    .locals
                    .clone()
                    .unwrap_or_else(|| frame.globals.clone());
                if ns.borrow().get_str("__annotations__").is_none() {
                    ns.borrow_mut()
                        .set_str("__annotations__", Value::new_dict());
                }
            }
            GetLen => {
                let v = frame.stack.last().cloned().ok_or_else(stack_err)?;
                let n = self.len_of(&v)?;
                frame.stack.push(Value::Int(n as i64));
            }
            MatchMapping => {
                let v = frame.stack.last().cloned().ok_or_else(stack_err)?;
                let r = match &v {
                    Value::Dict(_) => true,
                    Value::Instance(_) => {
                        v.type_of().lookup("keys").is_some()
                            && v.type_of().lookup("__getitem__").is_some()
                            && v.type_of().lookup("__iter__").is_some()
                    }
                    _ => false,
                };
                frame.stack.push(Value::Bool(r));
            }
            MatchSequence => {
                let v = frame.stack.last().cloned().ok_or_else(stack_err)?;
                let r = match &v {
                    Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
                    Value::Instance(_) => {
                        let t = v.type_of();
                        t.lookup("__getitem__").is_some()
                            && t.lookup("__len__").is_some()
                            && t.lookup("keys").is_none()
                    }
                    _ => false,
                };
                frame.stack.push(Value::Bool(r));
            }
            MatchKeys => {
                let keys = frame.stack.last().cloned().ok_or_else(stack_err)?;
                let len = frame.stack.len();
                if len < 2 {
                    return Err(stack_err());
                }
                let subject = frame.stack[len - 2].clone();
                let Value::Tuple(keys) = keys else {
                    return Err(stack_err());
                };
                let mut vals = vec![];
                let mut ok = true;
                for k in keys.iter() {
                    let got = match &subject {
                        Value::Dict(d) => self.dict_get(d, k)?,
                        _ => {
                            let get = self.getattr_str(&subject, "get")?;
                            let marker = Value::Instance(Rc::new(crate::objects::Instance::new(
                                crate::objects::t().object.clone(),
                            )));
                            let r = self.call(&get, &[k.clone(), marker.clone()], &[])?;
                            if r.is(&marker) {
                                None
                            } else {
                                Some(r)
                            }
                        }
                    };
                    match got {
                        Some(v) => vals.push(v),
                        None => {
                            ok = false;
                            break;
                        }
                    }
                }
                frame
                    .stack
                    .push(if ok { Value::tuple(vals) } else { Value::None });
            }
            CopyDictWithoutKeys => {
                let keys = pop(frame)?;
                let subject = pop(frame)?;
                let d = Rc::new(RefCell::new(DictData::new()));
                for (k, v) in self.mapping_items(&subject)? {
                    self.dict_set(&d, k, v)?;
                }
                if let Value::Tuple(keys) = keys {
                    for k in keys.iter() {
                        self.dict_del(&d, k)?;
                    }
                }
                frame.stack.push(subject);
                frame.stack.push(Value::Dict(d));
            }
            MatchClass(npos) => {
                let names = pop(frame)?;
                let cls = pop(frame)?;
                let subject = pop(frame)?;
                let r = self.match_class(&subject, &cls, npos as usize, &names)?;
                frame.stack.push(r);
            }
            _ => return Err(stack_err()),
        }
        Ok(Flow::Next)
    }

    fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        npos: usize,
        names: &Value,
    ) -> PyResult<Value> {
        let Value::Type(t) = cls else {
            return Err(PyErr::type_error("called match pattern must be a class"));
        };
        if !subject.type_of().is_subtype(t) {
            return Ok(Value::None);
        }
        let mut out = vec![];
        if npos > 0 {
            let self_match = t.layout == Layout::Builtin
                && [
                    "bool",
                    "bytes",
                    "dict",
                    "float",
                    "frozenset",
                    "int",
                    "list",
                    "set",
                    "str",
                    "tuple",
                ]
                .contains(&&*t.name);
            if self_match && t.lookup("__match_args__").is_none() {
                if npos > 1 {
                    return Err(PyErr::type_error(format!(
                        "{}() accepts 1 positional sub-pattern ({} given)",
                        t.name, npos
                    )));
                }
                out.push(subject.clone());
            } else {
                let ma = match t.lookup("__match_args__") {
                    Some(Value::Tuple(items)) => items.to_vec(),
                    Some(_) => {
                        return Err(PyErr::type_error(format!(
                            "{}.__match_args__ must be a tuple",
                            t.name
                        )))
                    }
                    None => vec![],
                };
                if npos > ma.len() {
                    return Err(PyErr::type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({} given)",
                        t.name,
                        ma.len(),
                        if ma.len() == 1 { "" } else { "s" },
                        npos
                    )));
                }
                for name in &ma[..npos] {
                    let Some(n) = name.as_str() else {
                        return Err(PyErr::type_error("__match_args__ elements must be strings"));
                    };
                    match self.getattr_opt(subject, n)? {
                        Some(v) => out.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        if let Value::Tuple(names) = names {
            for n in names.iter() {
                let n = n.as_str().unwrap_or("");
                match self.getattr_opt(subject, n)? {
                    Some(v) => out.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
        Ok(Value::tuple(out))
    }
}
