//! What the driver reports at the end or when stuck: deadlocks (who waits on what, at
//! which line), exceptions no one retrieved, and where a run was when the user stopped it.

use super::{builtin, Runtime};
use crate::natives::{coro_location, task_id};
use crate::trace::{Await, TraceEvent};
use loopscope_python::{Stream, Value};

impl Runtime {
    /// The user stopped the run (Stop in the page, as Ctrl+C in a terminal): closes what
    /// the trace has open at this moment — a blocking call, the run itself — so every view
    /// keeps what was recorded up to now, and returns the traceback CPython prints for a
    /// `KeyboardInterrupt` raised where the program is, our frozen modules' frames left out.
    pub fn interrupt(&mut self) -> String {
        if let Some(b) = &self.blocked {
            let (start, line, cause) = (b.start, b.line, b.cause_text());
            let task = self.shared.borrow().current_task;
            self.record(|t, at| TraceEvent::LoopBlocked {
                start,
                end: at,
                task,
                line,
                cause: t.intern(&cause),
            });
        }
        self.record(|_, at| TraceEvent::RunEnd { at, exit_code: 130 });
        let waiting = self.runs.iter().map(|r| r.waiter.ctx);
        let running = self.stack.iter().map(|a| a.ctx);
        let mut text = String::new();
        for ctx in waiting.chain(running) {
            for (file, line, name, code) in self.interp.user_frames(ctx) {
                text.push_str(&format!("  File \"{file}\", line {line}, in {name}\n"));
                if !code.is_empty() {
                    text.push_str(&format!("    {code}\n"));
                }
            }
        }
        if !text.is_empty() {
            text.insert_str(0, "Traceback (most recent call last):\n");
        }
        text.push_str("KeyboardInterrupt\n");
        text
    }

    /// Nothing can ever run again: say who waits on what, then end the run.
    pub(super) fn deadlock(&mut self, loop_obj: &Value) {
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
            .and_then(|set| match builtin(&self.interp, "list") {
                Some(list) => self.interp.call(&list, &[set], &[]),
                None => Ok(Value::None),
            });
        if let Ok(Value::List(list)) = tasks {
            let mut items: Vec<(u32, Value)> = Vec::new();
            for task in list.borrow().iter() {
                let id = task_id(&mut self.interp, task).map_or(u32::MAX, |t| t.0);
                items.push((id, task.clone()));
            }
            items.sort_by_key(|(id, _)| *id);
            for (_, task) in items {
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

    pub(super) fn warn_unretrieved(&mut self) {
        let watched = std::mem::take(&mut self.shared.borrow_mut().watched);
        for fut in watched.iter().filter_map(|w| w.get()) {
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
}
