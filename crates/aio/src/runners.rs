//! The driver: runs a program on the interpreter and the event loop, in slices.
//!
//! A host (the CLI, the browser) calls `Runtime::poll` with an instruction budget and gets
//! back `Busy` (call again soon), `WaitUntil(t)` (nothing to do before the loop's clock
//! reads `t`; real clock only — the virtual clock jumps there itself) or `Finished(code)`.
//!
//! Python code runs in "activities", each on its own execution context: the main module,
//! a loop callback, or a task step. Natives ask the driver for what Python cannot do
//! itself through `HostCall` requests (`state::Request`): run the loop (`run_forever`),
//! step a task (CPython's `Task.__step`: resume its coroutine — here, with a budget, so a
//! busy task can be sliced and stopped), block on `time.sleep`.

use crate::base_events::{Next, Scheduler};
use crate::clock::{Clock, RESOLUTION};
use crate::events::{describe_callback, Handle};
use crate::natives::{coro_location, task_id, user_coro_line};
use crate::state::{Request, Shared, SharedRef};
use crate::trace::{
    Await, AwaitKind, ClockKind, Nanos, Stream as TStream, TaskId, ThreadId, TraceEvent,
};
use loopscope_python::objects::DictData;
use loopscope_python::{ContextId, ExcKind, Halt, Interp, OutputSink, PyErr, Stream, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// Instructions one `Interp::run` call may execute before the driver looks around.
const SLICE: u64 = 20_000;

/// CPython's GIL switch interval is 5 ms; at the virtual clock's cost per instruction
/// that is this many instructions.
const SWITCH_INSTRUCTIONS: u64 = 5_000_000 / crate::clock::NANOS_PER_INSTRUCTION;

/// Who holds the (virtual) GIL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Who {
    /// The main thread: the main module, the loop's callbacks and task steps.
    Loop,
    /// A virtual thread, by index into `Runtime::threads`.
    Thread(usize),
}

enum Choice {
    Run(Who),
    WaitUntil(f64),
    Deadlock,
    Done,
}

/// When the loop's thread can run next.
enum Wake {
    At(f64),
    /// Waiting on the loop with nothing scheduled: only a thread can wake it.
    Idle,
    /// The main module finished; other threads still run.
    Finished,
    /// The main module finished and no thread is left.
    Done,
}

/// A virtual thread: an execution context running a Python callable to its end.
struct VThread {
    ctx: ContextId,
    id: ThreadId,
    name: String,
    blocked: Option<Blocked>,
}

/// What `poll` returns to the host.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Poll {
    /// More to do: call `poll` again (after letting the page breathe).
    Busy,
    /// Nothing to do until the loop's clock reads this (seconds since the run began).
    WaitUntil(f64),
    /// The program ended with this exit status.
    Finished(i32),
}

enum Kind {
    Main,
    Callback { handle: Rc<Handle>, loop_obj: Value },
    Step { task: Value, id: Option<TaskId> },
}

struct Activity {
    ctx: ContextId,
    kind: Kind,
    /// This activity's context is suspended in a native that started a child activity.
    waiting_child: bool,
}

/// A `run_forever` in progress: the loop and the activity that called it.
struct LoopRun {
    sched: Rc<RefCell<Scheduler>>,
    loop_obj: Value,
    waiter: Activity,
}

/// The top activity is blocked in `time.sleep` until `until`.
struct Blocked {
    until: f64,
    start: Nanos,
    secs: f64,
    line: u32,
}

/// Records output in the trace, attributed to the running task, and passes it on.
struct TracingSink {
    inner: Box<dyn OutputSink>,
    shared: SharedRef,
}

