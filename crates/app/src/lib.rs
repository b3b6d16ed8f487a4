//! The Loopscope playground UI (Leptos, client-side rendered).
//!
//! The app reads traces and run results from `loopscope-web`; it never reaches into the
//! event loop's internals. Components live one per file: `editor`, `console`, `timeline`.

mod console;
mod editor;
mod state;
pub mod timeline;

use leptos::prelude::*;
use loopscope_web::{ClockChoice, NetworkChoice, RunHandle};

pub use state::{ConsoleLine, RunStatus, Stream};

/// Mounts the playground into `<body>`; panics become console errors, not silent deaths.
pub fn start() {
    console_error_panic_hook::set_once();
    loopscope_web::install_js_api();
    leptos::mount::mount_to_body(App);
}

/// The example the editor opens with when there is nothing saved.
pub const WELCOME: &str = r#"import asyncio
import time


async def fetch(name, delay):
    print(f"start {name}")
    await asyncio.sleep(delay)  # stands in for a network call
    print(f"done {name}")
    return f"{name}:{delay}"


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(fetch("a", 0.2), fetch("b", 0.1), fetch("c", 0.3))
    print(results)
    print(f"elapsed {time.perf_counter() - start:.2f}s")


asyncio.run(main())
"#;

/// The whole page: header, editor with Run/Stop, console and timeline.
#[component]
pub fn App() -> impl IntoView {
    let (source, set_source) = signal(WELCOME.to_string());
    let (status, set_status) = signal(RunStatus::Idle);
    let (lines, set_lines) = signal(Vec::<ConsoleLine>::new());
    let (timeline_model, set_timeline) = signal(timeline::model::Timeline::default());
    let current = StoredValue::new_local(RunHandle::default());
    // The network the next run uses, and the one the console's output came from.
    let (network, set_network) = signal(NetworkChoice::Simulated);
    let (network_used, set_network_used) = signal(NetworkChoice::Simulated);

    let run_with = move |clock: ClockChoice| {
        if status.get_untracked() == RunStatus::Running {
            return;
        }
        set_status.set(RunStatus::Running);
        set_lines.set(Vec::new());
        set_timeline.set(timeline::model::Timeline::default());
        let handle = RunHandle::default();
        current.set_value(handle.clone());
        // Output appears while the program runs, not only at the end.
        let output = handle.output.clone();
        let ticker = set_interval_with_handle(
            move || set_lines.set(state::lines_of_chunks(&output.borrow(), &[])),
            std::time::Duration::from_millis(50),
        )
        .ok();
        let source = source.get_untracked();
        let net = network.get_untracked();
        set_network_used.set(net);
        leptos::task::spawn_local(async move {
            let result = loopscope_web::run_with(&source, clock, net, handle.clone()).await;
            if let Some(t) = ticker {
                t.clear();
            }
            let notes = state::output_notes(&result.trace);
            set_lines.set(state::lines_of_chunks(&handle.output.borrow(), &notes));
            set_timeline.set(timeline::model::timeline(&result.trace));
            set_status.set(RunStatus::Finished(result.exit_code));
        });
    };
    let run = move || run_with(ClockChoice::Virtual);
    let run_live = move || run_with(ClockChoice::Real);
    let stop = move || current.with_value(|h| h.stop());

    view! {
        <header class="topbar">
            <h1 class="brand">"Loopscope"</h1>
            <p class="tagline">"Run Python asyncio in your browser and watch the event loop work."</p>
        </header>
        <main class="workspace">
            <section class="pane editor-pane" aria-label="Program">
                <div class="toolbar">
                    <button
                        class="run"
                        data-testid="run"
                        title="Run (Ctrl+Enter)"
                        disabled=move || status.get() == RunStatus::Running
                        on:click=move |_| run()
                    >
                        "Run"
                    </button>
                    <button
                        class="run-live"
                        data-testid="run-live"
                        title="Run live: real time, on the browser's timers"
                        disabled=move || status.get() == RunStatus::Running
                        on:click=move |_| run_live()
                    >
                        "Run live"
                    </button>
                    <button
                        class="stop"
                        data-testid="stop"
                        disabled=move || status.get() != RunStatus::Running
                        on:click=move |_| stop()
                    >
                        "Stop"
                    </button>
                    <label
                        class="network"
                        title="Where HTTP requests go: Loopscope's simulated hosts, or the real network through the browser (CORS applies)"
                    >
                        "Network "
                        <select
                            data-testid="network"
                            on:change=move |ev| {
                                set_network
                                    .set(
                                        if event_target_value(&ev) == "real" {
                                            NetworkChoice::Real
                                        } else {
                                            NetworkChoice::Simulated
                                        },
                                    )
                            }
                        >
                            <option value="simulated" selected=true>"simulated"</option>
                            <option value="real">"real"</option>
                        </select>
                    </label>
                    <span class="status" data-testid="status">{move || status.get().label()}</span>
                </div>
                <editor::Editor source=source set_source=set_source on_run=run />
            </section>
            <console::Console
                lines=lines
                network=Signal::derive(move || format!("{} network", network_used.get().name()))
            />
            <timeline::Timeline model=timeline_model />
        </main>
    }
}
