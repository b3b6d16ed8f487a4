//! Embedding: the `<loopscope-example>` element docs pages write, and the iframe page
//! (`embed.html#code=…` or `#example=…`). Each element becomes a small playground —
//! editor, Run / Run live / Stop, console and timeline — built from the same components
//! as the full page, on the same `loopscope_web::run`. Its timeline is the compact one
//! (legend behind a toggle); with a `fill` attribute (the iframe page's) it fills its
//! parent's height (`components.css`).
//!
//! A page loads `embed.js` (ours, in `www/`), which loads this module and calls
//! `define_elements`; a site that vendors the `wasm-pack` package calls it itself.

use crate::state::{ConsoleLog, RunStatus};
use crate::{console, editor, share, timeline};
use leptos::prelude::*;
use loopscope_web::{ClockChoice, RunHandle, RunOptions};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/glue.js")]
extern "C" {
    fn define_loopscope_example(mount: &JsValue);
}

/// Defines `<loopscope-example>` (and `window.loopscope.run`). Elements already in the
/// page are upgraded at once; later ones as they are added.
#[wasm_bindgen]
pub fn define_elements() {
    console_error_panic_hook::set_once();
    loopscope_web::install_js_api();
    let mount = Closure::<dyn Fn(web_sys::HtmlElement)>::new(mount_example);
    define_loopscope_example(&mount.into_js_value());
    loopscope_web::warm_up();
}

/// Removes the indentation every non-blank line shares (code written inside indented
/// HTML) and the blank lines around it.
pub fn dedent(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let last = lines.iter().rposition(|l| !l.trim().is_empty());
    let (Some(first), Some(last)) = (first, last) else {
        return String::new();
    };
    let body = &lines[first..=last];
    let indent = body
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out: String = body
        .iter()
        .map(|l| l.get(indent..).unwrap_or("").trim_end())
        .collect::<Vec<_>>()
        .join("\n");
    out.push('\n');
    out
}

/// What an element shows: its `from-fragment` link, its `example` id, or its own text.
fn source_of(el: &web_sys::HtmlElement) -> Result<String, String> {
    if el.has_attribute("from-fragment") {
        return match share::decode_fragment(&share::current_fragment()) {
            Some(share::Opened::Code(code)) => Ok(code),
            Some(share::Opened::Example(id)) => crate::example_source(&id)
                .ok_or_else(|| format!("there is no example called {id:?}")),
            None => Err("this link carries no program (it may be cut short)".into()),
        };
    }
    if let Some(id) = el.get_attribute("example") {
        return crate::example_source(&id)
            .ok_or_else(|| format!("there is no example called {id:?}"));
    }
    Ok(dedent(&el.text_content().unwrap_or_default()))
}

fn mount_example(el: web_sys::HtmlElement) {
    let source = source_of(&el);
    let live = el.get_attribute("clock").as_deref() == Some("real");
    el.set_text_content(None);
    let _ = el.class_list().add_1("ls");
    let mounted = leptos::mount::mount_to(el, move || match source.clone() {
        Ok(code) => view! { <Example code=code live=live /> }.into_any(),
        Err(why) => view! { <p class="embed-error">{format!("Loopscope: {why}.")}</p> }.into_any(),
    });
    mounted.forget();
}

/// One embedded example: its code, a toolbar, the console and the timeline.
#[component]
fn Example(code: String, live: bool) -> impl IntoView {
    let (source, set_source) = signal(code);
    let (status, set_status) = signal(RunStatus::Idle);
    let (lines, set_lines) = signal(ConsoleLog::new());
    let (model, set_model) = signal(timeline::model::Timeline::default());
    let current = StoredValue::new_local(RunHandle::default());
    let run_with = move |clock: ClockChoice| {
        if status.get_untracked() == RunStatus::Running {
            return;
        }
        set_status.set(RunStatus::Running);
        set_lines.set(ConsoleLog::new());
        set_model.set(Default::default());
        let tick = move |watched: &RunHandle| {
            crate::live_console(watched, set_lines);
            let now = watched.clock_now().unwrap_or(0.0);
            if let Some(m) =
                watched.with_trace(|t| timeline::model::timeline_until(t, now, watched.blocked()))
            {
                set_model.set(m);
            }
        };
        let done = move |handle: &RunHandle, result: loopscope_web::RunText| {
            crate::final_console(handle, &result, set_lines);
            set_model.set(timeline::model::timeline(&result.trace));
            set_status.set(RunStatus::Finished(result.exit_code));
        };
        let program = source.get_untracked();
        current.set_value(crate::start_run(
            program,
            RunOptions::new(clock),
            tick,
            done,
        ));
    };
    let default_clock = if live {
        ClockChoice::Real
    } else {
        ClockChoice::Virtual
    };
    let run = move || run_with(default_clock);
    let playground = move || format!("./#{}", share::encode_fragment(&source.get()));
    view! {
        <div class="embed">
            <div class="toolbar">
                <button
                    class="run"
                    data-testid="embed-run"
                    title="Run (Ctrl+Enter)"
                    disabled=move || status.get() == RunStatus::Running
                    on:click=move |_| run()
                >
                    "Run"
                </button>
                <button
                    data-testid="embed-run-live"
                    title="Run live: real time, on the browser's timers"
                    disabled=move || status.get() == RunStatus::Running
                    on:click=move |_| run_with(ClockChoice::Real)
                >
                    "Run live"
                </button>
                <button
                    data-testid="embed-stop"
                    disabled=move || status.get() != RunStatus::Running
                    on:click=move |_| current.with_value(|h| h.stop())
                >
                    "Stop"
                </button>
                <span class="status" data-testid="embed-status">{move || status.get().label()}</span>
                <a class="open-playground" href=playground target="_blank" rel="noopener">
                    "Open in Loopscope"
                </a>
            </div>
            <div class="embed-editor">
                <editor::Editor source=source set_source=set_source on_run=run />
            </div>
            <div class="embed-output">
                <console::Console lines=lines />
                <timeline::Timeline model=model.into() visible=Signal::derive(|| true) compact=true />
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::dedent;

    #[test]
    fn code_inside_indented_html_loses_the_shared_indent() {
        let html = "\n      import asyncio\n\n      async def main():\n          print('hi')\n    ";
        assert_eq!(
            dedent(html),
            "import asyncio\n\nasync def main():\n    print('hi')\n"
        );
        assert_eq!(dedent("  \n \n"), "");
    }
}
