//! Chrome's Trace Event format, which Perfetto and chrome://tracing open.
//!
//! Process 1 is the event loop: track 0 is the loop itself (blocked spans, warnings), and
//! each task gets its own track numbered by its id, with "run" spans for its steps and
//! "wait" spans for the time between them. Process 2 holds the threads and workers;
//! process 3 the HTTP fetches, a track each.

use super::json::quote;
use super::{Nanos, TaskId, Trace, TraceEvent};
use std::collections::HashMap;
use std::fmt::Write;

const LOOP_PID: u32 = 1;
const THREAD_PID: u32 = 2;
const FETCH_PID: u32 = 3;

struct Writer {
    out: String,
    first: bool,
}

impl Writer {
    fn sep(&mut self) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
    }

    /// A complete ("X") event from `start` to `end`.
    fn span(&mut self, pid: u32, tid: u32, cat: &str, name: &str, start: Nanos, end: Nanos) {
        self.sep();
        let dur = end.0.saturating_sub(start.0);
        let _ = write!(
            self.out,
            "{{\"ph\":\"X\",\"pid\":{pid},\"tid\":{tid},\"cat\":\"{cat}\",\"ts\":{},\"dur\":{},\"name\":",
            micros(start),
            micros(Nanos(dur))
        );
        quote(&mut self.out, name);
        self.out.push('}');
    }

    /// An instant ("i") event.
    fn instant(&mut self, pid: u32, tid: u32, cat: &str, name: &str, at: Nanos) {
        self.sep();
        let _ = write!(
            self.out,
            "{{\"ph\":\"i\",\"s\":\"t\",\"pid\":{pid},\"tid\":{tid},\"cat\":\"{cat}\",\"ts\":{},\"name\":",
            micros(at)
        );
        quote(&mut self.out, name);
        self.out.push('}');
    }

    /// A metadata ("M") event naming a process or a track.
    fn name(&mut self, what: &str, pid: u32, tid: u32, name: &str) {
        self.sep();
        let _ = write!(
            self.out,
            "{{\"ph\":\"M\",\"pid\":{pid},\"tid\":{tid},\"name\":\"{what}\",\"args\":{{\"name\":"
        );
        quote(&mut self.out, name);
        self.out.push_str("}}");
    }
}

fn micros(t: Nanos) -> String {
    format!("{}.{:03}", t.0 / 1000, t.0 % 1000)
}

/// The trace in Chrome's JSON object format.
pub fn to_chrome_json(trace: &Trace) -> String {
    use TraceEvent::*;
    let s = |sym| trace.strings.get(sym);
    let mut w = Writer {
        out: String::from("{\"displayTimeUnit\":\"ms\",\"traceEvents\":["),
        first: true,
    };
    w.name("process_name", LOOP_PID, 0, "event loop");
    w.name("thread_name", LOOP_PID, 0, "loop");
    w.name("process_name", THREAD_PID, 0, "threads and workers");
    w.name("process_name", FETCH_PID, 0, "network");

    let mut names: HashMap<TaskId, String> = HashMap::new();
    let mut running: HashMap<TaskId, Nanos> = HashMap::new();
    let mut waiting: HashMap<TaskId, (Nanos, String)> = HashMap::new();
    let mut threads: HashMap<u32, Nanos> = HashMap::new();
    let mut fetches: HashMap<u32, (Nanos, String)> = HashMap::new();
    for e in &trace.events {
        match e {
            TaskCreated { task, name, .. } => {
                names.insert(*task, s(*name).to_string());
                w.name("thread_name", LOOP_PID, task.0, s(*name));
            }
            TaskRenamed { task, name, .. } => {
                names.insert(*task, s(*name).to_string());
                w.name("thread_name", LOOP_PID, task.0, s(*name));
            }
            StepStart { at, task, .. } => {
                if let Some((since, what)) = waiting.remove(task) {
                    w.span(LOOP_PID, task.0, "wait", &what, since, *at);
                }
                running.insert(*task, *at);
            }
            StepEnd {
                at, task, awaits, ..
            } => {
                if let Some(start) = running.remove(task) {
                    let name = names.get(task).map_or("step", String::as_str);
                    w.span(LOOP_PID, task.0, "run", name, start, *at);
                }
                if let Some(a) = awaits {
                    waiting.insert(*task, (*at, format!("await {}", s(a.detail))));
                }
            }
            TaskDone { at, task, .. } => {
                w.instant(LOOP_PID, task.0, "task", "done", *at);
            }
            CancelRequested { at, task, .. } => {
                w.instant(LOOP_PID, task.0, "task", "cancel requested", *at);
            }
            LoopBlocked {
                start, end, cause, ..
            } => {
                w.span(
                    LOOP_PID,
                    0,
                    "blocked",
                    &format!("blocked: {}", s(*cause)),
                    *start,
                    *end,
                );
            }
            SlowCallback {
                start, end, what, ..
            } => {
                w.span(
                    LOOP_PID,
                    0,
                    "slow",
                    &format!("slow callback: {}", s(*what)),
                    *start,
                    *end,
                );
            }
            Output { at, task, text, .. } => {
                let tid = task.map_or(0, |t| t.0);
                w.instant(LOOP_PID, tid, "output", s(*text), *at);
            }
            Warning { at, text } => w.instant(LOOP_PID, 0, "warning", s(*text), *at),
            CellStarted { at, cell, line, .. } => w.instant(
                LOOP_PID,
                0,
                "cell",
                &format!("cell {cell} (line {line})"),
                *at,
            ),
            ThreadStart {
                at,
                thread,
                name,
                worker,
            } => {
                w.name("thread_name", THREAD_PID, thread.0, s(*name));
                // A pool worker is a process of its own: busy from start to end. A thread
                // shares the GIL: its turns are `ThreadRan` spans.
                if *worker {
                    threads.insert(thread.0, *at);
                }
            }
            ThreadEnd { at, thread } => {
                if let Some(start) = threads.remove(&thread.0) {
                    w.span(THREAD_PID, thread.0, "thread", "busy", start, *at);
                }
            }
            ThreadRan { start, end, thread } => {
                w.span(
                    THREAD_PID,
                    thread.0,
                    "gil",
                    "running (holds the GIL)",
                    *start,
                    *end,
                );
            }
            ThreadBlocked {
                start,
                end,
                thread,
                cause,
            } => {
                let what = format!("blocked: {}", s(*cause));
                w.span(THREAD_PID, thread.0, "blocked", &what, *start, *end);
            }
            FetchStart {
                at,
                fetch,
                method,
                url,
                ..
            } => {
                let what = format!("{} {}", s(*method), s(*url));
                w.name("thread_name", FETCH_PID, *fetch, &what);
                fetches.insert(*fetch, (*at, what));
            }
            FetchEnd {
                at,
                fetch,
                status,
                error,
                ..
            } => {
                if let Some((start, what)) = fetches.remove(fetch) {
                    let outcome = match error {
                        Some(e) => s(*e).to_string(),
                        None => status.to_string(),
                    };
                    w.span(
                        FETCH_PID,
                        *fetch,
                        "fetch",
                        &format!("{what} → {outcome}"),
                        start,
                        *at,
                    );
                }
            }
            Deadlock { at, .. } => w.instant(LOOP_PID, 0, "deadlock", "deadlock", *at),
            RunStart { .. }
            | RunEnd { .. }
            | TimerSet { .. }
            | TimerCancelled { .. }
            | TimerFired { .. }
            | FutureDone { .. } => {}
        }
    }
    w.out.push_str("]}");
    w.out
}
