//! The page's side of running programs in Web Workers. The playground never runs a
//! program on its own thread: each run goes to a worker (`www/worker.js`, our wasm module;
//! its side is `runner.rs`), and the page keeps a mirror of what the views read — output,
//! the trace, the clock, the loop's queues while paused — from the worker's reports.
//!
//! So nothing a program does can take the page down with it. Stop asks the worker to stop
//! between slices (the `KeyboardInterrupt` traceback of where the program was). The worker
//! acknowledges Stop as soon as the message reaches it; one that does not within
//! [`STOP_GRACE_MS`] — Python code called from inside a native such as `__repr__`, or one
//! long native operation — is terminated. One that did is given [`STOPPING_MS`] to finish.
//! A running worker also says it is alive every [`HEARTBEAT_MS`]; one that has been silent
//! for [`SILENCE_MS`] when Stop comes is stuck already, and is given only
//! [`SILENT_GRACE_MS`], time for reports still queued behind the page's own work to arrive.
//! A trap (out of memory, the browser's stack exhausted, a panic) ends only its worker;
//! the page says what happened. A worker whose memory grew past [`RETIRE_BYTES`] is replaced after its run, so
//! memory comes back. Each ended worker is replaced by a fresh one at once, warmed up
//! (asyncio compiled) before the next run needs it.

use crate::run::{sleep_ms, split_output, wake_up, Mirror, RunHandle, RunOptions, RunText, Wake};
use crate::run::{ClockChoice, NetworkChoice};
use crate::scope::{get, now_ms, set};
use loopscope_aio::trace::wire::{read_delta, Reader, WireError, Writer};
use loopscope_aio::trace::{Nanos, TraceEvent};
use loopscope_aio::LoopSnapshot;
use loopscope_python::Stream;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How long a run may take to answer Stop before its worker is ended (ms). A run answers
/// between slices, 8 ms apart, and a waiting one at once; the rest of the 200 ms the page
/// promises for Stop is the page's own work (ending the worker, drawing the end).
pub(crate) const STOP_GRACE_MS: f64 = 80.0;

/// How often a worker with a run in progress says it is alive (ms): from a timer, so a
/// worker stuck inside one call says nothing.
pub(crate) const HEARTBEAT_MS: f64 = 25.0;

/// A worker not heard from for this long when Stop comes is taken to be stuck (ms): six
/// heartbeats missed.
const SILENCE_MS: f64 = 150.0;

/// How long a silent worker is given to answer Stop (ms of the page's free time): long
/// enough for messages it sent before the page was free to read them to arrive.
const SILENT_GRACE_MS: f64 = 30.0;

/// How long a run whose worker acknowledged Stop may take to end (ms). The worker is alive
/// and between slices, so it ends at its next turn; this bound only matters on a machine
/// so busy that its turn comes late (a run waiting on a database that is busy itself).
const STOPPING_MS: f64 = 3000.0;

/// A worker whose wasm memory is larger than this after a run is replaced by a fresh one
/// (wasm memory never shrinks).
pub(crate) const RETIRE_BYTES: f64 = 256.0 * 1024.0 * 1024.0;

/// How long the reports a dying worker posted are awaited after its death (ms).
const LAST_WORDS_MS: f64 = 40.0;

/// Idle workers kept for the next runs.
const MAX_IDLE: usize = 2;

#[wasm_bindgen(module = "/js/glue.js")]
extern "C" {
    fn runner_spawn(module: &JsValue, onmessage: &JsValue) -> JsValue;
    fn runner_post(worker: &JsValue, message: &JsValue);
    fn runner_end(worker: &JsValue);
    fn has_workers() -> bool;
}

thread_local! {
    static ENABLED: Cell<bool> = const { Cell::new(false) };
    /// A worker is being warmed up (compiling asyncio) and will be idle soon.
    static WARMING: Cell<bool> = const { Cell::new(false) };
    static IDLE: RefCell<Vec<Runner>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
}

/// From now on, [`crate::run`] runs programs in Web Workers (where the browser has them).
pub fn run_in_workers() {
    ENABLED.with(|e| e.set(has_workers()));
}

pub(crate) fn enabled() -> bool {
    ENABLED.with(Cell::get)
}

