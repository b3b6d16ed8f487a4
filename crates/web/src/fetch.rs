//! The real network in the browser: our HTTP modules' requests go out through the Fetch
//! API. Each fetch runs as a promise; its outcome lands in a queue the driver polls.
//! CORS applies: a refused request (blocked by CORS, an unreachable host, a bad scheme)
//! comes back as a `TypeError` the browser does not explain, so the error we hand Python
//! says what the usual causes are.

use crate::run::{wake_up, Wake};
use loopscope_aio::net::hosts::reason;
use loopscope_aio::net::{FetchResult, Fetcher, HttpRequest, HttpResponse, NetError};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Fetches through the global `fetch`; a finished fetch wakes the run waiting for it.
pub struct BrowserFetcher {
    wake: Wake,
    done: Rc<RefCell<Vec<(u32, FetchResult)>>>,
    aborts: HashMap<u32, web_sys::AbortController>,
}

impl BrowserFetcher {
    pub fn new(wake: Wake) -> BrowserFetcher {
        BrowserFetcher {
            wake,
            done: Rc::default(),
            aborts: HashMap::new(),
        }
    }
}

impl Fetcher for BrowserFetcher {
    fn start(&mut self, id: u32, req: &HttpRequest) {
        let url = req.url.href();
        let done = self.done.clone();
        let wake = self.wake.clone();
        let init = web_sys::RequestInit::new();
        init.set_method(&req.method);
        if let Ok(headers) = web_sys::Headers::new() {
            for (k, v) in &req.headers {
                // The browser sets some headers itself (User-Agent, Connection...) and
                // refuses to let pages set them; those are dropped, as fetch() drops them.
                let _ = headers.append(k, v);
            }
            init.set_headers(&headers);
        }
        if !req.body.is_empty() {
            init.set_body(&js_sys::Uint8Array::from(req.body.as_slice()));
        }
        if let Ok(controller) = web_sys::AbortController::new() {
            init.set_signal(Some(&controller.signal()));
            self.aborts.insert(id, controller);
        }
        let promise = crate::scope::global_fetch(&url, &init);
        let head_only = req.method == "HEAD";
        wasm_bindgen_futures::spawn_local(async move {
            let result = outcome(promise, &url, head_only).await;
            done.borrow_mut().push((id, result));
            wake_up(&wake);
        });
    }

    fn wakes_host(&self) -> bool {
        true
    }

    fn poll(&mut self) -> Vec<(u32, FetchResult)> {
        let finished: Vec<(u32, FetchResult)> = std::mem::take(&mut *self.done.borrow_mut());
        finished
            .into_iter()
            .filter(|(id, _)| self.aborts.remove(id).is_some())
            .collect()
    }

    fn cancel(&mut self, id: u32) {
        if let Some(controller) = self.aborts.remove(&id) {
            controller.abort();
        }
    }

    fn now(&self) -> f64 {
        crate::scope::now_ms() / 1000.0
    }

    fn base_url(&self) -> Option<String> {
        crate::scope::href()
    }
}

fn js_text(e: &JsValue) -> String {
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        return format!("{}: {}", err.name(), err.message());
    }
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}

fn refused(url: &str, e: &JsValue) -> NetError {
    NetError::Blocked(format!(
        "the browser refused to fetch {url}: the site does not allow cross-origin requests \
         (CORS), or the host is unreachable ({})",
        js_text(e)
    ))
}

async fn outcome(promise: js_sys::Promise, url: &str, head_only: bool) -> FetchResult {
    let response: web_sys::Response = JsFuture::from(promise)
        .await
        .map_err(|e| refused(url, &e))?
        .dyn_into()
        .map_err(|e| refused(url, &e))?;
    let status = response.status();
    let mut headers = Vec::new();
    if let Ok(Some(entries)) = js_sys::try_iter(&response.headers()) {
        for entry in entries.flatten() {
            let pair = js_sys::Array::from(&entry);
            if let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
                headers.push((k, v));
            }
        }
    }
    let body = if head_only {
        Vec::new()
    } else {
        let buffer = response.array_buffer().map_err(|e| refused(url, &e))?;
        let buffer = JsFuture::from(buffer)
            .await
            .map_err(|_| NetError::Disconnected)?;
        js_sys::Uint8Array::new(&buffer).to_vec()
    };
    // HTTP/2 has no reason phrases: the browser gives "" where HTTP/1.1 said "OK".
    let status_text = response.status_text();
    let reason_text = if status_text.is_empty() {
        reason(status).to_string()
    } else {
        status_text
    };
    let final_url = response.url();
    Ok(HttpResponse {
        status,
        reason: reason_text,
        headers,
        body,
        url: if final_url.is_empty() {
            url.to_string()
        } else {
            final_url
        },
    })
}
