//! `_loopscope`: private helpers our Python-source modules need and the language lacks —
//! running generated source (what CPython's `dataclasses` and `namedtuple` use `exec` for),
//! and making `types.GenericAlias` objects for our classes' `__class_getitem__`.

use std::rc::Rc;

use loopscope_python::objects::{t, Instance};
use loopscope_python::{Interp, ModuleBuilder, PyErr, PyResult, Value};

use crate::args::{arity, no_kw, Kw};

/// `compile_module(name, source)`: run `source` as a fresh module named `name` and return
/// it, without leaving it in `sys.modules`.
fn compile_module(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("compile_module", kw)?;
    arity("compile_module", args, 2, 2)?;
    let (Some(name), Some(source)) = (args[0].as_str(), args[1].as_str()) else {
        return Err(PyErr::type_error("compile_module() arguments must be str"));
    };
    let sys = interp.import_module("sys")?;
    let modules = interp.getattr_str(&sys, "modules")?;
    let key = Value::str(name);
    if interp.contains(&modules, &key)? {
        return Err(PyErr::value_error(format!("module {name} already exists")));
    }
    interp.register_source_module(name, source);
    let result = interp.import_module(name);
    if interp.contains(&modules, &key)? {
        interp.delitem(&modules, &key)?;
    }
    result
}

/// `generic_alias(origin, args)`: `origin[args]` as the builtin generic alias type, which
/// prints as `collections.deque[int]`.
fn generic_alias(_: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("generic_alias", kw)?;
    arity("generic_alias", args, 2, 2)?;
    let inst = Instance::new(t().generic_alias.clone());
    {
        let mut d = inst.dict.borrow_mut();
        d.set_str("__origin__", args[0].clone());
        let params = match &args[1] {
            Value::Tuple(_) => args[1].clone(),
            other => Value::tuple(vec![other.clone()]),
        };
        d.set_str("__args__", params);
    }
    Ok(Value::Instance(Rc::new(inst)))
}

/// Registers `_loopscope`.
pub fn register(m: &mut ModuleBuilder) {
    m.function("compile_module", compile_module);
    m.function("generic_alias", generic_alias);
}
