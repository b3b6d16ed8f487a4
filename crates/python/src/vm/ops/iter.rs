//! Iteration and delegation: `GET_ITER`/`FOR_ITER`, `await`/`yield from` via `SEND`, and the
//! async iteration protocol. Generators and coroutines are resumed by pushing their frames.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::bytecode::Opcode;
use crate::objects::{AGenOp, AGenOpKind, ExcKind, GenKind, GenState, PyResult, Value};
use crate::vm::frame::{ChildMode, Frame};
use crate::vm::halt::PyErr;
use crate::vm::resume::Resume as Rs;
use crate::vm::run::{pop, stack_err, Flow};
use crate::vm::Interp;

impl Interp {
    pub(super) fn op_iter(&mut self, frame: &mut Frame, op: Opcode) -> PyResult<Flow> {
        use Opcode::*;
        match op {
            GetIter => {
                let v = pop(frame)?;
                let it = self.get_iter(&v)?;
                frame.stack.push(it);
            }
            ForIter(exit) => {
                let it = frame.stack.last().cloned().ok_or_else(stack_err)?;
                if let Value::Gen(g) = &it {
                    if g.kind == GenKind::Generator {
                        if g.state.get() == GenState::Finished {
                            frame.stack.pop();
                            frame.pc = exit as usize;
                            return Ok(Flow::Next);
                        }
                        let child = self.resume_gen(g, Rs::Send(Value::None))?;
                        frame.child = ChildMode::ForIter { exit };
                        return Ok(Flow::Push(child));
                    }
                }
                match self.iter_next(&it)? {
                    Some(v) => frame.stack.push(v),
                    None => {
                        frame.stack.pop();
                        frame.pc = exit as usize;
                    }
                }
            }
            GetAIter => {
                let v = pop(frame)?;
                let cls = v.type_of();
                let Some(m) = cls.lookup("__aiter__") else {
                    return Err(PyErr::type_error(format!(
                        "'async for' requires an object with __aiter__ method, got {}",
                        cls.tp_name()
                    )));
                };
                let bound = self.bind_descriptor(&m, &v, &cls)?;
                let it = self.call(&bound, &[], &[])?;
                if it.type_of().lookup("__anext__").is_none() {
                    return Err(PyErr::type_error(format!(
                        "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                        it.type_name()
                    )));
                }
                frame.stack.push(it);
            }
            GetANext => {
                let ait = frame.stack.last().cloned().ok_or_else(stack_err)?;
                let aw = self.anext_awaitable(&ait)?;
                frame.stack.push(aw);
            }
            GetAwaitable(where_) => {
                let v = pop(frame)?;
                let aw = self.get_awaitable(v, where_)?;
                frame.stack.push(aw);
            }
            GetYieldFromIter => {
                let v = pop(frame)?;
                match &v {
                    Value::Gen(g) if g.kind == GenKind::Generator => frame.stack.push(v),
                    Value::Gen(g) if g.kind == GenKind::Coroutine => {
                        return Err(PyErr::type_error(
                            "cannot 'yield from' a coroutine object in a non-coroutine generator",
                        ));
                    }
                    _ => {
                        let it = self.get_iter(&v)?;
                        frame.stack.push(it);
                    }
                }
            }
            Send(exit) => return self.op_send(frame, exit),
            _ => return Err(stack_err()),
        }
        Ok(Flow::Next)
    }

