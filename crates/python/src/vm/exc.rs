//! Raising and unwinding: traceback entries, implicit `__context__` chaining, `raise ...
//! from ...`, handler blocks, and matching `except` clauses.

use super::frame::{Block, Frame};
use super::halt::PyErr;
use super::run::{pop, Flow};
use super::Interp;
use crate::objects::exception::TbEntry;
use crate::objects::{t, ExcKind, PyResult, Value};

/// How an exception arrived in the frame being unwound.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Origin {
    /// Raised by an instruction here: add a traceback entry and chain the context.
    New,
    /// Thrown in (gen.throw, a failed host call): traceback entry, no chaining.
    Thrown,
    /// `raise`/`RERAISE`: neither.
    Reraise,
    /// Came out of a callee frame: traceback entry only.
    Propagated,
}

/// The filename of `_loopscope_builtins`' code (see `compile_frozen`).
const HIDDEN_FILENAME: &str = "<frozen _loopscope_builtins>";

impl Interp {
    /// Unwind `frame`'s blocks for `err`. `None` when a handler took it (the frame continues
    /// there); otherwise the error leaves the frame.
    pub(crate) fn unwind(
        &mut self,
        frame: &mut Frame,
        err: PyErr,
        origin: Origin,
    ) -> Option<PyErr> {
        let exc = match err {
            PyErr::Exc(v) => v,
            other => return Some(other),
        };
        // A builtin's Python half (`_loopscope_builtins`) leaves no traceback entry, as a
        // builtin leaves none in CPython's.
        let hidden = frame.code.source.filename.as_ref() == HIDDEN_FILENAME;
        if origin != Origin::Reraise && !hidden {
            if let Some(d) = exc.exc() {
                d.borrow_mut().traceback.push(TbEntry {
                    code: frame.code.clone(),
                    pc: frame.lasti(),
                });
            }
        }
        if origin == Origin::New {
            self.chain_context(&exc);
        }
        while let Some(b) = frame.blocks.pop() {
            match b {
                Block::Except { handler, depth } => {
                    frame.stack.truncate(depth as usize);
                    frame.stack.push(exc.clone());
                    frame.blocks.push(Block::Handling { depth });
                    self.exc_stack().push(exc);
                    frame.pc = handler as usize;
                    return None;
                }
                Block::Handling { .. } => {
                    let base = frame.handling_base;
                    let st = self.exc_stack();
                    if st.len() > base {
                        st.pop();
                    }
                }
            }
        }
        Some(PyErr::Exc(exc))
    }

    /// Set `exc.__context__` to the exception being handled, avoiding cycles.
    pub(crate) fn chain_context(&mut self, exc: &Value) {
        let Some(handled) = self.exc_stack().last().cloned() else {
            return;
        };
        if handled.is(exc) {
            return;
        }
        // Break a cycle if exc is already in handled's context chain.
        let mut o = handled.clone();
        let mut guard = 0;
        loop {
            let next = o.exc().and_then(|d| d.borrow().context.clone());
            match next {
                Some(n) => {
                    if n.is(exc) {
                        if let Some(d) = o.exc() {
                            d.borrow_mut().context = None;
                        }
                        break;
                    }
                    o = n;
                }
                None => break,
            }
            guard += 1;
            if guard > 10_000 {
                break;
            }
        }
        if let Some(d) = exc.exc() {
            d.borrow_mut().context = Some(handled);
        }
    }

    /// Turn a raised value into an exception instance: classes are instantiated.
    pub(crate) fn normalize_exception(&mut self, v: Value) -> PyResult<Value> {
        match &v {
            Value::Instance(i) if i.exc.is_some() => Ok(v),
            Value::Type(cls) if cls.is_exception() => {
                let inst = self.call(&v, &[], &[])?;
                if inst.exc().is_none() {
                    return Err(PyErr::type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        cls.name,
                        inst.type_name()
                    )));
                }
                Ok(inst)
            }
            _ => Err(PyErr::type_error(
                "exceptions must derive from BaseException",
            )),
        }
    }

    /// `raise`, `raise x`, `raise x from y`.
    pub(crate) fn op_raise(&mut self, frame: &mut Frame, n: u32) -> PyResult<Flow> {
        match n {
            0 => match self.exc_stack().last().cloned() {
                Some(e) => Ok(Flow::Reraise(e)),
                None => Err(PyErr::runtime_error("No active exception to reraise")),
            },
            1 => {
                let v = pop(frame)?;
                let e = self.normalize_exception(v)?;
                Err(PyErr::Exc(e))
            }
            _ => {
                let cause = pop(frame)?;
                let v = pop(frame)?;
                let e = self.normalize_exception(v)?;
                let cause = match cause {
                    Value::None => None,
                    c => match self.normalize_exception(c) {
                        Ok(c) => Some(c),
                        Err(_) => {
                            return Err(PyErr::type_error(
                                "exception causes must derive from BaseException",
                            ))
                        }
                    },
                };
                if let Some(d) = e.exc() {
                    let mut d = d.borrow_mut();
                    d.cause = cause;
                    d.suppress_context = true;
                }
                Err(PyErr::Exc(e))
            }
        }
    }

    /// Does exception `exc` match an `except` clause's type (a class or tuple of classes)?
    pub(crate) fn exc_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        match typ {
            Value::Type(cls) => {
                if !cls.is_exception() {
                    return Err(PyErr::type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
                Ok(exc.type_of().is_subtype(cls))
            }
            Value::Tuple(items) => {
                for i in items.iter() {
                    if self.exc_matches(exc, i)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(PyErr::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// The `__traceback__` value passed to `__exit__` (tracebacks are not objects here).
    pub(crate) fn traceback_value(&self, exc: &Value) -> Value {
        let Some(d) = exc.exc() else {
            return Value::None;
        };
        let d = d.borrow();
        let Some(last) = d.traceback.last() else {
            return Value::None;
        };
        let inst = crate::objects::Instance::new(t().traceback.clone());
        {
            let mut dd = inst.dict.borrow_mut();
            dd.set_str(
                "tb_lineno",
                Value::Int(last.code.line_of(last.pc as usize) as i64),
            );
            dd.set_str("tb_next", Value::None);
            dd.set_str("tb_frame", Value::None);
            dd.set_str("tb_lasti", Value::Int(last.pc as i64 * 2));
        }
        Value::Instance(std::rc::Rc::new(inst))
    }

    /// Whether `v` is an instance of builtin exception class `kind`.
    pub fn is_exc_kind(&self, v: &Value, kind: ExcKind) -> bool {
        v.type_of().is_subtype(t().exc_type(kind))
    }
}
