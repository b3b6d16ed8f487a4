//! The loop's queues and one iteration's bookkeeping, after CPython's
//! `BaseEventLoop._run_once`: a FIFO `ready` deque, a `scheduled` heap of timers, and
//! "run exactly the handles that were ready when the iteration began".
//!
//! When nothing is ready, the loop waits for its first timer as CPython's selector does,
//! for a whole number of milliseconds rounded up (`clock::select_wait`), so timers due
//! within that slack fire in the same iteration as the first.
//!
//! The scheduler only decides what runs next; `runners.rs` runs it on the interpreter.

use crate::clock::{select_wait, RESOLUTION};
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
    /// The loop's selector waits until this time (the loop's clock): nothing runs before.
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
    /// Where the wait the loop is in ends: set when it begins (CPython's `select` call
    /// with its rounded timeout), cleared when the loop wakes.
    waiting_until: Option<f64>,
    /// I/O events on the heap (`Handle::io`): the loop's wait ends at the first of them.
    io_events: Vec<Rc<Handle>>,
    /// Iterations begun, for the inspector and tests.
    pub iterations: u64,
}

impl Scheduler {
    pub fn call_soon(&mut self, handle: Rc<Handle>) {
        self.ready.push_back(handle);
    }

    pub fn call_at(&mut self, handle: Rc<Handle>) {
        handle.scheduled.set(true);
        if handle.io {
            let when = handle.when.unwrap_or(0.0);
            self.waiting_until = self.waiting_until.map(|until| until.min(when));
            self.io_events.push(handle.clone());
        }
        self.scheduled.push(handle);
    }

    /// `loop.close()`: nothing is scheduled any more, and no handle is kept (an I/O
    /// event's handle holds its callback, and with it whatever that refers to).
    pub fn close(&mut self) {
        self.closed = true;
        self.ready.clear();
        self.scheduled = Default::default();
        self.io_events.clear();
    }

    /// Starts a `run_forever`: the first iteration begins on the next call to `next`.
    pub fn start(&mut self) {
        self.todo = 0;
        self.in_iteration = false;
        self.waiting_until = None;
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
                let until = match (self.waiting_until, self.scheduled.peek()) {
                    (Some(until), _) => until,
                    (None, Some(first)) => {
                        let when = first.when.unwrap_or(0.0);
                        if when >= now + RESOLUTION {
                            (now + select_wait(when - now)).min(self.first_io_event())
                        } else {
                            now
                        }
                    }
                    (None, None) => return Next::Idle,
                };
                if until >= now + RESOLUTION {
                    self.waiting_until = Some(until);
                    return Next::WaitUntil(until);
                }
            }
            // The wait is over: its deadline passed, or a thread made a handle ready.
            self.waiting_until = None;
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

    /// When the first pending I/O event arrives (infinity when none is pending).
    fn first_io_event(&mut self) -> f64 {
        self.io_events
            .retain(|h| h.scheduled.get() && !h.cancelled.get());
        self.io_events
            .iter()
            .filter_map(|h| h.when)
            .fold(f64::INFINITY, f64::min)
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

    /// When the loop next has work at time `now`: `Some(now)` if it can run at once (or
    /// must decide how long to wait), `Some(t)` if it waits until `t`, `None` if only
    /// outside events (a thread finishing) can wake it. Changes nothing; `next` decides.
    pub fn wake_time(&self, now: f64) -> Option<f64> {
        if self.todo > 0 || self.in_iteration || !self.ready.is_empty() || self.stopping {
            return Some(now);
        }
        if let Some(until) = self.waiting_until {
            return Some(if until >= now + RESOLUTION {
                until
            } else {
                now
            });
        }
        self.scheduled.peek().map(|_| now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use loopscope_python::Value;
    use std::cell::RefCell;

    fn handle(s: &Scheduler, when: Option<f64>, tag: i64) -> Rc<Handle> {
        Rc::new(Handle {
            callback: Value::None,
            args: vec![Value::Int(tag)],
            context: Value::None,
            cancelled: Cell::new(false),
            when,
            scheduled: Cell::new(false),
            io: false,
            cancelled_timers: s.cancelled_timers.clone(),
            source_traceback: RefCell::new(Value::None),
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
        assert_eq!(s.wake_time(0.1), Some(0.2), "the wait goes on");
        assert_eq!(
            s.cancelled_timers.get(),
            0,
            "the cancelled head timer was dropped"
        );
        let Next::Run(h) = s.next(0.2) else { panic!() };
        assert_eq!(tag(&h), 2);
        assert!(matches!(s.next(0.2), Next::WaitUntil(w) if (w - 0.3).abs() < 1e-12));
    }

    #[test]
    fn timers_due_within_the_rounded_wait_fire_in_one_iteration() {
        let mut s = Scheduler::default();
        s.start();
        // Two `sleep(0.1)`s begun 2 and 5 microseconds into the run; the loop waits 3
        // microseconds later: `select_wait(0.1 - 0.000006)` is 100 ms.
        s.call_at(handle(&s, Some(0.100_002), 1));
        s.call_at(handle(&s, Some(0.100_005), 2));
        s.call_at(handle(&s, Some(0.102), 3));
        let now = 0.000_008;
        let Next::WaitUntil(until) = s.next(now) else {
            panic!("expected a wait")
        };
        assert!((until - (now + 0.1)).abs() < 1e-12);
        let Next::Run(h) = s.next(until) else {
            panic!()
        };
        assert_eq!(tag(&h), 1);
        let Next::Run(h) = s.next(until) else {
            panic!()
        };
        assert_eq!(tag(&h), 2, "the later timer fires in the same iteration");
        assert!(matches!(s.next(until), Next::WaitUntil(_)));
    }
}
