//! The Loopscope playground UI (Leptos, client-side rendered).
//!
//! The app reads traces and run results from `loopscope-web`; it never reaches into the
//! event loop's internals. Components live one per file: `editor`, `console`, `timeline`,
//! `sequence`, `inspector`, `compare`, `requests`, `load`, `gallery`; `share` keeps and
//! shares programs.

mod compare;
mod console;
mod database;
mod editor;
pub mod embed;
pub mod gallery;
mod hints;
mod inspector;
mod load;
mod requests;
pub mod sequence;
pub mod share;
mod source_lines;
mod state;
pub mod timeline;

use compare::{Against, Comparison, Measured, Written};
use leptos::prelude::*;
use loopscope_web::{ClockChoice, LoopSnapshot, NetworkChoice, RunHandle, RunOptions, RunText};

pub use state::{ConsoleLine, ConsoleLog, RunStatus, Stream};

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
    // Programs run in Web Workers: nothing they do can freeze or kill the page.
    loopscope_web::run_in_workers();
    if embedding {
        embed::define_elements();
        return;
    }
    loopscope_web::install_js_api();
    // The first run's worker starts compiling asyncio before the page mounts (~100 ms).
    loopscope_web::warm_up();
    leptos::mount::mount_to_body(App);
}

/// Moves keyboard focus to the element `selector` finds, if any.
fn focus_selector(selector: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
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
    Requests,
    Load,
    Database,
}

impl Tab {
    const ALL: [Tab; 7] = [
        Tab::Timeline,
        Tab::Sequence,
        Tab::Loop,
        Tab::Compare,
        Tab::Requests,
        Tab::Load,
        Tab::Database,
    ];

    fn title(self) -> &'static str {
        match self {
            Tab::Timeline => "Timeline",
            Tab::Sequence => "Sequence",
            Tab::Loop => "Loop inspector",
            Tab::Compare => "Compare",
            Tab::Requests => "Requests",
            Tab::Load => "Load",
            Tab::Database => "Database",
        }
    }

    /// The tab an arrow key (or Home/End) moves to from this one.
    fn step(self, key: &str) -> Option<Tab> {
        let i = Tab::ALL.iter().position(|t| *t == self)?;
        let n = Tab::ALL.len();
        let j = match key {
            "ArrowRight" | "ArrowDown" => (i + 1) % n,
            "ArrowLeft" | "ArrowUp" => (i + n - 1) % n,
            "Home" => 0,
            "End" => n - 1,
            _ => return None,
        };
        Some(Tab::ALL[j])
    }

    fn id(self) -> &'static str {
        match self {
            Tab::Timeline => "timeline",
            Tab::Sequence => "sequence",
            Tab::Loop => "loop",
            Tab::Compare => "compare",
            Tab::Requests => "requests",
            Tab::Load => "load",
            Tab::Database => "database",
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
fn measured(run: compare::Run, result: &RunText) -> Measured {
    let ok = result.exit_code == 0;
    Measured {
        seconds: ok.then(|| state::elapsed(&result.trace)),
        problem: (!ok).then(|| compare::problem(run, result.exit_code, &result.stderr)),
        lanes: timeline::model::timeline(&result.trace),
    }
}

/// How copying a share link went, as the top bar says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CopyNote {
    None,
    /// On the clipboard: the Share button says so for `COPIED_FOR`.
    Copied,
    /// The browser refused: the link is selected for the person to copy.
    ByHand,
}

/// How long Share says "Link copied".
const COPIED_FOR: std::time::Duration = std::time::Duration::from_millis(2500);

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

/// Brings the console up to date with a run in progress: its new output, each line with
/// its time and task so far. Only what is new since the last call is read.
pub(crate) fn live_console(handle: &RunHandle, log: WriteSignal<ConsoleLog>) {
    log.maybe_update(|log| {
        let output = handle.output.borrow();
        handle
            .with_trace(|trace| log.update(&output, Some(trace)))
            .unwrap_or_else(|| log.update(&output, None))
    });
}

/// Brings the console up to date with a finished run: the rest of its output and notes.
pub(crate) fn final_console(handle: &RunHandle, result: &RunText, log: WriteSignal<ConsoleLog>) {
    log.maybe_update(|log| log.update(&handle.output.borrow(), Some(&result.trace)));
}

