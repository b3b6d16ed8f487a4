//! `_aioloop`'s process-pool natives: opening pools, submitting pickled calls, collecting
//! outcomes (the executor's manager thread calls `pool_collect`), and the worker's side
//! (`job_input`, `job_begin`, `job_end_time`, `job_end`). Under the virtual clock a pool is a model of N
//! cores: a job starts when a core is free and lasts what it took in its own interpreter.

use super::{JobEvent, JobOutput, JobSpec, Lanes, Worker, WorkerPool, MODELLED_CPUS};
use crate::clock::Clock;
use crate::state::{shared, Request, Shared};
use crate::trace::{Nanos, ThreadId, TraceEvent};
use loopscope_python::args::{nth, Kw};
use loopscope_python::objects::Native;
use loopscope_python::{Interp, ModuleBuilder, PyErr, PyResult, Stream, Value};
use std::collections::VecDeque;

/// How often the manager looks for finished jobs when only the host knows (real clock)
/// and the host does not wake the run when a worker reports.
const HOST_POLL: f64 = 0.001;

/// The longest wait for a host that wakes the run (a safety net: it should never matter).
const HOST_WAKE_WAIT: f64 = 0.5;

/// One `ProcessPoolExecutor`'s workers.
pub(crate) struct Pool {
    kind: Kind,
    lanes: Lanes,
    /// Jobs submitted and not yet collected.
    pending: usize,
    /// Which worker runs each started job (host pools).
    running: std::collections::HashMap<u64, usize>,
}

enum Kind {
    Model(Model),
    Host(Box<dyn WorkerPool>),
}

impl Pool {
    pub(crate) fn has_news(&mut self) -> bool {
        match &mut self.kind {
            Kind::Model(_) => false,
            Kind::Host(h) => h.has_news(),
        }
    }
}

/// N modelled cores, each with its worker: when each is next free, and the jobs not yet
/// collected.
struct Model {
    free_at: Vec<u64>,
    workers: Vec<Worker>,
    jobs: VecDeque<ModelJob>,
}

struct ModelJob {
    id: u64,
    core: usize,
    start: u64,
    end: u64,
    started: bool,
    output: JobOutput,
}

fn int_arg(args: &[Value], i: usize, what: &str) -> PyResult<i64> {
    match nth(args, i) {
        Value::Int(n) => Ok(n),
        other => Err(PyErr::type_error(format!(
            "{what} must be an int, not {}",
            other.type_name()
        ))),
    }
}

fn str_arg(args: &[Value], i: usize, what: &str) -> PyResult<String> {
    nth(args, i)
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| PyErr::type_error(format!("{what} must be a str")))
}

fn pool_index(s: &Shared, args: &[Value]) -> PyResult<usize> {
    let i = int_arg(args, 0, "pool")?;
    usize::try_from(i)
        .ok()
        .filter(|&i| s.pool.pools.get(i).is_some_and(Option::is_some))
        .ok_or_else(|| PyErr::runtime_error("this process pool is closed"))
}

/// The trace lane of `worker` in pool `i`, made (and named) on first use.
fn lane(s: &mut Shared, i: usize, worker: usize) -> (ThreadId, String) {
    if let Some(Some(p)) = s.pool.pools.get(i) {
        if let Some(l) = p.lanes.ids.get(&worker) {
            return l.clone();
        }
    }
    let id = ThreadId(s.next_thread_id);
    s.next_thread_id += 1;
    s.pool.processes += 1;
    let name = format!("SpawnProcess-{}", s.pool.processes);
    if let Some(Some(p)) = s.pool.pools.get_mut(i) {
        p.lanes.ids.insert(worker, (id, name.clone()));
    }
    (id, name)
}

fn record_start(s: &mut Shared, i: usize, worker: usize, at: Nanos) {
    let (thread, name) = lane(s, i, worker);
    s.record(|t| TraceEvent::ThreadStart {
        at,
        thread,
        name: t.intern(&name),
        worker: true,
    });
}

fn record_end(s: &mut Shared, i: usize, worker: usize, at: Nanos) {
    let (thread, _) = lane(s, i, worker);
    s.record(|_| TraceEvent::ThreadEnd { at, thread });
}

