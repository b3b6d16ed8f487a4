//! Methods of generators, coroutines, async generators and their `asend`/`athrow`
//! awaitables when driven from Python code or natives (`send`, `throw`, `close`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{method, this, Kw};
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

fn send(interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
    let g = gen(a)?;
    let v = a.get(1).cloned().unwrap_or(Value::None);
    step_result(interp.gen_resume(&g, v))
}

fn next(interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
    let g = gen(a)?;
    step_result(interp.gen_resume(&g, Value::None))
}

fn throw(interp: &mut Interp, a: &[Value], _kw: &Kw) -> PyResult<Value> {
    let g = gen(a)?;
    let e = throw_exc(interp, a)?;
    step_result(interp.gen_throw(&g, e))
}

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
        let arg = op.arg.borrow_mut().take().unwrap_or(Value::None);
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

pub(super) fn install(bt: &BuiltinTypes) {
    for t in [&bt.generator, &bt.coroutine] {
        method(t, "send", send);
        method(t, "throw", throw);
        method(t, "close", close);
    }
    method(&bt.generator, "__next__", next);
    method(&bt.generator, "__iter__", |_, a, _| Ok(this(a)?.clone()));
    method(&bt.coroutine, "__await__", |_, a, _| {
        let g = gen(a)?;
        Ok(crate::objects::IterObj::value(
            crate::objects::IterKind::CoroWrapper(g),
        ))
    });
    let w = &bt.iters[17];
    fn wrapped(a: &[Value]) -> PyResult<Rc<Generator>> {
        match this(a)? {
            Value::Iter(it) => match &*it.state.borrow() {
                crate::objects::IterKind::CoroWrapper(g) => Ok(g.clone()),
                _ => Err(PyErr::type_error("expected a coroutine wrapper")),
            },
            _ => Err(PyErr::type_error("expected a coroutine wrapper")),
        }
    }
    method(w, "send", |interp, a, _| {
        let g = wrapped(a)?;
        step_result(interp.gen_resume(&g, a.get(1).cloned().unwrap_or(Value::None)))
    });
    method(w, "throw", |interp, a, _| {
        let g = wrapped(a)?;
        let e = throw_exc(interp, a)?;
        step_result(interp.gen_throw(&g, e))
    });
    method(w, "close", |interp, a, _| {
        let g = wrapped(a)?;
        interp.gen_close(&g)
    });
    let ag = &bt.async_generator;
    method(ag, "__aiter__", |_, a, _| Ok(this(a)?.clone()));
    method(ag, "__anext__", |interp, a, _| {
        let g = gen(a)?;
        interp.agen_init_hooks(&g)?;
        Ok(agen_op(g, AGenOpKind::Send, Value::None))
    });
    method(ag, "asend", |interp, a, _| {
        let g = gen(a)?;
        interp.agen_init_hooks(&g)?;
        Ok(agen_op(
            g,
            AGenOpKind::Send,
            a.get(1).cloned().unwrap_or(Value::None),
        ))
    });
    method(ag, "athrow", |interp, a, _| {
        let e = throw_exc(interp, a)?;
        let g = gen(a)?;
        interp.agen_init_hooks(&g)?;
        Ok(agen_op(g, AGenOpKind::Throw, e))
    });
    method(ag, "aclose", |interp, a, _| {
        let g = gen(a)?;
        interp.agen_init_hooks(&g)?;
        Ok(agen_op(g, AGenOpKind::Close, Value::None))
    });
    let op = &bt.async_generator_asend;
    method(op, "__await__", |_, a, _| Ok(this(a)?.clone()));
    method(op, "__iter__", |_, a, _| Ok(this(a)?.clone()));
    method(op, "__next__", |interp, a, _| match this(a)? {
        Value::AGenOp(o) => agen_op_step(interp, &o.clone(), Value::None, None),
        _ => Err(PyErr::type_error("bad awaitable")),
    });
    method(op, "send", |interp, a, _| match this(a)? {
        Value::AGenOp(o) => agen_op_step(
            interp,
            &o.clone(),
            a.get(1).cloned().unwrap_or(Value::None),
            None,
        ),
        _ => Err(PyErr::type_error("bad awaitable")),
    });
    method(op, "throw", |interp, a, _| {
        let e = throw_exc(interp, a)?;
        match this(a)? {
            Value::AGenOp(o) => agen_op_step(interp, &o.clone(), Value::None, Some(e)),
            _ => Err(PyErr::type_error("bad awaitable")),
        }
    });
    method(op, "close", |_, a, _| {
        if let Value::AGenOp(o) = this(a)? {
            o.state.set(2);
        }
        Ok(Value::None)
    });
}
