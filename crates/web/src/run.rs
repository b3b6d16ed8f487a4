//! Running a program in the page: the driver is polled in slices and the browser gets
//! control back between them, so the page never freezes and Stop always works.
//!
//! Under the real clock, waits are browser timers (`setTimeout`) that never end early;
//! under the virtual clock the run goes as fast as it can, still in slices. HTTP requests
//! go to the simulated network unless the run asks for the real one (`fetch.rs`).

use crate::clock::BrowserClock;
use crate::fetch::BrowserFetcher;
use loopscope_aio::trace::{to_json, Trace};
use loopscope_aio::{Clock, LiveRun, LoopSnapshot, Poll, Runtime};
use loopscope_python::{OutputSink, Stream};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A slice's length: a few milliseconds of work before the page gets a turn. The
/// instruction budget adapts to the machine (and to debug builds, ~20x slower) so that
/// slices last about this long.
const SLICE_MS: f64 = 8.0;
const FIRST_SLICE_INSTRUCTIONS: u64 = 50_000;
const MIN_SLICE_INSTRUCTIONS: u64 = 2_000;
const MAX_SLICE_INSTRUCTIONS: u64 = 4_000_000;

/// The last stretch of a wait (ms) is spent yielding to the browser rather than on a
/// timer: timers have whole-millisecond granularity, and chained ones are clamped to at
/// least 4 ms, so a 3 ms sleep on a timer alone would take 4 ms or more.
const SPIN_MS: f64 = 5.0;

/// Longest stretch of busy slices before the page must be allowed to paint (ms).
const FRAME_INTERVAL_MS: f64 = 50.0;

/// Which clock a run uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClockChoice {
    Virtual,
    Real,
}

/// Which network a run's HTTP requests go to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum NetworkChoice {
    /// Loopscope's simulated hosts (deterministic under the virtual clock).
    #[default]
    Simulated,
    /// The browser's Fetch API (CORS applies).
    Real,
}

impl NetworkChoice {
    /// The name the UI and `window.loopscope.run` use.
    pub fn name(self) -> &'static str {
        match self {
            NetworkChoice::Simulated => "simulated",
            NetworkChoice::Real => "real",
        }
    }
}

/// How to run a program.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RunOptions {
    pub clock: ClockChoice,
    /// Where HTTP requests go.
    pub network: NetworkChoice,
    /// "What if sequential": child tasks start one after another.
    pub sequential: bool,
    /// Start paused before the loop's first iteration (the loop inspector).
    pub stepping: bool,
    /// Give up after this many seconds of the run's clock (`None`: never). For runs a
    /// person did not start by hand, such as the sequential comparison.
    pub time_limit: Option<f64>,
    /// Notebook mode: `# %%` cells on a running loop, top-level `await` allowed.
    pub notebook: bool,
    /// asyncio's debug mode for every loop, as `PYTHONASYNCIODEBUG=1`.
    pub debug: bool,
}

impl RunOptions {
    pub fn new(clock: ClockChoice) -> RunOptions {
        RunOptions {
            clock,
            network: NetworkChoice::Simulated,
            sequential: false,
            stepping: false,
            time_limit: None,
            notebook: false,
            debug: false,
        }
    }
}

/// A finished run's output as text, and its trace.
#[derive(Clone, Debug, Default)]
pub struct RunText {
    pub stdout: String,
    pub stderr: String,
    pub exit_code: i32,
    pub trace: Trace,
    /// The wasm memory of the instance that ran it, afterwards (bytes; 0 when unknown).
    pub memory: f64,
    /// The database's tables when the run ended, if it connected to the database.
    pub database: Option<crate::database::Tables>,
}

impl RunText {
    /// The trace as our JSON (`loopscope_aio::trace::to_json`), made on demand: the page
    /// never needs it, and for a million printed lines it took a second to build.
    pub fn trace_json(&self) -> String {
        to_json(&self.trace)
    }
}

