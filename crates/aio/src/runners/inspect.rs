//! The loop inspector's side of the driver: pausing before each loop iteration, stepping
//! one iteration at a time, and a snapshot of the loop's queues to show while paused.

use super::Runtime;
use crate::events::{describe_callback, Handle};
use loopscope_python::{Interp, Value};
use std::rc::Rc;

/// What the loop holds at an iteration boundary.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LoopSnapshot {
    /// Iterations begun so far (the next one is `iteration + 1`).
    pub iteration: u64,
    /// The loop's clock, in seconds since the run began.
    pub time: f64,
    /// The ready queue, front first, each handle described in words.
    pub ready: Vec<String>,
    /// Pending timers, soonest first: (deadline in seconds, what they do).
    pub timers: Vec<(f64, String)>,
}

/// Longest description shown for one handle.
const MAX_DESCRIPTION: usize = 90;

impl Runtime {
    /// Pause before every loop iteration (`Poll::Paused`) until `step` lets one run.
    pub fn set_stepping(&mut self, on: bool) {
        self.stepping = on;
        if !on {
            self.paused = false;
        }
    }

    /// Lets one more loop iteration run, then pauses again (when stepping).
    pub fn step(&mut self) {
        self.paused = false;
        self.step_grant = true;
    }

    /// "What if sequential": child tasks start only when the one created before them has
    /// finished. Set before `start`.
    pub fn set_sequential(&mut self, on: bool) {
        self.shared.borrow_mut().sequential = on;
    }

    /// The innermost running loop's queues, or `None` when no loop runs.
    pub fn inspect(&mut self) -> Option<LoopSnapshot> {
        let sched = self.runs.last()?.sched.clone();
        let time = self.now();
        let (iteration, ready, mut timers) = {
            let s = sched.borrow();
            let ready: Vec<Rc<Handle>> = s
                .ready
                .iter()
                .filter(|h| !h.cancelled.get())
                .cloned()
                .collect();
            let timers: Vec<Rc<Handle>> = s
                .scheduled
                .iter()
                .filter(|h| !h.cancelled.get())
                .cloned()
                .collect();
            (s.iterations, ready, timers)
        };
        timers.sort_by(|a, b| a.when.unwrap_or(0.0).total_cmp(&b.when.unwrap_or(0.0)));
        let ready = ready
            .iter()
            .map(|h| describe_handle(&mut self.interp, h))
            .collect();
        let timers = timers
            .iter()
            .map(|h| (h.when.unwrap_or(0.0), describe_handle(&mut self.interp, h)))
            .collect();
        Some(LoopSnapshot {
            iteration,
            time,
            ready,
            timers,
        })
    }

    /// True when stepping and the loop is at an iteration boundary with no step granted:
    /// the driver must pause instead of beginning the iteration.
    pub(super) fn must_pause(&mut self, at_boundary: bool) -> bool {
        if self.stepping && at_boundary && !self.step_grant {
            self.paused = true;
            return true;
        }
        false
    }
}

/// A handle in words: "step Task-2", "Task-3's sleep(0.5) ends", or the callback's repr.
fn describe_handle(interp: &mut Interp, h: &Handle) -> String {
    let attr_str = |interp: &mut Interp, v: &Value, name: &str| -> Option<String> {
        interp
            .getattr_opt(v, name)
            .ok()
            .flatten()
            .and_then(|v| v.as_str().map(str::to_string))
    };
    let qualname = attr_str(interp, &h.callback, "__qualname__").unwrap_or_default();
    let first = h.args.first().cloned().unwrap_or(Value::None);
    if qualname == "task_step" {
        if let Some(name) = attr_str(interp, &first, "_name") {
            return format!("step {name}");
        }
    }
    if let Some(label) = attr_str(interp, &first, "_ls_label") {
        let waiter = waiter_name(interp, &first);
        return match waiter {
            Some(w) => format!("{w}'s {label} ends"),
            None => format!("{label} ends"),
        };
    }
    if qualname.ends_with("_wakeup") {
        if let Some(owner) = interp.getattr_opt(&h.callback, "__self__").ok().flatten() {
            if let Some(name) = attr_str(interp, &owner, "_name") {
                return format!("wake {name}");
            }
        }
    }
    let mut text = describe_callback(interp, &h.callback, &h.args);
    if text.chars().count() > MAX_DESCRIPTION {
        text = text.chars().take(MAX_DESCRIPTION - 1).collect::<String>() + "…";
    }
    text
}

