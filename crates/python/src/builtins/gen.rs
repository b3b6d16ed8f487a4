//! Methods of generators, coroutines, async generators and their `asend`/`athrow`
//! awaitables when driven from Python code or natives (`send`, `throw`, `close`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{methods, this, Kw, Native};
use crate::objects::{
    AGenOp, AGenOpKind, BuiltinTypes, ExcKind, GenState, Generator, PyResult, Value,
};
use crate::vm::halt::PyErr;
use crate::vm::resume::GenStep;
use crate::vm::Interp;

fn gen(a: &[Value]) -> PyResult<Rc<Generator>> {
    match this(a)? {
        Value::Gen(g) => Ok(g.clone()),
        other => Err(PyErr::type_error(format!(
            "expected a generator, got {}",
            other.type_name()
        ))),
    }
}

fn step_result(r: PyResult<GenStep>) -> PyResult<Value> {
    match r? {
        GenStep::Yielded(v) => Ok(v),
        GenStep::Returned(v) => Err(PyErr::stop_iteration(v)),
    }
}

/// Build the exception for `throw(typ[, val])`.
fn throw_exc(interp: &mut Interp, a: &[Value]) -> PyResult<Value> {
    let typ = a
        .get(1)
        .cloned()
        .ok_or_else(|| PyErr::type_error("throw expected at least 1 argument, got 0"))?;
    match (&typ, a.get(2)) {
        (Value::Type(_), Some(v)) if !v.is_none() => {
            if v.exc().is_some() {
                Ok(v.clone())
            } else {
                interp.call(&typ, std::slice::from_ref(v), &[])
            }
        }
        (Value::Type(_), _) => interp.normalize_exception(typ),
        (v, _) if v.exc().is_some() => Ok(v.clone()),
        _ => Err(PyErr::type_error(
            "exceptions must be classes or instances deriving from BaseException, not str",
        )),
    }
}

/// `generator.send(value)` (and `coroutine.send`): resume, `value` the result of the
/// paused `yield`.
fn send(interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
    let g = gen(a)?;
    let owner = match g.kind {
        crate::objects::GenKind::Coroutine => "coroutine.send",
        _ => "generator.send",
    };
    crate::args::marity(owner, a, 1, 1)?;
    step_result(interp.gen_resume(&g, a[1].clone()))
}

/// `generator.__next__()`: resume with None.
fn __next__(interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
    let g = gen(a)?;
    step_result(interp.gen_resume(&g, Value::None))
}

/// `generator.throw(typ[, val])` (and `coroutine.throw`): raise at the paused `yield`.
fn throw(interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
    let g = gen(a)?;
    let e = throw_exc(interp, a)?;
    step_result(interp.gen_throw(&g, e))
}

/// `generator.close()` (and `coroutine.close`): raise GeneratorExit at the paused `yield`.
fn close(interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
    let g = gen(a)?;
    interp.gen_close(&g)
}

fn agen_op(g: Rc<Generator>, kind: AGenOpKind, arg: Value) -> Value {
    Value::AGenOp(Rc::new(AGenOp {
        gen: g,
        kind,
        arg: RefCell::new(Some(arg)),
        state: Cell::new(0),
    }))
}

