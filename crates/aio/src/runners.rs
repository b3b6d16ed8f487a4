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
//! busy task can be sliced and stopped), block on `time.sleep` or a blocking fetch
//! (`requests.get`). Real fetches in flight are polled (`runners/io.rs`): while only
//! they are awaited, `poll` returns short waits instead of reporting a deadlock.

mod block;
mod builder;
mod debug;
mod fast;
mod inspect;
mod io;
pub(crate) mod notebook;
mod report;
mod steps;
mod threads;

pub use builder::{LiveRun, RuntimeBuilder};
pub use inspect::LoopSnapshot;

use crate::base_events::Scheduler;
use crate::clock::{Clock, RESOLUTION};
use crate::events::Handle;
use crate::state::{Request, Shared, SharedRef};
use crate::trace::{Nanos, Stream as TStream, TaskId, ThreadId, TraceEvent};
use block::Blocked;
use loopscope_python::{ContextId, Halt, Interp, OutputSink, PyErr, Stream, Value};
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
    /// Real fetches are in flight: poll them, waiting at most until this time.
    WaitIo(Option<f64>),
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
    /// Stepping: the loop waits before its next iteration until `Runtime::step`.
    Paused,
}

enum Kind {
    Main,
    Callback {
        handle: Rc<Handle>,
        loop_obj: Value,
    },
    Step {
        task: Value,
        id: Option<TaskId>,
        /// The context this step's handle entered without `Context.run`'s frame
        /// (`fast::enter_handle_context`), left when the step ends.
        entered: Option<fast::Entered>,
    },
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
    running: Who,
    /// Instructions the running thread has had since it took the GIL.
    quantum: u64,
    /// The trace's `ThreadRan` event of the latest virtual-thread turn, which the next
    /// slice of the same thread extends when nothing ran in between.
    gil_turn: Option<usize>,
    /// The loop inspector: pause before each iteration, unless one step was granted.
    stepping: bool,
    step_grant: bool,
    paused: bool,
    /// Keep the interpreter's modules when a program ends (`keep_modules`).
    keep_modules: bool,
    /// `_aioloop.task_step`, for the task steps scheduled from Rust (`fast.rs`).
    task_step: Option<Value>,
    /// The attribute names the fast task-step paths use, interned once.
    keys: Rc<fast::Keys>,
    /// The handle running on a loop in debug mode, timed (`debug.rs`).
    handle_run: Option<debug::HandleRun>,
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
        // A coroutine's origin (asyncio's debug mode) runs through the contexts under the
        // running one, as the debug mode's other source tracebacks do.
        interp.set_origin_stack(std::rc::Rc::new(|interp: &Interp| {
            crate::natives::source_stack(interp, 0, usize::MAX)
        }));
        loopscope_stdlib::install(&mut interp);
        crate::modules::install(&mut interp);
        Runtime {
            interp,
            shared,
            stack: Vec::new(),
            runs: Vec::new(),
            blocked: None,
            status: None,
            main_status: None,
            threads: Vec::new(),
            running: Who::Loop,
            quantum: 0,
            gil_turn: None,
            stepping: false,
            step_grant: false,
            paused: false,
            keep_modules: false,
            task_step: None,
            keys: Rc::new(fast::Keys::new()),
            handle_run: None,
        }
    }

    /// Keeps `__main__` and every module alive when a program ends, so that `start` can run
    /// more code in the same interpreter: a process-pool worker imports the program once
    /// and then runs job after job, as a worker process of CPython's pool does.
    pub fn keep_modules(&mut self) {
        self.keep_modules = true;
    }

    /// The state natives and the driver share; hosts use the builder and accessors.
    pub(crate) fn shared(&self) -> &SharedRef {
        &self.shared
    }

    /// The loop's thread is blocked right now (`time.sleep`, `requests.get`): since when
    /// (seconds on the run's clock) and by what, for views that show the block before it
    /// ends.
    pub fn blocked_now(&self) -> Option<(f64, String)> {
        self.blocked
            .as_ref()
            .map(|b| (b.start.as_secs(), b.cause_text()))
    }

    /// Compiles `source` and gets ready to run it as `__main__`. A syntax error is printed
    /// as CPython prints it and the run is finished with status 1. Called again after the
    /// program ended, it runs `source` as a new `__main__` in the same interpreter (see
    /// `keep_modules`).
    pub fn start(&mut self, source: &str, filename: &str) {
        if self.status.take().is_some() {
            self.main_status = None;
            self.running = Who::Loop;
            self.quantum = 0;
        }
        {
            let mut s = self.shared.borrow_mut();
            let clock = s.clock.kind();
            s.pool.set_program(source, filename);
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
            if self.paused {
                return Poll::Paused;
            }
            if spent >= budget {
                return Poll::Busy;
            }
            let soon = std::mem::take(&mut self.shared.borrow_mut().threads_to_start);
            for (func, name, id) in soon {
                self.start_thread(func, name, id);
            }
            self.poll_io();
            self.poll_pools();
            let now = self.now();
            let who = match self.choose(now) {
                Choice::Run(who) => {
                    self.shared.borrow_mut().net.working();
                    who
                }
                Choice::WaitIo(until) => {
                    if until.is_some_and(|t| t < now + RESOLUTION) {
                        // A fetch's deadline is due: `poll_io` ends it.
                        continue;
                    }
                    let mut s = self.shared.borrow_mut();
                    s.net.waiting(until);
                    let next = now + s.net.io_poll();
                    return Poll::WaitUntil(until.map_or(next, |t| t.min(next)));
                }
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
            let started = self.shared.borrow().clock.nanos();
            // Taken now: the slice may end the thread and remove it.
            let turn = match who {
                Who::Thread(i) => self.threads.get(i).map(|t| t.id),
                Who::Loop => None,
            };
            let n = match who {
                Who::Loop => self.run_loop_thread(slice),
                Who::Thread(i) => self.run_thread(i, slice),
            };
            spent = spent.saturating_add(n.max(1));
            self.quantum = self.quantum.saturating_add(n.max(1));
            self.shared.borrow_mut().clock.charge(n);
            if let Some(thread) = turn {
                self.thread_ran(thread, started);
            }
        }
    }

    /// Who runs next at `now`, or how long everyone waits.
    fn choose(&mut self, now: f64) -> Choice {
        let loop_wake = self.loop_wake(now);
        if matches!(loop_wake, Wake::Done) {
            // The program is over (daemon threads may be left, abandoned); fetches still
            // in flight are abandoned too, as at exit.
            return Choice::Done;
        }
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
                // A new turn, even when the same thread gets it again.
                self.quantum = 0;
                return Choice::Run(who);
            }
        }
        let mut earliest: Option<f64> = match loop_wake {
            Wake::At(t) if t.is_finite() => Some(t),
            _ => None,
        };
        let (io, io_deadline) = {
            let s = self.shared.borrow();
            (s.net.busy(), s.net.next_deadline())
        };
        let untils = self
            .threads
            .iter()
            .filter_map(|t| t.blocked.as_ref().map(|b| b.until));
        for until in untils.chain(io_deadline).filter(|t| t.is_finite()) {
            earliest = Some(earliest.map_or(until, |e| e.min(until)));
        }
        match (earliest, loop_wake) {
            _ if io => Choice::WaitIo(earliest),
            (Some(t), _) => Choice::WaitUntil(t),
            (None, Wake::Done) => Choice::Done,
            (None, _) => Choice::Deadlock,
        }
    }

    /// When the loop's thread can next run.
    fn loop_wake(&self, now: f64) -> Wake {
        if self.main_status.is_some() {
            // As CPython's shutdown: wait for the threads that are not daemons; daemon
            // threads still running are abandoned.
            let daemons = &self.shared.borrow().daemon_threads;
            return if self.threads.iter().all(|t| daemons.contains(&t.id.0)) {
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
            self.set_ctx_chain();
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

    fn now(&self) -> f64 {
        self.shared.borrow().clock.now()
    }

    /// Tells the natives which contexts lie under the one about to run on the loop's
    /// thread (`Shared::ctx_chain`).
    fn set_ctx_chain(&mut self) {
        let below = self.stack.len().saturating_sub(1);
        let mut s = self.shared.borrow_mut();
        s.ctx_chain.clear();
        let waiters = self.runs.iter().map(|r| r.waiter.ctx);
        let active = self.stack[..below].iter().map(|a| a.ctx);
        s.ctx_chain.extend(waiters.chain(active));
    }

    fn record(&self, make: impl FnOnce(&mut crate::trace::Trace, Nanos) -> TraceEvent) {
        let mut s = self.shared.borrow_mut();
        let at = s.clock.nanos();
        s.record(|t| make(t, at));
    }

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
                self.begin_step(task, exc, None);
            }
            req @ (Request::Sleep(_) | Request::Fetch { .. } | Request::PoolWait { .. }) => {
                let (now, start) = {
                    let s = self.shared.borrow();
                    (s.clock.now(), s.clock.nanos())
                };
                let line = self
                    .interp
                    .user_location_of(ctx)
                    .map_or(0, |(_, l)| l as u32);
                self.blocked = Blocked::from_request(req, now, start, line).ok();
            }
        }
    }

    /// Ends the run: finalisers, unretrieved-exception warnings, the trace's last event.
    fn finish(&mut self, status: i32) {
        if self.status.is_some() {
            return;
        }
        self.status = Some(status);
        if !self.keep_modules {
            // Freeing the program's globals reports what they held, as CPython's shutdown
            // does (a future's `__del__`); what is still alive after is reported here.
            self.interp.finish();
        }
        self.warn_unretrieved();
        self.record(|_, at| TraceEvent::RunEnd {
            at,
            exit_code: status,
        });
    }
}

/// A builtin function by name (`list`, `sorted`), for the driver's own calls.
fn builtin(interp: &Interp, name: &str) -> Option<Value> {
    interp.builtins_dict().borrow().get_str(name).cloned()
}
