//! Blocked threads: `time.sleep` and blocking HTTP calls (`requests.get`) hold their
//! thread until a time (a real fetch: until it completes), then resume it with a value;
//! in the loop's thread the wait is a blocked span in the trace.

use super::Runtime;
use crate::state::Request;
use crate::trace::{Nanos, TraceEvent};
use loopscope_python::Value;

/// A thread blocked in `time.sleep` or a blocking fetch until `until` (infinite while a
/// real fetch has not come back), then resumed with `result`.
pub(super) struct Blocked {
    pub(super) until: f64,
    pub(super) start: Nanos,
    pub(super) line: u32,
    pub(super) cause: BlockCause,
    pub(super) result: Value,
}

/// What a thread is blocked in.
pub(super) enum BlockCause {
    Sleep(f64),
    Fetch {
        id: u32,
        label: String,
    },
    /// Waiting for a process pool's jobs (`future.result()`, `pool.map`, the manager).
    Pool(usize),
}

impl Blocked {
    /// Blocks from now for `time.sleep(secs)` or a `Request::Fetch`; any other request
    /// is handed back.
    pub(super) fn from_request(
        req: Request,
        now: f64,
        start: Nanos,
        line: u32,
    ) -> Result<Blocked, Request> {
        let (until, cause, result) = match req {
            Request::Sleep(secs) => (now + secs.max(0.0), BlockCause::Sleep(secs), Value::None),
            Request::Fetch {
                id,
                label,
                until,
                result,
            } => (until, BlockCause::Fetch { id, label }, result),
            Request::PoolWait { pool, secs } => {
                (now + secs.max(0.0), BlockCause::Pool(pool), Value::None)
            }
            other => return Err(other),
        };
        Ok(Blocked {
            until,
            start,
            line,
            cause,
            result,
        })
    }

    /// What blocks, as the trace says it: `time.sleep(0.5)`, `requests.get('…')`.
    pub(super) fn cause_text(&self) -> String {
        match &self.cause {
            BlockCause::Sleep(secs) => format!("time.sleep({})", fmt_secs(*secs)),
            BlockCause::Fetch { label, .. } => label.clone(),
            BlockCause::Pool(_) => "waiting for the process pool".to_string(),
        }
    }

    /// The fetch it waits for, if any.
    pub(super) fn fetch(&self) -> Option<u32> {
        match self.cause {
            BlockCause::Fetch { id, .. } => Some(id),
            BlockCause::Sleep(_) | BlockCause::Pool(_) => None,
        }
    }
}

impl Runtime {
    /// Ends the waits of threads blocked on a process pool whose host has news (a job
    /// started or ended), so they collect it now rather than at their next poll.
    pub(super) fn poll_pools(&mut self) {
        let now = self.now();
        let shared = self.shared.clone();
        let mut s = shared.borrow_mut();
        let waiting = self
            .blocked
            .iter_mut()
            .chain(self.threads.iter_mut().filter_map(|t| t.blocked.as_mut()));
        for b in waiting {
            if let BlockCause::Pool(pool) = b.cause {
                if b.until > now && s.pool.has_news(pool) {
                    b.until = now;
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

    /// Wakes the loop's thread from its block, recording the blocked span.
    pub(super) fn end_block(&mut self) {
        let Some(b) = self.blocked.take() else { return };
        self.fetch_ended(&b);
        let (end, task) = {
            let s = self.shared.borrow();
            (s.clock.nanos(), s.current_task)
        };
        let cause = b.cause_text();
        let line = b.line;
        self.record(|t, _| TraceEvent::LoopBlocked {
            start: b.start,
            end,
            task,
            line,
            cause: t.intern(&cause),
        });
        if let Some(top) = self.stack.last() {
            let ctx = top.ctx;
            let _ = self.interp.resume_host_call(ctx, Ok(b.result));
        }
    }
}

fn fmt_secs(secs: f64) -> String {
    loopscope_python::format::float_repr(secs)
}
