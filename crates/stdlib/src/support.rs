//! `_loopscope`: private helpers our Python-source modules need and the language lacks —
//! running generated source (what CPython's `dataclasses` and `namedtuple` use `exec` for),
//! making `types.GenericAlias` objects for our classes' `__class_getitem__`, and finding
//! the caller's source location (what CPython's `warnings` reads from `sys._getframe`).

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

/// `caller(depth)`: where the code `depth` frames out from the Python function calling this
/// runs (1: that function's caller), as `sys._getframe(depth)` would find it: `(filename,
/// line, the line's text)`, or `None` past the outermost frame of the running context.
/// `_loopscope_builtins`' frames are passed over, as tracebacks leave them out. `warnings`
/// reports a warning where this says.
fn caller(interp: &mut Interp, args: &[Value], kw: &Kw) -> PyResult<Value> {
    no_kw("caller", kw)?;
    arity("caller", args, 1, 1)?;
    let depth = interp.int_arg(&args[0])?.max(1) as usize;
    // The function that called this native is running, so it is not among its context's
    // frames: the innermost of them is its caller.
    let frame = interp
        .frames_of(None)
        .into_iter()
        .rev()
        .filter(|(file, ..)| &**file != "<frozen _loopscope_builtins>")
        .nth(depth - 1);
    Ok(match frame {
        Some((file, line, _, text)) => Value::tuple(vec![
            Value::str(&file),
            Value::Int(line as i64),
            Value::string(text),
        ]),
        None => Value::None,
    })
}

/// `default_int_handler(signalnum, frame)`: what SIGINT runs until a program installs
/// another handler (`signal.py`): raises `KeyboardInterrupt`.
fn default_int_handler(_: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    Err(PyErr::with_args(
        loopscope_python::ExcKind::KeyboardInterrupt,
        vec![],
    ))
}

/// Registers `_loopscope`.
pub fn register(m: &mut ModuleBuilder) {
    m.function("compile_module", compile_module);
    m.function("generic_alias", generic_alias);
    m.function("caller", caller);
    m.function("default_int_handler", default_int_handler);
}
