//! The Loopscope playground UI (Leptos, client-side rendered).
//!
//! The app reads traces and run results from `loopscope-web`; it never reaches into the
//! event loop's internals. Components live one per file: `editor`, `console`, `timeline`,
//! `sequence`, `inspector`, `compare`, `gallery`; `share` keeps and shares programs.

mod compare;
mod console;
mod editor;
pub mod embed;
pub mod gallery;
mod inspector;
pub mod sequence;
pub mod share;
mod source_lines;
mod state;
pub mod timeline;

use compare::{Comparison, Measured};
use leptos::prelude::*;
use loopscope_web::{ClockChoice, LoopSnapshot, NetworkChoice, RunHandle, RunOptions, RunText};

pub use state::{ConsoleLine, RunStatus, Stream};

/// Mounts the playground into `<body>`; panics become console errors, not silent deaths.
/// On a page that loaded us through `embed.js` (which sets `LOOPSCOPE_EMBED`), defines
/// `<loopscope-example>` instead.
pub fn start() {
    console_error_panic_hook::set_once();
    // In a process-pool worker (a Web Worker) there is no page: `worker.js` only wants
    // `worker_run_job`.
    if web_sys::window().is_none() {
        return;
    }
    let embedding = web_sys::window().is_some_and(|w| {
        js_sys::Reflect::get(&w, &wasm_bindgen::JsValue::from_str("LOOPSCOPE_EMBED"))
            .is_ok_and(|v| v.is_truthy())
    });
    if embedding {
        embed::define_elements();
        return;
    }
    loopscope_web::install_js_api();
    leptos::mount::mount_to_body(App);
    loopscope_web::warm_up();
}

/// The source of the gallery example `id`, for links and embeds that name one.
pub fn example_source(id: &str) -> Option<String> {
    gallery::find(id).and_then(|e| e.source).map(str::to_string)
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

/// The views under the editor and console.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tab {
    Timeline,
    Sequence,
    Loop,
    Compare,
}

impl Tab {
    const ALL: [Tab; 4] = [Tab::Timeline, Tab::Sequence, Tab::Loop, Tab::Compare];

    fn title(self) -> &'static str {
        match self {
            Tab::Timeline => "Timeline",
            Tab::Sequence => "Sequence",
            Tab::Loop => "Loop inspector",
            Tab::Compare => "Compare",
        }
    }

    fn id(self) -> &'static str {
        match self {
            Tab::Timeline => "timeline",
            Tab::Sequence => "sequence",
            Tab::Loop => "loop",
            Tab::Compare => "compare",
        }
    }
}

/// The program to open: the link's, else the one kept from last time, else the welcome.
fn initial_source() -> String {
    match share::decode_fragment(&share::current_fragment()) {
        Some(share::Opened::Code(code)) => code,
        Some(share::Opened::Example(id)) => example_source(&id)
            .or_else(share::load_kept)
            .unwrap_or_else(|| WELCOME.to_string()),
        None => share::load_kept().unwrap_or_else(|| WELCOME.to_string()),
    }
}

/// The gallery example a `#example=ID` link opens.
fn initial_example() -> Option<&'static gallery::Example> {
    match share::decode_fragment(&share::current_fragment()) {
        Some(share::Opened::Example(id)) => gallery::find(&id).filter(|e| e.runnable()),
        _ => None,
    }
}

/// How long a finished run took on its clock, or why it has no figure.
fn measured(label: &str, result: &RunText) -> Measured {
    let ok = result.exit_code == 0;
    Measured {
        label: label.to_string(),
        seconds: ok.then(|| state::elapsed(&result.trace)),
        problem: (!ok).then(|| {
            result
                .stderr
                .lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("it failed")
                .trim()
                .to_string()
        }),
    }
}

/// Milliseconds between refreshes of the console and live views during a run.
const REFRESH_MS: u64 = 100;

/// Starts `source` and keeps its views current: `tick` every `REFRESH_MS` while it runs
/// (the handle has its output and trace so far), `done` once with the finished run.
pub(crate) fn start_run(
    source: String,
    options: RunOptions,
    tick: impl Fn(&RunHandle) + 'static,
    done: impl FnOnce(&RunHandle, RunText) + 'static,
) -> RunHandle {
    let handle = RunHandle::default();
    let watched = handle.clone();
    let ticker = set_interval_with_handle(
        move || tick(&watched),
        std::time::Duration::from_millis(REFRESH_MS),
    )
    .ok();
    let running = handle.clone();
    leptos::task::spawn_local(async move {
        let result = loopscope_web::run(&source, options, running.clone()).await;
        if let Some(t) = ticker {
            t.clear();
        }
        done(&running, result);
    });
    handle
}

/// The console of a run in progress, each line with its time and task so far.
pub(crate) fn live_console(handle: &RunHandle) -> Vec<ConsoleLine> {
    let notes = handle.with_trace(state::output_notes).unwrap_or_default();
    state::lines_of_chunks(&handle.output.borrow(), &notes)
}

