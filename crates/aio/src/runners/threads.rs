//! Virtual threads: execution contexts that run a Python callable to its end, taking
//! turns with the loop's thread under the driver's simulated GIL.

use super::{Blocked, Runtime, VThread, Who, SWITCH_INSTRUCTIONS};
use crate::state::Request;
use crate::trace::{Nanos, ThreadId, TraceEvent};
use loopscope_python::{Halt, PyErr, Stream, Value};

impl Runtime {
    /// Starts a virtual thread running `func()`.
    pub(super) fn start_thread(
        &mut self,
        func: Value,
        name: String,
        id: Option<ThreadId>,
    ) -> ThreadId {
        let id = id.unwrap_or_else(|| {
            let mut s = self.shared.borrow_mut();
            s.next_thread_id += 1;
            ThreadId(s.next_thread_id - 1)
        });
        let ctx = self.interp.new_context();
        self.shared
            .borrow_mut()
            .thread_names
            .insert(id.0, name.clone());
        self.record(|t, at| TraceEvent::ThreadStart {
            at,
            thread: id,
            name: t.intern(&name),
            worker: false,
        });
        match self.interp.start_call(ctx, &func, vec![]) {
            Ok(None) => {
                self.shared.borrow_mut().live_threads.insert(id.0);
                self.threads.push(VThread {
                    ctx,
                    id,
                    name,
                    blocked: None,
                });
            }
            Ok(Some(_)) => {
                self.interp.drop_context(ctx);
                self.record(|_, at| TraceEvent::ThreadEnd { at, thread: id });
            }
            Err(e) => {
                self.interp.drop_context(ctx);
                self.thread_failed(&name, e);
                self.record(|_, at| TraceEvent::ThreadEnd { at, thread: id });
            }
        }
        id
    }

    pub(super) fn thread_failed(&mut self, name: &str, e: PyErr) {
        if let PyErr::Exc(exc) = e {
            let text = format!(
                "Exception in thread {name}:\n{}",
                self.interp.format_exception(&exc)
            );
            self.interp.write(Stream::Stderr, &text);
        }
    }

    /// Runs virtual thread `i` for up to `slice` instructions.
    pub(super) fn run_thread(&mut self, i: usize, slice: u64) -> u64 {
        let Some(t) = self.threads.get_mut(i) else {
            return 0;
        };
        let (ctx, id) = (t.ctx, t.id);
        let woke = t.blocked.take();
        self.shared.borrow_mut().current_thread = Some(id);
        if let Some(b) = woke {
            let cause = b.cause_text();
            self.record(|t, at| TraceEvent::ThreadBlocked {
                start: b.start,
                end: at,
                thread: id,
                cause: t.intern(&cause),
            });
            self.fetch_ended(&b);
            let _ = self.interp.resume_host_call(ctx, Ok(b.result));
            return 0;
        }
        self.shared.borrow_mut().ctx_chain.clear();
        let result = self.interp.run(ctx, slice);
        let n = self.interp.last_run_instructions();
        match result {
            Ok(Halt::OutOfBudget) => {}
            Ok(Halt::HostCall(req)) => match req.downcast::<Request>().map(|r| *r) {
                Ok(
                    req @ (Request::Sleep(_) | Request::Fetch { .. } | Request::PoolWait { .. }),
                ) => {
                    let (now, start) = {
                        let s = self.shared.borrow();
                        (s.clock.now(), s.clock.nanos())
                    };
                    if let Some(t) = self.threads.get_mut(i) {
                        t.blocked = Blocked::from_request(req, now, start, 0).ok();
                    }
                }
                _ => {
                    let err =
                        PyErr::runtime_error("this operation is only available in the main thread");
                    let _ = self.interp.resume_host_call(ctx, Err(err));
                }
            },
            Ok(Halt::Returned(_)) | Ok(Halt::Yielded(_)) => self.end_thread(i),
            Err(e) => {
                let name = self
                    .threads
                    .get(i)
                    .map(|t| t.name.clone())
                    .unwrap_or_default();
                self.thread_failed(&name, e);
                self.end_thread(i);
            }
        }
        n
    }

    /// Records that `thread` ran Python from `started` until now, holding the GIL: one
    /// `ThreadRan` per turn, extended while the same thread keeps running.
    pub(super) fn thread_ran(&mut self, thread: ThreadId, started: Nanos) {
        let mut s = self.shared.borrow_mut();
        let end = s.clock.nanos();
        if !s.tracing || end <= started {
            return;
        }
        let continues = self.gil_turn.and_then(|k| s.trace.events.get_mut(k));
        if let Some(TraceEvent::ThreadRan {
            end: last_end,
            thread: last,
            ..
        }) = continues
        {
            if *last == thread && *last_end == started {
                *last_end = end;
                return;
            }
        }
        s.trace.push(TraceEvent::ThreadRan {
            start: started,
            end,
            thread,
        });
        self.gil_turn = Some(s.trace.events.len() - 1);
    }

    pub(super) fn end_thread(&mut self, i: usize) {
        if i >= self.threads.len() {
            return;
        }
        let t = self.threads.remove(i);
        {
            let mut s = self.shared.borrow_mut();
            s.live_threads.remove(&t.id.0);
            s.daemon_threads.remove(&t.id.0);
        }
        self.interp.drop_context(t.ctx);
        self.record(|_, at| TraceEvent::ThreadEnd { at, thread: t.id });
        self.running = Who::Loop;
        self.quantum = SWITCH_INSTRUCTIONS;
    }
}