impl OutputSink for TracingSink {
    fn write(&mut self, stream: Stream, text: &str) {
        if let Ok(mut s) = self.shared.try_borrow_mut() {
            let at = s.clock.nanos();
            let task = s.current_task;
            let stream = match stream {
                Stream::Stdout => TStream::Stdout,
                Stream::Stderr => TStream::Stderr,
            };
            s.record(|t| TraceEvent::Output {
                at,
                task,
                stream,
                text: t.intern(text),
            });
        }
        self.inner.write(stream, text);
    }

    fn flush(&mut self, stream: Stream) {
        self.inner.flush(stream);
    }
}

/// One program's run: the interpreter, the loop state and the activities.
pub struct Runtime {
    pub interp: Interp,
    shared: SharedRef,
    stack: Vec<Activity>,
    runs: Vec<LoopRun>,
    blocked: Option<Blocked>,
    status: Option<i32>,
    /// The main module's exit status, once it has finished (threads may still run).
    main_status: Option<i32>,
    threads: Vec<VThread>,
    next_thread_id: u32,
    running: Who,
    /// Instructions the running thread has had since it took the GIL.
    quantum: u64,
}

impl Runtime {
    /// A runtime whose program output goes to `sink`, on `clock`.
    pub fn new(sink: Box<dyn OutputSink>, clock: Clock) -> Runtime {
        let shared: SharedRef = Rc::new(RefCell::new(Shared::new(clock)));
        let tracing = TracingSink {
            inner: sink,
            shared: shared.clone(),
        };
        let mut interp = Interp::new(Box::new(tracing));
        interp.set_ext(shared.clone());
        crate::modules::install(&mut interp);
        crate::asyncio::install(&mut interp);
        Runtime {
            interp,
            shared,
            stack: Vec::new(),
            runs: Vec::new(),
            blocked: None,
            status: None,
            main_status: None,
            threads: Vec::new(),
            next_thread_id: 1,
            running: Who::Loop,
            quantum: 0,
        }
    }

    /// The shared state (clock, trace).
    pub fn shared(&self) -> &SharedRef {
        &self.shared
    }

    /// Compiles `source` and gets ready to run it as `__main__`. A syntax error is printed
    /// as CPython prints it and the run is finished with status 1.
    pub fn start(&mut self, source: &str, filename: &str) {
        {
            let mut s = self.shared.borrow_mut();
            let clock = s.clock.kind();
            s.record(|_| TraceEvent::RunStart {
                at: Nanos(0),
                clock,
            });
        }
        let code = match self.interp.compile(source, filename) {
            Ok(code) => code,
            Err(e) => {
                let status = self.interp.report_uncaught(e);
                self.finish(status);
                return;
            }
        };
        let ctx = self.interp.new_context();
        if let Err(e) = self.interp.start_main(ctx, code) {
            let status = self.interp.report_uncaught(e);
            self.finish(status);
            return;
        }
        self.stack.push(Activity {
            ctx,
            kind: Kind::Main,
            waiting_child: false,
        });
    }

    /// Runs until the host must wait, `budget` instructions are spent, or the end.
    ///
    /// The loop's thread and the virtual threads take turns as CPython's GIL hands them
    /// out: the running one keeps going until it blocks (`time.sleep`, the loop waiting
    /// for a timer) or has run for `SWITCH_INSTRUCTIONS`, then the next ready one runs.
    pub fn poll(&mut self, budget: u64) -> Poll {
        let mut spent: u64 = 0;
        loop {
            if let Some(code) = self.status {
                return Poll::Finished(code);
            }
            if spent >= budget {
                return Poll::Busy;
            }
            let now = self.now();
            let who = match self.choose(now) {
                Choice::Run(who) => who,
                Choice::WaitUntil(t) => {
                    let mut s = self.shared.borrow_mut();
                    if s.clock.is_virtual() {
                        s.clock.advance_to(t);
                        continue;
                    }
                    return Poll::WaitUntil(t);
                }
                Choice::Deadlock => {
                    let loop_obj = self
                        .runs
                        .last()
                        .map(|r| r.loop_obj.clone())
                        .unwrap_or(Value::None);
                    self.deadlock(&loop_obj);
                    continue;
                }
                Choice::Done => {
                    let status = self.main_status.unwrap_or(0);
                    self.finish(status);
                    continue;
                }
            };
            if who != self.running {
                self.running = who;
                self.quantum = 0;
            }
            let slice = (budget - spent)
                .min(SLICE)
                .min(SWITCH_INSTRUCTIONS.saturating_sub(self.quantum).max(1));
            let n = match who {
                Who::Loop => self.run_loop_thread(slice),
                Who::Thread(i) => self.run_thread(i, slice),
            };
            spent = spent.saturating_add(n.max(1));
            self.quantum = self.quantum.saturating_add(n.max(1));
            self.shared.borrow_mut().clock.charge(n);
        }
    }

