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
use loopscope_python::objects::{Instance, PyDict};
use loopscope_python::Value;
use std::rc::Rc;

/// An instance's `__dict__`.
fn dict_of(v: &Value) -> Option<&Rc<PyDict>> {
    match v {
        Value::Instance(i) => Some(&i.dict),
        _ => None,
    }
}

/// A plain attribute: the instance's own, else its class's default (`Future._state =
/// _PENDING` and the like).
pub(super) fn attr(obj: &Value, name: &str) -> Option<Value> {
    let Value::Instance(i) = obj else { return None };
    let own = i.dict.borrow().get_str(name).cloned();
    own.or_else(|| i.cls.lookup(name))
}

fn is_str(v: &Option<Value>, text: &str) -> bool {
    matches!(v, Some(Value::Str(s)) if s.as_str() == text)
}

/// Whether `obj`'s class takes `method` from our own frozen asyncio sources (not an
/// override in the program).
fn ours(obj: &Value, method: &str) -> bool {
    let Value::Instance(i) = obj else {
        return false;
    };
    matches!(
        i.cls.lookup(method),
        Some(Value::Function(f)) if f.code.source.filename.starts_with("<frozen asyncio.")
    )
}

impl Runtime {
    /// `Task._step_begin(exc)` when the task is pending, has no cancel waiting and its
    /// loop runs no other task: returns the coroutine and what to throw into it.
    pub(super) fn fast_step_begin(
        &mut self,
        task: &Value,
        exc: &Option<Value>,
    ) -> Option<(Value, Value)> {
        let d = dict_of(task)?;
        if !is_str(&attr(task, "_state"), "PENDING")
            || !matches!(attr(task, "_must_cancel"), Some(Value::Bool(false)))
        {
            return None;
        }
        let loop_obj = attr(task, "_loop")?;
        let coro = attr(task, "_coro")?;
        let ld = dict_of(&loop_obj)?;
        if !matches!(attr(&loop_obj, "_current_task"), Some(Value::None)) {
            return None;
        }
        let old_waiter = d.borrow_mut().replace_str("_fut_waiter", Value::None);
        let old_task = ld.borrow_mut().replace_str("_current_task", task.clone());
        drop((old_waiter, old_task));
        Some((coro, exc.clone().unwrap_or(Value::None)))
    }

    /// `Task._step_yielded(result)` for `None` (run again soon) and for a future of the
    /// same loop (wait for it). False when the Python method must handle it; nothing
    /// has changed then.
    pub(super) fn fast_step_yielded(&mut self, task: &Value, result: &Value) -> bool {
        if !matches!(attr(task, "_must_cancel"), Some(Value::Bool(false))) {
            return false;
        }
        let (Some(loop_obj), Some(ctx)) = (attr(task, "_loop"), attr(task, "_context")) else {
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
            let old = ld.borrow_mut().replace_str("_current_task", Value::None);
            drop(old);
        }
        done
    }

    /// `loop.call_soon(task_step, task, context=ctx)` when the loop's `call_soon` is ours
    /// and the loop is open.
    fn fast_call_soon(&mut self, loop_obj: &Value, task: &Value, ctx: Value) -> bool {
        if !ours(loop_obj, "call_soon")
            || !matches!(attr(loop_obj, "_closed"), Some(Value::Bool(false)))
        {
            return false;
        }
        let (Some(sched_obj), Some(step)) = (attr(loop_obj, "_sched"), self.task_step_fn()) else {
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
        let fd = &f.dict;
        let same_loop = matches!(attr(fut, "_loop"), Some(l) if l.is(loop_obj));
        if !same_loop
            || fut.is(task)
            || !matches!(
                attr(fut, "_asyncio_future_blocking"),
                Some(Value::Bool(true))
            )
            || !is_str(&attr(fut, "_state"), "PENDING")
            || !ours(fut, "add_done_callback")
            || !ours(fut, "get_loop")
        {
            return false;
        }
        let Some(Value::List(callbacks)) = attr(fut, "_callbacks") else {
            return false;
        };
        let Ok(wakeup) = self.interp.getattr_opt(task, "_wakeup") else {
            return false;
        };
        let Some(wakeup) = wakeup else { return false };
        let old_blocking = fd
            .borrow_mut()
            .replace_str("_asyncio_future_blocking", Value::Bool(false));
        callbacks.borrow_mut().push(Value::tuple(vec![wakeup, ctx]));
        if let Some(d) = dict_of(task) {
            let old = d.borrow_mut().replace_str("_fut_waiter", fut.clone());
            drop(old);
        }
        drop(old_blocking);
        true
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