/// A message from the page to a run worker.
pub(crate) enum RunRequest {
    Run {
        id: u32,
        source: String,
        options: RunOptions,
    },
    Stop {
        id: u32,
    },
    Stepping {
        id: u32,
        on: bool,
    },
    Step {
        id: u32,
    },
    /// Bytes for the run's server on `port`, from the page's connection `conn`.
    Http {
        id: u32,
        port: u16,
        conn: u32,
        bytes: Vec<u8>,
    },
}

impl RunRequest {
    fn to_js(&self) -> JsValue {
        let obj = js_sys::Object::new();
        let (op, id) = match self {
            RunRequest::Run {
                id,
                source,
                options,
            } => {
                set(&obj, "source", &JsValue::from_str(source));
                let flags = [
                    options.clock == ClockChoice::Real,
                    options.network == NetworkChoice::Real,
                    options.sequential,
                    options.stepping,
                    options.notebook,
                    options.debug,
                ];
                let bits = flags
                    .iter()
                    .enumerate()
                    .fold(0u32, |acc, (i, on)| acc | (u32::from(*on) << i));
                set(&obj, "flags", &JsValue::from(bits));
                set(
                    &obj,
                    "timeLimit",
                    &options.time_limit.map_or(JsValue::NULL, JsValue::from_f64),
                );
                ("run", *id)
            }
            RunRequest::Stop { id } => ("stop", *id),
            RunRequest::Stepping { id, on } => {
                set(&obj, "on", &JsValue::from_bool(*on));
                ("stepping", *id)
            }
            RunRequest::Step { id } => ("step", *id),
            RunRequest::Http {
                id,
                port,
                conn,
                bytes,
            } => {
                set(&obj, "port", &JsValue::from(*port));
                set(&obj, "conn", &JsValue::from(*conn));
                set(&obj, "bytes", &js_sys::Uint8Array::from(bytes.as_slice()));
                ("http", *id)
            }
        };
        set(&obj, "op", &JsValue::from_str(op));
        set(&obj, "id", &JsValue::from(id));
        obj.into()
    }

    pub(crate) fn read(message: &JsValue) -> Option<RunRequest> {
        let id = get(message, "id").as_f64()? as u32;
        Some(match get(message, "op").as_string()?.as_str() {
            "run" => {
                let bits = get(message, "flags").as_f64()? as u32;
                let on = |i: u32| bits & (1 << i) != 0;
                let mut options = RunOptions::new(if on(0) {
                    ClockChoice::Real
                } else {
                    ClockChoice::Virtual
                });
                if on(1) {
                    options.network = NetworkChoice::Real;
                }
                options.sequential = on(2);
                options.stepping = on(3);
                options.notebook = on(4);
                options.debug = on(5);
                options.time_limit = get(message, "timeLimit").as_f64();
                RunRequest::Run {
                    id,
                    source: get(message, "source").as_string()?,
                    options,
                }
            }
            "stop" => RunRequest::Stop { id },
            "stepping" => RunRequest::Stepping {
                id,
                on: get(message, "on").is_truthy(),
            },
            "step" => RunRequest::Step { id },
            "http" => RunRequest::Http {
                id,
                port: get(message, "port").as_f64()? as u16,
                conn: get(message, "conn").as_f64()? as u32,
                bytes: get(message, "bytes")
                    .dyn_into::<js_sys::Uint8Array>()
                    .ok()?
                    .to_vec(),
            },
            _ => return None,
        })
    }
}

/// What a run worker reports.
#[derive(Clone, Copy)]
pub(crate) enum Report {
    /// A run in progress: its news since the last report.
    Progress,
    /// A run ended: its last news, exit code and the worker's memory size.
    Done,
    /// The worker panicked (a trap follows): the message.
    Panic,
    /// The worker received Stop between slices: it is alive and will end the run.
    Stopping,
    /// A run is in progress and the worker is not stuck inside one call (every
    /// [`HEARTBEAT_MS`]).
    Alive,
    /// The run's server started or stopped listening on a port (`serve.rs`).
    Serving,
    /// Bytes the run's server wrote to one of the page's connections.
    HttpData,
    /// The run's server closed one of the page's connections.
    HttpClose,
}

impl Report {
    fn name(self) -> &'static str {
        match self {
            Report::Progress => "progress",
            Report::Done => "done",
            Report::Panic => "panic",
            Report::Stopping => "stopping",
            Report::Alive => "alive",
            Report::Serving => "serving",
            Report::HttpData => "http-data",
            Report::HttpClose => "http-close",
        }
    }

    pub(crate) fn post(self, post: &js_sys::Function, id: u32, bytes: &[u8]) {
        let _ = post.call3(
            &JsValue::NULL,
            &JsValue::from_str(self.name()),
            &JsValue::from(id),
            &js_sys::Uint8Array::from(bytes),
        );
    }
}

