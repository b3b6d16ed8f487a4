//! The trace: one stream of plain-data events, recorded by the loop as it runs.
//!
//! Every view (console, timeline, sequence diagram, inspector, comparison) and every export
//! reads this stream, never the loop's internals. Events hold ids, interned strings and
//! nanoseconds of the run's clock, so appending one is cheap even for 100,000-task programs.
//! Exports: our JSON (`json.rs`), Chrome's Trace Event format for Perfetto (`chrome.rs`), and
//! a line-per-event text used by golden tests (`TraceEvent::to_text`).

mod chrome;
mod json;
pub mod wire;

pub use chrome::to_chrome_json;
pub use json::to_json;

use loopscope_python::objects::fasthash::FastMap;

/// Nanoseconds on the run's clock (virtual or real), counted from the run's start.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Nanos(pub u64);

impl Nanos {
    /// From seconds, rounding to the nearest nanosecond; negative times clamp to zero.
    pub fn from_secs(secs: f64) -> Nanos {
        if secs.is_finite() && secs > 0.0 {
            Nanos((secs * 1e9).round() as u64)
        } else {
            Nanos(0)
        }
    }

    pub fn as_secs(self) -> f64 {
        self.0 as f64 / 1e9
    }
}

/// A task, numbered as CPython names them: `TaskId(3)` is `Task-3` unless renamed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TaskId(pub u32);

/// A virtual thread (`to_thread`, executors) or a worker of the process pool.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ThreadId(pub u32);

/// An interned string of the trace's [`Interner`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Sym(pub u32);

/// Which clock a run used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClockKind {
    Virtual,
    Real,
}

/// Which output stream a print went to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// What kind of thing a suspended task waits for; `detail` in [`Await`] says which one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AwaitKind {
    /// A bare yield: `sleep(0)`, back in the ready queue next iteration.
    Yield,
    Sleep,
    Task,
    Future,
    Gather,
    Lock,
    Event,
    Semaphore,
    Condition,
    QueueGet,
    QueuePut,
    Fetch,
    Thread,
    Worker,
    Other,
}

impl AwaitKind {
    pub fn name(self) -> &'static str {
        match self {
            AwaitKind::Yield => "yield",
            AwaitKind::Sleep => "sleep",
            AwaitKind::Task => "task",
            AwaitKind::Future => "future",
            AwaitKind::Gather => "gather",
            AwaitKind::Lock => "lock",
            AwaitKind::Event => "event",
            AwaitKind::Semaphore => "semaphore",
            AwaitKind::Condition => "condition",
            AwaitKind::QueueGet => "queue-get",
            AwaitKind::QueuePut => "queue-put",
            AwaitKind::Fetch => "fetch",
            AwaitKind::Thread => "thread",
            AwaitKind::Worker => "worker",
            AwaitKind::Other => "other",
        }
    }
}

/// What a task waits on when a step ends: a kind and a human label (`sleep(0.2)`, `Task-3`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Await {
    pub kind: AwaitKind,
    pub detail: Sym,
}

/// How a task ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Returned; `repr` of the result.
    Result(Sym),
    /// Raised; the exception's `Type: message` line.
    Exception(Sym),
    Cancelled,
}

/// One task stuck forever, as a deadlock report lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stuck {
    pub task: TaskId,
    pub awaits: Await,
    pub line: u32,
}