    /// Who runs next at `now`, or how long everyone waits.
    fn choose(&mut self, now: f64) -> Choice {
        let loop_wake = self.loop_wake(now);
        let due = |t: f64| t < now + RESOLUTION;
        let runnable = |who: Who, me: &Self| match who {
            Who::Loop => matches!(loop_wake, Wake::At(t) if due(t)),
            Who::Thread(i) => me
                .threads
                .get(i)
                .is_some_and(|t| t.blocked.as_ref().is_none_or(|b| due(b.until))),
        };
        if runnable(self.running, self) && self.quantum < SWITCH_INSTRUCTIONS {
            return Choice::Run(self.running);
        }
        // Round robin, starting after whoever ran last.
        let n = self.threads.len() + 1;
        let start = match self.running {
            Who::Loop => 0,
            Who::Thread(i) => i + 1,
        };
        for k in 1..=n {
            let idx = (start + k) % n;
            let who = if idx == 0 {
                Who::Loop
            } else {
                Who::Thread(idx - 1)
            };
            if runnable(who, self) {
                return Choice::Run(who);
            }
        }
        let mut earliest: Option<f64> = match loop_wake {
            Wake::At(t) => Some(t),
            _ => None,
        };
        for t in &self.threads {
            if let Some(b) = &t.blocked {
                earliest = Some(earliest.map_or(b.until, |e| e.min(b.until)));
            }
        }
        match (earliest, loop_wake) {
            (Some(t), _) => Choice::WaitUntil(t),
            (None, Wake::Done) => Choice::Done,
            (None, _) => Choice::Deadlock,
        }
    }

    /// When the loop's thread can next run.
    fn loop_wake(&self, now: f64) -> Wake {
        if self.main_status.is_some() {
            return if self.threads.is_empty() {
                Wake::Done
            } else {
                Wake::Finished
            };
        }
        if let Some(b) = &self.blocked {
            return Wake::At(b.until);
        }
        if !self.stack.is_empty() {
            return Wake::At(now);
        }
        match self.runs.last() {
            Some(run) => match run.sched.borrow().wake_time(now) {
                Some(t) => Wake::At(t),
                None => Wake::Idle,
            },
            None => Wake::At(now),
        }
    }

    /// One piece of the loop thread's work; returns the instructions it ran.
    fn run_loop_thread(&mut self, slice: u64) -> u64 {
        self.shared.borrow_mut().current_thread = None;
        if self.blocked.is_some() {
            self.end_block();
            return 0;
        }
        if let Some(top) = self.stack.last() {
            let ctx = top.ctx;
            let result = self.interp.run(ctx, slice);
            let n = self.interp.last_run_instructions();
            match result {
                Ok(Halt::OutOfBudget) => {}
                Ok(Halt::HostCall(req)) => self.host_call(ctx, req),
                Ok(Halt::Returned(v)) => self.finish_top(Ok(v)),
                Ok(Halt::Yielded(v)) => self.finish_top_yielded(v),
                Err(e) => self.finish_top(Err(e)),
            }
            return n;
        }
        if !self.runs.is_empty() {
            self.loop_next();
        } else if self.main_status.is_none() {
            self.main_status = Some(0);
        }
        0
    }