/// Python's view of a finished job: `(id, ok, pickled outcome or why there is none)`.
fn outcome_value(id: u64, output: &JobOutput) -> Value {
    let (ok, text) = match &output.outcome {
        Ok(p) => (true, p.as_str()),
        Err(why) => (false, why.as_str()),
    };
    Value::tuple(vec![
        Value::Int(i64::try_from(id).unwrap_or(i64::MAX)),
        Value::Bool(ok),
        Value::str(text),
    ])
}

/// Registers the pool natives in `_aioloop`.
pub fn register(m: &mut ModuleBuilder) {
    m.functions(FUNCTIONS);
}

/// The pool natives, by their Python names.
const FUNCTIONS: &[(&str, Native)] = &[
    ("pool_open", pool_open),
    ("pool_submit", pool_submit),
    ("pool_collect", pool_collect),
    ("pool_wait", pool_wait),
    ("pool_close", pool_close),
    ("start_thread_soon", start_thread_soon),
    ("cpu_count", cpu_count),
    ("new_module", new_module),
    ("job_input", job_input),
    ("job_begin", job_begin),
    ("job_end_time", job_end_time),
    ("job_end", job_end),
];

/// `pool_open(max_workers)`: opens a pool (modelled cores, or the host's); returns its index.
fn pool_open(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let workers = int_arg(args, 0, "max_workers")?;
    let workers = usize::try_from(workers)
        .ok()
        .filter(|&n| n > 0)
        .ok_or_else(|| PyErr::value_error("max_workers must be greater than 0"))?;
    let sh = shared(interp)?;
    let mut s = sh.borrow_mut();
    let host = if s.clock.is_virtual() {
        None
    } else {
        s.pool.host.clone()
    };
    let kind = match host {
        Some(h) => Kind::Host(h.open(workers)),
        None => {
            let cores = workers.min(MODELLED_CPUS);
            Kind::Model(Model {
                free_at: vec![0; cores],
                workers: (0..cores)
                    .map(|_| Worker::new(Clock::virtual_clock()))
                    .collect(),
                jobs: VecDeque::new(),
            })
        }
    };
    s.pool.pools.push(Some(Pool {
        kind,
        lanes: Lanes::default(),
        pending: 0,
        running: Default::default(),
    }));
    Ok(Value::Int(s.pool.pools.len() as i64 - 1))
}

/// `pool_submit(pool, payload)`: submits a pickled call to the pool; returns the job's id.
fn pool_submit(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let payload = str_arg(args, 1, "payload")?;
    let sh = shared(interp)?;
    let (i, spec, now, id) = {
        let mut s = sh.borrow_mut();
        let i = pool_index(&s, args)?;
        let (source, filename) = s
            .pool
            .program
            .clone()
            .ok_or_else(|| PyErr::runtime_error("there is no program for workers to run"))?;
        let id = s.pool.next_job;
        s.pool.next_job += 1;
        let spec = JobSpec {
            source,
            filename,
            payload,
        };
        (i, spec, s.clock.nanos().0, id)
    };
    let is_host = {
        let s = sh.borrow();
        matches!(
            &s.pool.pools[i],
            Some(Pool {
                kind: Kind::Host(_),
                ..
            })
        )
    };
    if is_host {
        let mut s = sh.borrow_mut();
        if let Some(Some(p)) = s.pool.pools.get_mut(i) {
            p.pending += 1;
            if let Kind::Host(h) = &mut p.kind {
                h.submit(id, spec);
            }
        }
    } else {
        // The model: take the first free core, run the job now on its worker (no
        // borrow held: the worker is taken out meanwhile), then place it in time.
        let taken = {
            let mut s = sh.borrow_mut();
            match s.pool.pools.get_mut(i) {
                Some(Some(Pool {
                    kind: Kind::Model(m),
                    ..
                })) => {
                    let core = (0..m.free_at.len())
                        .min_by_key(|&c| m.free_at[c])
                        .unwrap_or(0);
                    let worker = std::mem::replace(
                        &mut m.workers[core],
                        Worker::new(Clock::virtual_clock()),
                    );
                    Some((core, worker))
                }
                _ => None,
            }
        };
        let Some((core, mut worker)) = taken else {
            return Err(PyErr::runtime_error("the process pool is closed"));
        };
        let output = worker.run(&spec, &mut |_| {});
        let mut s = sh.borrow_mut();
        if let Some(Some(p)) = s.pool.pools.get_mut(i) {
            p.pending += 1;
            if let Kind::Model(m) = &mut p.kind {
                m.workers[core] = worker;
                let start = now.max(m.free_at[core]);
                let end = start.saturating_add(output.nanos);
                m.free_at[core] = end;
                m.jobs.push_back(ModelJob {
                    id,
                    core,
                    start,
                    end,
                    started: false,
                    output,
                });
            }
        }
    }
    Ok(Value::Int(i64::try_from(id).unwrap_or(i64::MAX)))
}

