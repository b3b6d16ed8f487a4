//! The dispatch loop. It holds the running frame in a local, switches frames on calls,
//! returns and yields without recursing, unwinds exceptions through handler blocks, and
//! stops on budget exhaustion, host calls and yields/returns out of its bottom frame.

use std::rc::Rc;

use super::budget::Budget;
use super::exc::Origin;
use super::frame::{Block, ChildMode, Frame};
use super::halt::{Halt, PyErr};
use super::Interp;
use crate::bytecode::opcode::{BinOpKind, CmpKind, Opcode, UnaryKind};
use crate::objects::{ExcKind, GenState, IterKind, PyResult, Value};

/// Store a frame that yielded in its generator, suspended.
fn suspend(me: Box<Frame>) {
    if let Some(g) = me.generator() {
        g.state.set(GenState::Suspended);
        *g.frame.borrow_mut() = Some(me);
    }
}

/// What an instruction did to control flow.
pub(crate) enum Flow {
    /// Go on with the next instruction.
    Next,
    /// A child frame was made; the current frame's `child` mode says what to do with its result.
    Push(Box<Frame>),
    /// Return from the frame.
    Return(Value),
    /// Suspend the (generator) frame, yielding the value; true when an async generator's own yield.
    Yield(Value, bool),
    /// Re-raise without a new traceback entry.
    Reraise(Value),
}

impl Interp {
    /// Run the current context's top frame until it leaves the VM.
    pub(crate) fn run_loop(&mut self, budget: &mut Budget, nested: bool) -> Result<Halt, PyErr> {
        let Some(mut frame) = self.frames().pop() else {
            return Err(PyErr::runtime_error("no frame to run"));
        };
        self.loose += 1;
        let r = self.run_frames(&mut frame, budget, nested);
        self.loose -= 1;
        // Finished, or a placeholder left where a suspended frame was.
        self.frame_pool.recycle(frame);
        r
    }

    fn enter_frame(&mut self, frame: &mut Frame) -> Option<(PyErr, Origin)> {
        frame.handling_base = self.exc_stack().len();
        if !frame.saved_handling.is_empty() {
            let saved = std::mem::take(&mut frame.saved_handling);
            self.exc_stack().extend(saved);
        }
        frame
            .pending_raise
            .take()
            .map(|e| (PyErr::Exc(e), Origin::Thrown))
    }

    fn leave_frame(&mut self, frame: &mut Frame, suspend: bool) {
        let stack = self.exc_stack();
        let base = frame.handling_base.min(stack.len());
        if base == stack.len() {
            // Nothing handled in this frame (the usual case): nothing to move.
            if suspend {
                frame.saved_handling.clear();
            }
            return;
        }
        let mine = stack.split_off(base);
        if suspend {
            frame.saved_handling = mine;
        }
    }

