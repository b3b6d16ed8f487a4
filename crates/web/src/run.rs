//! Running a program in the page: the driver is polled in slices and the browser gets
//! control back between them, so the page never freezes and Stop always works.
//!
//! Under the real clock, waits are browser timers (`setTimeout`) that never end early;
//! under the virtual clock the run goes as fast as it can, still in slices. HTTP requests
//! go to the simulated network unless the run asks for the real one (`fetch.rs`).

use crate::clock::BrowserClock;
use crate::fetch::BrowserFetcher;
use loopscope_aio::trace::{to_json, Trace};
use loopscope_aio::{Clock, Poll, Runtime};
use loopscope_python::{OutputSink, Stream};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Instructions per slice: a few milliseconds of work before the page gets a turn.
const SLICE_INSTRUCTIONS: u64 = 200_000;

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

/// A finished run's output as text, and its trace (as events, and as our JSON).
#[derive(Clone, Debug, Default)]
pub struct RunText {
    pub stdout: String,
    pub stderr: String,
    pub exit_code: i32,
    pub trace: Trace,
    pub trace_json: String,
}

/// What the page can see of a run in progress: output so far, and a Stop switch.
#[derive(Clone, Default)]
pub struct RunHandle {
    pub output: Rc<RefCell<Vec<(Stream, String)>>>,
    stop: Rc<Cell<bool>>,
}

impl RunHandle {
    /// Ends the run at the next slice boundary (within milliseconds).
    pub fn stop(&self) {
        self.stop.set(true);
    }
}

struct PageSink(Rc<RefCell<Vec<(Stream, String)>>>);

impl OutputSink for PageSink {
    fn write(&mut self, stream: Stream, text: &str) {
        self.0.borrow_mut().push((stream, text.to_string()));
    }
}

/// Lets the browser run its pending tasks (input, rendering), then resumes at once: a
/// `MessageChannel` message, which, unlike `setTimeout(0)`, is not clamped to 4 ms when
/// chained. Falls back to a zero timer where there is no `MessageChannel`.
async fn yield_to_browser() {
    let Ok(channel) = web_sys::MessageChannel::new() else {
        sleep_ms(0.0).await;
        return;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        channel.port1().set_onmessage(Some(resolve.unchecked_ref()));
        let _ = channel.port2().post_message(&wasm_bindgen::JsValue::NULL);
    });
    let _ = JsFuture::from(promise).await;
    channel.port1().set_onmessage(None);
}

/// Resolves after `ms` milliseconds (a browser timer; it never fires early by more than
/// the browser's own rounding, so we re-check the clock after it).
async fn sleep_ms(ms: f64) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
                &resolve,
                ms.max(0.0) as i32,
            );
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Runs `source` to the end on the simulated network, giving the browser control
/// between slices.
pub async fn run(source: &str, clock: ClockChoice, handle: RunHandle) -> RunText {
    run_with(source, clock, NetworkChoice::Simulated, handle).await
}

/// Runs `source` to the end on the given clock and network.
pub async fn run_with(
    source: &str,
    clock: ClockChoice,
    network: NetworkChoice,
    handle: RunHandle,
) -> RunText {
    let browser_clock = BrowserClock::new();
    let clock = match (clock, browser_clock) {
        (ClockChoice::Real, Some(c)) => Clock::real(Box::new(c)),
        _ => Clock::virtual_clock(),
    };
    let mut runtime = Runtime::new(Box::new(PageSink(handle.output.clone())), clock);
    if network == NetworkChoice::Real {
        runtime.use_real_network(Some(Box::new(BrowserFetcher::new())));
    }
    runtime.start(source, "main.py");
    let exit_code = loop {
        if handle.stop.get() {
            handle
                .output
                .borrow_mut()
                .push((Stream::Stderr, "KeyboardInterrupt: stopped\n".into()));
            break 130;
        }
        match runtime.poll(SLICE_INSTRUCTIONS) {
            Poll::Busy => yield_to_browser().await,
            Poll::WaitUntil(deadline) => {
                let now = runtime.shared().borrow().clock.now();
                // Wake in small steps so Stop stays prompt during long sleeps.
                sleep_ms(((deadline - now) * 1000.0).ceil().min(50.0)).await;
            }
            Poll::Finished(code) => break code,
            // Only the loop inspector pauses a run; nothing here asked it to.
            Poll::Paused => runtime.step(),
        }
    };
    let (stdout, stderr) = split_output(&handle.output.borrow());
    let trace = std::mem::take(&mut runtime.shared().borrow_mut().trace);
    let trace_json = to_json(&trace);
    RunText {
        stdout,
        stderr,
        exit_code,
        trace,
        trace_json,
    }
}

fn split_output(chunks: &[(Stream, String)]) -> (String, String) {
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