    /// The awaitable `anext(ait)` for `async for`.
    pub(crate) fn anext_awaitable(&mut self, ait: &Value) -> PyResult<Value> {
        if let Value::Gen(g) = ait {
            if g.kind == GenKind::AsyncGenerator {
                self.agen_init_hooks(g)?;
                return Ok(Value::AGenOp(Rc::new(AGenOp {
                    gen: g.clone(),
                    kind: AGenOpKind::Send,
                    arg: RefCell::new(Some(Value::None)),
                    state: Cell::new(0),
                })));
            }
        }
        let cls = ait.type_of();
        let Some(m) = cls.lookup("__anext__") else {
            return Err(PyErr::type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                cls.tp_name()
            )));
        };
        let bound = self.bind_descriptor(&m, ait, &cls)?;
        let r = self.call(&bound, &[], &[])?;
        self.get_awaitable(r, 3).map_err(|e| {
            if e.is(ExcKind::TypeError) {
                PyErr::type_error(format!(
                    "'async for' received an invalid object from __anext__: {}",
                    cls.tp_name()
                ))
            } else {
                e
            }
        })
    }

    /// The iterator `await v` drives.
    pub(crate) fn get_awaitable(&mut self, v: Value, where_: u32) -> PyResult<Value> {
        match &v {
            Value::Gen(g) if g.kind == GenKind::Coroutine => {
                // A coroutine suspended in a delegation is already being awaited.
                if g.state.get() == GenState::Suspended {
                    let busy = g
                        .frame
                        .borrow()
                        .as_ref()
                        .map(|f| {
                            f.pc >= 1
                                && matches!(f.code.code.get(f.pc - 1), Some(Opcode::YieldValue(1)))
                        })
                        .unwrap_or(false);
                    if busy {
                        return Err(PyErr::runtime_error("coroutine is being awaited already"));
                    }
                }
                return Ok(v);
            }
            Value::AGenOp(_) => return Ok(v),
            _ => {}
        }
        let cls = v.type_of();
        let m = cls.lookup("__await__");
        let Some(m) = m else {
            return Err(PyErr::type_error(match where_ {
                1 => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {}",
                    cls.tp_name()
                ),
                2 => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {}",
                    cls.tp_name()
                ),
                _ => format!("object {} can't be used in 'await' expression", cls.tp_name()),
            }));
        };
        let bound = self.bind_descriptor(&m, &v, &cls)?;
        let it = self.call(&bound, &[], &[])?;
        if let Value::Gen(g) = &it {
            if g.kind == GenKind::Coroutine {
                return Err(PyErr::type_error("__await__() returned a coroutine"));
            }
            return Ok(it);
        }
        if it.type_of().lookup("__next__").is_none() {
            return Err(PyErr::type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                it.type_name()
            )));
        }
        Ok(it)
    }

    fn op_send(&mut self, frame: &mut Frame, exit: u32) -> PyResult<Flow> {
        let v = pop(frame)?;
        let sub = frame.stack.last().cloned().ok_or_else(stack_err)?;
        if let Some(exc) = frame.pending_throw.take() {
            return self.send_throw(frame, sub, exc, exit);
        }
        let sub = match &sub {
            Value::Iter(it) => match &*it.state.borrow() {
                crate::objects::IterKind::CoroWrapper(g) => Value::Gen(g.clone()),
                _ => sub.clone(),
            },
            _ => sub,
        };
        match &sub {
            Value::Gen(g) if g.kind != GenKind::AsyncGenerator => {
                let child = self.resume_gen(g, Rs::Send(v))?;
                frame.child = ChildMode::Send { exit };
                Ok(Flow::Push(child))
            }
            Value::AGenOp(op) => {
                let (action, mode) = match op.state.get() {
                    0 => {
                        op.state.set(1);
                        let arg = op
                            .arg
                            .borrow_mut()
                            .take()
                            .ok_or_else(crate::objects::generator::agen_op_restarted)?;
                        match op.kind {
                            AGenOpKind::Send => (Rs::Send(arg), ChildMode::ASend { exit }),
                            AGenOpKind::Throw => (Rs::Throw(arg), ChildMode::ASend { exit }),
                            AGenOpKind::Close => {
                                let e =
                                    crate::vm::halt::new_exception(ExcKind::GeneratorExit, vec![]);
                                if matches!(
                                    op.gen.state.get(),
                                    GenState::Created | GenState::Finished
                                ) {
                                    op.gen.state.set(GenState::Finished);
                                    op.state.set(2);
                                    frame.stack.pop();
                                    frame.stack.push(Value::None);
                                    frame.pc = exit as usize;
                                    return Ok(Flow::Next);
                                }
                                (Rs::Throw(e), ChildMode::AClose { exit })
                            }
                        }
                    }
                    1 => {
                        let mode = if op.kind == AGenOpKind::Close {
                            ChildMode::AClose { exit }
                        } else {
                            ChildMode::ASend { exit }
                        };
                        (Rs::Send(v), mode)
                    }
                    _ => {
                        return Err(PyErr::runtime_error(
                            "cannot reuse already awaited __anext__()/asend()",
                        ));
                    }
                };
                let child = self.resume_gen(&op.gen, action)?;
                frame.child = mode;
                Ok(Flow::Push(child))
            }
            _ => {
                let r = if v.is_none() {
                    self.next_raising(&sub)
                } else {
                    self.call_method(&sub, "send", &[v])
                };
                self.finish_send(frame, r, exit)
            }
        }
    }

    fn finish_send(&mut self, frame: &mut Frame, r: PyResult<Value>, exit: u32) -> PyResult<Flow> {
        match r {
            Ok(y) => {
                frame.stack.push(y);
                Ok(Flow::Next)
            }
            Err(e) if e.is(ExcKind::StopIteration) => {
                let val = stop_value(&e);
                frame.stack.pop();
                frame.stack.push(val);
                frame.pc = exit as usize;
                Ok(Flow::Next)
            }
            Err(e) => Err(e),
        }
    }

    fn send_throw(
        &mut self,
        frame: &mut Frame,
        sub: Value,
        exc: Value,
        exit: u32,
    ) -> PyResult<Flow> {
        let is_exit = self.is_exc_kind(&exc, ExcKind::GeneratorExit);
        let sub = match &sub {
            Value::Iter(it) => match &*it.state.borrow() {
                crate::objects::IterKind::CoroWrapper(g) => Value::Gen(g.clone()),
                _ => sub.clone(),
            },
            _ => sub,
        };
        match &sub {
            Value::Gen(g) if g.kind != GenKind::AsyncGenerator => {
                if is_exit {
                    self.gen_close(g)?;
                    return Err(PyErr::Exc(exc));
                }
                let child = self.resume_gen(g, Rs::Throw(exc))?;
                frame.child = ChildMode::Send { exit };
                Ok(Flow::Push(child))
            }
            Value::AGenOp(op) => {
                if is_exit {
                    return Err(PyErr::Exc(exc));
                }
                let child = self.resume_gen(&op.gen, Rs::Throw(exc))?;
                frame.child = ChildMode::ASend { exit };
                Ok(Flow::Push(child))
            }
            _ => {
                if is_exit {
                    if let Ok(close) = self.getattr_str(&sub, "close") {
                        self.call(&close, &[], &[])?;
                    }
                    return Err(PyErr::Exc(exc));
                }
                match self.getattr_str(&sub, "throw") {
                    Ok(m) => {
                        let r = self.call(&m, &[exc], &[]);
                        self.finish_send(frame, r, exit)
                    }
                    Err(_) => Err(PyErr::Exc(exc)),
                }
            }
        }
    }
}

/// The value carried by a StopIteration error: its `value` attribute, which is its first
/// argument unless it was set (as a subclass's `__init__` may).
pub(crate) fn stop_value(e: &PyErr) -> Value {
    let PyErr::Exc(v) = e else {
        return Value::None;
    };
    if let Value::Instance(i) = v {
        if let Some(set) = i.dict.borrow().get_str("value") {
            return set.clone();
        }
    }
    v.exc()
        .and_then(|d| d.borrow().args.first().cloned())
        .unwrap_or(Value::None)
}