/// What the page can see of a run in progress: output so far, the trace so far, the
/// loop's queues while paused; and its controls: Stop, stepping.
#[derive(Clone, Default)]
pub struct RunHandle {
    pub output: Rc<RefCell<Vec<(Stream, String)>>>,
    pub(crate) stop: Rc<Cell<bool>>,
    pub(crate) live: Rc<RefCell<Option<LiveRun>>>,
    pub(crate) stepping: Rc<Cell<Option<bool>>>,
    pub(crate) steps: Rc<Cell<u32>>,
    pub(crate) paused: Rc<RefCell<Option<LoopSnapshot>>>,
    /// Resolves the timer the run is waiting on, so Stop ends a long sleep at once (and a
    /// finished fetch or worker job ends a wait for it).
    pub(crate) wake: Wake,
    /// A blocking call in the loop's thread in progress: its start and cause.
    pub(crate) block: Rc<RefCell<Option<(f64, String)>>>,
    /// A run in a worker: the trace and clock as its last report gave them.
    pub(crate) mirror: Rc<RefCell<Option<Mirror>>>,
    /// Called after each slice of a run here (`true`: it just paused); the run worker
    /// reports to the page from it.
    pub(crate) tick: Tick,
    /// The run's server as the page sees it, and the requests sent to it (`serve.rs`).
    pub(crate) http: Rc<RefCell<crate::serve::Exchange>>,
}

/// A hook called after each slice of a run (`true`: the run just paused).
pub(crate) type Tick = Rc<RefCell<Option<Box<dyn FnMut(bool)>>>>;

/// What the page knows of a run in a worker.
#[derive(Default)]
pub(crate) struct Mirror {
    pub trace: Trace,
    /// The run's clock at the last report.
    pub now: f64,
    /// When that report arrived (the page's `performance.now()`, ms).
    pub reported_at: f64,
    /// The run is on the real clock, which goes on between reports (a `time.sleep`
    /// blocks the run, and its reports, for as long as it lasts).
    pub real: bool,
}

impl Mirror {
    /// The run's clock now, as far as the page can tell.
    pub fn now(&self) -> f64 {
        if self.real {
            self.now + (crate::scope::now_ms() - self.reported_at).max(0.0) / 1000.0
        } else {
            self.now
        }
    }
}

/// The resolver of the timer a waiting run sleeps on, when it sleeps.
pub type Wake = Rc<RefCell<Option<js_sys::Function>>>;

/// Ends the run's current wait now, if it is waiting.
pub(crate) fn wake_up(wake: &Wake) {
    let waiting = wake.borrow_mut().take();
    if let Some(resolve) = waiting {
        let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
    }
}

impl RunHandle {
    /// Ends the run at the next slice boundary (within milliseconds).
    pub fn stop(&self) {
        self.stop.set(true);
        wake_up(&self.wake);
    }

    /// Reads the trace recorded so far (`None` before the run starts). Call it between
    /// slices, as UI timers do; never from inside a run.
    pub fn with_trace<R>(&self, read: impl FnOnce(&Trace) -> R) -> Option<R> {
        if let Some(live) = self.live.borrow().as_ref() {
            return live.with_trace(read);
        }
        Some(read(&self.mirror.borrow().as_ref()?.trace))
    }

    /// The run's clock now (seconds since it began), `None` before it starts.
    pub fn clock_now(&self) -> Option<f64> {
        if let Some(live) = self.live.borrow().as_ref() {
            return live.now();
        }
        Some(self.mirror.borrow().as_ref()?.now())
    }

    /// Turns pausing before each loop iteration on or off, mid-run.
    pub fn set_stepping(&self, on: bool) {
        self.stepping.set(Some(on));
    }

    /// Lets one loop iteration run while stepping.
    pub fn step(&self) {
        self.steps.set(self.steps.get() + 1);
    }

    /// The loop's thread blocked right now (`time.sleep`): since when, and by what.
    pub fn blocked(&self) -> Option<(f64, String)> {
        self.block.borrow().clone()
    }

    /// The loop's queues when the run is paused between iterations, else `None`.
    pub fn paused(&self) -> Option<LoopSnapshot> {
        self.paused.borrow().clone()
    }
}

/// Where a run's output goes: the handle's list, and (in the run worker) the report hook,
/// so that what a program printed reaches the page even if it then never yields again.
struct PageSink(Rc<RefCell<Vec<(Stream, String)>>>, Tick);