/// `pool_wait(pool, secs)`: asks the driver to wait up to `secs` for news from the pool.
fn pool_wait(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let secs = match nth(args, 1) {
        Value::Float(f) => f,
        Value::Int(i) => i as f64,
        _ => return Err(PyErr::type_error("pool_wait needs a number of seconds")),
    };
    let pool = pool_index(&shared(interp)?.borrow(), args)?;
    Err(Request::PoolWait { pool, secs }.into_err())
}

/// `pool_close(pool)`: closes the pool (nothing if it is already closed).
fn pool_close(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let sh = shared(interp)?;
    let mut s = sh.borrow_mut();
    if let Ok(i) = pool_index(&s, args) {
        s.pool.pools[i] = None;
    }
    Ok(Value::None)
}

/// `start_thread_soon(target, name)`: asks the driver to start a virtual thread.
fn start_thread_soon(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let name = str_arg(args, 1, "name")?;
    let sh = shared(interp)?;
    sh.borrow_mut()
        .threads_to_start
        .push((nth(args, 0), name, None));
    Ok(Value::None)
}

/// `cpu_count()`: the number of modelled cores.
fn cpu_count(_: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    Ok(Value::Int(MODELLED_CPUS as i64))
}

/// `new_module(name, filename)`: a new, empty module.
fn new_module(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let name = str_arg(args, 0, "name")?;
    let file = str_arg(args, 1, "filename")?;
    Ok(interp.new_module(&name, Some(&file)))
}

/// `job_input()`: in a worker, the job's `(source, filename, payload)`.
fn job_input(interp: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    let sh = shared(interp)?;
    let s = sh.borrow();
    let slot = s
        .pool
        .job
        .as_ref()
        .ok_or_else(|| PyErr::runtime_error("this is not a process pool worker"))?;
    Ok(Value::tuple(vec![
        Value::str(&slot.spec.source),
        Value::str(&slot.spec.filename),
        Value::str(&slot.spec.payload),
    ]))
}

/// `job_begin()`: in a worker, the job's call begins now.
fn job_begin(interp: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    let sh = shared(interp)?;
    let mut s = sh.borrow_mut();
    let now = s.clock.nanos().0;
    if let Some(slot) = &mut s.pool.job {
        slot.begin = Some(now);
    }
    Ok(Value::None)
}

/// `job_end_time()`: in a worker, the job's call ends now.
fn job_end_time(interp: &mut Interp, _: &[Value], _: &Kw) -> PyResult<Value> {
    let sh = shared(interp)?;
    let mut s = sh.borrow_mut();
    let now = s.clock.nanos().0;
    if let Some(slot) = &mut s.pool.job {
        slot.end = Some(now);
    }
    Ok(Value::None)
}

/// `job_end(payload)`: in a worker, the job's pickled outcome.
fn job_end(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let payload = str_arg(args, 0, "payload")?;
    let sh = shared(interp)?;
    let mut s = sh.borrow_mut();
    if let Some(slot) = &mut s.pool.job {
        slot.result = Some(payload);
    }
    Ok(Value::None)
}

