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
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("performance"))
        .ok()?
        .dyn_into()
        .ok()
}

/// The address of the page, or of the worker's script.
pub(crate) fn href() -> Option<String> {
    location_href().ok()
}
