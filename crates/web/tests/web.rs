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

use loopscope_web::{run, ClockChoice, RunHandle, RunOptions};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Resolves after `ms` of a browser timer.
async fn wait_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn a_real_clock_sleep_never_ends_early_and_ends_soon_after() {
    let program = "import asyncio, time\n\
        async def main():\n    t = time.perf_counter()\n    await asyncio.sleep(0.2)\n    print(time.perf_counter() - t)\n\
        asyncio.run(main())\n";
    let result = run(
        program,
        RunOptions::new(ClockChoice::Real),
        RunHandle::default(),
    )
    .await;
    assert_eq!(result.exit_code, 0, "{}", result.stderr);
    let slept: f64 = result.stdout.trim().parse().expect("a number of seconds");
    // Never early; "soon after" is loose, for a loaded machine whose timers fire late
    // (the live-run benchmarks measure how late).
    assert!((0.2..0.6).contains(&slept), "sleep(0.2) took {slept} s");
}

/// The frame callback, which re-registers itself through this slot.
type FrameSlot = Rc<std::cell::RefCell<Option<Closure<dyn FnMut()>>>>;

/// Counts animation frames until dropped.
struct FrameCounter {
    frames: Rc<Cell<u32>>,
    running: Rc<Cell<bool>>,
}

impl FrameCounter {
    fn start() -> FrameCounter {
        let frames = Rc::new(Cell::new(0));
        let running = Rc::new(Cell::new(true));
        let tick: FrameSlot = Default::default();
        let again = tick.clone();
        let (f, r) = (frames.clone(), running.clone());
        *tick.borrow_mut() = Some(Closure::new(move || {
            f.set(f.get() + 1);
            if r.get() {
                if let Some(cb) = again.borrow().as_ref() {
                    let _ = web_sys::window()
                        .expect("a window")
                        .request_animation_frame(cb.as_ref().unchecked_ref());
                }
            }
        }));
        if let Some(cb) = tick.borrow().as_ref() {
            let _ = web_sys::window()
                .expect("a window")
                .request_animation_frame(cb.as_ref().unchecked_ref());
        }
        std::mem::forget(tick);
        FrameCounter { frames, running }
    }
}

impl Drop for FrameCounter {
    fn drop(&mut self) {
        self.running.set(false);
    }
}

#[wasm_bindgen_test]
async fn the_page_keeps_rendering_frames_during_a_cpu_bound_program() {
    let counter = FrameCounter::start();
    let program = "import time\nt = time.perf_counter()\nn = 0\n\
        while time.perf_counter() - t < 0.6:\n    n += 1\nprint(n > 0)\n";
    let result = run(
        program,
        RunOptions::new(ClockChoice::Real),
        RunHandle::default(),
    )
    .await;
    assert_eq!(result.stdout, "True\n", "{}", result.stderr);
    let frames = counter.frames.get();
    // The run lets a frame through at least every 50 ms: 12 in 0.6 s on a quiet
    // machine. What is promised is that the page paints during the run at all; one that
    // never painted would count one frame, at the end.
    assert!(frames >= 3, "only {frames} frames in 0.6 s of busy Python");
}

/// Presses Stop on `handle` after `ms`; the cell gets the moment it did (page clock, ms).
fn stop_after(handle: &RunHandle, ms: i32) -> Rc<Cell<f64>> {
    let stopped_at = Rc::new(Cell::new(0.0));
    let (h, at) = (handle.clone(), stopped_at.clone());
    wasm_bindgen_futures::spawn_local(async move {
        wait_ms(ms).await;
        at.set(now_ms());
        h.stop();
    });
    stopped_at
}

#[wasm_bindgen_test]
async fn stop_ends_an_endless_loop_within_200ms() {
    let handle = RunHandle::default();
    let stopped_at = stop_after(&handle, 300);
    let result = run(
        "while True:\n    pass\n",
        RunOptions::new(ClockChoice::Real),
        handle,
    )
    .await;
    let took = now_ms() - stopped_at.get();
    assert_eq!(result.exit_code, 130);
    // Where it was, as CPython's traceback for Ctrl+C says it.
    assert!(
        result
            .stderr
            .starts_with("Traceback (most recent call last):\n  File \"main.py\", line "),
        "{}",
        result.stderr
    );
    assert!(result.stderr.ends_with("KeyboardInterrupt\n"));
    assert!(took < 200.0, "the run ended {took} ms after Stop");
}

