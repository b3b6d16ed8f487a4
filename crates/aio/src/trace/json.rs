//! Our JSON export of a trace: one object per event, strings written out in place.

use super::{Await, Outcome, Stream, Trace, TraceEvent};
use std::fmt::Write;

/// Writes `s` as a JSON string literal.
pub(crate) fn quote(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A JSON object under construction; fields are appended in order.
struct Obj<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> Obj<'a> {
    fn new(out: &'a mut String) -> Self {
        out.push('{');
        Obj { out, first: true }
    }
    fn key(&mut self, k: &str) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        quote(self.out, k);
        self.out.push(':');
    }
    fn str(&mut self, k: &str, v: &str) -> &mut Self {
        self.key(k);
        quote(self.out, v);
        self
    }
    fn num(&mut self, k: &str, v: impl std::fmt::Display) -> &mut Self {
        self.key(k);
        let _ = write!(self.out, "{v}");
        self
    }
    fn opt_num(&mut self, k: &str, v: Option<u32>) -> &mut Self {
        match v {
            Some(v) => self.num(k, v),
            None => self.num(k, "null"),
        }
    }
    fn secs(&mut self, k: &str, v: super::Nanos) -> &mut Self {
        self.num(k, format_args!("{:.9}", v.as_secs()))
    }
    fn end(self) {
        self.out.push('}');
    }
}

fn stream_name(s: Stream) -> &'static str {
    match s {
        Stream::Stdout => "stdout",
        Stream::Stderr => "stderr",
    }
}

fn awaits(o: &mut Obj, trace: &Trace, a: Option<Await>) {
    if let Some(a) = a {
        o.str("await_kind", a.kind.name());
        o.str("await", trace.strings.get(a.detail));
    }
}

/// The whole trace as JSON: `{"version": 1, "events": [...]}`, times in seconds.
pub fn to_json(trace: &Trace) -> String {
    use TraceEvent::*;
    let s = |sym| trace.strings.get(sym);
    let mut out = String::from("{\"version\":1,\"events\":[");
    for (i, e) in trace.events.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let mut o = Obj::new(&mut out);
        o.str("kind", e.kind()).secs("t", e.at());
        match e {
            RunStart { clock, .. } => {
                o.str(
                    "clock",
                    if *clock == super::ClockKind::Virtual {
                        "virtual"
                    } else {
                        "real"
                    },
                );
            }
            RunEnd { exit_code, .. } => {
                o.num("exit_code", exit_code);
            }
            TaskCreated {
                task,
                name,
                coro,
                parent,
                line,
                ..
            } => {
                o.num("task", task.0)
                    .str("name", s(*name))
                    .str("coro", s(*coro));
                o.opt_num("parent", parent.map(|p| p.0)).num("line", line);
            }
            TaskRenamed { task, name, .. } => {
                o.num("task", task.0).str("name", s(*name));
            }
            StepStart { task, line, .. } => {
                o.num("task", task.0).num("line", line);
            }
            StepEnd {
                task,
                line,
                awaits: a,
                ..
            } => {
                o.num("task", task.0).num("line", line);
                awaits(&mut o, trace, *a);
            }
            TimerSet { timer, when, .. } => {
                o.num("timer", timer).secs("when", *when);
            }
            TimerCancelled { timer, .. } | TimerFired { timer, .. } => {
                o.num("timer", timer);
            }
            FutureDone { future, .. } => {
                o.num("future", future);
            }
            CancelRequested { task, by, msg, .. } => {
                o.num("task", task.0).opt_num("by", by.map(|b| b.0));
                if let Some(m) = msg {
                    o.str("msg", s(*m));
                }
            }
            TaskDone { task, outcome, .. } => {
                o.num("task", task.0);
                match outcome {
                    Outcome::Result(r) => o.str("result", s(*r)),
                    Outcome::Exception(x) => o.str("exception", s(*x)),
                    Outcome::Cancelled => o.num("cancelled", true),
                };
            }
            Output {
                task, stream, text, ..
            } => {
                o.opt_num("task", task.map(|t| t.0));
                o.str("stream", stream_name(*stream)).str("text", s(*text));
            }
            LoopBlocked {
                end,
                task,
                line,
                cause,
                ..
            } => {
                o.secs("end", *end).opt_num("task", task.map(|t| t.0));
                o.num("line", line).str("cause", s(*cause));
            }
            ThreadStart {
                thread,
                name,
                worker,
                ..
            } => {
                o.num("thread", thread.0)
                    .str("name", s(*name))
                    .num("worker", worker);
            }
            ThreadEnd { thread, .. } => {
                o.num("thread", thread.0);
            }
            ThreadRan { end, thread, .. } => {
                o.secs("end", *end).num("thread", thread.0);
            }
            ThreadBlocked {
                end, thread, cause, ..
            } => {
                o.secs("end", *end)
                    .num("thread", thread.0)
                    .str("cause", s(*cause));
            }
            FetchStart {
                fetch,
                task,
                method,
                url,
                ..
            } => {
                o.num("fetch", fetch)
                    .opt_num("task", task.map(|t| t.0))
                    .str("method", s(*method))
                    .str("url", s(*url));
            }
            FetchEnd {
                fetch,
                status,
                bytes,
                error,
                ..
            } => {
                o.num("fetch", fetch)
                    .num("status", status)
                    .num("bytes", bytes);
                if let Some(e) = error {
                    o.str("error", s(*e));
                }
            }
            Warning { text, .. } => {
                o.str("text", s(*text));
            }
            CellStarted {
                cell, line, task, ..
            } => {
                o.num("cell", *cell)
                    .num("line", *line)
                    .opt_num("task", task.map(|t| t.0));
            }
            SlowCallback {
                end, task, what, ..
            } => {
                o.secs("end", *end).opt_num("task", task.map(|t| t.0));
                o.str("what", s(*what));
            }
            Deadlock { stuck, .. } => {
                o.key("stuck");
                o.out.push('[');
                for (j, st) in stuck.iter().enumerate() {
                    if j > 0 {
                        o.out.push(',');
                    }
                    let mut so = Obj::new(o.out);
                    so.num("task", st.task.0).num("line", st.line);
                    awaits(&mut so, trace, Some(st.awaits));
                    so.end();
                }
                o.out.push(']');
            }
        }
        o.end();
    }
    out.push_str("]}");
    out
}