pub(crate) fn write_snapshot(w: &mut Writer, s: &LoopSnapshot) {
    w.u64(s.iteration);
    w.f64(s.time);
    w.u64(s.ready.len() as u64);
    for r in &s.ready {
        w.str(r);
    }
    w.u64(s.timers.len() as u64);
    for (when, what) in &s.timers {
        w.f64(*when);
        w.str(what);
    }
}

fn read_snapshot(r: &mut Reader) -> Result<LoopSnapshot, WireError> {
    let iteration = r.u64()?;
    let time = r.f64()?;
    let mut ready = Vec::new();
    for _ in 0..r.u64()? {
        ready.push(r.str()?);
    }
    let mut timers = Vec::new();
    for _ in 0..r.u64()? {
        timers.push((r.f64()?, r.str()?));
    }
    Ok(LoopSnapshot {
        iteration,
        time,
        ready,
        timers,
    })
}

/// Applies a report's news to the page's mirror of the run.
fn apply(handle: &RunHandle, r: &mut Reader) -> Result<(), WireError> {
    for _ in 0..r.u64()? {
        let stream = if r.bool()? {
            Stream::Stderr
        } else {
            Stream::Stdout
        };
        let text = r.str()?;
        handle.output.borrow_mut().push((stream, text));
    }
    {
        let mut mirror = handle.mirror.borrow_mut();
        let mirror = mirror.get_or_insert_with(Mirror::default);
        read_delta(r, &mut mirror.trace)?;
        mirror.now = r.f64()?;
        mirror.reported_at = now_ms();
    }
    *handle.block.borrow_mut() = if r.bool()? {
        Some((r.f64()?, r.str()?))
    } else {
        None
    };
    *handle.paused.borrow_mut() = if r.bool()? {
        Some(read_snapshot(r)?)
    } else {
        None
    };
    Ok(())
}

/// One run worker and what it has sent.
struct Runner {
    worker: JsValue,
    inbox: Rc<RefCell<VecDeque<JsValue>>>,
    /// When the page last heard from the worker (`now_ms`).
    heard: Rc<Cell<f64>>,
    /// The wake-up of the run using this worker: a report ends its wait at once.
    wake: Rc<RefCell<Option<Wake>>>,
    _on_message: Closure<dyn Fn(JsValue)>,
}

impl Runner {
    fn spawn() -> Runner {
        let inbox: Rc<RefCell<VecDeque<JsValue>>> = Rc::default();
        let wake: Rc<RefCell<Option<Wake>>> = Rc::default();
        let heard = Rc::new(Cell::new(now_ms()));
        let on_message = {
            let inbox = inbox.clone();
            let wake = wake.clone();
            let heard = heard.clone();
            Closure::<dyn Fn(JsValue)>::new(move |data: JsValue| {
                heard.set(now_ms());
                if get(&data, "kind").as_string().as_deref() == Some(Report::Alive.name()) {
                    return;
                }
                inbox.borrow_mut().push_back(data);
                if let Some(wake) = wake.borrow().as_ref() {
                    wake_up(wake);
                }
            })
        };
        // Our compiled module goes along, so the worker neither downloads nor compiles it.
        let worker = runner_spawn(&wasm_bindgen::module(), on_message.as_ref());
        Runner {
            worker,
            inbox,
            heard,
            wake,
            _on_message: on_message,
        }
    }

    fn post(&self, request: &RunRequest) {
        runner_post(&self.worker, &request.to_js());
    }

    fn end(self) {
        runner_end(&self.worker);
    }
}

/// How a run in a worker ended.
enum Ended {
    /// The program ended (or stopped when asked): its exit code, the worker's memory.
    Done(i32, f64),
    /// Stop was not answered in time: the worker was ended.
    Unresponsive,
    /// The worker died.
    Trap(Died),
}

/// What is known of a worker's death.
#[derive(Default)]
struct Died {
    /// What the worker's error said (`RangeError: Maximum call stack size exceeded`).
    text: String,
    /// Its wasm memory then (bytes).
    memory: f64,
    /// The panic that led to it, if one did.
    panic: Option<String>,
}