/// The whole page: header, editor with its toolbar, console, and the views.
#[component]
pub fn App() -> impl IntoView {
    let (source, set_source) = signal(initial_source());
    let (status, set_status) = signal(RunStatus::Idle);
    let (lines, set_lines) = signal(Vec::<ConsoleLine>::new());
    let (timeline_model, set_timeline) = signal(timeline::model::Timeline::default());
    let (diagram, set_diagram) = signal(sequence::Diagram::default());
    let (tasks, set_tasks) = signal(Vec::<state::TaskRow>::new());
    let (snapshot, set_snapshot) = signal(None::<LoopSnapshot>);
    let (stepping, set_stepping) = signal(false);
    let (tab, set_tab) = signal(Tab::Timeline);
    let (comparison, set_comparison) = signal(Comparison::None);
    let (shared_link, set_shared_link) = signal(None::<String>);
    // The gallery example in the editor, while its text is unchanged.
    let (picked, set_picked) = signal(initial_example());
    let pair_partner = move || {
        let example = picked.get()?;
        let partner = example.partner()?;
        (example.source == Some(source.get().as_str())).then_some((example, partner))
    };
    let current = StoredValue::new_local(RunHandle::default());
    // The network the next run uses, and the one the console's output came from.
    let (network, set_network) = signal(NetworkChoice::Simulated);
    let (network_used, set_network_used) = signal(NetworkChoice::Simulated);
    // Where the editor points: tasks' lines, the line an error stopped at, a line to show.
    let (marks, set_marks) = signal(Vec::<(u32, String)>::new());
    let (error, set_error) = signal(None::<(u32, String)>);
    let (reveal, set_reveal) = signal(None::<u32>);

    // Keep the program across reloads.
    Effect::new(move |_| share::keep(&source.get()));

    let run_with = move |mut options: RunOptions| {
        if status.get_untracked() == RunStatus::Running {
            return;
        }
        options.network = network.get_untracked();
        set_network_used.set(options.network);
        set_status.set(RunStatus::Running);
        set_lines.set(Vec::new());
        set_timeline.set(timeline::model::Timeline::default());
        set_diagram.set(sequence::Diagram::default());
        set_tasks.set(Vec::new());
        set_marks.set(Vec::new());
        set_error.set(None);
        set_snapshot.set(None);
        set_stepping.set(options.stepping);
        // Output, the timeline and the tasks' lines appear while the program runs.
        let live = options.clock == ClockChoice::Real || options.stepping;
        let tick = move |watched: &RunHandle| {
            set_lines.set(live_console(watched));
            if live {
                let now = watched.clock_now().unwrap_or(0.0);
                if let Some((model, rows)) = watched.with_trace(|t| {
                    (
                        timeline::model::timeline_until(t, now, watched.blocked()),
                        state::task_rows(t),
                    )
                }) {
                    set_marks.set(state::task_marks(&rows));
                    set_tasks.set(rows);
                    set_timeline.set(model);
                }
                set_snapshot.set(watched.paused());
            }
        };
        let done = move |handle: &RunHandle, result: RunText| {
            let notes = state::output_notes(&result.trace);
            set_lines.set(state::lines_of_chunks(&handle.output.borrow(), &notes));
            set_timeline.set(timeline::model::timeline(&result.trace));
            set_diagram.set(sequence::diagram(&result.trace));
            let rows = state::task_rows(&result.trace);
            // Marks stay on tasks that never finished (a Stop, a deadlock).
            set_marks.set(state::task_marks(&rows));
            set_tasks.set(rows);
            // Exit status 1 is an uncaught exception (Stop is 130, sys.exit its own).
            if result.exit_code == 1 {
                set_error.set(source_lines::error_location(&result.stderr));
            }
            set_snapshot.set(None);
            set_stepping.set(false);
            set_status.set(RunStatus::Finished(result.exit_code));
        };
        current.set_value(start_run(source.get_untracked(), options, tick, done));
    };
    let pick = move |example: &'static gallery::Example| {
        if let Some(code) = example.source {
            set_source.set(code.to_string());
            set_picked.set(Some(example));
            set_lines.set(Vec::new());
            set_comparison.set(Comparison::None);
            if status.get_untracked() != RunStatus::Running {
                set_status.set(RunStatus::Idle);
            }
        }
    };
    // A share link pasted into this tab's address bar opens its program.
    let hash = window_event_listener(
        leptos::ev::hashchange,
        move |_| match share::decode_fragment(&share::current_fragment()) {
            Some(share::Opened::Code(code)) => set_source.set(code),
            Some(share::Opened::Example(id)) => {
                if let Some(example) = gallery::find(&id) {
                    pick(example);
                }
            }
            None => {}
        },
    );
    on_cleanup(move || hash.remove());
    let run = move || run_with(RunOptions::new(ClockChoice::Virtual));
    let run_live = move || run_with(RunOptions::new(ClockChoice::Real));
    let run_stepping = move || {
        let mut options = RunOptions::new(ClockChoice::Virtual);
        options.stepping = true;
        set_tab.set(Tab::Loop);
        run_with(options);
    };
    let stop = move || current.with_value(|h| h.stop());
    let step = move || {
        set_snapshot.set(None);
        current.with_value(|h| h.step());
    };
    let keep_going = move || {
        set_snapshot.set(None);
        set_stepping.set(false);
        current.with_value(|h| h.set_stepping(false));
    };
    let compare = move || {
        if comparison.get_untracked() == Comparison::Running {
            return;
        }
        set_comparison.set(Comparison::Running);
        let program = source.get_untracked();
        // An authored pair compares its two programs; anything else runs "what if
        // sequential", children one after another.
        let authored = untrack(pair_partner).and_then(|(example, partner)| {
            let other = partner.source?.to_string();
            Some(if example.pair_role() == Some("sequential") {
                (other, program.clone(), false)
            } else {
                (program.clone(), other, false)
            })
        });
        leptos::task::spawn_local(async move {
            let (concurrent_code, sequential_code, what_if) =
                authored.unwrap_or((program.clone(), program, true));
            let mut options = RunOptions::new(ClockChoice::Virtual);
            options.network = network.get_untracked();
            options.time_limit = Some(600.0);
            let written = loopscope_web::run(&concurrent_code, options, RunHandle::default()).await;
            let concurrent = measured("concurrent", &written);
            let limit = concurrent.seconds.map_or(600.0, |s| (s * 50.0).max(60.0));
            options.sequential = what_if;
            options.time_limit = Some(limit);
            let one_by_one =
                loopscope_web::run(&sequential_code, options, RunHandle::default()).await;
            let sequential = measured("sequential", &one_by_one);
            set_comparison.set(Comparison::Done {
                concurrent,
                sequential,
            });
        });
    };
    let share_now = move || {
        let link = share::share_link(&source.get_untracked());
        if let Some(link) = &link {
            share::copy_to_clipboard(link);
        }
        set_shared_link.set(link);
    };

    view! {
        <header class="topbar">
            <h1 class="brand">"Loopscope"</h1>
            <p class="tagline">"Run Python asyncio in your browser and watch the event loop work."</p>
            <gallery::Gallery on_pick=pick />
            <span class="topbar-tools">
                {move || {
                    shared_link
                        .get()
                        .map(|link| {
                            view! {
                                <input
                                    class="share-link"
                                    data-testid="share-link"
                                    readonly
                                    aria-label="Link to this program (copied)"
                                    prop:value=link
                                />
                            }
                        })
                }}
                <button
                    data-testid="share"
                    title="Copy a link that opens this program"
                    on:click=move |_| share_now()
                >
                    "Share"
                </button>
            </span>
        </header>
        <main class="workspace">
            <section class="pane editor-pane" aria-label="Program">
                <div class="toolbar">
                    <button
                        class="run"
                        data-testid="run"
                        title="Run instantly on the virtual clock (Ctrl+Enter)"
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
                <editor::Editor
                    source=source
                    set_source=set_source
                    on_run=run
                    marks=marks
                    error=error
                    reveal=reveal
                />
            </section>
            <console::Console
                lines=lines
                on_reveal=Callback::new(move |line| set_reveal.set(Some(line)))
                network=Signal::derive(move || format!("{} network", network_used.get().name()))
            />
            <section class="pane views-pane" aria-label="Views">
                <nav class="tabs" role="tablist">
                    {Tab::ALL
                        .into_iter()
                        .map(|t| {
                            view! {
                                <button
                                    role="tab"
                                    class="tab"
                                    data-testid=format!("tab-{}", t.id())
                                    aria-selected=move || (tab.get() == t).to_string()
                                    on:click=move |_| set_tab.set(t)
                                >
                                    {t.title()}
                                </button>
                            }
                        })
                        .collect_view()}
                </nav>
                <div class="view" hidden=move || tab.get() != Tab::Timeline>
                    <timeline::Timeline
                        model=timeline_model.into()
                        visible=Signal::derive(move || tab.get() == Tab::Timeline)
                    />
                </div>
                <div class="view" hidden=move || tab.get() != Tab::Sequence>
                    <sequence::Sequence model=diagram.into() />
                </div>
                <div class="view" hidden=move || tab.get() != Tab::Loop>
                    <inspector::Inspector
                        snapshot=snapshot.into()
                        tasks=tasks.into()
                        stepping=stepping.into()
                        on_start=run_stepping
                        on_step=step
                        on_continue=keep_going
                    />
                </div>
                <div class="view" hidden=move || tab.get() != Tab::Compare>
                    <compare::Compare
                        state=comparison.into()
                        authored=Signal::derive(move || {
                            pair_partner().map(|(_, partner)| partner.title.to_string())
                        })
                        on_compare=compare
                    />
                </div>
            </section>
        </main>
    }
}
