//! The native worker pool: a `ProcessPoolExecutor`'s jobs on OS threads, each thread with
//! its own interpreter (values are not `Send`: only the program's text and pickled bytes
//! cross), so CPU-bound work runs truly in parallel under `--clock real`.

use crate::host::NativeClock;
use loopscope_aio::pool::Worker;
use loopscope_aio::{Clock, JobEvent, JobSpec, WorkerHost, WorkerPool};
use std::collections::VecDeque;
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Condvar, Mutex};

/// Opens pools of OS threads.
pub struct ThreadWorkers;

impl WorkerHost for ThreadWorkers {
    fn open(&self, workers: usize) -> Box<dyn WorkerPool> {
        let (events, inbox) = channel();
        Box::new(ThreadPool {
            workers,
            started: 0,
            queue: Arc::new((Mutex::new(Queue::default()), Condvar::new())),
            events,
            inbox,
            news: Vec::new(),
        })
    }
}

/// Jobs waiting for a worker; `closed` once the pool is dropped.
#[derive(Default)]
struct Queue {
    jobs: VecDeque<(u64, JobSpec)>,
    closed: bool,
}

struct ThreadPool {
    workers: usize,
    started: usize,
    queue: Arc<(Mutex<Queue>, Condvar)>,
    events: Sender<JobEvent>,
    inbox: Receiver<JobEvent>,
    /// Events read by `has_news` and not yet handed out by `poll`.
    news: Vec<JobEvent>,
}

impl WorkerPool for ThreadPool {
    fn submit(&mut self, id: u64, job: JobSpec) {
        let (lock, ready) = &*self.queue;
        let waiting = {
            let mut q = lock.lock().unwrap_or_else(|e| e.into_inner());
            q.jobs.push_back((id, job));
            q.jobs.len()
        };
        ready.notify_one();
        // A new worker when the queue outgrows the ones started, up to `workers`.
        if self.started < self.workers && waiting > 0 {
            let worker = self.started;
            self.started += 1;
            let queue = self.queue.clone();
            let events = self.events.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("loopscope-worker-{worker}"))
                .stack_size(crate::STACK)
                .spawn(move || work(worker, &queue, &events));
            if spawned.is_err() {
                self.started -= 1;
            }
        }
    }

    fn poll(&mut self) -> Vec<JobEvent> {
        self.news.extend(self.inbox.try_iter());
        std::mem::take(&mut self.news)
    }

    fn has_news(&mut self) -> bool {
        self.news.extend(self.inbox.try_iter());
        !self.news.is_empty()
    }
}

impl Drop for ThreadPool {
    fn drop(&mut self) {
        let (lock, ready) = &*self.queue;
        lock.lock().unwrap_or_else(|e| e.into_inner()).closed = true;
        ready.notify_all();
    }
}

/// A worker thread: takes jobs in order until the pool closes.
fn work(worker: usize, queue: &(Mutex<Queue>, Condvar), events: &Sender<JobEvent>) {
    let (lock, ready) = queue;
    let mut interpreter = Worker::new(Clock::real(Box::new(NativeClock::new())));
    loop {
        let next = {
            let mut q = lock.lock().unwrap_or_else(|e| e.into_inner());
            loop {
                if let Some(job) = q.jobs.pop_front() {
                    break Some(job);
                }
                if q.closed {
                    break None;
                }
                q = ready.wait(q).unwrap_or_else(|e| e.into_inner());
            }
        };
        let Some((id, spec)) = next else { return };
        if events.send(JobEvent::Started { id, worker }).is_err() {
            return;
        }
        let output = interpreter.run(&spec, &mut |secs| {
            std::thread::sleep(std::time::Duration::from_secs_f64(secs));
        });
        if events.send(JobEvent::Finished { id, output }).is_err() {
            return;
        }
    }
}