/// Drive an asend/athrow/aclose awaitable one step from native code.
fn agen_op_step(
    interp: &mut Interp,
    op: &Rc<AGenOp>,
    send: Value,
    throw: Option<Value>,
) -> PyResult<Value> {
    let g = op.gen.clone();
    let first = op.state.get() == 0;
    if op.state.get() == 2 {
        return Err(PyErr::runtime_error(
            "cannot reuse already awaited __anext__()/asend()",
        ));
    }
    op.state.set(1);
    let r = if let Some(e) = throw {
        interp.gen_throw(&g, e)
    } else if first {
        let arg = op
            .arg
            .borrow_mut()
            .take()
            .ok_or_else(crate::objects::generator::agen_op_restarted)?;
        match op.kind {
            AGenOpKind::Send => interp.gen_resume(&g, arg),
            AGenOpKind::Throw => interp.gen_throw(&g, arg),
            AGenOpKind::Close => {
                if matches!(g.state.get(), GenState::Created | GenState::Finished) {
                    g.state.set(GenState::Finished);
                    op.state.set(2);
                    return Err(PyErr::stop_iteration(Value::None));
                }
                let e = crate::vm::halt::new_exception(ExcKind::GeneratorExit, vec![]);
                interp.gen_throw(&g, e)
            }
        }
    } else {
        interp.gen_resume(&g, send)
    };
    match r {
        Ok(GenStep::Yielded(v)) => {
            if interp.last_yield_wrapped {
                op.state.set(2);
                if op.kind == AGenOpKind::Close {
                    return Err(PyErr::runtime_error(
                        "async generator ignored GeneratorExit",
                    ));
                }
                Err(PyErr::stop_iteration(v))
            } else {
                Ok(v)
            }
        }
        Ok(GenStep::Returned(_)) => {
            op.state.set(2);
            if op.kind == AGenOpKind::Close {
                Err(PyErr::stop_iteration(Value::None))
            } else {
                Err(PyErr::with_args(ExcKind::StopAsyncIteration, vec![]))
            }
        }
        Err(e) => {
            op.state.set(2);
            if op.kind == AGenOpKind::Close
                && (e.is(ExcKind::GeneratorExit) || e.is(ExcKind::StopAsyncIteration))
            {
                return Err(PyErr::stop_iteration(Value::None));
            }
            Err(e)
        }
    }
}
/// Installs the methods of generators, coroutines, async generators and the awaitables
/// those make.
pub(super) fn install(bt: &BuiltinTypes) {
    methods(&bt.generator, GENERATOR_METHODS);
    methods(&bt.coroutine, COROUTINE_METHODS);
    methods(&bt.iters[17], coroutine_wrapper::METHODS);
    methods(&bt.async_generator, async_generator::METHODS);
    methods(&bt.async_generator_asend, agen_op::METHODS);
}

/// `generator`'s methods, by their Python names.
const GENERATOR_METHODS: &[(&str, Native)] = &[
    ("send", send),
    ("throw", throw),
    ("close", close),
    ("__next__", __next__),
    ("__iter__", __iter__),
];

/// `coroutine`'s methods, by their Python names.
const COROUTINE_METHODS: &[(&str, Native)] = &[
    ("send", send),
    ("throw", throw),
    ("close", close),
    ("__await__", coroutine_await),
];

/// `generator.__iter__()`: the generator itself.
fn __iter__(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(this(a)?.clone())
}

/// `coroutine.__await__()`: an iterator (a `coroutine_wrapper`) that drives the coroutine.
fn coroutine_await(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
    let g = gen(a)?;
    Ok(crate::objects::IterObj::value(
        crate::objects::IterKind::CoroWrapper(g),
    ))
}

/// `coroutine_wrapper`, the iterator `coroutine.__await__` returns.
mod coroutine_wrapper {
    use super::*;

    /// `coroutine_wrapper`'s methods, by their Python names.
    pub(super) const METHODS: &[(&str, Native)] =
        &[("send", send), ("throw", throw), ("close", close)];

    /// The coroutine a `coroutine_wrapper` drives.
    fn wrapped(a: &[Value]) -> PyResult<Rc<Generator>> {
        match this(a)? {
            Value::Iter(it) => match &*it.state.borrow() {
                crate::objects::IterKind::CoroWrapper(g) => Ok(g.clone()),
                _ => Err(PyErr::type_error("expected a coroutine wrapper")),
            },
            _ => Err(PyErr::type_error("expected a coroutine wrapper")),
        }
    }

    /// `coroutine_wrapper.send(value)`: `coroutine.send`.
    fn send(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        let g = wrapped(a)?;
        crate::args::marity("coroutine_wrapper.send", a, 1, 1)?;
        step_result(interp.gen_resume(&g, a[1].clone()))
    }