    fn run_frames(
        &mut self,
        frame: &mut Box<Frame>,
        budget: &mut Budget,
        nested: bool,
    ) -> Result<Halt, PyErr> {
        let mut pending: Option<(PyErr, Origin)> = self.enter_frame(frame);
        loop {
            if let Some((err, origin)) = pending.take() {
                let err = match err {
                    PyErr::HostCall(req) => {
                        if nested {
                            PyErr::runtime_error(
                                "a blocking call (e.g. time.sleep) cannot run inside a callback called from native code",
                            )
                        } else {
                            let placeholder = self
                                .frame_pool
                                .frame(frame.code.clone(), frame.globals.clone());
                            let mut me = std::mem::replace(frame, placeholder);
                            // What it handles goes with it: resuming re-enters it.
                            self.leave_frame(&mut me, true);
                            self.frames().push(me);
                            return Ok(Halt::HostCall(req));
                        }
                    }
                    e => e,
                };
                match self.unwind(frame, err, origin) {
                    None => {}
                    Some(err) => {
                        let err = self.finish_frame_with_error(frame, err);
                        self.leave_frame(frame, false);
                        if frame.base {
                            return Err(err);
                        }
                        let Some(parent) = self.frames().pop() else {
                            return Err(err);
                        };
                        let done = std::mem::replace(frame, parent);
                        self.frame_pool.recycle(done);
                        let mode = std::mem::replace(&mut frame.child, ChildMode::Call);
                        if let ChildMode::AClose { exit } = mode {
                            if err.is(ExcKind::GeneratorExit) || err.is(ExcKind::StopAsyncIteration)
                            {
                                frame.stack.pop();
                                frame.stack.push(Value::None);
                                frame.pc = exit as usize;
                                continue;
                            }
                        }
                        pending = Some((err, Origin::Propagated));
                        continue;
                    }
                }
            }
            if self.hooks.pending.get() {
                let placeholder = self
                    .frame_pool
                    .frame(frame.code.clone(), frame.globals.clone());
                let me = std::mem::replace(frame, placeholder);
                self.frames().push(me);
                self.loose -= 1;
                self.run_finalizers();
                if !nested {
                    if let Some(generation) = crate::objects::gc::due() {
                        self.gc_collect(generation);
                    }
                }
                self.loose += 1;
                if let Some(f) = self.frames().pop() {
                    let placeholder = std::mem::replace(frame, f);
                    self.frame_pool.recycle(placeholder);
                }
            }
            if !budget.tick() {
                let placeholder = self
                    .frame_pool
                    .frame(frame.code.clone(), frame.globals.clone());
                let mut me = std::mem::replace(frame, placeholder);
                // The exceptions it is handling go with it, and come back when the next
                // slice re-enters it (`enter_frame`), above the base it measures then:
                // left on the stack they would sit below that base and never be popped.
                self.leave_frame(&mut me, true);
                self.frames().push(me);
                return Ok(Halt::OutOfBudget);
            }
            let Some(&op) = frame.code.code.get(frame.pc) else {
                pending = Some((
                    PyErr::new(ExcKind::SystemError, "pc out of range"),
                    Origin::New,
                ));
                continue;
            };
            frame.pc += 1;
            // The commonest instructions, without the call into `step`. Anything unusual
            // (an unbound local, an empty stack) falls through to `step`, which reports it.
            match op {
                Opcode::LoadFast(i) => {
                    if let Some(Some(v)) = frame.fast.get(i as usize) {
                        let v = v.clone();
                        frame.stack.push(v);
                        continue;
                    }
                }
                Opcode::StoreFast(i) if (i as usize) < frame.fast.len() => {
                    if let Some(v) = frame.stack.pop() {
                        frame.fast[i as usize] = Some(v);
                        continue;
                    }
                }
                Opcode::LoadConst(i) => {
                    if let Some(v) = frame.code.consts.get(i as usize) {
                        let v = v.clone();
                        frame.stack.push(v);
                        continue;
                    }
                }
                Opcode::Jump(t) => {
                    frame.pc = t as usize;
                    continue;
                }
                Opcode::Pop => {
                    frame.stack.pop();
                    continue;
                }
                Opcode::BinaryOp(k) | Opcode::InplaceOp(k) => {
                    if let Some(r) = small_int_binop(&frame.stack, k) {
                        frame.stack.pop();
                        if let Some(top) = frame.stack.last_mut() {
                            *top = Value::Int(r);
                        }
                        continue;
                    }
                }
                Opcode::Compare(k) => {
                    if let Some(r) = small_int_compare(&frame.stack, k) {
                        frame.stack.pop();
                        if let Some(top) = frame.stack.last_mut() {
                            *top = Value::Bool(r);
                        }
                        continue;
                    }
                }
                Opcode::PopJumpIfFalse(t) | Opcode::PopJumpIfTrue(t) => {
                    if let Some(&Value::Bool(b)) = frame.stack.last() {
                        frame.stack.pop();
                        if b == matches!(op, Opcode::PopJumpIfTrue(_)) {
                            frame.pc = t as usize;
                        }
                        continue;
                    }
                }
                Opcode::ForIter(exit) => {
                    if let Some(next) = range_next(&frame.stack) {
                        match next {
                            Some(v) => frame.stack.push(Value::Int(v)),
                            None => {
                                frame.stack.pop();
                                frame.pc = exit as usize;
                            }
                        }
                        continue;
                    }
                }
                _ => {}
            }
            let r = self.step(frame, op);
            match r {
                Ok(Flow::Next) => {}
                Ok(Flow::Push(mut child)) => {
                    if self.depth() + 1 > self.recursion_limit {
                        self.abandon_child(child);
                        pending = Some((
                            PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"),
                            Origin::New,
                        ));
                        continue;
                    }
                    child.base = false;
                    let parent = std::mem::replace(frame, child);
                    self.frames().push(parent);
                    pending = self.enter_frame(frame);
                }
                Ok(Flow::Return(v)) => {
                    self.leave_frame(frame, false);
                    if let Some(g) = frame.generator() {
                        g.state.set(GenState::Finished);
                    }
                    if frame.base {
                        return Ok(Halt::Returned(v));
                    }
                    let Some(parent) = self.frames().pop() else {
                        return Ok(Halt::Returned(v));
                    };
                    let done = std::mem::replace(frame, parent);
                    self.frame_pool.recycle(done);
                    if let Err(e) = self.deliver_return(frame, v) {
                        pending = Some((e, Origin::New));
                    }
                }
                Ok(Flow::Yield(v, wrapped)) => {
                    self.leave_frame(frame, true);
                    // The caller takes the suspended frame's place; only a yield out of
                    // the bottom frame leaves a placeholder behind.
                    let parent = if frame.base {
                        None
                    } else {
                        self.frames().pop()
                    };
                    let Some(parent) = parent else {
                        let placeholder = self
                            .frame_pool
                            .frame(frame.code.clone(), frame.globals.clone());
                        let me = std::mem::replace(frame, placeholder);
                        if me.base {
                            self.last_yield_wrapped = wrapped;
                        }
                        suspend(me);
                        return Ok(Halt::Yielded(v));
                    };
                    suspend(std::mem::replace(frame, parent));
                    if let Err(e) = self.deliver_yield(frame, v, wrapped) {
                        pending = Some((e, Origin::New));
                    }
                }
                Ok(Flow::Reraise(e)) => pending = Some((PyErr::Exc(e), Origin::Reraise)),
                Err(e) => pending = Some((e, Origin::New)),
            }
        }
    }