/// One thing that happened, at a time on the run's clock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TraceEvent {
    RunStart {
        at: Nanos,
        clock: ClockKind,
    },
    RunEnd {
        at: Nanos,
        exit_code: i32,
    },
    TaskCreated {
        at: Nanos,
        task: TaskId,
        name: Sym,
        coro: Sym,
        parent: Option<TaskId>,
        line: u32,
    },
    TaskRenamed {
        at: Nanos,
        task: TaskId,
        name: Sym,
    },
    /// A task's step began, resuming at `line`.
    StepStart {
        at: Nanos,
        task: TaskId,
        line: u32,
    },
    /// A task's step ended, suspended at `line`, waiting on `awaits` (None when it finished).
    StepEnd {
        at: Nanos,
        task: TaskId,
        line: u32,
        awaits: Option<Await>,
    },
    TimerSet {
        at: Nanos,
        timer: u32,
        when: Nanos,
    },
    TimerCancelled {
        at: Nanos,
        timer: u32,
    },
    TimerFired {
        at: Nanos,
        timer: u32,
    },
    FutureDone {
        at: Nanos,
        future: u32,
    },
    CancelRequested {
        at: Nanos,
        task: TaskId,
        by: Option<TaskId>,
        msg: Option<Sym>,
    },
    TaskDone {
        at: Nanos,
        task: TaskId,
        outcome: Outcome,
    },
    Output {
        at: Nanos,
        task: Option<TaskId>,
        stream: Stream,
        text: Sym,
    },
    /// The loop's thread could not switch tasks from `start` to `end` (`time.sleep`, CPU).
    LoopBlocked {
        start: Nanos,
        end: Nanos,
        task: Option<TaskId>,
        line: u32,
        cause: Sym,
    },
    ThreadStart {
        at: Nanos,
        thread: ThreadId,
        name: Sym,
        worker: bool,
    },
    ThreadEnd {
        at: Nanos,
        thread: ThreadId,
    },
    /// A virtual thread held the GIL and ran Python from `start` to `end` (turns that
    /// follow one another without a switch are one event). Between its turns, a thread
    /// that is neither blocked nor finished is waiting for the GIL.
    ThreadRan {
        start: Nanos,
        end: Nanos,
        thread: ThreadId,
    },
    /// A virtual thread was blocked from `start` to `end` (`time.sleep`, a blocking HTTP
    /// call, a process pool) and held no GIL meanwhile.
    ThreadBlocked {
        start: Nanos,
        end: Nanos,
        thread: ThreadId,
        cause: Sym,
    },
    /// An HTTP request began (`task`: the task that made it, if any).
    FetchStart {
        at: Nanos,
        fetch: u32,
        task: Option<TaskId>,
        method: Sym,
        url: Sym,
    },
    /// An HTTP request ended: its status and body size, or (status 0) why it failed.
    FetchEnd {
        at: Nanos,
        fetch: u32,
        status: u16,
        bytes: u64,
        error: Option<Sym>,
    },
    Warning {
        at: Nanos,
        text: Sym,
    },
    /// Debug mode: one callback of the loop (a task's step, a handle) ran from `start` to
    /// `end`, at least `loop.slow_callback_duration`; `what` is how asyncio's
    /// "Executing ... took ... seconds" warning named it.
    SlowCallback {
        start: Nanos,
        end: Nanos,
        task: Option<TaskId>,
        what: Sym,
    },
    Deadlock {
        at: Nanos,
        stuck: Vec<Stuck>,
    },
    /// Notebook mode: cell number `cell` (from 1), whose first line is `line`, begins in
    /// the driver's task.
    CellStarted {
        at: Nanos,
        cell: u32,
        line: u32,
        task: Option<TaskId>,
    },
}

impl TraceEvent {
    /// The time the event happened (a blocked span's start).
    pub fn at(&self) -> Nanos {
        use TraceEvent::*;
        match self {
            RunStart { at, .. }
            | RunEnd { at, .. }
            | TaskCreated { at, .. }
            | TaskRenamed { at, .. }
            | StepStart { at, .. }
            | StepEnd { at, .. }
            | TimerSet { at, .. }
            | TimerCancelled { at, .. }
            | TimerFired { at, .. }
            | FutureDone { at, .. }
            | CancelRequested { at, .. }
            | TaskDone { at, .. }
            | Output { at, .. }
            | ThreadStart { at, .. }
            | ThreadEnd { at, .. }
            | FetchStart { at, .. }
            | FetchEnd { at, .. }
            | Warning { at, .. }
            | CellStarted { at, .. }
            | Deadlock { at, .. } => *at,
            LoopBlocked { start, .. }
            | ThreadRan { start, .. }
            | ThreadBlocked { start, .. }
            | SlowCallback { start, .. } => *start,
        }
    }

    /// The event's kebab-case name, shared by every export.
    pub fn kind(&self) -> &'static str {
        use TraceEvent::*;
        match self {
            RunStart { .. } => "run-start",
            RunEnd { .. } => "run-end",
            TaskCreated { .. } => "task-created",
            TaskRenamed { .. } => "task-renamed",
            StepStart { .. } => "step-start",
            StepEnd { .. } => "step-end",
            TimerSet { .. } => "timer-set",
            TimerCancelled { .. } => "timer-cancelled",
            TimerFired { .. } => "timer-fired",
            FutureDone { .. } => "future-done",
            CancelRequested { .. } => "cancel-requested",
            TaskDone { .. } => "task-done",
            Output { .. } => "output",
            LoopBlocked { .. } => "loop-blocked",
            ThreadStart { .. } => "thread-start",
            ThreadEnd { .. } => "thread-end",
            ThreadRan { .. } => "thread-ran",
            ThreadBlocked { .. } => "thread-blocked",
            FetchStart { .. } => "fetch-start",
            FetchEnd { .. } => "fetch-end",
            Warning { .. } => "warning",
            SlowCallback { .. } => "slow-callback",
            CellStarted { .. } => "cell-started",
            Deadlock { .. } => "deadlock",
        }
    }
}

/// Interned strings: each distinct text is stored once.
#[derive(Clone, Debug, Default)]
pub struct Interner {
    strings: Vec<String>,
    index: FastMap<String, Sym>,
}

impl Interner {
    pub fn intern(&mut self, text: &str) -> Sym {
        if let Some(&sym) = self.index.get(text) {
            return sym;
        }
        let sym = Sym(self.strings.len() as u32);
        self.strings.push(text.to_string());
        self.index.insert(text.to_string(), sym);
        sym
    }

    /// Appends `text` as the next symbol even when it is known already, so that a copy fed
    /// another table's strings in order numbers them as that table does.
    fn push_new(&mut self, text: String) {
        let sym = Sym(self.strings.len() as u32);
        self.index.entry(text.clone()).or_insert(sym);
        self.strings.push(text);
    }

