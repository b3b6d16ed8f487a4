//! The common paths of a task step done in Rust, as CPython's C `Task` (`_asyncio`) does
//! them in C: entering the step, and leaving it after the coroutine yielded `None`
//! (`sleep(0)`) or a future it waits for. They read and write the same instance
//! attributes as `Task._step_begin` / `Task._step_yielded` in `asyncio/tasks.py`, which
//! stay the definition: whenever anything is unusual (a pending cancel, a loop or future
//! class that overrides `call_soon`, `add_done_callback` or `get_loop`, a closed loop, a
//! future of another loop, a yielded value that is not a future) the driver calls those
//! methods instead. The driver's own calls are not charged to the virtual clock, so doing
//! them here changes how long a run takes to compute, never what it prints.

use super::Runtime;
use crate::natives::{make_handle, sched_of};
use loopscope_python::objects::str::intern;
use loopscope_python::objects::{Instance, PyDict, PyStr};
use loopscope_python::Value;
use std::rc::Rc;

/// An attribute name, interned as compiled code interns it.
type Key = Rc<PyStr>;

/// The names the fast paths read and write, interned once: each is looked up by its
/// cached hash, and found by pointer in namespaces that compiled code filled (about a
/// tenth of a `sleep(0)` switch went to hashing these names afresh).
pub(super) struct Keys {
    state: Key,
    must_cancel: Key,
    loop_: Key,
    pub(super) coro: Key,
    current_task: Key,
    fut_waiter: Key,
    context: Key,
    closed: Key,
    sched: Key,
    blocking: Key,
    callbacks: Key,
    call_soon: Key,
    add_done_callback: Key,
    get_loop: Key,
    pub(super) debug: Key,
    entered: Key,
    run: Key,
}

impl Keys {
    pub(super) fn new() -> Keys {
        Keys {
            state: intern("_state"),
            must_cancel: intern("_must_cancel"),
            loop_: intern("_loop"),
            coro: intern("_coro"),
            current_task: intern("_current_task"),
            fut_waiter: intern("_fut_waiter"),
            context: intern("_context"),
            closed: intern("_closed"),
            sched: intern("_sched"),
            blocking: intern("_asyncio_future_blocking"),
            callbacks: intern("_callbacks"),
            call_soon: intern("call_soon"),
            add_done_callback: intern("add_done_callback"),
            get_loop: intern("get_loop"),
            debug: intern("_debug"),
            entered: intern("_entered"),
            run: intern("run"),
        }
    }
}

/// An instance's `__dict__`.
fn dict_of(v: &Value) -> Option<&Rc<PyDict>> {
    match v {
        Value::Instance(i) => Some(&i.dict),
        _ => None,
    }
}

pub(super) use crate::natives::plain_attr as attr;

fn is_str(v: &Option<Value>, text: &str) -> bool {
    matches!(v, Some(Value::Str(s)) if s.as_str() == text)
}

/// Whether `obj`'s class takes `method` from our own frozen asyncio sources (not an
/// override in the program).
fn ours(obj: &Value, method: &Key) -> bool {
    defined_in(obj, method, "<frozen asyncio.")
}

/// Whether `obj`'s class takes `method` from the frozen module whose file name starts
/// with `file`.
fn defined_in(obj: &Value, method: &Key, file: &str) -> bool {
    let Value::Instance(i) = obj else {
        return false;
    };
    matches!(
        i.cls.lookup_hashed(method.as_str(), method.hash()),
        Some((Value::Function(f), _)) if f.code.source.filename.starts_with(file)
    )
}

/// A `contextvars.Context` a task's step entered without `Context.run`'s frame: what to
/// put back when the step ends.
pub(crate) struct Entered {
    context: Value,
    /// The context that was current before, and on which virtual thread.
    saved: Value,
    thread: u32,
}

impl Runtime {
    /// `Task._step_begin(exc)` when the task is pending, has no cancel waiting and its
    /// loop runs no other task: returns the coroutine and what to throw into it.
    pub(super) fn fast_step_begin(
        &mut self,
        task: &Value,
        exc: &Option<Value>,
    ) -> Option<(Value, Value)> {
        let k = self.keys.clone();
        let d = dict_of(task)?;
        if !is_str(&attr(task, &k.state), "PENDING")
            || !matches!(attr(task, &k.must_cancel), Some(Value::Bool(false)))
        {
            return None;
        }
        let loop_obj = attr(task, &k.loop_)?;
        let coro = attr(task, &k.coro)?;
        let ld = dict_of(&loop_obj)?;
        if !matches!(attr(&loop_obj, &k.current_task), Some(Value::None)) {
            return None;
        }
        let old_waiter = d.borrow_mut().replace_pystr(&k.fut_waiter, Value::None);
        let old_task = ld.borrow_mut().replace_pystr(&k.current_task, task.clone());
        drop((old_waiter, old_task));
        Some((coro, exc.clone().unwrap_or(Value::None)))
    }

    /// `Task._step_yielded(result)` for `None` (run again soon) and for a future of the
    /// same loop (wait for it). False when the Python method must handle it; nothing
    /// has changed then.
    pub(super) fn fast_step_yielded(&mut self, task: &Value, result: &Value) -> bool {
        let k = self.keys.clone();
        if !matches!(attr(task, &k.must_cancel), Some(Value::Bool(false))) {
            return false;
        }
        let (Some(loop_obj), Some(ctx)) = (attr(task, &k.loop_), attr(task, &k.context)) else {
            return false;
        };
        let Some(ld) = dict_of(&loop_obj) else {
            return false;
        };
        let done = match result {
            Value::None => self.fast_call_soon(&loop_obj, task, ctx),
            Value::Instance(f) => self.fast_wait_for(task, f, result, &loop_obj, ctx),
            _ => false,
        };
        if done {
            // `_leave_task`.
            let old = ld.borrow_mut().replace_pystr(&k.current_task, Value::None);
            drop(old);
        }
        done
    }

