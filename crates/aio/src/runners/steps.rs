//! Task steps, loop callbacks and how their activities end: the part of the driver
//! that carries out CPython's `Task.__step` and `Handle._run` around the interpreter.

use super::{Activity, Kind, Runtime};
use crate::base_events::Next;
use crate::events::{describe_callback, Handle};
use crate::natives::{task_id, user_coro_line};
use crate::state::Request;
use crate::trace::{Await, AwaitKind, TaskId, TraceEvent};
use loopscope_python::objects::DictData;
use loopscope_python::{ExcKind, PyErr, Stream, Value};
use std::cell::RefCell;
use std::rc::Rc;

impl Runtime {
    /// `Task.__step(exc)`: begins the coroutine's next step as an activity of its own.
    /// `entered` is the context the step's handle entered natively, left when it ends.
    pub(super) fn begin_step(
        &mut self,
        task: Value,
        exc: Option<Value>,
        entered: Option<super::fast::Entered>,
    ) {
        let (coro, exc) = match self.fast_step_begin(&task, &exc) {
            Some(begun) => begun,
            None => {
                match self
                    .interp
                    .call_method(&task, "_step_begin", &[exc.unwrap_or(Value::None)])
                {
                    Ok(Value::Tuple(t)) if t.len() == 2 => (t[0].clone(), t[1].clone()),
                    Ok(_) => {
                        self.leave_context(entered);
                        return;
                    }
                    Err(e) => {
                        self.report_callback_error(e, "Task step");
                        self.leave_context(entered);
                        self.resume_waiting_parent();
                        return;
                    }
                }
            }
        };
        let id = task_id(&mut self.interp, &task);
        let line = user_coro_line(&coro);
        {
            let mut s = self.shared.borrow_mut();
            s.current_task = id;
            let at = s.clock.nanos();
            if let Some(task) = id {
                s.record(|_| TraceEvent::StepStart { at, task, line });
            }
        }
        let ctx = self.interp.new_context();
        let started = if exc.is_none() {
            self.interp.start_send(ctx, &coro, Value::None)
        } else {
            self.interp.start_throw(ctx, &coro, exc)
        };
        self.stack.push(Activity {
            ctx,
            kind: Kind::Step { task, id, entered },
            waiting_child: false,
        });
        if let Err(e) = started {
            self.finish_top(Err(e));
        }
    }

    pub(super) fn end_step_trace(
        &mut self,
        id: Option<TaskId>,
        coro_line: u32,
        awaits: Option<(AwaitKind, String)>,
    ) {
        let mut s = self.shared.borrow_mut();
        s.current_task = None;
        let at = s.clock.nanos();
        if let Some(task) = id {
            s.record(|t| TraceEvent::StepEnd {
                at,
                task,
                line: coro_line,
                awaits: awaits.map(|(kind, detail)| Await {
                    kind,
                    detail: t.intern(&detail),
                }),
            });
        }
    }

    /// What a task's step ended waiting on, for the trace.
    pub(super) fn describe_wait(&mut self, yielded: &Value) -> (AwaitKind, String) {
        if yielded.is_none() {
            return (AwaitKind::Yield, "sleep(0)".into());
        }
        if let Ok(Some(label)) = self.interp.getattr_opt(yielded, "_ls_label") {
            if let Some(text) = label.as_str() {
                let kind = match text.split('(').next().unwrap_or("") {
                    "sleep" => AwaitKind::Sleep,
                    "Lock.acquire" => AwaitKind::Lock,
                    "Event.wait" => AwaitKind::Event,
                    "Semaphore.acquire" => AwaitKind::Semaphore,
                    "Condition.wait" => AwaitKind::Condition,
                    "Queue.get" => AwaitKind::QueueGet,
                    "Queue.put" => AwaitKind::QueuePut,
                    "gather" | "TaskGroup" | "wait" => AwaitKind::Gather,
                    "fetch" => AwaitKind::Fetch,
                    _ => AwaitKind::Future,
                };
                return (kind, text.to_string());
            }
        }
        if let Ok(Some(name)) = self.interp.getattr_opt(yielded, "_name") {
            if let Some(text) = name.as_str() {
                return (AwaitKind::Task, text.to_string());
            }
        }
        (AwaitKind::Future, "Future".into())
    }

    pub(super) fn finish_top_yielded(&mut self, value: Value) {
        let Some(act) = self.stack.pop() else { return };
        self.interp.drop_context(act.ctx);
        match act.kind {
            Kind::Step { task, id, entered } => {
                let line = self.coro_line(&task);
                let awaits = self.describe_wait(&value);
                self.end_step_trace(id, line, Some(awaits));
                if !self.fast_step_yielded(&task, &value) {
                    if let Err(e) = self.interp.call_method(&task, "_step_yielded", &[value]) {
                        self.report_callback_error(e, "Task step");
                    }
                }
                self.leave_context(entered);
            }
            _ => {
                let err = PyErr::runtime_error("yield outside a task");
                self.finish_activity(act.kind, Err(err));
                return;
            }
        }
        self.resume_waiting_parent();
    }