    /// How many strings the table holds.
    pub fn len(&self) -> usize {
        self.strings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.strings.is_empty()
    }

    /// The text of a symbol; an unknown symbol reads as empty rather than failing.
    pub fn get(&self, sym: Sym) -> &str {
        self.strings.get(sym.0 as usize).map_or("", String::as_str)
    }
}

/// A run's whole trace: the events in order and the strings they refer to.
#[derive(Clone, Debug, Default)]
pub struct Trace {
    pub events: Vec<TraceEvent>,
    pub strings: Interner,
}

impl Trace {
    pub fn push(&mut self, event: TraceEvent) {
        self.events.push(event);
    }

    pub fn intern(&mut self, text: &str) -> Sym {
        self.strings.intern(text)
    }

    /// One line per event, for golden tests and reading by eye.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for e in &self.events {
            out.push_str(&self.event_text(e));
            out.push('\n');
        }
        out
    }

    fn event_text(&self, e: &TraceEvent) -> String {
        use TraceEvent::*;
        let s = |sym: Sym| self.strings.get(sym);
        let awaits = |a: Option<Await>| {
            a.map_or("-".to_string(), |a| {
                format!("{}:{}", a.kind.name(), s(a.detail))
            })
        };
        let head = format!("{:>9.3} {}", e.at().as_secs(), e.kind());
        let rest = match e {
            RunStart { clock, .. } => format!("clock={clock:?}"),
            RunEnd { exit_code, .. } => format!("exit={exit_code}"),
            TaskCreated {
                task,
                name,
                coro,
                parent,
                line,
                ..
            } => format!(
                "#{} name={} coro={} parent={} line={line}",
                task.0,
                s(*name),
                s(*coro),
                task_label(*parent),
            ),
            TaskRenamed { task, name, .. } => format!("#{} name={}", task.0, s(*name)),
            StepStart { task, line, .. } => format!("#{} line={line}", task.0),
            StepEnd {
                task,
                line,
                awaits: a,
                ..
            } => {
                format!("#{} line={line} awaits={}", task.0, awaits(*a))
            }
            TimerSet { timer, when, .. } => format!("timer={timer} when={:.3}", when.as_secs()),
            TimerCancelled { timer, .. } | TimerFired { timer, .. } => format!("timer={timer}"),
            FutureDone { future, .. } => format!("future={future}"),
            CancelRequested {
                task: t, by, msg, ..
            } => format!(
                "#{} by={} msg={}",
                t.0,
                task_label(*by),
                msg.map_or("-", |m| s(m))
            ),
            TaskDone { task, outcome, .. } => match outcome {
                Outcome::Result(r) => format!("#{} result={}", task.0, s(*r)),
                Outcome::Exception(x) => format!("#{} exception={}", task.0, s(*x)),
                Outcome::Cancelled => format!("#{} cancelled", task.0),
            },
            Output {
                task: t,
                stream,
                text,
                ..
            } => {
                format!("{} {stream:?} {:?}", task_label(*t), s(*text))
            }
            LoopBlocked {
                end,
                task: t,
                line,
                cause,
                ..
            } => format!(
                "until={:.3} task={} line={line} cause={}",
                end.as_secs(),
                task_label(*t),
                s(*cause)
            ),
            ThreadStart {
                thread,
                name,
                worker,
                ..
            } => {
                format!("thread={} name={} worker={worker}", thread.0, s(*name))
            }
            ThreadEnd { thread, .. } => format!("thread={}", thread.0),
            ThreadRan { end, thread, .. } => {
                format!("thread={} until={:.3}", thread.0, end.as_secs())
            }
            ThreadBlocked {
                end, thread, cause, ..
            } => format!(
                "thread={} until={:.3} cause={}",
                thread.0,
                end.as_secs(),
                s(*cause)
            ),
            FetchStart {
                fetch,
                task: t,
                method,
                url,
                ..
            } => {
                format!(
                    "fetch={fetch} task={} {} {}",
                    task_label(*t),
                    s(*method),
                    s(*url)
                )
            }
            FetchEnd {
                fetch,
                status,
                bytes,
                error,
                ..
            } => match error {
                Some(e) => format!("fetch={fetch} error={:?}", s(*e)),
                None => format!("fetch={fetch} status={status} bytes={bytes}"),
            },
            Warning { text, .. } => format!("{:?}", s(*text)),
            SlowCallback {
                end, task: t, what, ..
            } => format!(
                "until={:.3} task={} what={:?}",
                end.as_secs(),
                task_label(*t),
                s(*what)
            ),
            CellStarted { cell, line, .. } => format!("cell={cell} line={line}"),
            Deadlock { stuck, .. } => stuck
                .iter()
                .map(|st| {
                    format!(
                        "#{} awaits={} line={}",
                        st.task.0,
                        awaits(Some(st.awaits)),
                        st.line
                    )
                })
                .collect::<Vec<_>>()
                .join("; "),
        };
        format!("{head} {rest}")
    }
}

fn task_label(t: Option<TaskId>) -> String {
    t.map_or("-".to_string(), |t| format!("#{}", t.0))
}

#[cfg(test)]
mod tests;
