//! The `sys` module: recursion limit, streams, argv, version info, `exc_info`.

use std::rc::Rc;

use super::{Kw, Native};
use crate::objects::{PyResult, Value};
use crate::vm::halt::PyErr;
use crate::vm::import::ModuleBuilder;
use crate::vm::{Interp, Stream};

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
        .method("__repr__", namespace_repr)
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

/// `namespace.__repr__()`: `namespace(name=value, ...)`, in the attributes' order.
fn namespace_repr(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
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
}

/// `sys.stdout`'s and `sys.stderr`'s class: a stream writing to the interpreter's sink.
fn stream_class() -> PyResult<Rc<crate::objects::Type>> {
    STREAM_METHODS
        .iter()
        .fold(
            crate::vm::import::ClassBuilder::new("TextIOWrapper", vec![]),
            |cls, &(name, f)| cls.method(name, f),
        )
        .build()
}

/// The stream class's methods, by their Python names.
const STREAM_METHODS: &[(&str, Native)] = &[
    ("write", stream_write),
    ("flush", stream_flush),
    ("isatty", stream_isatty),
];

/// The stream a stream object writes to: stderr for `_fd` 2, else stdout.
fn stream_of(a: &[Value]) -> Stream {
    let which = match a.first() {
        Some(Value::Instance(i)) => i.dict.borrow().get_str("_fd").cloned(),
        _ => None,
    };
    if matches!(which, Some(Value::Int(2))) {
        Stream::Stderr
    } else {
        Stream::Stdout
    }
}

/// `TextIOWrapper.write(s, /)`: writes `s` to the sink; the number of characters written.
fn stream_write(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let stream = stream_of(a);
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
    interp.write(stream, &text);
    Ok(Value::Int(text.chars().count() as i64))
}

/// `TextIOWrapper.flush()`: flushes the sink's stream.
fn stream_flush(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    interp.out.flush(stream_of(a));
    Ok(Value::None)
}

/// `TextIOWrapper.isatty()`: False.
fn stream_isatty(_: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

/// Fill the `sys` module.
pub fn register(m: &mut ModuleBuilder) {
    m.functions(FUNCTIONS);
    // `_getframe` reads its caller's frame: the VM answers a call of it (`FrameNative`).
    // Put in the table's place, so `dir(sys)` keeps its order.
    let mut getframe = crate::objects::Builtin::new("_getframe", Rc::new(sys_getframe));
    getframe.owner = Some("sys".into());
    getframe.frame_native = Some(crate::objects::FrameNative::GetFrame);
    m.value("_getframe", Value::Builtin(Rc::new(getframe)));
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

/// The `sys` module's functions, by their Python names.
const FUNCTIONS: &[(&str, Native)] = &[
    ("getrecursionlimit", sys_getrecursionlimit),
    ("setrecursionlimit", sys_setrecursionlimit),
    (
        "get_coroutine_origin_tracking_depth",
        sys_get_coroutine_origin_tracking_depth,
    ),
    (
        "set_coroutine_origin_tracking_depth",
        sys_set_coroutine_origin_tracking_depth,
    ),
    ("_getframe", sys_getframe),
    ("exc_info", sys_exc_info),
    ("exception", sys_exception),
    ("set_asyncgen_hooks", sys_set_asyncgen_hooks),
    ("get_asyncgen_hooks", sys_get_asyncgen_hooks),
    ("exit", sys_exit),
    ("getsizeof", sys_getsizeof),
    ("intern", sys_intern),
    ("get_int_max_str_digits", sys_get_int_max_str_digits),
    ("set_int_max_str_digits", sys_set_int_max_str_digits),
];

/// `sys.getrecursionlimit()`: the recursion limit.
fn sys_getrecursionlimit(interp: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Int(interp.recursion_limit as i64))
}

/// `sys.setrecursionlimit(limit, /)`: sets the recursion limit (at most 100,000).
fn sys_setrecursionlimit(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let n = interp.int_arg(a.first().unwrap_or(&Value::None))?;
    if n < 1 {
        return Err(PyErr::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    interp.recursion_limit = n.min(100_000) as usize;
    Ok(Value::None)
}

/// `sys.get_coroutine_origin_tracking_depth()`: the coroutine origin tracking depth.
fn sys_get_coroutine_origin_tracking_depth(
    interp: &mut Interp,
    _: &[Value],
    _: &Kw,
) -> PyResult<Value> {
    Ok(Value::Int(interp.origin_depth as i64))
}

/// `sys.set_coroutine_origin_tracking_depth(depth)`: sets the coroutine origin tracking depth.
fn sys_set_coroutine_origin_tracking_depth(
    interp: &mut Interp,
    a: &[Value],
    _: &Kw,
) -> PyResult<Value> {
    match a.first() {
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
    }
}

/// `sys._getframe(depth=0, /)`: the frame object `depth` calls up the stack.
fn sys_getframe(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    crate::vm::frame::object::getframe(interp, None, a, kw)
}

/// `sys.exc_info()`: `(type, value, traceback)` of the exception being handled.
fn sys_exc_info(interp: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    match interp.current_exception() {
        Some(e) => Ok(Value::tuple(vec![Value::Type(e.type_of()), e, Value::None])),
        None => Ok(Value::tuple(vec![Value::None, Value::None, Value::None])),
    }
}

/// `sys.exception()`: the exception being handled, or None.
fn sys_exception(interp: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(interp.current_exception().unwrap_or(Value::None))
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: sets the async generator hooks.
fn sys_set_asyncgen_hooks(interp: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
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
}

/// `sys.get_asyncgen_hooks()`: `(firstiter, finalizer)`.
fn sys_get_asyncgen_hooks(interp: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    let (a, b) = interp.asyncgen_hooks.clone();
    Ok(Value::tuple(vec![a, b]))
}

/// `sys.exit(status=None, /)`: raises `SystemExit` with the arguments.
fn sys_exit(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Err(PyErr::with_args(
        crate::objects::ExcKind::SystemExit,
        a.to_vec(),
    ))
}

/// `sys.getsizeof(object, default=None, /)`: 64, whatever the object.
fn sys_getsizeof(_: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Int(64))
}

/// `sys.intern(string, /)`: the string itself.
fn sys_intern(_: &mut Interp, a: &[Value], kw: &Kw) -> PyResult<Value> {
    crate::args::no_kw("sys.intern", kw)?;
    crate::args::arity("sys.intern", a, 1, 1)?;
    match &a[0] {
        s @ Value::Str(_) => Ok(s.clone()),
        other => Err(PyErr::type_error(format!(
            "intern() argument must be str, not {}",
            other.type_name()
        ))),
    }
}

/// `sys.get_int_max_str_digits()`: the int/str conversion digit limit.
fn sys_get_int_max_str_digits(_: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Int(crate::format::int_max_str_digits() as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`: sets the int/str conversion digit limit.
fn sys_set_int_max_str_digits(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let n = interp.int_arg(a.first().unwrap_or(&Value::None))?;
    crate::format::set_int_max_str_digits(n)?;
    Ok(Value::None)
}
