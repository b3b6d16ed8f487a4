//! The `sys` module: recursion limit, streams, argv, version info, `exc_info`.

use std::rc::Rc;

use crate::objects::{PyResult, Value};
use crate::vm::halt::PyErr;
use crate::vm::import::ModuleBuilder;
use crate::vm::Stream;

/// A stream object writing to the interpreter's sink.
/// `sys.version_info` (and `sys.implementation.version`): the Python we speak, 3.11.
fn version_info() -> Value {
    Value::tuple(vec![
        Value::Int(3),
        Value::Int(11),
        Value::Int(0),
        Value::str("final"),
        Value::Int(0),
    ])
}

/// `sys.hexversion` (and `sys.implementation.hexversion`): 3.11.0 final, as `version_info`.
const HEXVERSION: i64 = 0x030B_00F0;

/// `sys.implementation`: a namespace as CPython's is, with `name`, `cache_tag`, `version`
/// and `hexversion` (ours: Loopscope, speaking Python 3.11).
fn implementation() -> PyResult<Value> {
    let cls = crate::vm::import::ClassBuilder::new("namespace", vec![])
        .method("__repr__", |interp, a, _| {
            let Some(Value::Instance(me)) = a.first() else {
                return Err(PyErr::type_error("namespace.__repr__ needs a namespace"));
            };
            let items: Vec<(String, Value)> = me
                .dict
                .borrow()
                .iter()
                .filter_map(|e| Some((e.key.as_str()?.to_string(), e.value.clone())))
                .collect();
            let mut parts = Vec::new();
            for (k, v) in items {
                parts.push(format!("{k}={}", interp.repr_of(&v)?));
            }
            Ok(Value::str(&format!("namespace({})", parts.join(", "))))
        })
        .build()?;
    let inst = crate::objects::Instance::new(cls);
    {
        let mut d = inst.dict.borrow_mut();
        d.set_str("name", Value::str("loopscope"));
        d.set_str("cache_tag", Value::None);
        d.set_str("version", version_info());
        d.set_str("hexversion", Value::Int(HEXVERSION));
    }
    Ok(Value::Instance(Rc::new(inst)))
}

fn stream_class() -> PyResult<Rc<crate::objects::Type>> {
    crate::vm::import::ClassBuilder::new("TextIOWrapper", vec![])
        .method("write", |interp, a, _| {
            let which = match a.first() {
                Some(Value::Instance(i)) => i.dict.borrow().get_str("_fd").cloned(),
                _ => None,
            };
            let text = match a.get(1) {
                Some(Value::Str(s)) => s.as_str().to_string(),
                Some(o) => {
                    return Err(PyErr::type_error(format!(
                        "write() argument must be str, not {}",
                        o.type_name()
                    )))
                }
                None => {
                    return Err(PyErr::type_error(
                        "write() takes exactly one argument (0 given)",
                    ))
                }
            };
            let stream = if matches!(which, Some(Value::Int(2))) {
                Stream::Stderr
            } else {
                Stream::Stdout
            };
            interp.write(stream, &text);
            Ok(Value::Int(text.chars().count() as i64))
        })
        .method("flush", |interp, a, _| {
            let which = match a.first() {
                Some(Value::Instance(i)) => i.dict.borrow().get_str("_fd").cloned(),
                _ => None,
            };
            let stream = if matches!(which, Some(Value::Int(2))) {
                Stream::Stderr
            } else {
                Stream::Stdout
            };
            interp.out.flush(stream);
            Ok(Value::None)
        })
        .method("isatty", |_, _, _| Ok(Value::Bool(false)))
        .build()
}

