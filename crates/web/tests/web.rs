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
