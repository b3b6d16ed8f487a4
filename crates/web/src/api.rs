//! `window.loopscope`: the JavaScript API pages and tests use.
//!
//! `window.loopscope.run(source, {clock: "virtual" | "real", network: "simulated" |
//! "real"})` returns a promise of `{stdout, stderr, exitCode, trace}` (trace: our JSON
//! event list, parsed).

use crate::run::{run_with, ClockChoice, NetworkChoice, RunHandle};
use wasm_bindgen::prelude::*;

fn set(obj: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(obj, &JsValue::from_str(key), value);
}

/// Defines `window.loopscope.run`.
pub fn install_js_api() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let api = js_sys::Object::new();
    let run_fn = Closure::<dyn Fn(String, JsValue) -> js_sys::Promise>::new(
        |source: String, options: JsValue| {
            let clock = js_sys::Reflect::get(&options, &JsValue::from_str("clock"))
                .ok()
                .and_then(|v| v.as_string())
                .map_or(ClockChoice::Virtual, |c| {
                    if c == "real" {
                        ClockChoice::Real
                    } else {
                        ClockChoice::Virtual
                    }
                });
            let network = js_sys::Reflect::get(&options, &JsValue::from_str("network"))
                .ok()
                .and_then(|v| v.as_string())
                .map_or(NetworkChoice::Simulated, |n| {
                    if n == "real" {
                        NetworkChoice::Real
                    } else {
                        NetworkChoice::Simulated
                    }
                });
            wasm_bindgen_futures::future_to_promise(async move {
                let result = run_with(&source, clock, network, RunHandle::default()).await;
                let obj = js_sys::Object::new();
                set(&obj, "stdout", &JsValue::from_str(&result.stdout));
                set(&obj, "stderr", &JsValue::from_str(&result.stderr));
                set(
                    &obj,
                    "exitCode",
                    &JsValue::from_f64(f64::from(result.exit_code)),
                );
                let trace = js_sys::JSON::parse(&result.trace_json).unwrap_or(JsValue::NULL);
                set(&obj, "trace", &trace);
                Ok(obj.into())
            })
        },
    );
    set(&api, "run", run_fn.as_ref());
    run_fn.forget();
    set(&window, "loopscope", &api);
}