/// Fill the `sys` module.
pub fn register(m: &mut ModuleBuilder) {
    m.function("getrecursionlimit", |interp, _, _| {
        Ok(Value::Int(interp.recursion_limit as i64))
    });
    m.function("setrecursionlimit", |interp, a, _| {
        let n = interp.int_arg(a.first().unwrap_or(&Value::None))?;
        if n < 1 {
            return Err(PyErr::value_error(
                "recursion limit must be greater or equal than 1",
            ));
        }
        interp.recursion_limit = n.min(100_000) as usize;
        Ok(Value::None)
    });
    m.function("get_coroutine_origin_tracking_depth", |interp, _, _| {
        Ok(Value::Int(interp.origin_depth as i64))
    });
    m.function(
        "set_coroutine_origin_tracking_depth",
        |interp, a, _| match a.first() {
            Some(Value::Int(n)) if *n >= 0 => {
                interp.origin_depth = *n as usize;
                Ok(Value::None)
            }
            Some(Value::Int(_)) => Err(PyErr::value_error("depth must be >= 0")),
            Some(other) => Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            ))),
            None => Err(PyErr::type_error(
                "set_coroutine_origin_tracking_depth() missing required argument 'depth' (pos 1)",
            )),
        },
    );
    m.function("_getframe", |interp, a, kw| {
        crate::vm::frame::object::getframe(interp, None, a, kw)
    });
    m.function("exc_info", |interp, _, _| {
        match interp.current_exception() {
            Some(e) => Ok(Value::tuple(vec![Value::Type(e.type_of()), e, Value::None])),
            None => Ok(Value::tuple(vec![Value::None, Value::None, Value::None])),
        }
    });
    m.function("exception", |interp, _, _| {
        Ok(interp.current_exception().unwrap_or(Value::None))
    });
    m.function("set_asyncgen_hooks", |interp, a, kw| {
        let first = a
            .first()
            .cloned()
            .or_else(|| crate::builtins::kwarg(kw, "firstiter"));
        let fin = a
            .get(1)
            .cloned()
            .or_else(|| crate::builtins::kwarg(kw, "finalizer"));
        for v in [&first, &fin].into_iter().flatten() {
            if !v.is_none() && !interp.is_callable(v) {
                return Err(PyErr::type_error(format!(
                    "callable firstiter expected, got {}",
                    v.type_name()
                )));
            }
        }
        if let Some(f) = first {
            interp.asyncgen_hooks.0 = f;
        }
        if let Some(f) = fin {
            interp.asyncgen_hooks.1 = f;
        }
        Ok(Value::None)
    });
    m.function("get_asyncgen_hooks", |interp, _, _| {
        let (a, b) = interp.asyncgen_hooks.clone();
        Ok(Value::tuple(vec![a, b]))
    });
    m.function("exit", |_, a, _| {
        Err(PyErr::with_args(
            crate::objects::ExcKind::SystemExit,
            a.to_vec(),
        ))
    });
    m.function("getsizeof", |_, _, _| Ok(Value::Int(64)));
    m.function("intern", |_, a, _| {
        Ok(a.first().cloned().unwrap_or(Value::None))
    });
    m.function("get_int_max_str_digits", |_, _, _| {
        Ok(Value::Int(crate::format::int_max_str_digits() as i64))
    });
    m.function("set_int_max_str_digits", |interp, a, _| {
        let n = interp.int_arg(a.first().unwrap_or(&Value::None))?;
        crate::format::set_int_max_str_digits(n)?;
        Ok(Value::None)
    });
    let argv: Vec<Value> = m.interp.argv.iter().map(|s| Value::str(s)).collect();
    m.value("argv", Value::list(argv));
    m.value("version", Value::str("3.11.0 (loopscope)"));
    m.value("version_info", version_info());
    m.value("hexversion", Value::Int(HEXVERSION));
    m.value("platform", Value::str("emscripten"));
    m.value("maxsize", Value::Int(i64::MAX));
    m.value("byteorder", Value::str("little"));
    m.value("modules", Value::Dict(m.interp.modules.clone()));
    m.value("path", Value::list(vec![]));
    if let Ok(ns) = implementation() {
        m.value("implementation", ns);
    }
    if let Ok(cls) = stream_class() {
        // `sys.stdout is sys.__stdout__` until a program replaces `sys.stdout`.
        for (names, fd) in [(["stdout", "__stdout__"], 1), (["stderr", "__stderr__"], 2)] {
            let inst = crate::objects::Instance::new(cls.clone());
            inst.dict.borrow_mut().set_str("_fd", Value::Int(fd));
            let stream = Value::Instance(Rc::new(inst));
            for name in names {
                m.value(name, stream.clone());
            }
        }
    }
}