/// The name of the task whose wake-up callback waits on `future`, if one does.
fn waiter_name(interp: &mut Interp, future: &Value) -> Option<String> {
    let callbacks = interp.getattr_opt(future, "_callbacks").ok().flatten()?;
    let Value::List(list) = callbacks else {
        return None;
    };
    let first = list.borrow().first().cloned()?;
    let Value::Tuple(pair) = first else {
        return None;
    };
    let callback = pair.first()?.clone();
    let owner = interp.getattr_opt(&callback, "__self__").ok().flatten()?;
    interp
        .getattr_opt(&owner, "_name")
        .ok()
        .flatten()
        .and_then(|v| v.as_str().map(str::to_string))
}

#[cfg(test)]
mod tests {
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

    const PROGRAM: &str = "import asyncio\n\
        async def work(n, d):\n    await asyncio.sleep(d)\n    print(n)\n\
        async def main():\n    await asyncio.gather(work('a', 0.2), work('b', 0.1))\n\
        asyncio.run(main())\n";

    fn runtime(out: &Rc<RefCell<String>>) -> Runtime {
        Runtime::new(Box::new(Collect(out.clone())), Clock::virtual_clock())
    }

    #[test]
    fn stepping_pauses_before_each_iteration_and_shows_the_queues() {
        let out = Rc::new(RefCell::new(String::new()));
        let mut rt = runtime(&out);
        rt.set_stepping(true);
        rt.start(PROGRAM, "main.py");
        let mut snapshots = Vec::new();
        let status = loop {
            match rt.poll(u64::MAX) {
                Poll::Paused => {
                    snapshots.push(rt.inspect().expect("a loop runs while paused"));
                    rt.step();
                }
                Poll::Finished(code) => break code,
                other => panic!("unexpected {other:?}"),
            }
        };
        assert_eq!(status, 0);
        assert_eq!(*out.borrow(), "b\na\n");
        let first = &snapshots[0];
        assert_eq!(first.ready, vec!["step Task-1".to_string()]);
        let children = snapshots
            .iter()
            .find(|s| s.ready.len() == 2)
            .expect("gather's children become ready together");
        assert_eq!(children.ready, vec!["step Task-2", "step Task-3"]);
        let waiting = snapshots
            .iter()
            .find(|s| s.timers.len() == 2)
            .expect("both sleeps are timers at once");
        assert_eq!(waiting.timers[0].1, "Task-3's sleep(0.1) ends");
        assert_eq!(waiting.timers[1].1, "Task-2's sleep(0.2) ends");
        assert!(waiting.timers[0].0 < waiting.timers[1].0);
        // Iterations are numbered as they begin, one per step.
        let numbers: Vec<u64> = snapshots.iter().map(|s| s.iteration).collect();
        assert!(numbers.windows(2).all(|w| w[1] == w[0] + 1), "{numbers:?}");
    }

    #[test]
    fn sequential_runs_children_one_after_another() {
        let out = Rc::new(RefCell::new(String::new()));
        let mut rt = runtime(&out);
        rt.set_sequential(true);
        rt.start(PROGRAM, "main.py");
        let status = loop {
            if let Poll::Finished(code) = rt.poll(u64::MAX) {
                break code;
            }
        };
        assert_eq!(status, 0);
        assert_eq!(
            *out.borrow(),
            "a\nb\n",
            "b waits for a instead of finishing first"
        );
        let end = rt.shared().borrow().clock.now();
        assert!(
            (end - 0.3).abs() < 0.01,
            "0.2 s then 0.1 s, not max(0.2, 0.1): {end}"
        );
    }
}