impl Died {
    fn unreadable(e: &WireError) -> Died {
        Died {
            text: format!("its report could not be read ({})", e.0),
            ..Died::default()
        }
    }
}

/// Starts a fresh worker and warms it up (compiles asyncio) for the next run, unless
/// one is idle or warming already.
pub(crate) fn replenish() {
    if WARMING.with(Cell::get) || IDLE.with(|i| i.borrow().len()) >= 1 {
        return;
    }
    WARMING.with(|w| w.set(true));
    // Posted now, not when the task below is first polled: at the page's start that is
    // only after the playground has mounted, and the worker could have been compiling.
    let handle = RunHandle::default();
    let runner = Runner::spawn();
    let id = start_on(
        &runner,
        "import asyncio\n",
        RunOptions::new(ClockChoice::Virtual),
        &handle,
    );
    wasm_bindgen_futures::spawn_local(async move {
        let _ = follow(runner, id, handle).await;
        WARMING.with(|w| w.set(false));
    });
}

/// How often the page looks for the worker's answer after Stop (ms).
const STOP_TURN_MS: f64 = 10.0;

/// The page's wait for a run to answer Stop. Only time in which the page itself was free
/// to receive the answer counts: a page busy for 250 ms (painting a big timeline on a
/// loaded machine) finds the worker's acknowledgement still queued behind it, and must
/// not take a worker that answered at once for one stuck in a native.
struct StopWait {
    /// Time counted so far (ms), at most a few turns' worth for each of the page's turns.
    waited: f64,
    last_turn: f64,
    acknowledged: bool,
    /// When the page last heard from the worker, kept up to date by its messages.
    heard: Rc<Cell<f64>>,
    /// When it had last heard from it, if that was `SILENCE_MS` or more before Stop.
    silent_since: Option<f64>,
}

impl StopWait {
    fn new(heard: Rc<Cell<f64>>) -> StopWait {
        let now = now_ms();
        let last = heard.get();
        StopWait {
            waited: 0.0,
            last_turn: now,
            acknowledged: false,
            silent_since: (now - last >= SILENCE_MS).then_some(last),
            heard,
        }
    }

    /// Counts the time since the last turn; true once the run has had its grace: shortest
    /// for a worker silent since before Stop, longer for one that was alive, longest once
    /// it acknowledged.
    fn given_up(&mut self) -> bool {
        let now = now_ms();
        self.waited += (now - self.last_turn).min(3.0 * STOP_TURN_MS);
        self.last_turn = now;
        let still_silent = self.silent_since == Some(self.heard.get());
        let grace = if self.acknowledged {
            STOPPING_MS
        } else if still_silent {
            SILENT_GRACE_MS
        } else {
            STOP_GRACE_MS
        };
        self.waited >= grace
    }
}

/// Longest wait for a worker that is warming up, rather than starting another (ms): two
/// compiling at once on a small machine make both slow, and the run's timers late.
const WARMING_WAIT_MS: f64 = 5000.0;

/// An idle worker, waiting a little for one that is warming up; a new one otherwise.
/// `None` when the run was stopped while it waited.
async fn take_runner(handle: &RunHandle) -> Option<Runner> {
    let began = now_ms();
    loop {
        if handle.stop.get() {
            return None;
        }
        if let Some(runner) = IDLE.with(|i| i.borrow_mut().pop()) {
            return Some(runner);
        }
        if !WARMING.with(Cell::get) || now_ms() - began > WARMING_WAIT_MS {
            return Some(Runner::spawn());
        }
        sleep_ms(10.0, &handle.wake).await;
    }
}

/// Runs `source` in a worker, mirroring it into `handle`, and returns what it printed.
pub(crate) async fn run_remote(source: &str, options: RunOptions, handle: RunHandle) -> RunText {
    match take_runner(&handle).await {
        Some(runner) => run_on(runner, source, options, handle).await,
        // Stopped before any of it ran: as a Ctrl+C before the program's first line.
        None => {
            handle
                .output
                .borrow_mut()
                .push((Stream::Stderr, "KeyboardInterrupt\n".to_string()));
            let mut trace = loopscope_aio::trace::Trace::default();
            trace.push(TraceEvent::RunEnd {
                at: Nanos::from_secs(0.0),
                exit_code: 130,
            });
            let (stdout, stderr) = split_output(&handle.output.borrow());
            RunText {
                stdout,
                stderr,
                exit_code: 130,
                trace,
                memory: 0.0,
                database: None,
            }
        }
    }
}