/// The whole page: header, editor with its toolbar, console, and the views.
#[component]
pub fn App() -> impl IntoView {
    let (source, set_source) = signal(initial_source());
    let (status, set_status) = signal(RunStatus::Idle);
    let (lines, set_lines) = signal(ConsoleLog::new());
    let (timeline_model, set_timeline) = signal(timeline::model::Timeline::default());
    let (diagram, set_diagram) = signal(sequence::Diagram::default());
    let (tasks, set_tasks) = signal(Vec::<state::TaskRow>::new());
    let (snapshot, set_snapshot) = signal(None::<LoopSnapshot>);
    let (stepping, set_stepping) = signal(false);
    let (tab, set_tab) = signal(Tab::Timeline);
    let (comparison, set_comparison) = signal(Comparison::None);
    // The last shared (program, link), and how copying it went.
    let (shared_link, set_shared_link) = signal(None::<(String, String)>);
    let (copy_note, set_copy_note) = signal(CopyNote::None);
    let share_input = NodeRef::<leptos::html::Input>::new();
    // The gallery example in the editor, while its text is unchanged.
    let (picked, set_picked) = signal(initial_example());
    let pair_partner = move || {
        let example = picked.get()?;
        let partner = example.partner()?;
        (example.source == Some(source.get().as_str())).then_some((example, partner))
    };
    let current = StoredValue::new_local(RunHandle::default());
    // The ports the run serves on (the Requests and Load panels' server), and which run
    // it is (their results belong to one run).
    let (serving, set_serving) = signal(Vec::<u16>::new());
    let (run_number, set_run_number) = signal(0u32);
    // What the last run left in its database (the Database panel).
    let (database, set_database) = signal(None::<loopscope_web::Tables>);
    // The network the next run uses, and the one the console's output came from.
    let (network, set_network) = signal(NetworkChoice::Simulated);
    let (network_used, set_network_used) = signal(NetworkChoice::Simulated);
    // Notebook mode (`# %%` cells on a running loop) and asyncio's debug mode.
    let (notebook, set_notebook) = signal(picked.get_untracked().is_some_and(|e| e.notebook));
    let (debug, set_debug) = signal(false);
    // Where the editor points: tasks' lines, the line an error stopped at, a line to show.
    let (marks, set_marks) = signal(Vec::<(u32, String)>::new());
    let (error, set_error) = signal(None::<(u32, String)>);
    let (reveal, set_reveal) = signal(None::<u32>);
    // A link that opened nothing says why, under the console, until the first run.
    let link_problem = share::fragment_problem(&share::current_fragment(), |id| {
        gallery::find(id).is_some_and(|e| e.runnable())
    });
    let (help, set_help) = signal(
        link_problem
            .map(|text| vec![hints::Hint { text, fix: None }])
            .unwrap_or_default(),
    );

    // Keep the program across reloads; once it is edited, a link in the address bar
    // would bring back the old program on reload, so it goes.
    Effect::new(move |_| {
        let text = source.get();
        share::keep(&text);
        share::drop_stale_fragment(&text);
    });

    let run_with = move |mut options: RunOptions| {
        if status.get_untracked() == RunStatus::Running {
            return;
        }
        options.network = network.get_untracked();
        options.notebook = notebook.get_untracked();
        options.debug = debug.get_untracked();
        set_network_used.set(options.network);
        set_status.set(RunStatus::Running);
        set_lines.set(ConsoleLog::new());
        set_timeline.set(timeline::model::Timeline::default());
        set_diagram.set(sequence::Diagram::default());
        set_tasks.set(Vec::new());
        set_marks.set(Vec::new());
        set_error.set(None);
        set_help.set(Vec::new());
        set_snapshot.set(None);
        set_stepping.set(options.stepping);
        set_serving.set(Vec::new());
        set_database.set(None);
        set_run_number.update(|n| *n += 1);
        // Output, the timeline and the tasks' lines appear while the program runs; a run
        // that serves goes on in real time, so its views follow it too.
        let live = options.clock == ClockChoice::Real || options.stepping;
        let tick = move |watched: &RunHandle| {
            live_console(watched, set_lines);
            let ports = watched.serving();
            if serving.with_untracked(|s| *s != ports) {
                set_serving.set(ports);
            }
            let serves = serving.with_untracked(|s| !s.is_empty());
            if live || serves {
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
            set_serving.set(Vec::new());
            set_database.set(result.database.clone());
            final_console(handle, &result, set_lines);
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
            let program = source.get_untracked();
            let ended = hints::Ended {
                source: &program,
                stdout: &result.stdout,
                stderr: &result.stderr,
                exit_code: result.exit_code,
            };
            set_help.set(hints::hints(&ended, loopscope_web::importable_modules));
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
            set_notebook.set(example.notebook);
            set_lines.set(ConsoleLog::new());
            set_help.set(Vec::new());
            set_comparison.set(Comparison::None);
            if status.get_untracked() != RunStatus::Running {
                set_status.set(RunStatus::Idle);
            }
            // The next thing a person does with an example is read or edit it.
            editor::focus();
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
    // What Compare sets the program against: its gallery partner while it is one half of
    // an authored pair, unchanged; otherwise a "what if sequential" run of itself.
    let against = move || match pair_partner() {
        Some((example, partner)) if example.pair_role() == Some("sequential") => {
            Against::ConcurrentVersion(partner.title.to_string())
        }
        Some((_, partner)) => Against::SequentialVersion(partner.title.to_string()),
        None => Against::WhatIfSequential,
    };
    let compare = move || {
        if comparison.get_untracked() == Comparison::Running {
            return;
        }
        set_comparison.set(Comparison::Running);
        let program = source.get_untracked();
        let written = untrack(against).written();
        let partner = untrack(pair_partner).and_then(|(_, p)| p.source.map(str::to_string));
        leptos::task::spawn_local(async move {
            use compare::Run;
            // Each side's program, and which run it is (for the words that explain a failure).
            let what_if = partner.is_none();
            let (concurrent_side, sequential_side) = match (partner, written) {
                (Some(other), Written::Sequential) => {
                    ((other, Run::OtherVersion), (program, Run::AsWritten))
                }
                (Some(other), Written::Concurrent) => {
                    ((program, Run::AsWritten), (other, Run::OtherVersion))
                }
                (None, _) => (
                    (program.clone(), Run::AsWritten),
                    (program, Run::OneAtATime),
                ),
            };
            let mut options = RunOptions::new(ClockChoice::Virtual);
            options.network = network.get_untracked();
            options.notebook = notebook.get_untracked();
            options.debug = debug.get_untracked();
            options.time_limit = Some(600.0);
            let first = loopscope_web::run(&concurrent_side.0, options, RunHandle::default()).await;
            let concurrent = measured(concurrent_side.1, &first);
            let limit = concurrent.seconds.map_or(600.0, |s| (s * 50.0).max(60.0));
            options.sequential = what_if;
            options.time_limit = Some(limit);
            let second =
                loopscope_web::run(&sequential_side.0, options, RunHandle::default()).await;
            let sequential = measured(sequential_side.1, &second);
            set_comparison.set(Comparison::Done {
                concurrent,
                sequential,
                written,
            });
        });
    };
    let copies = StoredValue::new(0u32);
    let share_now = move || {
        let program = source.get_untracked();
        let Some(link) = share::share_link(&program) else {
            return;
        };
        set_shared_link.set(Some((program, link.clone())));
        set_copy_note.set(CopyNote::None);
        copies.update_value(|n| *n += 1);
        let this_copy = copies.get_value();
        share::copy_to_clipboard(&link, move |copied| {
            if copies.get_value() != this_copy {
                return;
            }
            if copied {
                set_copy_note.set(CopyNote::Copied);
                set_timeout(
                    move || {
                        if copies.get_value() == this_copy {
                            set_copy_note.set(CopyNote::None);
                        }
                    },
                    COPIED_FOR,
                );
            } else {
                set_copy_note.set(CopyNote::ByHand);
                // After the note and the link have been drawn.
                request_animation_frame(move || {
                    if let Some(input) = share_input.get_untracked() {
                        share::select_for_copy(&input);
                    }
                });
            }
        });
    };
    // The link shows while it still opens the program in the editor.
    let current_link = move || {
        shared_link
            .get()
            .filter(|(program, _)| source.with(|s| s == program))
            .map(|(_, link)| link)
    };

    view! {
        <header class="topbar">
            <h1 class="brand">"Loopscope"</h1>
            <p class="tagline">"Run Python asyncio in your browser and watch the event loop work."</p>
            <gallery::Gallery on_pick=pick />
            <span class="topbar-tools">
                <span
                    class="share-note"
                    data-testid="share-note"
                    role="status"
                    hidden=move || copy_note.get() != CopyNote::ByHand || current_link().is_none()
                >
                    "Copy this link:"
                </span>
                <input
                    class="share-link"
                    data-testid="share-link"
                    readonly
                    aria-label="Link to this program"
                    node_ref=share_input
                    hidden=move || current_link().is_none()
                    prop:value=move || current_link().unwrap_or_default()
                    on:focus=move |_| {
                        if let Some(input) = share_input.get_untracked() {
                            share::select_for_copy(&input);
                        }
                    }
                />
                <button
                    data-testid="share"
                    class:copied=move || copy_note.get() == CopyNote::Copied
                    title="Copy a link that opens this program"
                    aria-live="polite"
                    on:click=move |_| share_now()
                >
                    {move || match copy_note.get() {
                        CopyNote::Copied => "Link copied ✓",
                        _ => "Share",
                    }}
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
                    <label
                        class="mode"
                        title="Script: the program runs as python3 runs a file. Notebook: its # %% cells run one after another on a loop that is already running, as in Jupyter, so await works at the top level"
                    >
                        "Mode "
                        <select
                            data-testid="mode"
                            prop:value=move || if notebook.get() { "notebook" } else { "script" }
                            on:change=move |ev| {
                                set_notebook.set(event_target_value(&ev) == "notebook")
                            }
                        >
                            <option value="script">"script"</option>
                            <option value="notebook">"notebook"</option>
                        </select>
                    </label>
                    <label
                        class="debug"
                        title="asyncio's debug mode, as PYTHONASYNCIODEBUG=1: slow callbacks are reported and marked on the timeline, reprs say where tasks were created"
                    >
                        <input
                            type="checkbox"
                            data-testid="debug"
                            prop:checked=move || debug.get()
                            on:change=move |ev| set_debug.set(event_target_checked(&ev))
                        />
                        " Debug"
                    </label>
                    <span class="status" data-testid="status" role="status" aria-live="polite">
                        {move || status.get().label()}
                    </span>
                </div>
                <editor::Editor
                    source=source
                    set_source=set_source
                    on_run=run
                    marks=marks
                    error=error
                    reveal=reveal
                />
                <p class="editor-keys" data-testid="editor-keys">
                    "Tab indents · Esc then Tab leaves the editor · Ctrl+Enter runs"
                </p>
            </section>
            <console::Console
                lines=lines
                on_reveal=Callback::new(move |line| set_reveal.set(Some(line)))
                network=Signal::derive(move || format!("{} network", network_used.get().name()))
                hints=help.into()
                on_fix=Callback::new(move |fixed: String| {
                    set_source.set(fixed);
                    set_help.set(Vec::new());
                    editor::focus();
                })
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
                                    tabindex=move || if tab.get() == t { "0" } else { "-1" }
                                    on:click=move |_| set_tab.set(t)
                                    on:keydown=move |ev| {
                                        // Arrow keys move between tabs, as in any tab list.
                                        if let Some(next) = t.step(&ev.key()) {
                                            ev.prevent_default();
                                            set_tab.set(next);
                                            focus_selector(&format!("[data-testid=tab-{}]", next.id()));
                                        }
                                    }
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
                        against=Signal::derive(against)
                        on_compare=compare
                        visible=Signal::derive(move || tab.get() == Tab::Compare)
                    />
                </div>
                <div class="view" hidden=move || tab.get() != Tab::Requests>
                    <requests::Requests
                        handle=current
                        serving=serving.into()
                        running=Signal::derive(move || status.get() == RunStatus::Running)
                        run_number=run_number.into()
                    />
                </div>
                <div class="view" hidden=move || tab.get() != Tab::Load>
                    <load::Load
                        handle=current
                        serving=serving.into()
                        running=Signal::derive(move || status.get() == RunStatus::Running)
                        run_number=run_number.into()
                        on_timeline=Callback::new(move |_| {
                            set_tab.set(Tab::Timeline);
                            focus_selector("[data-testid=tab-timeline]");
                        })
                    />
                </div>
                <div class="view" hidden=move || tab.get() != Tab::Database>
                    <database::Database
                        tables=database.into()
                        running=Signal::derive(move || status.get() == RunStatus::Running)
                    />
                </div>
            </section>
        </main>
    }
}
