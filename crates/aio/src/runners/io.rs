//! Real fetches as the driver sees them: finished ones are delivered — to their loop as
//! a callback, or to the thread blocked on them — and those past their deadline end with
//! a timeout. Simulated fetches need none of this: their answers are loop timers or
//! blocks of known length.

use super::{Blocked, Runtime};
use crate::events::Handle;
use crate::net::natives::record_end;
use crate::net::{result_value, Summary, Target};
use loopscope_python::Value;
use std::cell::Cell;
use std::rc::Rc;

impl Runtime {
    /// Sends this run's HTTP requests to the real network through `fetcher` (`None`: a
    /// host without one, where every request fails saying so). Set before `start`.
    pub fn use_real_network(&mut self, fetcher: Option<Box<dyn crate::net::Fetcher>>) {
        self.shared.borrow_mut().net.use_real(fetcher);
    }

    /// Collects the real fetches that have finished (or timed out) and delivers them.
    pub(super) fn poll_io(&mut self) {
        let done = {
            let mut s = self.shared.borrow_mut();
            if !s.net.busy() {
                return;
            }
            let s = &mut *s;
            s.net.keep_pace(&mut s.clock);
            let now = s.clock.now();
            s.net.collect(now)
        };
        for (id, target, elapsed, result) in done {
            let value = result_value(&result, elapsed);
            self.shared.borrow_mut().net.ended(id, Summary::of(&result));
            match target {
                Target::Loop { sched, callback } => {
                    if sched.borrow().closed {
                        self.end_fetch(id);
                        continue;
                    }
                    let handle = Rc::new(Handle {
                        callback,
                        args: vec![Value::Int(i64::from(id)), value],
                        context: Value::None,
                        cancelled: Cell::new(false),
                        when: None,
                        scheduled: Cell::new(false),
                        cancelled_timers: sched.borrow().cancelled_timers.clone(),
                    });
                    sched.borrow_mut().call_soon(handle);
                }
                Target::Blocking => {
                    let now = self.now();
                    let waiter = self
                        .blocked
                        .iter_mut()
                        .chain(self.threads.iter_mut().filter_map(|t| t.blocked.as_mut()))
                        .find(|b| b.fetch() == Some(id));
                    match waiter {
                        Some(b) => {
                            b.until = now;
                            b.result = value;
                        }
                        None => self.end_fetch(id),
                    }
                }
            }
        }
    }

    /// Records the `FetchEnd` of the fetch a thread was blocked on, as it wakes.
    pub(super) fn fetch_ended(&mut self, b: &Blocked) {
        if let Some(id) = b.fetch() {
            self.end_fetch(id);
        }
    }

    fn end_fetch(&mut self, id: u32) {
        let mut s = self.shared.borrow_mut();
        if let Some(summary) = s.net.take_summary(id) {
            record_end(&mut s, id, summary);
        }
    }
}