    /// Runs to the end, calling `wait` when the real clock must pass a deadline.
    pub fn run_to_end(&mut self, mut wait: impl FnMut(f64)) -> i32 {
        loop {
            match self.poll(u64::MAX) {
                Poll::Busy => {}
                Poll::WaitUntil(t) => wait(t),
                Poll::Finished(code) => return code,
            }
        }
    }

    fn now(&self) -> f64 {
        self.shared.borrow().clock.now()
    }

    fn record(&self, make: impl FnOnce(&mut crate::trace::Trace, Nanos) -> TraceEvent) {
        let mut s = self.shared.borrow_mut();
        let at = s.clock.nanos();
        s.record(|t| make(t, at));
    }

    // --- requests from natives ---

    fn host_call(&mut self, ctx: ContextId, req: Box<dyn std::any::Any>) {
        let req = match req.downcast::<Request>() {
            Ok(r) => *r,
            Err(_) => {
                let err = PyErr::runtime_error("unknown host request");
                let _ = self.interp.resume_host_call(ctx, Err(err));
                return;
            }
        };
        match req {
            Request::RunForever { sched, loop_obj } => {
                let Some(waiter) = self.stack.pop() else {
                    return;
                };
                sched.borrow_mut().start();
                self.runs.push(LoopRun {
                    sched,
                    loop_obj,
                    waiter,
                });
            }
            Request::TaskStep { task, exc } => {
                if let Some(top) = self.stack.last_mut() {
                    top.waiting_child = true;
                }
                self.begin_step(task, exc);
            }
            Request::Sleep(secs) => {
                let (now, start) = {
                    let s = self.shared.borrow();
                    (s.clock.now(), s.clock.nanos())
                };
                let line = self
                    .interp
                    .user_location_of(ctx)
                    .map_or(0, |(_, l)| l as u32);
                self.blocked = Some(Blocked {
                    until: now + secs.max(0.0),
                    start,
                    secs,
                    line,
                });
            }
            Request::StartThread { func, name } => {
                let id = self.start_thread(func, name);
                let _ = self
                    .interp
                    .resume_host_call(ctx, Ok(Value::Int(i64::from(id.0))));
            }
        }
    }

    fn end_block(&mut self) {
        let Some(b) = self.blocked.take() else { return };
        let (end, task) = {
            let s = self.shared.borrow();
            (s.clock.nanos(), s.current_task)
        };
        let cause = format!("time.sleep({})", fmt_secs(b.secs));
        let line = b.line;
        self.record(|t, _| TraceEvent::LoopBlocked {
            start: b.start,
            end,
            task,
            line,
            cause: t.intern(&cause),
        });
        if let Some(top) = self.stack.last() {
            let ctx = top.ctx;
            let _ = self.interp.resume_host_call(ctx, Ok(Value::None));
        }
    }

    // --- virtual threads ---

    /// Starts a virtual thread running `func()`.
    fn start_thread(&mut self, func: Value, name: String) -> ThreadId {
        let id = ThreadId(self.next_thread_id);
        self.next_thread_id += 1;
        let ctx = self.interp.new_context();
        self.shared
            .borrow_mut()
            .thread_names
            .insert(id.0, name.clone());
        self.record(|t, at| TraceEvent::ThreadStart {
            at,
            thread: id,
            name: t.intern(&name),
            worker: false,
        });
        match self.interp.start_call(ctx, &func, vec![]) {
            Ok(None) => self.threads.push(VThread {
                ctx,
                id,
                name,
                blocked: None,
            }),
            Ok(Some(_)) => {
                self.interp.drop_context(ctx);
                self.record(|_, at| TraceEvent::ThreadEnd { at, thread: id });
            }
            Err(e) => {
                self.interp.drop_context(ctx);
                self.thread_failed(&name, e);
                self.record(|_, at| TraceEvent::ThreadEnd { at, thread: id });
            }
        }
        id
    }

