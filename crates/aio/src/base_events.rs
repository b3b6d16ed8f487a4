//! The loop's queues and one iteration's bookkeeping, after CPython's
//! `BaseEventLoop._run_once`: a FIFO `ready` deque, a `scheduled` heap of timers, and
//! "run exactly the handles that were ready when the iteration began".
//!
//! The scheduler only decides what runs next; `runners.rs` runs it on the interpreter.

use crate::clock::RESOLUTION;
use crate::events::Handle;
use crate::heapq::HeapQ;
use std::cell::Cell;
use std::collections::VecDeque;
use std::rc::Rc;

/// Below this many timers the heap is never rebuilt (`_MIN_SCHEDULED_TIMER_HANDLES`).
const MIN_SCHEDULED_TIMER_HANDLES: usize = 100;
/// Rebuild when more than this share of timers is cancelled
/// (`_MIN_CANCELLED_TIMER_HANDLES_FRACTION`).
const MIN_CANCELLED_TIMER_HANDLES_FRACTION: f64 = 0.5;

/// What the loop does next.
pub enum Next {
    /// Run this handle.
    Run(Rc<Handle>),
    /// Nothing is due before this deadline (the loop's clock): wait for it.
    WaitUntil(f64),
    /// Nothing is ready and no timer is pending: only outside events can wake the loop.
    Idle,
    /// `stop()` was called and the iteration that saw it has finished.
    Stop,
}

#[derive(Default)]
pub struct Scheduler {
    pub ready: VecDeque<Rc<Handle>>,
    pub scheduled: HeapQ<Rc<Handle>>,
    pub cancelled_timers: Rc<Cell<usize>>,
    pub stopping: bool,
    pub closed: bool,
    /// Handles left to run in the current iteration.
    todo: usize,
    in_iteration: bool,
    /// Iterations begun, for the inspector and tests.
    pub iterations: u64,
}

impl Scheduler {
    pub fn call_soon(&mut self, handle: Rc<Handle>) {
        self.ready.push_back(handle);
    }

    pub fn call_at(&mut self, handle: Rc<Handle>) {
        handle.scheduled.set(true);
        self.scheduled.push(handle);
    }

    /// Starts a `run_forever`: the first iteration begins on the next call to `next`.
    pub fn start(&mut self) {
        self.todo = 0;
        self.in_iteration = false;
    }

    /// Decides what to do next at time `now`.
    pub fn next(&mut self, now: f64) -> Next {
        loop {
            while self.todo > 0 {
                self.todo -= 1;
                let Some(handle) = self.ready.pop_front() else {
                    self.todo = 0;
                    break;
                };
                if !handle.cancelled.get() {
                    return Next::Run(handle);
                }
            }
            if self.in_iteration {
                self.in_iteration = false;
                if self.stopping {
                    self.stopping = false;
                    return Next::Stop;
                }
            }
            self.drop_cancelled_timers();
            if self.ready.is_empty() && !self.stopping {
                match self.scheduled.peek() {
                    Some(first) => {
                        let when = first.when.unwrap_or(0.0);
                        if when >= now + RESOLUTION {
                            return Next::WaitUntil(when);
                        }
                    }
                    None => return Next::Idle,
                }
            }
            let end_time = now + RESOLUTION;
            while let Some(first) = self.scheduled.peek() {
                if first.when.unwrap_or(0.0) >= end_time {
                    break;
                }
                if let Some(handle) = self.scheduled.pop() {
                    handle.scheduled.set(false);
                    self.ready.push_back(handle);
                }
            }
            self.todo = self.ready.len();
            self.in_iteration = true;
            self.iterations += 1;
        }
    }