/// `pool_collect(pool)`: the jobs that finished by now, as `[(id, ok, text)]`, and how
/// long until something may next happen (seconds; None when no job is left).
fn pool_collect(interp: &mut Interp, args: &[Value], _: &Kw) -> PyResult<Value> {
    let sh = shared(interp)?;
    let mut done: Vec<(u64, JobOutput)> = Vec::new();
    let delay;
    {
        let mut s = sh.borrow_mut();
        let i = pool_index(&s, args)?;
        let now = s.clock.nanos().0;
        let mut p = s.pool.pools[i]
            .take()
            .ok_or_else(|| PyErr::runtime_error("this process pool is closed"))?;
        match &mut p.kind {
            Kind::Model(m) => {
                // Due starts and ends, in time order (an end before a start at the same
                // instant: the core is free again).
                let mut due: Vec<(u64, bool, usize)> = Vec::new();
                for (k, j) in m.jobs.iter().enumerate() {
                    if !j.started && j.start <= now {
                        due.push((j.start, true, k));
                    }
                    if j.end <= now {
                        due.push((j.end, false, k));
                    }
                }
                due.sort_by_key(|&(t, start, k)| (t, start, k));
                s.pool.pools[i] = Some(p);
                for (t, start, k) in due {
                    let core = match &s.pool.pools[i] {
                        Some(Pool {
                            kind: Kind::Model(m),
                            ..
                        }) => m.jobs[k].core,
                        _ => 0,
                    };
                    if start {
                        record_start(&mut s, i, core, Nanos(t));
                    } else {
                        record_end(&mut s, i, core, Nanos(t));
                    }
                }
                let Some(Some(p)) = s.pool.pools.get_mut(i) else {
                    return Err(PyErr::runtime_error("this process pool is closed"));
                };
                let Kind::Model(m) = &mut p.kind else {
                    return Err(PyErr::runtime_error("this process pool is closed"));
                };
                let mut next: Option<u64> = None;
                let mut kept = VecDeque::new();
                while let Some(mut j) = m.jobs.pop_front() {
                    if j.start <= now {
                        j.started = true;
                    }
                    if j.end <= now {
                        done.push((j.id, j.output));
                    } else {
                        let t = if j.started { j.end } else { j.start };
                        next = Some(next.map_or(t, |n| n.min(t)));
                        kept.push_back(j);
                    }
                }
                m.jobs = kept;
                p.pending = p.pending.saturating_sub(done.len());
                delay = next.map(|t| t.saturating_sub(now) as f64 / 1e9);
            }
            Kind::Host(h) => {
                let events = h.poll();
                s.pool.pools[i] = Some(p);
                let at = s.clock.nanos();
                for event in events {
                    match event {
                        JobEvent::Started { id, worker } => {
                            if let Some(Some(p)) = s.pool.pools.get_mut(i) {
                                p.running.insert(id, worker);
                            }
                            record_start(&mut s, i, worker, at);
                        }
                        JobEvent::Finished { id, output } => {
                            let worker = match s.pool.pools.get_mut(i) {
                                Some(Some(p)) => p.running.remove(&id),
                                _ => None,
                            };
                            if let Some(w) = worker {
                                record_end(&mut s, i, w, at);
                            }
                            done.push((id, output));
                        }
                    }
                }
                let Some(Some(p)) = s.pool.pools.get_mut(i) else {
                    return Err(PyErr::runtime_error("this process pool is closed"));
                };
                p.pending = p.pending.saturating_sub(done.len());
                let wait = match &p.kind {
                    Kind::Host(h) if h.wakes_host() => HOST_WAKE_WAIT,
                    _ => HOST_POLL,
                };
                delay = (p.pending > 0).then_some(wait);
            }
        }
    }
    let mut results = Vec::with_capacity(done.len());
    for (id, output) in &done {
        if !output.stdout.is_empty() {
            interp.write(Stream::Stdout, &output.stdout);
        }
        if !output.stderr.is_empty() {
            interp.write(Stream::Stderr, &output.stderr);
        }
        results.push(outcome_value(*id, output));
    }
    Ok(Value::tuple(vec![
        Value::list(results),
        delay.map_or(Value::None, Value::Float),
    ]))
}