impl OutputSink for PageSink {
    fn write(&mut self, stream: Stream, text: &str) {
        self.0.borrow_mut().push((stream, text.to_string()));
        if let Ok(mut tick) = self.1.try_borrow_mut() {
            if let Some(tick) = tick.as_mut() {
                tick(false);
            }
        }
    }
}

/// Lets the browser run its pending tasks (input, rendering), then resumes at once: a
/// `MessageChannel` message, which, unlike `setTimeout(0)`, is not clamped to 4 ms when
/// chained. Falls back to a zero timer where there is no `MessageChannel`.
pub(crate) async fn yield_to_browser() {
    let Ok(channel) = web_sys::MessageChannel::new() else {
        sleep_ms(0.0, &Rc::default()).await;
        return;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        channel.port1().set_onmessage(Some(resolve.unchecked_ref()));
        let _ = channel.port2().post_message(&wasm_bindgen::JsValue::NULL);
    });
    let _ = JsFuture::from(promise).await;
    channel.port1().set_onmessage(None);
}

/// Lets the browser paint a frame, then resumes: the next animation frame, then a
/// message (the continuation must run after the paint, not in the frame's callback).
/// Chained `MessageChannel` messages alone starve rendering in Chromium.
async fn yield_for_frame() {
    let Some(window) = web_sys::window() else {
        // In a worker nothing paints: a turn for its messages is enough.
        yield_to_browser().await;
        return;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let fallback = resolve.clone();
        let after_paint = wasm_bindgen::closure::Closure::once_into_js(move || {
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
            }
        });
        if window
            .request_animation_frame(after_paint.unchecked_ref())
            .is_err()
        {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&fallback, 0);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Resolves after `ms` milliseconds (a browser timer; it never fires early by more than
/// the browser's own rounding, so we re-check the clock after it).
pub(crate) async fn sleep_ms(ms: f64, wake: &Wake) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        crate::scope::set_timer(&resolve, ms.max(0.0) as i32);
        *wake.borrow_mut() = Some(resolve);
    });
    let _ = JsFuture::from(promise).await;
    wake.borrow_mut().take();
}

/// Runs `source` to the end. In the playground (after [`crate::run_in_workers`]) the run
/// happens in a Web Worker (`remote.rs`) and `handle` mirrors it; elsewhere, here, giving
/// the browser control between slices.
pub async fn run(source: &str, options: RunOptions, handle: RunHandle) -> RunText {
    if crate::remote::enabled() {
        return crate::remote::run_remote(source, options, handle).await;
    }
    run_here(source, options, handle).await
}

