//! The global scope our code runs in: the page's `window`, or a Web Worker's `self` (the
//! playground runs programs in a worker, `runner.rs`). Everything here works in both.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(module = "/js/glue.js")]
extern "C" {
    /// `setTimeout(callback, ms)`.
    pub(crate) fn set_timer(callback: &js_sys::Function, ms: i32) -> JsValue;
    /// `fetch(url, init)`.
    pub(crate) fn global_fetch(url: &str, init: &web_sys::RequestInit) -> js_sys::Promise;
    #[wasm_bindgen(catch)]
    fn location_href() -> Result<String, JsValue>;
}

/// `performance`, where there is one.
pub(crate) fn performance() -> Option<web_sys::Performance> {
    get(&js_sys::global(), "performance").dyn_into().ok()
}

thread_local! {
    static PERFORMANCE: Option<web_sys::Performance> = performance();
}

/// `performance.now()` (ms; 0 where there is no clock). Read after every print in a run
/// worker, so the lookup is kept.
pub(crate) fn now_ms() -> f64 {
    PERFORMANCE.with(|p| p.as_ref().map_or(0.0, web_sys::Performance::now))
}

/// `obj[key]`, `undefined` when it cannot be read.
pub(crate) fn get(obj: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// `obj[key] = value`.
pub(crate) fn set(obj: &JsValue, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(obj, &JsValue::from_str(key), value);
}

/// The address of the page, or of the worker's script.
pub(crate) fn href() -> Option<String> {
    location_href().ok()
}