#[wasm_bindgen_test]
async fn stepping_pauses_between_iterations_and_shows_the_ready_queue() {
    let handle = RunHandle::default();
    let mut options = RunOptions::new(ClockChoice::Virtual);
    options.stepping = true;
    let program = "import asyncio\nasync def main():\n    await asyncio.sleep(0)\n    print('done')\nasyncio.run(main())\n";
    let h = handle.clone();
    let seen = Rc::new(std::cell::RefCell::new(Vec::new()));
    let s = seen.clone();
    wasm_bindgen_futures::spawn_local(async move {
        for _ in 0..200 {
            wait_ms(40).await;
            if let Some(snap) = h.paused() {
                s.borrow_mut().push(snap.ready.join(", "));
                h.step();
            }
        }
    });
    let result = run(program, options, handle).await;
    assert_eq!(result.stdout, "done\n");
    assert_eq!(
        seen.borrow().first().map(String::as_str),
        Some("step Task-1")
    );
}

#[wasm_bindgen_test]
async fn short_sleeps_never_end_early_and_barely_late() {
    let program = "import asyncio, time\n\
        async def main():\n    early, total = 0, time.perf_counter()\n    for _ in range(50):\n        t = time.perf_counter()\n        await asyncio.sleep(0.001)\n        early += time.perf_counter() - t < 0.001\n    print(early, time.perf_counter() - total)\n\
        asyncio.run(main())\n";
    let result = run(
        program,
        RunOptions::new(ClockChoice::Real),
        RunHandle::default(),
    )
    .await;
    let mut words = result.stdout.split_whitespace();
    assert_eq!(
        words.next(),
        Some("0"),
        "sleeps that ended early: {}",
        result.stdout
    );
    let total: f64 = words.next().and_then(|w| w.parse().ok()).expect("a total");
    // Generous: this is an unoptimised build, where each loop turn costs milliseconds.
    assert!(total < 0.05 * 10.0, "50 sleeps of 1 ms took {total} s");
}

#[wasm_bindgen_test]
async fn stop_during_a_long_sleep_ends_the_run_at_once() {
    let handle = RunHandle::default();
    let stopped_at = stop_after(&handle, 300);
    let program = "import time\ntime.sleep(30)\n";
    let result = run(program, RunOptions::new(ClockChoice::Real), handle).await;
    let took = now_ms() - stopped_at.get();
    assert_eq!(result.exit_code, 130);
    assert!(took < 50.0, "the run ended {took} ms after Stop");
}

use loopscope_web::NetworkChoice;

/// Options for a run on `clock` and the real network.
fn real_network(clock: ClockChoice) -> RunOptions {
    let mut options = RunOptions::new(clock);
    options.network = NetworkChoice::Real;
    options
}

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
    let a = run(
        source,
        RunOptions::new(ClockChoice::Virtual),
        RunHandle::default(),
    )
    .await;
    let b = run(
        source,
        RunOptions::new(ClockChoice::Virtual),
        RunHandle::default(),
    )
    .await;
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
        a.trace_json().contains("\"fetch-start\""),
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
        let result = run(&source, real_network(clock), RunHandle::default()).await;
        assert_eq!(result.stderr, "", "{clock:?}");
        assert_eq!(
            result.stdout,
            "real\naiohttp 200 {'users': ['ada', 'alan']}\nhttpx 200 ['ada', 'alan']\n\
             requests 200 alan\nblocking 200\n",
            "{clock:?}"
        );
        assert!(
            result.trace_json().contains("\"loop-blocked\""),
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
    let result = run(
        source,
        real_network(ClockChoice::Real),
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
    let result = run(
        &source,
        real_network(ClockChoice::Real),
        RunHandle::default(),
    )
    .await;
    assert_eq!(
        (result.stdout.as_str(), result.stderr.as_str()),
        ("timed out\n", "")
    );
}

/// wasm32's address space is 2**32: a size computed from a Python int is exact (a range's
/// length) or refused with MemoryError, never truncated to 32 bits (these gave 3, `'a'`
/// and `''` before).
#[wasm_bindgen_test]
async fn sizes_past_32_bits_are_exact_or_memory_errors() {
    let program = "big = 2**32 + 3\n\
        for make in [lambda: [0] * big, lambda: (0,) * big, lambda: b'a' * big,\n\
                     lambda: bytearray(big), lambda: 'a'.ljust(big),\n\
                     lambda: 'a'.center(10**10), lambda: 'a' * 10**10]:\n\
        \x20   try:\n\
        \x20       print(len(make()))\n\
        \x20   except MemoryError:\n\
        \x20       print('MemoryError')\n\
        print(len(range(big)), range(big)[-1])\n";
    let result = run(
        program,
        RunOptions::new(ClockChoice::Virtual),
        RunHandle::default(),
    )
    .await;
    assert_eq!(result.exit_code, 0, "{}", result.stderr);
    assert_eq!(
        result.stdout,
        "MemoryError\n".repeat(7) + "4294967299 4294967298\n"
    );
}