    /// `coroutine_wrapper.throw(typ[, val])`: `coroutine.throw`.
    fn throw(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        let g = wrapped(a)?;
        let e = throw_exc(interp, a)?;
        step_result(interp.gen_throw(&g, e))
    }

    /// `coroutine_wrapper.close()`: `coroutine.close`.
    fn close(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        let g = wrapped(a)?;
        interp.gen_close(&g)
    }
}

/// `async_generator`'s methods.
mod async_generator {
    use super::*;

    /// `async_generator`'s methods, by their Python names.
    pub(super) const METHODS: &[(&str, Native)] = &[
        ("__aiter__", __aiter__),
        ("__anext__", __anext__),
        ("asend", asend),
        ("athrow", athrow),
        ("aclose", aclose),
    ];

    /// `async_generator.__aiter__()`: the async generator itself.
    fn __aiter__(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        Ok(this(a)?.clone())
    }

    /// `async_generator.__anext__()`: an awaitable of the next value.
    fn __anext__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        let g = gen(a)?;
        interp.agen_init_hooks(&g)?;
        Ok(agen_op(g, AGenOpKind::Send, Value::None))
    }

    /// `async_generator.asend(value)`: an awaitable that sends `value`.
    fn asend(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        let g = gen(a)?;
        crate::args::marity("async_generator.asend", a, 1, 1)?;
        interp.agen_init_hooks(&g)?;
        Ok(agen_op(g, AGenOpKind::Send, a[1].clone()))
    }

    /// `async_generator.athrow(typ[, val])`: an awaitable that raises at the paused `yield`.
    fn athrow(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        let e = throw_exc(interp, a)?;
        let g = gen(a)?;
        interp.agen_init_hooks(&g)?;
        Ok(agen_op(g, AGenOpKind::Throw, e))
    }

    /// `async_generator.aclose()`: an awaitable that closes the async generator.
    fn aclose(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        let g = gen(a)?;
        interp.agen_init_hooks(&g)?;
        Ok(agen_op(g, AGenOpKind::Close, Value::None))
    }
}

/// `async_generator_asend`, the awaitable of `asend`/`athrow`/`aclose`/`__anext__`.
mod agen_op {
    use super::*;

    /// `async_generator_asend`'s methods, by their Python names.
    pub(super) const METHODS: &[(&str, Native)] = &[
        ("__await__", __await__),
        ("__iter__", __iter__),
        ("__next__", __next__),
        ("send", send),
        ("throw", throw),
        ("close", close),
    ];

    /// `async_generator_asend.__await__()`: the awaitable itself.
    fn __await__(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        Ok(this(a)?.clone())
    }

    /// `async_generator_asend.__iter__()`: the awaitable itself.
    fn __iter__(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        Ok(this(a)?.clone())
    }

    /// `async_generator_asend.__next__()`: step the operation.
    fn __next__(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        match this(a)? {
            Value::AGenOp(o) => agen_op_step(interp, &o.clone(), Value::None, None),
            _ => Err(PyErr::type_error("bad awaitable")),
        }
    }

    /// `async_generator_asend.send(value)`: step the operation with `value`.
    fn send(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        match this(a)? {
            Value::AGenOp(o) => {
                let o = o.clone();
                crate::args::marity("async_generator_asend.send", a, 1, 1)?;
                agen_op_step(interp, &o, a[1].clone(), None)
            }
            _ => Err(PyErr::type_error("bad awaitable")),
        }
    }

    /// `async_generator_asend.throw(typ[, val])`: step the operation with an exception.
    fn throw(interp: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        let e = throw_exc(interp, a)?;
        match this(a)? {
            Value::AGenOp(o) => agen_op_step(interp, &o.clone(), Value::None, Some(e)),
            _ => Err(PyErr::type_error("bad awaitable")),
        }
    }

    /// `async_generator_asend.close()`: end the operation.
    fn close(_: &mut Interp, a: &[Value], _: &Kw) -> PyResult<Value> {
        if let Value::AGenOp(o) = this(a)? {
            o.state.set(2);
        }
        Ok(Value::None)
    }
}