/// Runs `source` in this instance to the end, giving the browser control between slices.
pub(crate) async fn run_here(source: &str, options: RunOptions, handle: RunHandle) -> RunText {
    crate::bundles::prefetch(source).await;
    let browser_clock = BrowserClock::new();
    let clock = match (options.clock, browser_clock) {
        (ClockChoice::Real, Some(c)) => Clock::real(Box::new(c)),
        _ => Clock::virtual_clock(),
    };
    let mut builder = Runtime::builder(
        Box::new(PageSink(handle.output.clone(), handle.tick.clone())),
        clock,
    )
    .sequential(options.sequential)
    .stepping(options.stepping)
    .debug(options.debug)
    // Process pools run on Web Workers under the real clock (the model otherwise).
    .pool_workers(Rc::new(crate::worker::WebWorkers {
        wake: handle.wake.clone(),
    }))
    // A connection to localhost:5432 reaches PGlite in a worker.
    .sockets(Box::new(crate::database::BrowserSockets::new(
        handle.wake.clone(),
    )));
    if options.network == NetworkChoice::Real {
        builder = builder.real_network(Box::new(BrowserFetcher::new(handle.wake.clone())));
    }
    let mut runtime = builder.build();
    *handle.live.borrow_mut() = Some(runtime.live());
    if options.notebook {
        runtime.start_notebook(source, "main.py");
    } else {
        runtime.start(source, "main.py");
    }
    let page_clock = BrowserClock::new();
    let page_now = || page_clock.as_ref().map_or(0.0, |c| c.now() * 1000.0);
    let mut last_frame = page_now();
    let mut slice = FIRST_SLICE_INSTRUCTIONS;
    let exit_code = loop {
        if handle.stop.get() {
            let traceback = runtime.interrupt();
            handle.output.borrow_mut().push((Stream::Stderr, traceback));
            break 130;
        }
        if let Some(on) = handle.stepping.take() {
            runtime.set_stepping(on);
            handle.paused.borrow_mut().take();
        }
        if handle.steps.get() > 0 {
            handle.steps.set(handle.steps.get() - 1);
            runtime.step();
            handle.paused.borrow_mut().take();
        }
        let now = runtime.clock_now();
        if options.time_limit.is_some_and(|limit| now > limit) {
            handle.output.borrow_mut().push((
                Stream::Stderr,
                format!("stopped: still running after {now:.1} s of its clock\n"),
            ));
            break 124;
        }
        let began = page_now();
        let polled = runtime.poll(slice);
        *handle.block.borrow_mut() = runtime.blocked_now();
        if let Some(tick) = handle.tick.borrow_mut().as_mut() {
            tick(false);
        }
        let took = page_now() - began;
        if polled == Poll::Busy {
            let scaled = slice as f64 * SLICE_MS / took.max(0.1);
            slice = (scaled.min(slice as f64 * 2.0) as u64)
                .clamp(MIN_SLICE_INSTRUCTIONS, MAX_SLICE_INSTRUCTIONS);
        }
        match polled {
            Poll::Busy => {
                if page_now() - last_frame >= FRAME_INTERVAL_MS {
                    yield_for_frame().await;
                    last_frame = page_now();
                } else {
                    yield_to_browser().await;
                }
            }
            Poll::WaitUntil(deadline) => {
                let now = runtime.clock_now();
                let ms = (deadline - now) * 1000.0;
                if ms < SPIN_MS {
                    // Timers have millisecond granularity and fire late; the last stretch
                    // is cheaper to wait out by yielding until the deadline passes.
                    yield_to_browser().await;
                } else {
                    // Stop wakes this early (see `RunHandle::stop`).
                    sleep_ms(ms - SPIN_MS, &handle.wake).await;
                    last_frame = page_now();
                }
            }
            Poll::Paused => {
                if handle.paused.borrow().is_none() {
                    *handle.paused.borrow_mut() = runtime.inspect();
                    if let Some(tick) = handle.tick.borrow_mut().as_mut() {
                        tick(true);
                    }
                }
                sleep_ms(30.0, &handle.wake).await;
                continue;
            }
            Poll::Finished(code) => break code,
        }
        handle.paused.borrow_mut().take();
    };
    handle.paused.borrow_mut().take();
    let (stdout, stderr) = split_output(&handle.output.borrow());
    let trace = runtime.take_trace();
    handle.live.borrow_mut().take();
    // Its sockets go with it: the database hears the connections close before it is
    // asked for its tables.
    drop(runtime);
    let database = crate::database::tables_after_run().await;
    RunText {
        stdout,
        stderr,
        exit_code,
        trace,
        memory: crate::runner::wasm_memory_bytes(),
        database,
    }
}

pub(crate) fn split_output(chunks: &[(Stream, String)]) -> (String, String) {
    let mut out = String::new();
    let mut err = String::new();
    for (stream, text) in chunks {
        match stream {
            Stream::Stdout => out.push_str(text),
            Stream::Stderr => err.push_str(text),
        }
    }
    (out, err)
}

/// The top-level modules a program can import in Loopscope, for messages that list them.
pub fn importable_modules() -> Vec<String> {
    let sink = PageSink(Rc::default(), Rc::default());
    Runtime::new(Box::new(sink), Clock::virtual_clock())
        .interp
        .importable_modules()
}

/// Compiles the modules most programs import (asyncio and what it imports) in the
/// background, so the first run a person starts does not pay for it: compiled modules are
/// kept for the page's lifetime (see `loopscope_python`'s frozen-module cache).
pub fn warm_up() {
    if crate::remote::enabled() {
        // In a worker, which the first run will use.
        crate::remote::replenish();
        return;
    }
    wasm_bindgen_futures::spawn_local(async {
        let _ = run(
            "import asyncio\n",
            RunOptions::new(ClockChoice::Virtual),
            RunHandle::default(),
        )
        .await;
    });
}
