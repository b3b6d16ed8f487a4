//! Browser-only tests of the host, run in headless Chromium by wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use loopscope_web::BrowserClock;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn clock_is_monotonic_and_advances() {
    let clock = BrowserClock::new().expect("a browser has performance.now()");
    let t0 = clock.now();
    let mut t = t0;
    // Spin until the clock ticks; performance.now() has at least 0.1 ms resolution.
    for _ in 0..10_000_000 {
        let now = clock.now();
        assert!(now >= t, "clock went backwards: {now} < {t}");
        t = now;
        if t > t0 {
            break;
        }
    }
    assert!(t > t0, "clock never advanced");
}

use loopscope_web::{run_with, ClockChoice, NetworkChoice, RunHandle};

/// `{"users": ["ada", "alan"]}` as a `data:` URL: something the real network can fetch
/// in a test page, which has no site of its own to serve JSON.
const USERS_URL: &str =
    "data:application/json,%7B%22users%22%3A%20%5B%22ada%22%2C%20%22alan%22%5D%7D";

#[wasm_bindgen_test]
async fn the_simulated_network_is_the_default_and_deterministic() {
    let source = r#"
import asyncio, time, aiohttp, loopscope.network
async def main():
    async with aiohttp.ClientSession() as s:
        start = time.perf_counter()
        pages = await asyncio.gather(*(s.get(u) for u in ["https://example.com/", "https://httpbin.org/get"]))
        print(loopscope.network.mode(), [p.status for p in pages], f"{time.perf_counter() - start:.3f}")
asyncio.run(main())
"#;
    let a = loopscope_web::run(source, ClockChoice::Virtual, RunHandle::default()).await;
    let b = loopscope_web::run(source, ClockChoice::Virtual, RunHandle::default()).await;
    assert_eq!(a.stderr, "");
    assert!(
        a.stdout.starts_with("simulated [200, 200] 0."),
        "{}",
        a.stdout
    );
    assert_eq!(
        a.stdout, b.stdout,
        "the same run twice gives the same times"
    );
    assert!(
        a.trace_json.contains("\"fetch-start\""),
        "fetches are in the trace"
    );
}

#[wasm_bindgen_test]
async fn a_real_fetch_reaches_python_through_each_library() {
    let source = format!(
        r#"
import asyncio, aiohttp, httpx, requests, loopscope.network
URL = "{USERS_URL}"
async def main():
    async with aiohttp.ClientSession() as s:
        async with s.get(URL) as r:
            print("aiohttp", r.status, await r.json())
    async with httpx.AsyncClient() as c:
        r = await c.get(URL)
        print("httpx", r.status_code, r.json()["users"])
    r = await asyncio.to_thread(requests.get, URL)
    print("requests", r.status_code, r.json()["users"][1])
print(loopscope.network.mode())
asyncio.run(main())
print("blocking", requests.get(URL).status_code)
"#
    );
    for clock in [ClockChoice::Virtual, ClockChoice::Real] {
        let result = run_with(&source, clock, NetworkChoice::Real, RunHandle::default()).await;
        assert_eq!(result.stderr, "", "{clock:?}");
        assert_eq!(
            result.stdout,
            "real\naiohttp 200 {'users': ['ada', 'alan']}\nhttpx 200 ['ada', 'alan']\n\
             requests 200 alan\nblocking 200\n",
            "{clock:?}"
        );
        assert!(
            result.trace_json.contains("\"loop-blocked\""),
            "requests.get blocked the loop"
        );
    }
}

#[wasm_bindgen_test]
async fn a_refused_fetch_is_a_python_exception_that_says_why() {
    // Nothing listens on port 9 (discard): the browser refuses, as it does for CORS.
    let source = r#"
import asyncio, aiohttp, httpx, requests
URL = "http://127.0.0.1:9/data.json"
async def main():
    async with aiohttp.ClientSession() as s:
        try:
            await s.get(URL)
        except aiohttp.ClientConnectorError as e:
            print("aiohttp:", e)
    async with httpx.AsyncClient() as c:
        try:
            await c.get(URL)
        except httpx.ConnectError as e:
            print("httpx:", e)
asyncio.run(main())
try:
    requests.get(URL)
except requests.exceptions.ConnectionError as e:
    print("requests:", type(e).__name__)
"#;
    let result = run_with(
        source,
        ClockChoice::Real,
        NetworkChoice::Real,
        RunHandle::default(),
    )
    .await;
    assert_eq!(result.stderr, "");
    let lines: Vec<&str> = result.stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{}", result.stdout);
    assert!(
        lines[0].starts_with("aiohttp: Cannot connect to host 127.0.0.1:9 ssl:default [the browser refused to fetch http://127.0.0.1:9/data.json: the site does not allow cross-origin requests (CORS), or the host is unreachable (TypeError: "),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].starts_with("httpx: the browser refused to fetch"),
        "{}",
        lines[1]
    );
    assert_eq!(lines[2], "requests: ConnectionError");
}

#[wasm_bindgen_test]
async fn a_real_fetch_past_its_timeout_raises_the_timeout() {
    let source = format!(
        r#"
import asyncio, aiohttp
async def main():
    async with aiohttp.ClientSession() as s:
        try:
            await s.get("{USERS_URL}", timeout=aiohttp.ClientTimeout(total=0))
        except asyncio.TimeoutError:
            print("timed out")
asyncio.run(main())
"#
    );
    let result = run_with(
        &source,
        ClockChoice::Real,
        NetworkChoice::Real,
        RunHandle::default(),
    )
    .await;
    assert_eq!(
        (result.stdout.as_str(), result.stderr.as_str()),
        ("timed out\n", "")
    );
}