    fn thread_failed(&mut self, name: &str, e: PyErr) {
        if let PyErr::Exc(exc) = e {
            let text = format!(
                "Exception in thread {name}:\n{}",
                self.interp.format_exception(&exc)
            );
            self.interp.write(Stream::Stderr, &text);
        }
    }

    /// Runs virtual thread `i` for up to `slice` instructions.
    fn run_thread(&mut self, i: usize, slice: u64) -> u64 {
        let Some(t) = self.threads.get_mut(i) else {
            return 0;
        };
        let (ctx, id) = (t.ctx, t.id);
        let woke = t.blocked.take().is_some();
        self.shared.borrow_mut().current_thread = Some(id);
        if woke {
            let _ = self.interp.resume_host_call(ctx, Ok(Value::None));
            return 0;
        }
        let result = self.interp.run(ctx, slice);
        let n = self.interp.last_run_instructions();
        match result {
            Ok(Halt::OutOfBudget) => {}
            Ok(Halt::HostCall(req)) => match req.downcast::<Request>().map(|r| *r) {
                Ok(Request::Sleep(secs)) => {
                    let (now, start) = {
                        let s = self.shared.borrow();
                        (s.clock.now(), s.clock.nanos())
                    };
                    if let Some(t) = self.threads.get_mut(i) {
                        t.blocked = Some(Blocked {
                            until: now + secs.max(0.0),
                            start,
                            secs,
                            line: 0,
                        });
                    }
                }
                Ok(Request::StartThread { func, name }) => {
                    let new = self.start_thread(func, name);
                    let _ = self
                        .interp
                        .resume_host_call(ctx, Ok(Value::Int(i64::from(new.0))));
                }
                _ => {
                    let err =
                        PyErr::runtime_error("this operation is only available in the main thread");
                    let _ = self.interp.resume_host_call(ctx, Err(err));
                }
            },
            Ok(Halt::Returned(_)) | Ok(Halt::Yielded(_)) => self.end_thread(i),
            Err(e) => {
                let name = self
                    .threads
                    .get(i)
                    .map(|t| t.name.clone())
                    .unwrap_or_default();
                self.thread_failed(&name, e);
                self.end_thread(i);
            }
        }
        n
    }

    fn end_thread(&mut self, i: usize) {
        if i >= self.threads.len() {
            return;
        }
        let t = self.threads.remove(i);
        self.interp.drop_context(t.ctx);
        self.record(|_, at| TraceEvent::ThreadEnd { at, thread: t.id });
        self.running = Who::Loop;
        self.quantum = SWITCH_INSTRUCTIONS;
    }

    // --- task steps ---

    fn begin_step(&mut self, task: Value, exc: Option<Value>) {
        let begin = self
            .interp
            .call_method(&task, "_step_begin", &[exc.unwrap_or(Value::None)]);
        let (coro, exc) = match begin {
            Ok(Value::Tuple(t)) if t.len() == 2 => (t[0].clone(), t[1].clone()),
            Ok(_) => return,
            Err(e) => {
                self.report_callback_error(e, "Task step");
                self.resume_waiting_parent();
                return;
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
            kind: Kind::Step { task, id },
            waiting_child: false,
        });
        if let Err(e) = started {
            self.finish_top(Err(e));
        }
    }

