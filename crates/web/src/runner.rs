//! The run worker's side: `www/runner.js` hands each message from the page to
//! [`runner_message`], which runs programs here with [`crate::run::run_here`] and reports
//! back what the page's views need, as [`Report`]s: new output, the trace's new events, the
//! clock, a blocking call in progress, the loop's queues when paused, and at the end the
//! exit code and how much memory this instance holds. The page's side is `remote.rs`.

use crate::remote::{Report, RunRequest};
use crate::run::{run_here, RunHandle};
use crate::scope::now_ms;
use loopscope_aio::trace::wire::Writer;
use loopscope_aio::trace::{self, Trace};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Least time between two reports of a run in progress (ms): the views redraw at most
/// this often anyway, and fewer messages cost the run less.
const REPORT_INTERVAL_MS: f64 = 30.0;

thread_local! {
    /// The runs in progress in this worker, by the page's id.
    static RUNS: RefCell<HashMap<u32, RunHandle>> = RefCell::new(HashMap::new());
    /// The run in progress and where its reports go, for news that is not the trace's
    /// (a server listening, the answers to the page's requests: `serve.rs`).
    static PAGE: RefCell<Option<(u32, js_sys::Function)>> = const { RefCell::new(None) };
}

/// Whether a run here reports to a page (so the page can send it requests).
pub(crate) fn reports_to_page() -> bool {
    PAGE.with(|p| p.borrow().is_some())
}

/// Posts `bytes` to the page as news of the run in progress.
pub(crate) fn tell_page(report: Report, bytes: &[u8]) {
    PAGE.with(|p| {
        if let Some((id, post)) = p.borrow().as_ref() {
            report.post(post, *id, bytes);
        }
    });
}

/// How much of a run the page has been told.
#[derive(Default)]
struct Sent {
    output: usize,
    events: usize,
    strings: usize,
    last: f64,
    paused: Option<u64>,
    blocked: Option<(f64, String)>,
    now: f64,
}

/// Writes what the page has not seen of the run: output, trace (from `trace`, or the live
/// one), clock, blocking call, paused state.
fn write_news(handle: &RunHandle, sent: &mut Sent, trace: Option<&Trace>) -> Writer {
    let mut w = Writer::default();
    let output = handle.output.borrow();
    let new = output.get(sent.output..).unwrap_or(&[]);
    w.u64(new.len() as u64);
    for (stream, text) in new {
        w.bool(*stream == loopscope_python::Stream::Stderr);
        w.str(text);
    }
    sent.output = output.len();
    let mut write_trace = |t: &Trace| {
        trace::wire::write_delta(&mut w, t, sent.events, sent.strings);
        sent.events = t.events.len();
        sent.strings = t.strings.len();
    };
    let wrote = match trace {
        Some(t) => {
            write_trace(t);
            true
        }
        None => handle.with_trace(&mut write_trace).is_some(),
    };
    if !wrote {
        // The run itself holds the trace right now: nothing new this time.
        w.u64(0);
        w.u64(0);
    }
    // Mid-slice (a report from a print) the run holds its clock: the last reading stands.
    sent.now = handle.clock_now().unwrap_or(sent.now);
    w.f64(sent.now);
    let blocked = handle.blocked();
    w.bool(blocked.is_some());
    if let Some((start, cause)) = &blocked {
        w.f64(*start);
        w.str(cause);
    }
    sent.blocked = blocked;
    let paused = handle.paused();
    w.bool(paused.is_some());
    if let Some(snapshot) = &paused {
        crate::remote::write_snapshot(&mut w, snapshot);
    }
    sent.paused = paused.map(|s| s.iteration);
    w
}

/// Handles one message from the page (called by `www/runner.js`): `run` starts a program
/// and reports through `post(report, bytes)` until it ends; `stop`, `stepping` and `step`
/// steer a run in progress.
#[wasm_bindgen]
pub fn runner_message(message: JsValue, post: js_sys::Function) {
    let Some(request) = RunRequest::read(&message) else {
        return;
    };
    match request {
        RunRequest::Run {
            id,
            source,
            options,
        } => {
            crate::bundles::install_loader();
            let handle = RunHandle::default();
            RUNS.with(|r| r.borrow_mut().insert(id, handle.clone()));
            let sent = Rc::new(RefCell::new(Sent::default()));
            let report = {
                let handle = handle.clone();
                let sent = sent.clone();
                let post = post.clone();
                move |paused_now: bool| {
                    let mut sent = sent.borrow_mut();
                    let due = now_ms() - sent.last >= REPORT_INTERVAL_MS;
                    let changed = handle.blocked() != sent.blocked
                        || handle.paused().map(|s| s.iteration) != sent.paused;
                    if !(due || paused_now || changed) {
                        return;
                    }
                    sent.last = now_ms();
                    let news = write_news(&handle, &mut sent, None);
                    Report::Progress.post(&post, id, &news.buf);
                }
            };
            *handle.tick.borrow_mut() = Some(Box::new(report));
            PAGE.with(|p| *p.borrow_mut() = Some((id, post.clone())));
            {
                // From a timer, so it stops while the run is stuck inside one call.
                let post = post.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let wake = crate::run::Wake::default();
                    while RUNS.with(|r| r.borrow().contains_key(&id)) {
                        Report::Alive.post(&post, id, &[]);
                        crate::run::sleep_ms(crate::remote::HEARTBEAT_MS, &wake).await;
                    }
                });
            }
            wasm_bindgen_futures::spawn_local(async move {
                let result = run_here(&source, options, handle.clone()).await;
                crate::serve::reset();
                PAGE.with(|p| p.borrow_mut().take());
                handle.tick.borrow_mut().take();
                RUNS.with(|r| r.borrow_mut().remove(&id));
                let mut news = write_news(&handle, &mut sent.borrow_mut(), Some(&result.trace));
                news.i32(result.exit_code);
                news.f64(result.memory);
                news.bool(result.database.is_some());
                if let Some(tables) = &result.database {
                    tables.write(&mut news);
                }
                Report::Done.post(&post, id, &news.buf);
            });
        }
        RunRequest::Stop { id } => with_run(id, |h| {
            // Said at once, from between slices: the page then knows this worker is not
            // stuck inside a native call and gives the run time to end.
            Report::Stopping.post(&post, id, &[]);
            h.stop();
        }),
        RunRequest::Stepping { id, on } => with_run(id, |h| h.set_stepping(on)),
        RunRequest::Step { id } => with_run(id, RunHandle::step),
        RunRequest::Http {
            port, conn, bytes, ..
        } => crate::serve::arrive(port, conn, bytes),
    }
}

fn with_run(id: u32, act: impl FnOnce(&RunHandle)) {
    let handle = RUNS.with(|r| r.borrow().get(&id).cloned());
    if let Some(handle) = handle {
        act(&handle);
    }
}

/// The size of this instance's memory (it only grows; the page replaces a worker that
/// grew past its limit).
pub(crate) fn wasm_memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map_or(0.0, |m| {
            m.buffer()
                .dyn_into::<js_sys::ArrayBuffer>()
                .map_or(0.0, |b| f64::from(b.byte_length()))
        })
}

/// Sends a panic's message to the page before the trap that follows it ends this
/// worker, so the page can say what went wrong.
#[wasm_bindgen]
pub fn runner_install_panic_report(post: js_sys::Function) {
    std::panic::set_hook(Box::new(move |info| {
        let text = info.to_string();
        let mut w = Writer::default();
        w.str(&text);
        Report::Panic.post(&post, 0, &w.buf);
    }));
}