    /// Removes cancelled timers: all of them when they are most of a big heap, otherwise
    /// those at its head, exactly as `_run_once` does.
    fn drop_cancelled_timers(&mut self) {
        let count = self.scheduled.len();
        let cancelled = self.cancelled_timers.get();
        if count > MIN_SCHEDULED_TIMER_HANDLES
            && cancelled as f64 / count as f64 > MIN_CANCELLED_TIMER_HANDLES_FRACTION
        {
            self.scheduled.retain(|h| {
                if h.cancelled.get() {
                    h.scheduled.set(false);
                    false
                } else {
                    true
                }
            });
            self.cancelled_timers.set(0);
            return;
        }
        while self.scheduled.peek().is_some_and(|h| h.cancelled.get()) {
            if let Some(h) = self.scheduled.pop() {
                h.scheduled.set(false);
                self.cancelled_timers
                    .set(self.cancelled_timers.get().saturating_sub(1));
            }
        }
    }

    /// True between iterations: the last one has run all its handles and the next has
    /// not begun (where the loop inspector pauses).
    pub fn at_iteration_boundary(&self) -> bool {
        self.todo == 0
    }

    /// When the loop next has work at time `now`: `Some(now)` if it can run at once,
    /// `Some(t)` if its next timer is due at `t`, `None` if only outside events (a
    /// thread finishing) can wake it. Changes nothing; `next` does the work.
    pub fn wake_time(&self, now: f64) -> Option<f64> {
        if self.todo > 0 || self.in_iteration || !self.ready.is_empty() || self.stopping {
            return Some(now);
        }
        let first = self.scheduled.peek()?;
        if first.cancelled.get() {
            return Some(now);
        }
        let when = first.when.unwrap_or(0.0);
        Some(if when >= now + RESOLUTION { when } else { now })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use loopscope_python::Value;

    fn handle(s: &Scheduler, when: Option<f64>, tag: i64) -> Rc<Handle> {
        Rc::new(Handle {
            callback: Value::None,
            args: vec![Value::Int(tag)],
            context: Value::None,
            cancelled: Cell::new(false),
            when,
            scheduled: Cell::new(false),
            cancelled_timers: s.cancelled_timers.clone(),
        })
    }

    fn tag(h: &Rc<Handle>) -> i64 {
        match h.args.first() {
            Some(Value::Int(i)) => *i,
            _ => -1,
        }
    }

    #[test]
    fn an_iteration_runs_only_what_was_ready_when_it_began() {
        let mut s = Scheduler::default();
        s.start();
        s.call_soon(handle(&s, None, 1));
        s.call_soon(handle(&s, None, 2));
        let Next::Run(h) = s.next(0.0) else {
            panic!("expected a handle")
        };
        assert_eq!(tag(&h), 1);
        // Scheduled during the iteration: runs in the next one.
        s.call_soon(handle(&s, None, 3));
        let Next::Run(h) = s.next(0.0) else { panic!() };
        assert_eq!(tag(&h), 2);
        s.stopping = true;
        assert!(
            matches!(s.next(0.0), Next::Stop),
            "stop takes effect after the iteration"
        );
        s.start();
        let Next::Run(h) = s.next(0.0) else { panic!() };
        assert_eq!(tag(&h), 3);
        assert!(matches!(s.next(0.0), Next::Idle));
    }

    #[test]
    fn timers_wait_then_run_in_deadline_order_skipping_cancelled() {
        let mut s = Scheduler::default();
        s.start();
        s.call_at(handle(&s, Some(0.2), 2));
        let early = handle(&s, Some(0.1), 1);
        s.call_at(early.clone());
        s.call_at(handle(&s, Some(0.3), 3));
        early.cancel();
        assert_eq!(s.cancelled_timers.get(), 1);
        match s.next(0.0) {
            Next::WaitUntil(w) => assert_eq!(w, 0.2),
            _ => panic!("expected to wait for the 0.2 timer"),
        }
        assert_eq!(
            s.cancelled_timers.get(),
            0,
            "the cancelled head timer was dropped"
        );
        let Next::Run(h) = s.next(0.2) else { panic!() };
        assert_eq!(tag(&h), 2);
        assert!(matches!(s.next(0.2), Next::WaitUntil(w) if w == 0.3));
    }
}