    fn end_step_trace(
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
    fn describe_wait(&mut self, yielded: &Value) -> (AwaitKind, String) {
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

    // --- finishing activities ---

    fn finish_top_yielded(&mut self, value: Value) {
        let Some(act) = self.stack.pop() else { return };
        self.interp.drop_context(act.ctx);
        match act.kind {
            Kind::Step { task, id } => {
                let line = self.coro_line(&task);
                let awaits = self.describe_wait(&value);
                self.end_step_trace(id, line, Some(awaits));
                if let Err(e) = self.interp.call_method(&task, "_step_yielded", &[value]) {
                    self.report_callback_error(e, "Task step");
                }
            }
            _ => {
                let err = PyErr::runtime_error("yield outside a task");
                self.finish_activity(act.kind, Err(err));
                return;
            }
        }
        self.resume_waiting_parent();
    }

    fn finish_top(&mut self, result: Result<Value, PyErr>) {
        let Some(act) = self.stack.pop() else { return };
        if !matches!(act.kind, Kind::Main) {
            self.interp.drop_context(act.ctx);
        }
        self.finish_activity(act.kind, result);
    }

    fn finish_activity(&mut self, kind: Kind, result: Result<Value, PyErr>) {
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
            Kind::Step { task, id } => {
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

    fn record_task_done(&mut self, task: &Value, id: Option<TaskId>) {
        let Some(id) = id else { return };
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

    fn coro_line(&mut self, task: &Value) -> u32 {
        self.interp
            .getattr_opt(task, "_coro")
            .ok()
            .flatten()
            .map_or(0, |c| user_coro_line(&c))
    }

    /// After a child activity ends, the activity that asked for it carries on.
    fn resume_waiting_parent(&mut self) {
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

    fn is_fatal(&self, e: &PyErr) -> bool {
        match e {
            PyErr::Exc(v) => {
                self.interp.is_exc_kind(v, ExcKind::SystemExit)
                    || self.interp.is_exc_kind(v, ExcKind::KeyboardInterrupt)
            }
            PyErr::HostCall(_) => false,
        }
    }

    /// SystemExit or KeyboardInterrupt escaped a callback: leave `run_forever` with it.
    fn abort_loop(&mut self, e: PyErr) {
        while let Some(act) = self.stack.pop() {
            if matches!(act.kind, Kind::Main) {
                self.stack.push(act);
                break;
            }
            self.interp.drop_context(act.ctx);
        }
        if let Some(run) = self.runs.pop() {
            let ctx = run.waiter.ctx;
            self.stack.push(run.waiter);
            if let Err(e2) = self.interp.resume_host_call(ctx, Err(e)) {
                self.finish_top(Err(e2));
            }
        }
    }

    fn call_exception_handler(
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

    fn report_callback_error(&mut self, e: PyErr, what: &str) {
        if let PyErr::Exc(exc) = e {
            let text = format!(
                "Exception in {what}\n{}",
                self.interp.format_exception(&exc)
            );
            self.interp.write(Stream::Stderr, &text);
        }
    }

    // --- the loop ---

    /// One scheduling decision of the innermost running loop.
    fn loop_next(&mut self) {
        let Some(run) = self.runs.last() else { return };
        let sched = run.sched.clone();
        let loop_obj = run.loop_obj.clone();
        let now = self.now();
        let next = sched.borrow_mut().next(now);
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

    fn start_handle(&mut self, handle: Rc<Handle>, loop_obj: Value) {
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
                        Request::TaskStep { task, exc } => self.begin_step(task, exc),
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
    fn callback_failed(&mut self, handle: &Rc<Handle>, loop_obj: &Value, e: PyErr) {
        let what = describe_callback(&mut self.interp, &handle.callback, &handle.args);
        let handle_obj = crate::natives::handle_object(&self.interp, handle);
        self.call_exception_handler(
            loop_obj,
            e,
            &format!("Exception in callback {what}"),
            handle_obj,
        );
    }

    /// Nothing can ever run again: say who waits on what, then end the run.
    fn deadlock(&mut self, loop_obj: &Value) {
        let mut text = String::from(
            "Loopscope: deadlock: the event loop has nothing left to run and no timer pending, \
             but the main task has not finished (CPython would wait here forever).\n",
        );
        let mut stuck = Vec::new();
        let tasks = self
            .interp
            .import_module("asyncio.tasks")
            .and_then(|m| self.interp.getattr_str(&m, "all_tasks"))
            .and_then(|f| self.interp.call(&f, std::slice::from_ref(loop_obj), &[]))
            .and_then(|set| {
                self.interp
                    .call(&Value::Builtin(sorted_builtin(&self.interp)), &[set], &[])
            });
        if let Ok(Value::List(list)) = tasks {
            let items = list.borrow().clone();
            for task in items {
                let name = self
                    .interp
                    .call_method(&task, "get_name", &[])
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default();
                let waiter = self
                    .interp
                    .getattr_opt(&task, "_fut_waiter")
                    .ok()
                    .flatten()
                    .unwrap_or(Value::None);
                let (kind, detail) = self.describe_wait(&waiter);
                let loc = self
                    .interp
                    .getattr_opt(&task, "_coro")
                    .ok()
                    .flatten()
                    .and_then(|c| coro_location(&c));
                let (file, line) = loc.map_or(("?".into(), 0), |(f, l, _)| (f.to_string(), l));
                text.push_str(&format!("  {name} waits on {detail} at {file}:{line}\n"));
                if let Some(id) = task_id(&mut self.interp, &task) {
                    stuck.push((id, kind, detail, line as u32));
                }
            }
        }
        self.interp.write(Stream::Stderr, &text);
        self.record(|t, at| TraceEvent::Deadlock {
            at,
            stuck: stuck
                .into_iter()
                .map(|(task, kind, detail, line)| crate::trace::Stuck {
                    task,
                    awaits: Await {
                        kind,
                        detail: t.intern(&detail),
                    },
                    line,
                })
                .collect(),
        });
        self.finish(1);
    }

    /// Ends the run: finalisers, unretrieved-exception warnings, the trace's last event.
    fn finish(&mut self, status: i32) {
        if self.status.is_some() {
            return;
        }
        self.status = Some(status);
        self.warn_unretrieved();
        self.interp.finish();
        self.record(|_, at| TraceEvent::RunEnd {
            at,
            exit_code: status,
        });
    }

    fn warn_unretrieved(&mut self) {
        let watched = std::mem::take(&mut self.shared.borrow_mut().watched);
        for fut in watched {
            let log = self
                .interp
                .getattr_opt(&fut, "_log_traceback")
                .ok()
                .flatten();
            if !matches!(log, Some(Value::Bool(true))) {
                continue;
            }
            let is_task = self
                .interp
                .getattr_opt(&fut, "_coro")
                .ok()
                .flatten()
                .is_some();
            let what = if is_task { "Task" } else { "Future" };
            let repr = self.interp.repr_of(&fut).unwrap_or_default();
            let exc = self
                .interp
                .getattr_opt(&fut, "_exception")
                .ok()
                .flatten()
                .unwrap_or(Value::None);
            let tb = self.interp.format_exception(&exc);
            let text = format!("{what} exception was never retrieved\nfuture: {repr}\n{tb}");
            self.interp.write(Stream::Stderr, &text);
            self.record(|t, at| TraceEvent::Warning {
                at,
                text: t.intern(&format!("{what} exception was never retrieved")),
            });
        }
    }

    /// The trace's clock kind.
    pub fn clock_kind(&self) -> ClockKind {
        self.shared.borrow().clock.kind()
    }
}

fn sorted_builtin(interp: &Interp) -> Rc<loopscope_python::objects::Builtin> {
    let b = interp.builtins_dict();
    let d = b.borrow();
    match d.get_str("sorted") {
        Some(Value::Builtin(b)) => b.clone(),
        _ => Rc::new(loopscope_python::objects::Builtin::new(
            "sorted",
            Rc::new(|_, args, _| Ok(args.first().cloned().unwrap_or(Value::None))),
        )),
    }
}

fn fmt_secs(secs: f64) -> String {
    loopscope_python::format::float_repr(secs)
}