/// Runs `source` on `runner`, which goes back to the idle ones afterwards or is ended.
async fn run_on(runner: Runner, source: &str, options: RunOptions, handle: RunHandle) -> RunText {
    let id = start_on(&runner, source, options, &handle);
    follow(runner, id, handle).await
}

/// Posts the run of `source` to `runner`, with `handle` ready to mirror it; its id.
fn start_on(runner: &Runner, source: &str, options: RunOptions, handle: &RunHandle) -> u32 {
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1));
        id
    });
    *runner.wake.borrow_mut() = Some(handle.wake.clone());
    *handle.mirror.borrow_mut() = Some(Mirror {
        real: options.clock == ClockChoice::Real,
        reported_at: now_ms(),
        ..Mirror::default()
    });
    // Silence counts from the start of this run.
    runner.heard.set(now_ms());
    runner.post(&RunRequest::Run {
        id,
        source: source.to_string(),
        options,
    });
    id
}

/// Follows run `id` on `runner` to its end: the runner goes back to the idle ones
/// afterwards or is ended.
async fn follow(runner: Runner, id: u32, handle: RunHandle) -> RunText {
    let mut asked_to_stop: Option<StopWait> = None;
    let mut panicked: Option<String> = None;
    // A worker's death can reach us before the reports it posted just before it: they
    // are collected for a moment before the run ends.
    let mut died: Option<(Died, f64)> = None;
    let mut database = None;
    let ended = 'run: loop {
        let messages: Vec<JsValue> = runner.inbox.borrow_mut().drain(..).collect();
        for message in messages {
            let kind = get(&message, "kind").as_string().unwrap_or_default();
            let bytes = get(&message, "bytes")
                .dyn_into::<js_sys::Uint8Array>()
                .map(|b| b.to_vec())
                .unwrap_or_default();
            let mut r = Reader::new(&bytes);
            let ours = get(&message, "id").as_f64() == Some(f64::from(id));
            match kind.as_str() {
                "progress" if ours => {
                    if let Err(e) = apply(&handle, &mut r) {
                        break 'run Ended::Trap(Died::unreadable(&e));
                    }
                }
                "done" if ours => {
                    let done = apply(&handle, &mut r).and_then(|()| {
                        let (code, memory) = (r.i32()?, r.f64()?);
                        let tables = if r.bool()? {
                            Some(crate::database::Tables::read(&mut r)?)
                        } else {
                            None
                        };
                        Ok((code, memory, tables))
                    });
                    match done {
                        Ok((code, memory, tables)) => {
                            database = tables;
                            break 'run Ended::Done(code, memory);
                        }
                        Err(e) => break 'run Ended::Trap(Died::unreadable(&e)),
                    }
                }
                "stopping" if ours => {
                    if let Some(w) = &mut asked_to_stop {
                        w.acknowledged = true;
                    }
                }
                "serving" if ours => handle.http.borrow_mut().apply(Report::Serving, &bytes),
                "http-data" if ours => handle.http.borrow_mut().apply(Report::HttpData, &bytes),
                "http-close" if ours => handle.http.borrow_mut().apply(Report::HttpClose, &bytes),
                "panic" => panicked = r.str().ok(),
                "trap" if died.is_none() => {
                    let text = get(&message, "text").as_string().unwrap_or_default();
                    let memory = get(&message, "memory").as_f64().unwrap_or(0.0);
                    died = Some((
                        Died {
                            text,
                            memory,
                            panic: None,
                        },
                        now_ms(),
                    ));
                }
                _ => {}
            }
        }
        if let Some((death, at)) = &mut died {
            if now_ms() - *at >= LAST_WORDS_MS {
                death.panic = panicked.take();
                break Ended::Trap(std::mem::take(death));
            }
            sleep_ms(5.0, &handle.wake).await;
            continue;
        }
        if handle.stop.get() {
            match &mut asked_to_stop {
                None => {
                    runner.post(&RunRequest::Stop { id });
                    asked_to_stop = Some(StopWait::new(runner.heard.clone()));
                }
                Some(w) => {
                    if w.given_up() {
                        break Ended::Unresponsive;
                    }
                }
            }
        }
        if let Some(on) = handle.stepping.take() {
            runner.post(&RunRequest::Stepping { id, on });
        }
        while handle.steps.get() > 0 {
            handle.steps.set(handle.steps.get() - 1);
            runner.post(&RunRequest::Step { id });
        }
        let outgoing = std::mem::take(&mut handle.http.borrow_mut().outgoing);
        for (port, conn, bytes) in outgoing {
            runner.post(&RunRequest::Http {
                id,
                port,
                conn,
                bytes,
            });
        }
        let wait = match &asked_to_stop {
            Some(_) => STOP_TURN_MS,
            None => 100.0,
        };
        sleep_ms(wait, &handle.wake).await;
    };
    runner.wake.borrow_mut().take();
    handle.http.borrow_mut().end();
    handle.paused.borrow_mut().take();
    handle.block.borrow_mut().take();
    let mirror = handle.mirror.borrow_mut().take().unwrap_or_default();
    let mut trace = mirror.trace;
    let mut memory_after = 0.0;
    let exit_code = match ended {
        Ended::Done(code, memory) => {
            memory_after = memory;
            let keep = memory < RETIRE_BYTES && IDLE.with(|i| i.borrow().len()) < MAX_IDLE;
            if keep {
                IDLE.with(|i| i.borrow_mut().push(runner));
            } else {
                runner.end();
                replenish();
            }
            code
        }
        Ended::Unresponsive => {
            runner.end();
            replenish();
            handle.output.borrow_mut().push((
                Stream::Stderr,
                "KeyboardInterrupt\n(Loopscope: the program was inside a call it cannot \
                 pause, such as a __repr__ or __eq__ run by a builtin, or one long \
                 operation like a huge power; its run was ended there, without a \
                 traceback, and the next run starts on a fresh interpreter.)\n"
                    .to_string(),
            ));
            trace.push(TraceEvent::RunEnd {
                at: Nanos::from_secs(mirror.now),
                exit_code: 130,
            });
            130
        }
        Ended::Trap(why) => {
            runner.end();
            replenish();
            handle
                .output
                .borrow_mut()
                .push((Stream::Stderr, trap_message(&why)));
            trace.push(TraceEvent::RunEnd {
                at: Nanos::from_secs(mirror.now),
                exit_code: 1,
            });
            1
        }
    };
    let (stdout, stderr) = split_output(&handle.output.borrow());
    RunText {
        stdout,
        stderr,
        exit_code,
        trace,
        memory: memory_after,
        database,
    }
}