    /// Put a child frame that could not be pushed back where it came from.
    fn abandon_child(&mut self, child: Box<Frame>) {
        if let Some(g) = child.generator() {
            g.state.set(if child.pc == 0 {
                GenState::Created
            } else {
                GenState::Suspended
            });
            *g.frame.borrow_mut() = Some(child);
        }
    }

    /// A frame is leaving with an exception: finish its generator, converting a leaked
    /// `StopIteration` as PEP 479 requires.
    fn finish_frame_with_error(&mut self, frame: &mut Frame, err: PyErr) -> PyErr {
        let Some(g) = frame.generator() else {
            return err;
        };
        g.state.set(GenState::Finished);
        let kind = g.kind;
        let leaked = err.is(ExcKind::StopIteration)
            || (kind == crate::objects::GenKind::AsyncGenerator
                && err.is(ExcKind::StopAsyncIteration));
        if leaked {
            let what = if err.is(ExcKind::StopIteration) {
                "StopIteration"
            } else {
                "StopAsyncIteration"
            };
            let new = PyErr::new(
                ExcKind::RuntimeError,
                format!("{} raised {}", kind.word(), what),
            );
            if let (PyErr::Exc(n), PyErr::Exc(old)) = (&new, &err) {
                if let Some(d) = n.exc() {
                    let mut d = d.borrow_mut();
                    d.cause = Some(old.clone());
                    d.context = Some(old.clone());
                    d.suppress_context = true;
                }
            }
            return new;
        }
        err
    }

    /// Deliver a child frame's return value according to the parent's child mode.
    fn deliver_return(&mut self, frame: &mut Frame, v: Value) -> PyResult<()> {
        match std::mem::replace(&mut frame.child, ChildMode::Call) {
            ChildMode::Call => frame.stack.push(v),
            ChildMode::Init(inst) => {
                if !v.is_none() {
                    return Err(PyErr::type_error(format!(
                        "__init__() should return None, not '{}'",
                        v.type_name()
                    )));
                }
                frame.stack.push(inst);
            }
            ChildMode::ClassBody(cb) => {
                let cls = self.finish_class_body(*cb)?;
                frame.stack.push(cls);
            }
            ChildMode::Send { exit } | ChildMode::AClose { exit } => {
                frame.stack.pop();
                frame.stack.push(v);
                frame.pc = exit as usize;
            }
            ChildMode::ForIter { exit } => {
                frame.stack.pop();
                frame.pc = exit as usize;
            }
            ChildMode::ASend { .. } => {
                return Err(PyErr::with_args(ExcKind::StopAsyncIteration, vec![]));
            }
            ChildMode::Import(m) => frame.stack.push(m),
        }
        Ok(())
    }

