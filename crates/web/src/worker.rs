//! Process pools in the browser: each worker of a `ProcessPoolExecutor` is a Web Worker
//! running its own copy of our wasm module (`www/worker.js` loads it and calls
//! `worker_run_job`), so jobs run truly in parallel. Only the program's text and pickled
//! bytes cross, by message. Used under the real clock; the virtual clock keeps the
//! deterministic N-core model in `loopscope_aio::pool`.

use crate::clock::BrowserClock;
use crate::run::{wake_up, Wake};
use crate::scope::get;
use loopscope_aio::pool::Worker;
use loopscope_aio::{Clock, JobEvent, JobOutput, JobSpec, WorkerHost, WorkerPool};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/glue.js")]
extern "C" {
    fn worker_url() -> String;
    fn spawn_worker(url: &str, module: &JsValue, onmessage: &JsValue) -> JsValue;
    fn post_job(worker: &JsValue, id: f64, source: &str, filename: &str, payload: &str);
    fn stop_worker(worker: &JsValue);
}

/// Opens pools of Web Workers. `wake` is the run's wake-up (`RunHandle`): a worker's reply
/// calls it, so a run waiting for its pool goes on at once instead of polling.
pub struct WebWorkers {
    pub wake: Wake,
}

impl WorkerHost for WebWorkers {
    fn open(&self, workers: usize) -> Box<dyn WorkerPool> {
        Box::new(WebPool {
            wake: self.wake.clone(),
            size: workers,
            workers: Vec::new(),
            idle: Vec::new(),
            busy: Vec::new(),
            queue: VecDeque::new(),
            inbox: Rc::default(),
        })
    }
}

/// A reply from a worker, as `worker.js` posts it.
struct Reply {
    worker: usize,
    id: f64,
    output: JobOutput,
}

struct WebPool {
    wake: Wake,
    size: usize,
    workers: Vec<JsValue>,
    idle: Vec<usize>,
    /// The job each worker runs.
    busy: Vec<Option<u64>>,
    queue: VecDeque<(u64, JobSpec)>,
    inbox: Rc<RefCell<Vec<Reply>>>,
}

impl WebPool {
    /// Gives queued jobs to idle workers, starting workers up to the pool's size.
    fn dispatch(&mut self, events: &mut Vec<JobEvent>) {
        while !self.queue.is_empty() {
            if self.idle.is_empty() && self.workers.len() < self.size {
                let index = self.workers.len();
                let inbox = self.inbox.clone();
                let wake = self.wake.clone();
                let on_message = Closure::<dyn Fn(JsValue)>::new(move |data: JsValue| {
                    let text = |k: &str| get(&data, k).as_string().unwrap_or_default();
                    let outcome = text("outcome");
                    let output = JobOutput {
                        outcome: if get(&data, "ok").is_truthy() {
                            Ok(outcome)
                        } else {
                            Err(outcome)
                        },
                        stdout: text("stdout"),
                        stderr: text("stderr"),
                        nanos: get(&data, "nanos").as_f64().unwrap_or(0.0) as u64,
                    };
                    let id = get(&data, "id").as_f64().unwrap_or(-1.0);
                    inbox.borrow_mut().push(Reply {
                        worker: index,
                        id,
                        output,
                    });
                    wake_up(&wake);
                });
                // Our compiled module goes along, so the worker skips fetching and
                // compiling it.
                let worker = spawn_worker(
                    &worker_url(),
                    &wasm_bindgen::module(),
                    &on_message.into_js_value(),
                );
                self.workers.push(worker);
                self.busy.push(None);
                self.idle.push(index);
            }
            let Some(worker) = self.idle.pop() else {
                return;
            };
            let Some((id, spec)) = self.queue.pop_front() else {
                self.idle.push(worker);
                return;
            };
            post_job(
                &self.workers[worker],
                id as f64,
                &spec.source,
                &spec.filename,
                &spec.payload,
            );
            self.busy[worker] = Some(id);
            events.push(JobEvent::Started { id, worker });
        }
    }
}

impl WorkerPool for WebPool {
    fn submit(&mut self, id: u64, job: JobSpec) {
        self.queue.push_back((id, job));
    }

    fn poll(&mut self) -> Vec<JobEvent> {
        let mut events = Vec::new();
        let replies = std::mem::take(&mut *self.inbox.borrow_mut());
        for reply in replies {
            // A worker that failed to start answers for the job it was given.
            let id = if reply.id >= 0.0 {
                reply.id as u64
            } else {
                match self.busy.get(reply.worker).copied().flatten() {
                    Some(id) => id,
                    None => continue,
                }
            };
            if let Some(slot) = self.busy.get_mut(reply.worker) {
                *slot = None;
            }
            self.idle.push(reply.worker);
            events.push(JobEvent::Finished {
                id,
                output: reply.output,
            });
        }
        self.dispatch(&mut events);
        events
    }

    fn has_news(&mut self) -> bool {
        !self.inbox.borrow().is_empty()
    }

    fn wakes_host(&self) -> bool {
        true
    }
}

impl Drop for WebPool {
    fn drop(&mut self) {
        for worker in &self.workers {
            stop_worker(worker);
        }
    }
}

thread_local! {
    /// This Web Worker's interpreter, kept from job to job.
    static WORKER: RefCell<Option<Worker>> = const { RefCell::new(None) };
}

/// Runs one process-pool job in this worker (called by `www/worker.js`): the program is
/// imported as `__mp_main__` on the first job, then the pickled call runs. Returns
/// `{ok, outcome, stdout, stderr, nanos}`.
#[wasm_bindgen]
pub fn worker_run_job(source: String, filename: String, payload: String) -> JsValue {
    // A job's imports download synchronously here, which a worker may do.
    crate::bundles::install_loader();
    let spec = JobSpec {
        source: source.into(),
        filename: filename.into(),
        payload,
    };
    let reply = js_sys::Object::new();
    let set = |k: &str, v: JsValue| crate::scope::set(&reply, k, &v);
    let Some(clock) = BrowserClock::new() else {
        set("ok", JsValue::FALSE);
        set("outcome", JsValue::from_str("this worker has no clock"));
        return reply.into();
    };
    let output = WORKER.with(|cell| {
        let mut slot = cell.borrow_mut();
        let worker = slot.get_or_insert_with(|| Worker::new(Clock::real(Box::new(clock.clone()))));
        worker.run(&spec, &mut |secs| {
            // A worker may block: `time.sleep` in a job waits here, off the page's thread.
            let until = clock.now() + secs;
            while clock.now() < until {}
        })
    });
    let (ok, outcome) = match output.outcome {
        Ok(text) => (true, text),
        Err(text) => (false, text),
    };
    set("ok", JsValue::from_bool(ok));
    set("outcome", JsValue::from_str(&outcome));
    set("stdout", JsValue::from_str(&output.stdout));
    set("stderr", JsValue::from_str(&output.stderr));
    set("nanos", JsValue::from_f64(output.nanos as f64));
    reply.into()
}