    /// `loop.call_soon(task_step, task, context=ctx)` when the loop's `call_soon` is ours
    /// and the loop is open.
    fn fast_call_soon(&mut self, loop_obj: &Value, task: &Value, ctx: Value) -> bool {
        let k = self.keys.clone();
        if !ours(loop_obj, &k.call_soon)
            || !matches!(attr(loop_obj, &k.closed), Some(Value::Bool(false)))
        {
            return false;
        }
        let (Some(sched_obj), Some(step)) = (attr(loop_obj, &k.sched), self.task_step_fn()) else {
            return false;
        };
        let Ok(sched) = sched_of(std::slice::from_ref(&sched_obj)) else {
            return false;
        };
        let args = [sched_obj, step, Value::tuple(vec![task.clone()]), ctx];
        match make_handle(&mut self.interp, &sched, &args, None) {
            Ok((handle, _)) => {
                sched.borrow_mut().call_soon(handle);
                true
            }
            Err(_) => false,
        }
    }

    /// The task awaits `fut`, a pending future of its own loop that asked to block:
    /// `fut.add_done_callback(task._wakeup, context=ctx)` and `task._fut_waiter = fut`.
    fn fast_wait_for(
        &mut self,
        task: &Value,
        f: &Rc<Instance>,
        fut: &Value,
        loop_obj: &Value,
        ctx: Value,
    ) -> bool {
        let k = self.keys.clone();
        let fd = &f.dict;
        let same_loop = matches!(attr(fut, &k.loop_), Some(l) if l.is(loop_obj));
        if !same_loop
            || fut.is(task)
            || !matches!(attr(fut, &k.blocking), Some(Value::Bool(true)))
            || !is_str(&attr(fut, &k.state), "PENDING")
            || !ours(fut, &k.add_done_callback)
            || !ours(fut, &k.get_loop)
        {
            return false;
        }
        let Some(Value::List(callbacks)) = attr(fut, &k.callbacks) else {
            return false;
        };
        let Ok(wakeup) = self.interp.getattr_opt(task, "_wakeup") else {
            return false;
        };
        let Some(wakeup) = wakeup else { return false };
        let old_blocking = fd
            .borrow_mut()
            .replace_pystr(&k.blocking, Value::Bool(false));
        callbacks.borrow_mut().push(Value::tuple(vec![wakeup, ctx]));
        if let Some(d) = dict_of(task) {
            let old = d.borrow_mut().replace_pystr(&k.fut_waiter, fut.clone());
            drop(old);
        }
        drop(old_blocking);
        true
    }

    /// `Context.run(task_step, task[, exc])`, the handle every task step is, done here
    /// as `contextvars.Context.run` does it (entered, made current, restored after) when
    /// the context is ours, not entered, and a context was current before (else
    /// `_current()` would make one): the step then runs without a Python frame under it.
    pub(super) fn enter_handle_context(
        &mut self,
        handle: &crate::events::Handle,
    ) -> Option<Entered> {
        let k = self.keys.clone();
        let step = self.task_step_fn()?;
        let (Value::Builtin(cb), Value::Builtin(ours_step)) = (&handle.callback, &step) else {
            return None;
        };
        if !Rc::ptr_eq(cb, ours_step)
            || !(1..=2).contains(&handle.args.len())
            || !defined_in(&handle.context, &k.run, "<frozen contextvars>")
            || !matches!(attr(&handle.context, &k.entered), Some(Value::Bool(false)))
        {
            return None;
        }
        let d = dict_of(&handle.context)?;
        // `Context.run`'s `_current()` would make a context when none is current: that
        // case takes the Python path.
        let (thread, saved) = {
            let mut s = self.shared.borrow_mut();
            let thread = s.current_thread.map_or(0, |t| t.0);
            if !matches!(s.contexts.get(&thread), Some(v) if !v.is_none()) {
                return None;
            }
            let saved = s.contexts.insert(thread, handle.context.clone())?;
            (thread, saved)
        };
        let old = d.borrow_mut().replace_pystr(&k.entered, Value::Bool(true));
        drop(old);
        Some(Entered {
            context: handle.context.clone(),
            saved,
            thread,
        })
    }

    /// Leaves a context [`Runtime::enter_handle_context`] entered: the one before is
    /// current again, and the context can be entered anew.
    pub(super) fn leave_context(&mut self, entered: Option<Entered>) {
        let Some(e) = entered else { return };
        let old = self.shared.borrow_mut().contexts.insert(e.thread, e.saved);
        if let Some(d) = dict_of(&e.context) {
            let was = d
                .borrow_mut()
                .replace_pystr(&self.keys.entered, Value::Bool(false));
            drop(was);
        }
        drop(old);
    }

    /// `_aioloop.task_step`, looked up once.
    pub(super) fn task_step_fn(&mut self) -> Option<Value> {
        if self.task_step.is_none() {
            let m = self.interp.import_module("_aioloop").ok()?;
            self.task_step = self.interp.getattr_opt(&m, "task_step").ok().flatten();
        }
        self.task_step.clone()
    }
}