    pub(super) fn finish_top(&mut self, result: Result<Value, PyErr>) {
        let Some(act) = self.stack.pop() else { return };
        if !matches!(act.kind, Kind::Main) {
            self.interp.drop_context(act.ctx);
        }
        self.finish_activity(act.kind, result);
    }

    pub(super) fn finish_activity(&mut self, kind: Kind, result: Result<Value, PyErr>) {
        match kind {
            Kind::Main => {
                let status = match result {
                    Ok(_) => 0,
                    Err(e) => self.interp.report_uncaught(e),
                };
                self.main_status = Some(status);
                return;
            }
            Kind::Callback { handle, loop_obj } => {
                if let Err(e) = result {
                    if self.is_fatal(&e) {
                        self.abort_loop(e);
                        return;
                    }
                    self.callback_failed(&handle, &loop_obj, e);
                }
            }
            Kind::Step { task, id, entered } => {
                let line = self.coro_line(&task);
                self.end_step_trace(id, line, None);
                let outcome = match result {
                    Ok(v) => self
                        .interp
                        .call_method(&task, "_step_returned", &[v])
                        .map(|_| false),
                    Err(PyErr::Exc(e)) => {
                        match self.interp.call_method(
                            &task,
                            "_step_raised",
                            std::slice::from_ref(&e),
                        ) {
                            Ok(v) => {
                                let fatal = self.interp.truthy(&v).unwrap_or(false);
                                if fatal {
                                    self.abort_loop(PyErr::Exc(e));
                                }
                                Ok(fatal)
                            }
                            Err(e2) => Err(e2),
                        }
                    }
                    Err(other) => Err(other),
                };
                self.leave_context(entered);
                match outcome {
                    Ok(true) => return,
                    Ok(false) => {}
                    Err(e) => self.report_callback_error(e, "Task step"),
                }
                self.record_task_done(&task, id);
            }
        }
        self.resume_waiting_parent();
    }

    pub(super) fn record_task_done(&mut self, task: &Value, id: Option<TaskId>) {
        let Some(id) = id else { return };
        // Asking the task how it ended (a repr of its result) is only for the trace.
        if !self.shared.borrow().tracing {
            return;
        }
        let cancelled = self
            .interp
            .call_method(task, "cancelled", &[])
            .ok()
            .is_some_and(|v| matches!(v, Value::Bool(true)));
        let outcome_text = if cancelled {
            None
        } else {
            let exc = self
                .interp
                .getattr_opt(task, "_exception")
                .ok()
                .flatten()
                .unwrap_or(Value::None);
            if exc.is_none() {
                let r = self
                    .interp
                    .getattr_opt(task, "_result")
                    .ok()
                    .flatten()
                    .unwrap_or(Value::None);
                Some((false, self.interp.repr_of(&r).unwrap_or_default()))
            } else {
                Some((true, self.interp.repr_of(&exc).unwrap_or_default()))
            }
        };
        self.record(|t, at| TraceEvent::TaskDone {
            at,
            task: id,
            outcome: match outcome_text {
                None => crate::trace::Outcome::Cancelled,
                Some((false, r)) => crate::trace::Outcome::Result(t.intern(&r)),
                Some((true, x)) => crate::trace::Outcome::Exception(t.intern(&x)),
            },
        });
    }

    pub(super) fn coro_line(&mut self, task: &Value) -> u32 {
        let coro = match super::fast::attr(task, &self.keys.coro) {
            Some(c) => Some(c),
            None => self.interp.getattr_opt(task, "_coro").ok().flatten(),
        };
        coro.map_or(0, |c| user_coro_line(&c))
    }

    /// After a child activity ends, the activity that asked for it carries on.
    pub(super) fn resume_waiting_parent(&mut self) {
        if let Some(top) = self.stack.last_mut() {
            if top.waiting_child {
                top.waiting_child = false;
                let ctx = top.ctx;
                if let Err(e) = self.interp.resume_host_call(ctx, Ok(Value::None)) {
                    self.finish_top(Err(e));
                }
            }
        }
    }

    pub(super) fn is_fatal(&self, e: &PyErr) -> bool {
        match e {
            PyErr::Exc(v) => {
                self.interp.is_exc_kind(v, ExcKind::SystemExit)
                    || self.interp.is_exc_kind(v, ExcKind::KeyboardInterrupt)
            }
            PyErr::HostCall(_) => false,
        }
    }

    /// SystemExit or KeyboardInterrupt escaped a callback: leave `run_forever` with it.
    pub(super) fn abort_loop(&mut self, e: PyErr) {
        self.end_handle_run(true);
        while let Some(act) = self.stack.pop() {
            if matches!(act.kind, Kind::Main) {
                self.stack.push(act);
                break;
            }
            self.interp.drop_context(act.ctx);
            // The exception leaves `Context.run` too, which exits the context.
            if let Kind::Step { entered, .. } = act.kind {
                self.leave_context(entered);
            }
        }
        if let Some(run) = self.runs.pop() {
            let ctx = run.waiter.ctx;
            self.stack.push(run.waiter);
            if let Err(e2) = self.interp.resume_host_call(ctx, Err(e)) {
                self.finish_top(Err(e2));
            }
        }
    }

