//! Browser-only tests of the UI shell, run in headless Chromium by wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Lets the page run pending effects (Leptos applies `prop:` values in effects).
async fn next_tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn shell_renders_its_panes_and_buttons() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let _mounted = leptos::mount::mount_to(root.clone().unchecked_into(), loopscope_app::App);

    for id in [
        "run",
        "stop",
        "editor",
        "console",
        "timeline",
        "status",
        "network",
        "network-mode",
    ] {
        let found = root.query_selector(&format!("[data-testid={id}]")).unwrap();
        assert!(
            found.is_some(),
            "no element with data-testid={id} in {}",
            root.inner_html()
        );
    }
    let stop = root.query_selector("[data-testid=stop]").unwrap().unwrap();
    assert!(
        stop.has_attribute("disabled"),
        "Stop is disabled while nothing runs"
    );
    let mode = root
        .query_selector("[data-testid=network-mode]")
        .unwrap()
        .unwrap();
    assert_eq!(
        mode.text_content().as_deref(),
        Some("simulated network"),
        "the console says which network runs use"
    );
    next_tick().await;
    // This page has no CodeMirror bundle, so the editor is the plain textarea.
    let editor = root
        .query_selector("[data-testid=editor] textarea")
        .unwrap()
        .unwrap()
        .unchecked_into::<web_sys::HtmlTextAreaElement>();
    assert!(
        editor.value().contains("asyncio.gather"),
        "the editor opens with the welcome example"
    );
}