    /// Deliver a child generator's yielded value according to the parent's child mode.
    fn deliver_yield(&mut self, frame: &mut Frame, v: Value, wrapped: bool) -> PyResult<()> {
        match std::mem::replace(&mut frame.child, ChildMode::Call) {
            ChildMode::Send { .. } | ChildMode::ForIter { .. } => frame.stack.push(v),
            ChildMode::ASend { exit } => {
                if wrapped {
                    frame.stack.pop();
                    frame.stack.push(v);
                    frame.pc = exit as usize;
                } else {
                    frame.child = ChildMode::ASend { exit };
                    frame.stack.push(v);
                }
            }
            ChildMode::AClose { exit } => {
                if wrapped {
                    return Err(PyErr::runtime_error(
                        "async generator ignored GeneratorExit",
                    ));
                }
                frame.child = ChildMode::AClose { exit };
                frame.stack.push(v);
            }
            _ => {
                return Err(PyErr::new(
                    ExcKind::SystemError,
                    "unexpected yield into a non-generator caller",
                ))
            }
        }
        Ok(())
    }

    /// Execute one instruction.
    fn step(&mut self, frame: &mut Box<Frame>, op: Opcode) -> PyResult<Flow> {
        use Opcode::*;
        match op {
            Nop | Resume => {}
            Pop => {
                frame.stack.pop();
            }
            Copy(n) => {
                let i = frame
                    .stack
                    .len()
                    .checked_sub(n as usize)
                    .ok_or_else(stack_err)?;
                let v = frame.stack[i].clone();
                frame.stack.push(v);
            }
            Swap(n) => {
                let len = frame.stack.len();
                let i = len.checked_sub(n as usize).ok_or_else(stack_err)?;
                frame.stack.swap(i, len - 1);
            }
            LoadConst(i) => {
                // The fast path above takes every constant that exists: a missing one is
                // a compiler bug, said as such rather than run on as None.
                let v = frame.code.consts.get(i as usize).cloned().ok_or_else(|| {
                    PyErr::new(
                        ExcKind::SystemError,
                        format!("bad constant index {i} in {}", frame.code.name),
                    )
                })?;
                frame.stack.push(v);
            }
            LoadFast(i) => match frame.fast.get(i as usize) {
                Some(Some(v)) => {
                    let v = v.clone();
                    frame.stack.push(v);
                }
                _ => {
                    let name = frame
                        .code
                        .varnames
                        .get(i as usize)
                        .cloned()
                        .unwrap_or_else(|| "?".into());
                    return Err(PyErr::new(
                        ExcKind::UnboundLocalError,
                        format!("cannot access local variable '{name}' where it is not associated with a value"),
                    ));
                }
            },
            StoreFast(i) => {
                let v = pop(frame)?;
                if let Some(slot) = frame.fast.get_mut(i as usize) {
                    *slot = Some(v);
                }
            }
            DeleteFast(i) => {
                let ok = frame
                    .fast
                    .get(i as usize)
                    .map(|s| s.is_some())
                    .unwrap_or(false);
                if !ok {
                    let name = frame
                        .code
                        .varnames
                        .get(i as usize)
                        .cloned()
                        .unwrap_or_else(|| "?".into());
                    return Err(PyErr::new(
                        ExcKind::UnboundLocalError,
                        format!("cannot access local variable '{name}' where it is not associated with a value"),
                    ));
                }
                frame.fast[i as usize] = None;
            }
            LoadDeref(i) => {
                let cell = frame.cells.get(i as usize).cloned().ok_or_else(stack_err)?;
                let v = cell.borrow().clone();
                match v {
                    Some(v) => frame.stack.push(v),
                    None => return Err(self.unbound_deref(frame, i)),
                }
            }
            StoreDeref(i) => {
                let v = pop(frame)?;
                if let Some(c) = frame.cells.get(i as usize) {
                    *c.borrow_mut() = Some(v);
                }
            }
            DeleteDeref(i) => {
                if let Some(c) = frame.cells.get(i as usize) {
                    if c.borrow_mut().take().is_none() {
                        return Err(self.unbound_deref(frame, i));
                    }
                }
            }
            LoadClassDeref { name, cell } => {
                let key = frame.code.names[name as usize].clone();
                let found = frame
                    .locals
                    .as_ref()
                    .and_then(|l| l.borrow().get_pystr(&key).cloned());
                match found {
                    Some(v) => frame.stack.push(v),
                    None => {
                        let c = frame
                            .cells
                            .get(cell as usize)
                            .cloned()
                            .ok_or_else(stack_err)?;
                        let v = c.borrow().clone();
                        match v {
                            Some(v) => frame.stack.push(v),
                            None => return Err(self.unbound_deref(frame, cell)),
                        }
                    }
                }
            }
            LoadClosure(i) => {
                let c = frame.cells.get(i as usize).cloned().ok_or_else(stack_err)?;
                frame.stack.push(Value::Cell(c));
            }
            LoadGlobal(i) => {
                let key = &frame.code.names[i as usize];
                let v = frame.globals.borrow().get_pystr(key).cloned();
                let v = match v {
                    Some(v) => v,
                    None => match self.builtins.borrow().get_pystr(key).cloned() {
                        Some(v) => v,
                        None => {
                            return Err(name_error(key.as_str()));
                        }
                    },
                };
                frame.stack.push(v);
            }
            StoreGlobal(i) => {
                let v = pop(frame)?;
                let key = frame.code.names[i as usize].clone();
                frame.globals.borrow_mut().set_pystr(key, v);
            }
            DeleteGlobal(i) => {
                let key = frame.code.names[i as usize].clone();
                if frame
                    .globals
                    .borrow_mut()
                    .remove_str(key.as_str())
                    .is_none()
                {
                    return Err(name_error(key.as_str()));
                }
            }
            LoadName(i) => {
                let key = frame.code.names[i as usize].clone();
                let mut v = match &frame.locals_map {
                    Some(ns) => {
                        let ns = ns.clone();
                        self.load_from_namespace(&ns, &key)?
                    }
                    None => frame
                        .locals
                        .as_ref()
                        .and_then(|l| l.borrow().get_pystr(&key).cloned()),
                };
                if v.is_none() {
                    v = frame.globals.borrow().get_pystr(&key).cloned();
                }
                if v.is_none() {
                    v = self.builtins.borrow().get_pystr(&key).cloned();
                }
                match v {
                    Some(v) => frame.stack.push(v),
                    None => return Err(name_error(key.as_str())),
                }
            }
            StoreName(i) => {
                let v = pop(frame)?;
                let key = frame.code.names[i as usize].clone();
                if let Some(ns) = frame.locals_map.clone() {
                    self.setitem(&ns, &Value::Str(key), v)?;
                    return Ok(Flow::Next);
                }
                match &frame.locals {
                    Some(l) => l.borrow_mut().set_pystr(key, v),
                    None => frame.globals.borrow_mut().set_pystr(key, v),
                }
            }
            DeleteName(i) => {
                let key = frame.code.names[i as usize].clone();
                if let Some(ns) = frame.locals_map.clone() {
                    return match self.delitem(&ns, &Value::Str(key.clone())) {
                        Err(e) if e.is(ExcKind::KeyError) => Err(name_error(key.as_str())),
                        r => r.map(|_| Flow::Next),
                    };
                }
                let ns = frame
                    .locals
                    .clone()
                    .unwrap_or_else(|| frame.globals.clone());
                if ns.borrow_mut().remove_str(key.as_str()).is_none() {
                    return Err(name_error(key.as_str()));
                }
            }
            LoadAttr(i) => {
                let obj = pop(frame)?;
                let name = frame.code.names[i as usize].clone();
                let v = self.getattr(&obj, &name)?;
                frame.stack.push(v);
            }
            StoreAttr(i) => {
                let obj = pop(frame)?;
                let v = pop(frame)?;
                let name = frame.code.names[i as usize].clone();
                self.setattr(&obj, &name, v)?;
            }
            DeleteAttr(i) => {
                let obj = pop(frame)?;
                let name = frame.code.names[i as usize].clone();
                self.delattr(&obj, &name)?;
            }
            LoadMethod(i) => {
                let obj = pop(frame)?;
                let name = frame.code.names[i as usize].clone();
                let (m, this) = self.load_method(&obj, &name)?;
                let has = this.is_some();
                frame.stack.push(m);
                frame.stack.push(this.unwrap_or(Value::None));
                frame.stack.push(Value::Bool(has));
            }
            Subscr => {
                let key = pop(frame)?;
                let obj = pop(frame)?;
                let v = self.getitem(&obj, &key)?;
                frame.stack.push(v);
            }
            StoreSubscr => {
                let key = pop(frame)?;
                let obj = pop(frame)?;
                let v = pop(frame)?;
                self.setitem(&obj, &key, v)?;
            }
            DeleteSubscr => {
                let key = pop(frame)?;
                let obj = pop(frame)?;
                self.delitem(&obj, &key)?;
            }
            BuildSlice(n) => {
                let step = if n == 3 { pop(frame)? } else { Value::None };
                let stop = pop(frame)?;
                let start = pop(frame)?;
                frame
                    .stack
                    .push(Value::Slice(Rc::new(crate::objects::PySlice {
                        start,
                        stop,
                        step,
                    })));
            }
            BinaryOp(k) => {
                let b = pop(frame)?;
                let a = pop(frame)?;
                let v = self.binary_op(&a, &b, k, false)?;
                frame.stack.push(v);
            }
            InplaceOp(k) => {
                let b = pop(frame)?;
                let a = pop(frame)?;
                let v = self.binary_op(&a, &b, k, true)?;
                frame.stack.push(v);
            }
            Unary(k) => {
                let a = pop(frame)?;
                let v = if k == UnaryKind::Not {
                    Value::Bool(!self.truthy(&a)?)
                } else {
                    self.unary_op(&a, k)?
                };
                frame.stack.push(v);
            }
            Compare(k) => {
                let b = pop(frame)?;
                let a = pop(frame)?;
                let v = self.compare(&a, &b, k)?;
                frame.stack.push(v);
            }
            Is(neg) => {
                let b = pop(frame)?;
                let a = pop(frame)?;
                frame.stack.push(Value::Bool(a.is(&b) != neg));
            }
            Contains(neg) => {
                let b = pop(frame)?;
                let a = pop(frame)?;
                let r = self.contains(&b, &a)?;
                frame.stack.push(Value::Bool(r != neg));
            }
            Jump(t) => frame.pc = t as usize,
            PopJumpIfFalse(t) => {
                let v = pop(frame)?;
                if !self.truthy_fast(&v)? {
                    frame.pc = t as usize;
                }
            }
            PopJumpIfTrue(t) => {
                let v = pop(frame)?;
                if self.truthy_fast(&v)? {
                    frame.pc = t as usize;
                }
            }
            JumpIfFalseOrPop(t) => {
                let v = frame.stack.last().cloned().ok_or_else(stack_err)?;
                if !self.truthy_fast(&v)? {
                    frame.pc = t as usize;
                } else {
                    frame.stack.pop();
                }
            }
            JumpIfTrueOrPop(t) => {
                let v = frame.stack.last().cloned().ok_or_else(stack_err)?;
                if self.truthy_fast(&v)? {
                    frame.pc = t as usize;
                } else {
                    frame.stack.pop();
                }
            }
            PopJumpIfNone(t) => {
                if pop(frame)?.is_none() {
                    frame.pc = t as usize;
                }
            }
            PopJumpIfNotNone(t) => {
                if !pop(frame)?.is_none() {
                    frame.pc = t as usize;
                }
            }
            ReturnValue => {
                let v = pop(frame)?;
                return Ok(Flow::Return(v));
            }
            YieldValue(kind) => {
                let v = pop(frame)?;
                return Ok(Flow::Yield(v, kind == 2));
            }
            SetupExcept(h) => {
                let depth = frame.stack.len() as u32;
                frame.blocks.push(Block::Except { handler: h, depth });
            }
            SetupWith(h) => {
                let depth = frame.stack.len().saturating_sub(1) as u32;
                frame.blocks.push(Block::Except { handler: h, depth });
            }
            PopBlock => {
                frame.blocks.pop();
            }
            PopExcept => {
                if let Some(Block::Handling { .. }) = frame.blocks.last() {
                    frame.blocks.pop();
                }
                self.exc_stack().pop();
                frame.stack.pop();
            }
            Reraise => {
                let e = pop(frame)?;
                return Ok(Flow::Reraise(e));
            }
            Raise(n) => return self.op_raise(frame, n),
            EndAsyncFor => {
                let e = pop(frame)?;
                if e.type_of()
                    .is_subtype(crate::objects::t().exc_type(ExcKind::StopAsyncIteration))
                {
                    if let Some(Block::Handling { .. }) = frame.blocks.last() {
                        frame.blocks.pop();
                    }
                    self.exc_stack().pop();
                    frame.stack.pop();
                } else {
                    return Ok(Flow::Reraise(e));
                }
            }
            LoadAssertionError => {
                frame.stack.push(Value::Type(
                    crate::objects::t()
                        .exc_type(ExcKind::AssertionError)
                        .clone(),
                ));
            }
            _ => return self.step_more(frame, op),
        }
        Ok(Flow::Next)
    }

