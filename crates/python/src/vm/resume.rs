//! Resuming generators, coroutines and async generators: the state checks and error
//! messages of CPython's `gen_send_ex`/`gen_throw`, and driving them from native code.

use std::rc::Rc;

use super::budget::Budget;
use super::halt::{Halt, PyErr};
use super::Interp;
use crate::bytecode::Opcode;
use crate::objects::{ExcKind, GenKind, GenState, Generator, PyResult, Value};
use crate::vm::frame::Frame;

/// How to resume a suspended frame.
pub(crate) enum Resume {
    /// `send(value)` (`next()` sends None).
    Send(Value),
    /// `throw(exc)`.
    Throw(Value),
}

/// One step of a generator driven from native code.
pub enum GenStep {
    Yielded(Value),
    Returned(Value),
}

impl Interp {
    /// Take `g`'s frame, ready to run with `action` applied.
    pub(crate) fn resume_gen(&mut self, g: &Rc<Generator>, action: Resume) -> PyResult<Box<Frame>> {
        match g.state.get() {
            GenState::Running => {
                let msg = match g.kind {
                    GenKind::Generator => "generator already executing",
                    GenKind::Coroutine => "coroutine already executing",
                    GenKind::AsyncGenerator => "async generator already executing",
                };
                return Err(PyErr::value_error(msg));
            }
            GenState::Finished => {
                return Err(match (g.kind, action) {
                    (GenKind::Coroutine, _) => {
                        PyErr::runtime_error("cannot reuse already awaited coroutine")
                    }
                    (_, Resume::Throw(e)) => PyErr::Exc(e),
                    (GenKind::Generator, Resume::Send(_)) => {
                        PyErr::with_args(ExcKind::StopIteration, vec![])
                    }
                    (GenKind::AsyncGenerator, Resume::Send(_)) => {
                        PyErr::with_args(ExcKind::StopAsyncIteration, vec![])
                    }
                });
            }
            GenState::Created => {
                if let Resume::Send(v) = &action {
                    if !v.is_none() {
                        return Err(PyErr::type_error(format!(
                            "can't send non-None value to a just-started {}",
                            g.kind.word()
                        )));
                    }
                }
            }
            GenState::Suspended => {}
        }
        let Some(mut frame) = g.frame.borrow_mut().take() else {
            return Err(PyErr::runtime_error("generator has no frame"));
        };
        let started = g.state.get() == GenState::Suspended;
        g.state.set(GenState::Running);
        match action {
            Resume::Send(v) => {
                if started {
                    frame.stack.push(v);
                }
            }
            Resume::Throw(e) => {
                let delegating = started
                    && frame.pc >= 2
                    && matches!(
                        frame.code.code.get(frame.pc - 1),
                        Some(Opcode::YieldValue(1))
                    )
                    && matches!(frame.code.code.get(frame.pc - 2), Some(Opcode::Send(_)));
                if delegating {
                    frame.pc -= 2;
                    frame.stack.push(Value::None);
                    frame.pending_throw = Some(e);
                } else {
                    frame.pending_raise = Some(e);
                }
            }
        }
        Ok(frame)
    }

    /// Resume `g` from native code and run it until it yields or returns.
    pub fn gen_resume(&mut self, g: &Rc<Generator>, send: Value) -> PyResult<GenStep> {
        let frame = self.resume_gen(g, Resume::Send(send))?;
        self.drive_nested(frame)
    }

    /// Throw `exc` into `g` from native code.
    pub fn gen_throw(&mut self, g: &Rc<Generator>, exc: Value) -> PyResult<GenStep> {
        let exc = self.normalize_exception(exc)?;
        let frame = self.resume_gen(g, Resume::Throw(exc))?;
        self.drive_nested(frame)
    }

