//! asyncio's debug mode in the driver: timing each callback of a loop in debug mode, as
//! CPython's `BaseEventLoop._run_once` does, and warning about one that ran at least
//! `loop.slow_callback_duration` ("Executing <Task ...> took 0.201 seconds"), on the run's
//! clock (under the virtual clock, `time.sleep(0.2)` in a step makes it slow every time).
//! The loop's `_current_handle` is the running handle meanwhile, for the exception
//! handler's "Handle created at" lines.

use super::fast::attr;
use super::Runtime;
use crate::events::Handle;
use crate::natives::{handle_object, task_id};
use crate::trace::{Nanos, TraceEvent};
use loopscope_python::Value;
use std::rc::Rc;

/// A handle running on a loop in debug mode: what `_run_once` keeps around `handle._run()`.
pub(super) struct HandleRun {
    handle: Rc<Handle>,
    loop_obj: Value,
    start: Nanos,
    t0: f64,
}

impl Runtime {
    /// Starts timing `handle` when its loop is in debug mode (`loop._debug` is true).
    pub(super) fn begin_handle_run(&mut self, handle: &Rc<Handle>, loop_obj: &Value) {
        self.handle_run = None;
        let debug = match attr(loop_obj, &self.keys.debug) {
            Some(v) => self.interp.truthy(&v).unwrap_or(false),
            None => false,
        };
        if !debug {
            return;
        }
        if let Some(obj) = handle_object(&self.interp, handle) {
            set_current_handle(loop_obj, obj);
        }
        let (start, t0) = {
            let s = self.shared.borrow();
            (s.clock.nanos(), s.clock.now())
        };
        self.handle_run = Some(HandleRun {
            handle: handle.clone(),
            loop_obj: loop_obj.clone(),
            start,
            t0,
        });
    }

    /// The handle being timed has finished: warn if it was slow. `aborted`: it ended the
    /// loop with SystemExit or KeyboardInterrupt, and CPython's warning is skipped.
    pub(super) fn end_handle_run(&mut self, aborted: bool) {
        let Some(run) = self.handle_run.take() else {
            return;
        };
        set_current_handle(&run.loop_obj, Value::None);
        if aborted {
            return;
        }
        let (end, t1) = {
            let s = self.shared.borrow();
            (s.clock.nanos(), s.clock.now())
        };
        let dt = t1 - run.t0;
        let threshold = match self
            .interp
            .getattr_opt(&run.loop_obj, "slow_callback_duration")
        {
            Ok(Some(Value::Float(f))) => f,
            Ok(Some(Value::Int(i))) => i as f64,
            _ => 0.1,
        };
        if dt < threshold {
            return;
        }
        let owner = self.callback_owner(&run.handle);
        let Some(handle_obj) = handle_object(&self.interp, &run.handle) else {
            return;
        };
        let what = self.interp.call_method(
            &run.loop_obj,
            "_ls_slow_callback",
            &[handle_obj, owner.clone(), Value::Float(dt)],
        );
        let what = match what {
            Ok(v) => v.as_str().unwrap_or("").to_string(),
            Err(e) => {
                self.report_callback_error(e, "the slow callback warning");
                return;
            }
        };
        let task = task_id(&mut self.interp, &owner);
        self.record(|t, _| TraceEvent::SlowCallback {
            start: run.start,
            end,
            task,
            what: t.intern(&what),
        });
    }

    /// What a callback is bound to, as `_format_handle` asks `callback.__self__`: the task
    /// of a step (`_aioloop.task_step(task)`) or of a wakeup (`task._wakeup`).
    fn callback_owner(&mut self, handle: &Rc<Handle>) -> Value {
        if let Some(step) = self.task_step_fn() {
            if handle.callback.is(&step) {
                return handle.args.first().cloned().unwrap_or(Value::None);
            }
        }
        self.interp
            .getattr_opt(&handle.callback, "__self__")
            .ok()
            .flatten()
            .unwrap_or(Value::None)
    }
}

/// `loop._current_handle = value` (our loop's plain attribute).
fn set_current_handle(loop_obj: &Value, value: Value) {
    if let Value::Instance(i) = loop_obj {
        let old = i.dict.borrow_mut().replace_str("_current_handle", value);
        drop(old);
    }
}

#[cfg(test)]
mod tests {
    use crate::trace::TraceEvent;
    use crate::{Clock, Poll, Runtime};
    use loopscope_python::{OutputSink, Stream};
    use std::cell::RefCell;
    use std::rc::Rc;

    struct Collect(Rc<RefCell<String>>);

    impl OutputSink for Collect {
        fn write(&mut self, _: Stream, text: &str) {
            self.0.borrow_mut().push_str(text);
        }
    }

    /// Runs `source` under the virtual clock with the builder's debug setting; returns
    /// its output (both streams) and the runtime.
    fn run(source: &str, debug: bool) -> (String, Runtime) {
        let out = Rc::new(RefCell::new(String::new()));
        let mut rt = Runtime::builder(Box::new(Collect(out.clone())), Clock::virtual_clock())
            .debug(debug)
            .build();
        rt.start(source, "/tmp/prog.py");
        while !matches!(rt.poll(u64::MAX), Poll::Finished(_)) {}
        let text = out.borrow().clone();
        (text, rt)
    }

    const SLOW: &str = "\
import asyncio, time
async def main():
    print(asyncio.get_running_loop().get_debug())
    time.sleep(0.25)
asyncio.run(main())
";

    #[test]
    fn the_builder_s_debug_setting_starts_loops_in_debug_mode() {
        let (out, _) = run(SLOW, false);
        assert_eq!(out, "False\n");
        let (out, _) = run(SLOW, true);
        assert!(out.starts_with("True\nExecuting <Task finished name='Task-1' coro=<main() done, defined at /tmp/prog.py:2> result=None created at <frozen asyncio.runners>:"), "{out}");
        assert!(out.ends_with("> took 0.250 seconds\n"), "{out}");
    }

    #[test]
    fn a_slow_callback_is_a_span_in_the_trace() {
        let (_, rt) = run(SLOW, true);
        let slow: Vec<_> = rt.with_trace(|t| {
            t.events
                .iter()
                .filter_map(|e| match e {
                    TraceEvent::SlowCallback {
                        start, end, task, ..
                    } => Some((end.0 - start.0, *task)),
                    _ => None,
                })
                .collect()
        });
        assert_eq!(slow.len(), 1, "{slow:?}");
        let (nanos, task) = slow[0];
        assert!((250_000_000..251_000_000).contains(&nanos), "{nanos}");
        assert_eq!(task.map(|t| t.0), Some(1));
    }
}