    pub(super) fn call_exception_handler(
        &mut self,
        loop_obj: &Value,
        e: PyErr,
        message: &str,
        handle: Option<Value>,
    ) {
        let PyErr::Exc(exc) = e else { return };
        let mut d = DictData::new();
        d.set_str("message", Value::str(message));
        d.set_str("exception", exc.clone());
        if let Some(h) = handle {
            // `Handle._run`: a handle made in debug mode says where it was made.
            if let Ok(Some(tb)) = self.interp.getattr_opt(&h, "_source_traceback") {
                if self.interp.truthy(&tb).unwrap_or(false) {
                    d.set_str("source_traceback", tb);
                }
            }
            d.set_str("handle", h);
        }
        let ctx = Value::Dict(Rc::new(RefCell::new(d)));
        let handled = self
            .interp
            .call_method(loop_obj, "call_exception_handler", &[ctx]);
        if let Err(PyErr::Exc(x)) = handled {
            self.interp.print_exception(&x);
        }
    }

    pub(super) fn report_callback_error(&mut self, e: PyErr, what: &str) {
        if let PyErr::Exc(exc) = e {
            let text = format!(
                "Exception in {what}\n{}",
                self.interp.format_exception(&exc)
            );
            self.interp.write(Stream::Stderr, &text);
        }
    }

    /// One scheduling decision of the innermost running loop.
    pub(super) fn loop_next(&mut self) {
        // The last handle has finished: the loop is back in `_run_once`.
        self.end_handle_run(false);
        let Some(run) = self.runs.last() else { return };
        let sched = run.sched.clone();
        let loop_obj = run.loop_obj.clone();
        let now = self.now();
        let at_boundary = sched.borrow().at_iteration_boundary();
        if self.must_pause(at_boundary) {
            return;
        }
        let begun = sched.borrow().iterations;
        let next = sched.borrow_mut().next(now);
        if sched.borrow().iterations != begun {
            self.step_grant = false;
        }
        match next {
            Next::Run(handle) => self.start_handle(handle, loop_obj),
            // `choose` waits (or lets a thread run) until then.
            Next::WaitUntil(_) => {}
            Next::Stop => {
                if let Some(run) = self.runs.pop() {
                    let ctx = run.waiter.ctx;
                    self.stack.push(run.waiter);
                    if let Err(e) = self.interp.resume_host_call(ctx, Ok(Value::None)) {
                        self.finish_top(Err(e));
                    }
                }
            }
            // Only a thread can wake the loop now; `choose` sees whether one can.
            Next::Idle => {}
        }
    }

    pub(super) fn start_handle(&mut self, handle: Rc<Handle>, loop_obj: Value) {
        self.begin_handle_run(&handle, &loop_obj);
        // A task's step in its context: `Context.run(task_step, task)` without the frame.
        if let Some(entered) = self.enter_handle_context(&handle) {
            let task = handle.args[0].clone();
            let exc = handle.args.get(1).filter(|v| !v.is_none()).cloned();
            self.begin_step(task, exc, Some(entered));
            return;
        }
        let (func, args) = if handle.context.is_none() {
            (handle.callback.clone(), handle.args.clone())
        } else {
            match self.interp.getattr_str(&handle.context, "run") {
                Ok(run) => {
                    let mut args = vec![handle.callback.clone()];
                    args.extend(handle.args.iter().cloned());
                    (run, args)
                }
                Err(_) => (handle.callback.clone(), handle.args.clone()),
            }
        };
        let ctx = self.interp.new_context();
        match self.interp.start_call(ctx, &func, args) {
            Ok(Some(_)) => self.interp.drop_context(ctx),
            Ok(None) => {
                self.stack.push(Activity {
                    ctx,
                    kind: Kind::Callback { handle, loop_obj },
                    waiting_child: false,
                });
            }
            Err(PyErr::HostCall(req)) => {
                self.interp.drop_context(ctx);
                if let Ok(r) = req.downcast::<Request>() {
                    match *r {
                        Request::TaskStep { task, exc } => self.begin_step(task, exc, None),
                        _ => {
                            let err = PyErr::runtime_error("this call cannot be a loop callback");
                            self.call_exception_handler(
                                &loop_obj,
                                err,
                                "Exception in callback",
                                None,
                            );
                        }
                    }
                }
            }
            Err(e) => {
                self.interp.drop_context(ctx);
                if self.is_fatal(&e) {
                    self.abort_loop(e);
                    return;
                }
                self.callback_failed(&handle, &loop_obj, e);
            }
        }
    }

    /// A callback raised: the loop's exception handler hears of it, as in `Handle._run`.
    pub(super) fn callback_failed(&mut self, handle: &Rc<Handle>, loop_obj: &Value, e: PyErr) {
        let what = describe_callback(&mut self.interp, &handle.callback, &handle.args);
        let handle_obj = crate::natives::handle_object(&self.interp, handle);
        self.call_exception_handler(
            loop_obj,
            e,
            &format!("Exception in callback {what}"),
            handle_obj,
        );
    }
}
