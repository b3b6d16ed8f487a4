//! `window.loopscope`: the JavaScript API pages and tests use.
//!
//! `window.loopscope.run(source, {clock: "virtual" | "real"})` returns a promise of
//! `{stdout, stderr, exitCode, trace, memory}` (trace: our JSON event list, parsed;
//! memory: the wasm memory of the interpreter that ran it, afterwards, in bytes). Option
//! `sequential: true` makes it the "what if sequential" run; `network: "real"` sends
//! HTTP requests to the browser's Fetch API instead of the simulated network;
//! `notebook: true` runs the source's `# %%` cells as a notebook (top-level `await`);
//! `debug: true` turns on asyncio's debug mode.

use crate::run::{run, ClockChoice, NetworkChoice, RunHandle, RunOptions};
use crate::scope::set;
use wasm_bindgen::prelude::*;

/// Defines `window.loopscope.run`.
pub fn install_js_api() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let api = js_sys::Object::new();
    let run_fn = Closure::<dyn Fn(String, JsValue) -> js_sys::Promise>::new(
        |source: String, options: JsValue| {
            let get = |key: &str| js_sys::Reflect::get(&options, &JsValue::from_str(key)).ok();
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
            wasm_bindgen_futures::future_to_promise(async move {
                let result = run(&source, opts, RunHandle::default()).await;
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
                Ok(obj.into())
            })
        },
    );
    set(&api, "run", run_fn.as_ref());
    run_fn.forget();
    set(&window, "loopscope", &api);
}