    fn drive_nested(&mut self, mut frame: Box<Frame>) -> PyResult<GenStep> {
        if self.depth() + 1 > self.recursion_limit
            || self.nest as usize >= crate::vm::call::MAX_NEST
        {
            if let Some(g) = frame.generator() {
                g.state.set(if frame.pc == 0 {
                    GenState::Created
                } else {
                    GenState::Suspended
                });
                *g.frame.borrow_mut() = Some(frame);
            }
            return Err(PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        frame.base = true;
        self.frames().push(frame);
        self.nest += 1;
        let mut b = Budget::unlimited();
        let r = self.run_loop(&mut b, true);
        self.nested_instructions = self.nested_instructions.saturating_add(u64::MAX - b.left());
        self.nest -= 1;
        match r? {
            Halt::Yielded(v) => Ok(GenStep::Yielded(v)),
            Halt::Returned(v) => Ok(GenStep::Returned(v)),
            _ => Err(PyErr::runtime_error("cannot suspend inside a nested call")),
        }
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, g: &Rc<Generator>) -> PyResult<Value> {
        match g.state.get() {
            GenState::Finished => return Ok(Value::None),
            GenState::Created => {
                g.state.set(GenState::Finished);
                g.frame.borrow_mut().take();
                return Ok(Value::None);
            }
            _ => {}
        }
        let exit = crate::vm::halt::new_exception(ExcKind::GeneratorExit, vec![]);
        match self.gen_throw(g, exit) {
            Ok(GenStep::Yielded(_)) => {
                let msg = if g.kind == GenKind::AsyncGenerator {
                    "async generator ignored GeneratorExit"
                } else {
                    "generator ignored GeneratorExit"
                };
                Err(PyErr::runtime_error(msg))
            }
            Ok(GenStep::Returned(_)) => Ok(Value::None),
            Err(e) if e.is(ExcKind::GeneratorExit) || e.is(ExcKind::StopIteration) => {
                Ok(Value::None)
            }
            Err(e) => Err(e),
        }
    }

    /// Close generators queued by finalisers and report never-awaited coroutines.
    pub fn run_finalizers(&mut self) {
        self.hooks.pending.set(false);
        let names = std::mem::take(&mut *self.hooks.never_awaited.borrow_mut());
        for (n, origin) in names {
            self.warn_never_awaited(&n, origin.as_deref());
        }
        let fins: Vec<(Rc<Generator>, Value)> =
            std::mem::take(&mut *self.hooks.to_finalize.borrow_mut());
        for (g, fin) in fins {
            if let Err(PyErr::Exc(v)) = self.call(&fin, &[Value::Gen(g)], &[]) {
                self.write_unraisable(&v, "Exception ignored in async generator finalizer:");
            }
        }
        let dying: Vec<Rc<crate::objects::Instance>> =
            std::mem::take(&mut *self.hooks.to_del.borrow_mut());
        for inst in dying {
            self.call_del(inst);
        }
        self.run_weak_callbacks();
        let gens: Vec<Rc<Generator>> = std::mem::take(&mut *self.hooks.to_close.borrow_mut());
        for g in gens {
            self.close_unraisable(&g);
        }
    }

    /// Call an instance's `__del__`, reporting what it raises as unraisable.
    pub(crate) fn call_del(&mut self, inst: Rc<crate::objects::Instance>) {
        let cls = inst.cls.clone();
        let Some(del) = cls.lookup("__del__") else {
            return;
        };
        let obj = Value::Instance(inst);
        let result = self
            .bind_descriptor(&del, &obj, &cls)
            .and_then(|bound| self.call(&bound, &[], &[]));
        if let Err(PyErr::Exc(v)) = result {
            let name = match &del {
                Value::Function(f) => f.qualname.borrow().to_string(),
                _ => format!("{}.__del__", cls.name),
            };
            self.write_unraisable(
                &v,
                &format!("Exception ignored in: <function {name} at {:#x}>", del.id()),
            );
        }
    }

    /// Close a generator being finalised, reporting what it raises as unraisable.
    pub(crate) fn close_unraisable(&mut self, g: &Rc<Generator>) {
        if let Err(PyErr::Exc(v)) = self.gen_close(g) {
            self.write_unraisable(
                &v,
                &format!(
                    "Exception ignored in: <generator object {} at {:#x}>",
                    g.qualname.borrow(),
                    g.ident.addr()
                ),
            );
        }
    }

    fn warn_never_awaited(
        &mut self,
        name: &str,
        origin: Option<&[crate::objects::generator::OriginFrame]>,
    ) {
        // With origin tracking on (asyncio's debug mode), where the coroutine was made,
        // as CPython's warning shows `cr_origin`.
        let mut created = String::new();
        if let Some(frames) = origin {
            created.push_str("Coroutine created at (most recent call last)\n");
            for (file, line, func, text) in frames {
                created.push_str(&format!("  File \"{file}\", line {line}, in {func}\n"));
                if !text.is_empty() {
                    created.push_str(&format!("    {text}\n"));
                }
            }
        }
        let text = match self.current_location() {
            Some((file, line, src)) => format!(
                "{file}:{line}: RuntimeWarning: coroutine '{name}' was never awaited\n{created}  {src}\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
            ),
            None => format!(
                "sys:1: RuntimeWarning: coroutine '{name}' was never awaited\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
            ),
        };
        self.write(super::Stream::Stderr, &text);
    }

    /// Print an "Exception ignored in" report to stderr.
    pub(crate) fn write_unraisable(&mut self, exc: &Value, header: &str) {
        let tb = crate::traceback::format_exception(self, exc);
        let text = format!("{header}\n{tb}");
        // To `sys.stderr` as the program left it (CPython's `sys.unraisablehook`): written
        // directly when it is our own, through its `write` when replaced, not at all when
        // it is `None`.
        use crate::builtins::functions::{own_stream, sys_stream};
        let stream = sys_stream(self, "stderr");
        match &stream {
            None => self.write(super::Stream::Stderr, &text),
            Some(Value::None) => {}
            Some(f) => match own_stream(f) {
                Some(s) => self.write(s, &text),
                None => {
                    let written = self
                        .getattr_str(f, "write")
                        .and_then(|w| self.call(&w, &[Value::string(text.clone())], &[]));
                    if written.is_err() {
                        self.write(super::Stream::Stderr, &text);
                    }
                }
            },
        }
    }
}