/// A size in bytes as people read it (`1.0 GB`).
fn size(bytes: f64) -> String {
    const GB: f64 = 1024.0 * 1024.0 * 1024.0;
    const MB: f64 = 1024.0 * 1024.0;
    if bytes >= GB {
        format!("{:.1} GB", bytes / GB)
    } else {
        format!("{:.0} MB", bytes / MB)
    }
}

/// What the user reads when the interpreter running their program died: the Python
/// exception closest to what happened, and Loopscope's own words on what it means.
///
/// Our wasm traps in three ways: the browser's stack runs out (a `RangeError`); a panic
/// (its hook reports the message first); or an abort without a word, which in our build
/// is an allocation that failed — so that one reads as running out of memory.
fn trap_message(died: &Died) -> String {
    let lower = died.text.to_ascii_lowercase();
    let (head, said) = if lower.contains("call stack") || lower.contains("too much recursion") {
        (
            "RecursionError: the program nested deeper than the browser's stack allows".to_string(),
            died.text.clone(),
        )
    } else if let Some(panic) = &died.panic {
        let head = if panic.contains("capacity overflow") {
            "MemoryError: the program asked for more memory than a run in the browser has"
        } else {
            "SystemError: Loopscope's interpreter failed while running this program"
        };
        (head.to_string(), panic.clone())
    } else if lower.contains("unreachable") {
        (
            format!(
                "MemoryError: the program ran out of memory ({} in use; a run in the \
                 browser has at most 4 GB)",
                size(died.memory)
            ),
            died.text.clone(),
        )
    } else {
        (
            "SystemError: Loopscope's interpreter failed while running this program".to_string(),
            died.text.clone(),
        )
    };
    let said = said.lines().next().unwrap_or("").trim().to_string();
    format!(
        "{head}\n(Loopscope: the run was ended there; the next run starts on a fresh \
         interpreter. The browser said: {said})\n"
    )
}
