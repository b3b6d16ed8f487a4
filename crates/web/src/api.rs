//! `window.loopscope`: the JavaScript API pages and tests use.
//!
//! `window.loopscope.run(source, {clock: "virtual" | "real"})` returns a promise of
//! `{stdout, stderr, exitCode, trace, memory}` (trace: our JSON event list, parsed;
//! memory: the wasm memory of the interpreter that ran it, afterwards, in bytes). Option
//! `sequential: true` makes it the "what if sequential" run; `network: "real"` sends
//! HTTP requests to the browser's Fetch API instead of the simulated network;
//! `notebook: true` runs the source's `# %%` cells as a notebook (top-level `await`);
//! `debug: true` turns on asyncio's debug mode.
//!
//! `window.loopscope.start(source, options)` starts the same run and returns at once an
//! object to steer it while it goes: `done` (the promise `run` returns), `stop()`,
//! `serving()` (the ports the program's server listens on: uvicorn's), and
//! `request(method, target, {port, headers, body})`, a promise of `{status, reason,
//! headers, body, elapsedMs}` from that server (`serve.rs`); `port` defaults to the
//! first one served, `headers` is a list of `[name, value]` pairs, `body` a string.

use crate::run::{run, ClockChoice, NetworkChoice, RunHandle, RunOptions, RunText};
use crate::scope::{get, set};
use crate::serve::{request, HttpRequest};
use wasm_bindgen::prelude::*;

/// The options object's settings as a run's options.
fn options_of(options: &JsValue) -> RunOptions {
    let get = |key: &str| js_sys::Reflect::get(options, &JsValue::from_str(key)).ok();
    let clock = match get("clock").and_then(|v| v.as_string()).as_deref() {
        Some("real") => ClockChoice::Real,
        _ => ClockChoice::Virtual,
    };
    let mut opts = RunOptions::new(clock);
    opts.sequential = get("sequential").is_some_and(|v| v.is_truthy());
    if get("network").and_then(|v| v.as_string()).as_deref() == Some("real") {
        opts.network = NetworkChoice::Real;
    }
    opts.notebook = get("notebook").is_some_and(|v| v.is_truthy());
    opts.debug = get("debug").is_some_and(|v| v.is_truthy());
    opts
}

/// A finished run as the API gives it.
fn result_object(result: &RunText) -> JsValue {
    let obj = js_sys::Object::new();
    set(&obj, "stdout", &JsValue::from_str(&result.stdout));
    set(&obj, "stderr", &JsValue::from_str(&result.stderr));
    set(
        &obj,
        "exitCode",
        &JsValue::from_f64(f64::from(result.exit_code)),
    );
    set(&obj, "memory", &JsValue::from_f64(result.memory));
    let trace = js_sys::JSON::parse(&result.trace_json()).unwrap_or(JsValue::NULL);
    set(&obj, "trace", &trace);
    obj.into()
}

/// `start`'s object for a run in progress.
fn steering(source: String, options: JsValue) -> JsValue {
    let handle = RunHandle::default();
    let opts = options_of(&options);
    let done = {
        let handle = handle.clone();
        wasm_bindgen_futures::future_to_promise(async move {
            let result = run(&source, opts, handle).await;
            Ok(result_object(&result))
        })
    };
    let obj = js_sys::Object::new();
    set(&obj, "done", &done);
    let stop = {
        let handle = handle.clone();
        Closure::<dyn Fn()>::new(move || handle.stop())
    };
    set(&obj, "stop", stop.as_ref());
    stop.forget();
    let serving = {
        let handle = handle.clone();
        Closure::<dyn Fn() -> js_sys::Array>::new(move || {
            handle.serving().into_iter().map(JsValue::from).collect()
        })
    };
    set(&obj, "serving", serving.as_ref());
    serving.forget();
    let send = Closure::<dyn Fn(String, String, JsValue) -> js_sys::Promise>::new(
        move |method: String, target: String, more: JsValue| {
            let handle = handle.clone();
            let port = get(&more, "port").as_f64().map(|p| p as u16);
            let headers = get(&more, "headers");
            let headers = if js_sys::Array::is_array(&headers) {
                js_sys::Array::from(&headers)
            } else {
                js_sys::Array::new()
            };
            let headers = headers
                .iter()
                .filter_map(|pair| {
                    let pair = js_sys::Array::from(&pair);
                    Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
                })
                .collect();
            let body = get(&more, "body")
                .as_string()
                .unwrap_or_default()
                .into_bytes();
            let req = HttpRequest {
                method,
                target,
                headers,
                body,
            };
            wasm_bindgen_futures::future_to_promise(async move {
                let port = port
                    .or_else(|| handle.serving().first().copied())
                    .ok_or_else(|| JsValue::from_str("the program serves nothing (yet)"))?;
                let answer = request(&handle, port, &req)
                    .await
                    .map_err(|e| JsValue::from_str(&e))?;
                let obj = js_sys::Object::new();
                set(&obj, "status", &JsValue::from(answer.status));
                set(&obj, "reason", &JsValue::from_str(&answer.reason));
                let headers: js_sys::Array = answer
                    .headers
                    .iter()
                    .map(|(k, v)| -> JsValue {
                        [JsValue::from_str(k), JsValue::from_str(v)]
                            .into_iter()
                            .collect::<js_sys::Array>()
                            .into()
                    })
                    .collect();
                set(&obj, "headers", &headers);
                set(
                    &obj,
                    "body",
                    &JsValue::from_str(&String::from_utf8_lossy(&answer.body)),
                );
                set(&obj, "elapsedMs", &JsValue::from_f64(answer.elapsed_ms));
                Ok(obj.into())
            })
        },
    );
    set(&obj, "request", send.as_ref());
    send.forget();
    obj.into()
}

/// Defines `window.loopscope.run` and `window.loopscope.start`.
pub fn install_js_api() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let api = js_sys::Object::new();
    let run_fn = Closure::<dyn Fn(String, JsValue) -> js_sys::Promise>::new(
        |source: String, options: JsValue| {
            let opts = options_of(&options);
            wasm_bindgen_futures::future_to_promise(async move {
                let result = run(&source, opts, RunHandle::default()).await;
                Ok(result_object(&result))
            })
        },
    );
    set(&api, "run", run_fn.as_ref());
    run_fn.forget();
    let start_fn = Closure::<dyn Fn(String, JsValue) -> JsValue>::new(steering);
    set(&api, "start", start_fn.as_ref());
    start_fn.forget();
    set(&window, "loopscope", &api);
}