    fn unbound_deref(&self, frame: &Frame, i: u32) -> PyErr {
        let nc = frame.code.cellvars.len();
        let (name, free) = if (i as usize) < nc {
            (frame.code.cellvars[i as usize].clone(), false)
        } else {
            (
                frame
                    .code
                    .freevars
                    .get(i as usize - nc)
                    .cloned()
                    .unwrap_or_else(|| "?".into()),
                true,
            )
        };
        if free {
            PyErr::new(
                ExcKind::NameError,
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        } else {
            PyErr::new(
                ExcKind::UnboundLocalError,
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        }
    }

    /// Truthiness with a fast path for bools.
    #[inline]
    pub(crate) fn truthy_fast(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => Ok(*b),
            Value::None => Ok(false),
            Value::Int(i) => Ok(*i != 0),
            _ => self.truthy(v),
        }
    }
}

/// `a op b` for two ints on top of the stack when the result is an int too (what
/// `binary_op` would compute first); None for anything else.
#[inline]
fn small_int_binop(stack: &[Value], k: BinOpKind) -> Option<i64> {
    let [.., Value::Int(a), Value::Int(b)] = stack else {
        return None;
    };
    match k {
        BinOpKind::Add => a.checked_add(*b),
        BinOpKind::Sub => a.checked_sub(*b),
        BinOpKind::Mul => a.checked_mul(*b),
        _ => None,
    }
}

/// `a op b` for two ints on top of the stack; None for anything else.
#[inline]
fn small_int_compare(stack: &[Value], k: CmpKind) -> Option<bool> {
    let [.., Value::Int(a), Value::Int(b)] = stack else {
        return None;
    };
    Some(k.holds(a, b))
}

/// The next value of a range iterator on top of the stack, when it fits an int:
/// `Some(None)` when it is exhausted, None when the top is something else.
#[inline]
fn range_next(stack: &[Value]) -> Option<Option<i64>> {
    let Some(Value::Iter(it)) = stack.last() else {
        return None;
    };
    let mut st = it.state.try_borrow_mut().ok()?;
    let IterKind::Range { next, step, left } = &mut *st else {
        return None;
    };
    if *left <= 0 {
        return Some(None);
    }
    let v = i64::try_from(*next).ok()?;
    *next = next.saturating_add(*step);
    *left -= 1;
    Some(Some(v))
}

pub(crate) fn stack_err() -> PyErr {
    PyErr::new(ExcKind::SystemError, "value stack underflow")
}

#[inline]
pub(crate) fn pop(frame: &mut Frame) -> PyResult<Value> {
    frame.stack.pop().ok_or_else(stack_err)
}

pub(crate) fn name_error(name: &str) -> PyErr {
    let e = PyErr::new(ExcKind::NameError, format!("name '{name}' is not defined"));
    if let PyErr::Exc(Value::Instance(i)) = &e {
        i.dict.borrow_mut().set_str("name", Value::str(name));
    }
    e
}
