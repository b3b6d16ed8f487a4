//! The console: program output line by line, stderr set apart, each line with the clock
//! time and the task that printed it, under a label saying which network the run's HTTP
//! requests went to. Always text, never HTML.
//!
//! In stderr, a traceback's `File "main.py", line N` is a button that shows line N in the
//! editor (through `on_reveal`); its frames inside our frozen modules (asyncio's own
//! code) fold into one row that opens to show them, and its time and task are shown on
//! its first line only (`console/rows.rs`). Copying copies every line, folded ones
//! too. The console follows new output while it is scrolled to the bottom. Under the
//! output, help for how the run ended (`hints.rs`), with a button for a fix where there
//! is one.

mod rows;

use crate::hints::Hint;
use crate::source_lines::frame_ref;
use crate::state::{ConsoleLine, Stream};
use leptos::prelude::*;
use rows::ConsoleRow;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = "
export function copy_console_lines(pre, event) {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
  const range = sel.getRangeAt(0);
  const lines = [...pre.querySelectorAll('.line')].filter((l) => range.intersectsNode(l));
  // Inside one line the browser copies the right text; across lines it would leave out
  // folded frames and take the fold's button instead.
  if (lines.length < 2) return;
  const texts = lines.map((line) => {
    const text = line.querySelector('.text');
    const part = document.createRange();
    part.selectNodeContents(text);
    if (text.contains(range.startContainer)) part.setStart(range.startContainer, range.startOffset);
    if (text.contains(range.endContainer)) part.setEnd(range.endContainer, range.endOffset);
    return part.toString();
  });
  event.clipboardData.setData('text/plain', texts.join('\\n'));
  event.preventDefault();
}
")]
extern "C" {
    /// Puts the selected console lines on the clipboard as text, folded lines included.
    fn copy_console_lines(pre: &JsValue, event: &JsValue);
}

/// How close to the bottom (CSS pixels) counts as at the bottom, for following output.
const FOLLOW_SLACK: i32 = 8;

#[component]
pub fn Console(
    lines: ReadSignal<Vec<ConsoleLine>>,
    /// Called with a 1-based line when a traceback's line reference is clicked.
    #[prop(optional)]
    on_reveal: Option<Callback<u32>>,
    /// Which network the run used ("simulated network").
    #[prop(optional)]
    network: Option<Signal<String>>,
    /// Help for how the run ended (`hints.rs`), shown under the output.
    #[prop(optional)]
    hints: Option<Signal<Vec<Hint>>>,
    /// Applies a hint's fix: the program it would become.
    #[prop(optional)]
    on_fix: Option<Callback<String>>,
) -> impl IntoView {
    let pre = NodeRef::<leptos::html::Pre>::new();
    // Follow new output while the console is scrolled to its end (a log's tail).
    let following = StoredValue::new(true);
    Effect::new(move |_| {
        // A new run starts at the top, following again.
        if lines.with(Vec::is_empty) {
            following.set_value(true);
        }
        if following.get_value() {
            request_animation_frame(move || {
                if let Some(p) = pre.get_untracked() {
                    p.set_scroll_top(p.scroll_height());
                }
            });
        }
    });
    let hint_view = move || {
        let hints = hints.map(|h| h.get()).unwrap_or_default();
        (!hints.is_empty()).then(|| {
            view! {
                <div class="hints" data-testid="hints" role="note" aria-label="Help">
                    {hints
                        .into_iter()
                        .map(|h| {
                            let fix = h.fix.map(|f| {
                                let source = f.source;
                                view! {
                                    <button
                                        class="mini hint-fix"
                                        data-testid="hint-fix"
                                        on:click=move |_| {
                                            if let Some(cb) = on_fix {
                                                cb.run(source.clone());
                                            }
                                        }
                                    >
                                        {f.label}
                                    </button>
                                }
                            });
                            view! {
                                <p class="hint">
                                    <span class="hint-text">{h.text}</span>
                                    " "
                                    {fix}
                                </p>
                            }
                        })
                        .collect_view()}
                </div>
            }
        })
    };
    view! {
        <section class="pane console-pane" aria-label="Console">
            <h2 class="pane-title">
                "Console"
                <span class="console-network" data-testid="network-mode">
                    {move || network.map(|n| n.get()).unwrap_or_default()}
                </span>
            </h2>
            // A live log: a screen reader hears new output; keyboard users can scroll it.
            <pre
                class="console"
                data-testid="console"
                role="log"
                aria-live="polite"
                aria-label="Program output"
                tabindex="0"
                node_ref=pre
                on:scroll=move |_| {
                    if let Some(p) = pre.get_untracked() {
                        following.set_value(
                            p.scroll_height() - p.scroll_top() - p.client_height() <= FOLLOW_SLACK,
                        );
                    }
                }
                on:copy=move |ev| {
                    if let Some(p) = pre.get_untracked() {
                        copy_console_lines(&p, &ev);
                    }
                }
            >
                // A row is redrawn when its line grows or learns its time and task (at the
                // end of a run), not only when it is new.
                <For
                    each=move || lines.with(|l| rows::console_rows(l))
                    key=ConsoleRow::key
                    let:row
                >
                    {row_view(row, on_reveal)}
                </For>
            </pre>
            {hint_view}
        </section>
    }
}

/// One row: a line, or folded frames behind a button that shows them.
fn row_view(row: ConsoleRow, on_reveal: Option<Callback<u32>>) -> AnyView {
    match row {
        ConsoleRow::Line { line, continued } => line_view(&line, continued, on_reveal),
        ConsoleRow::Folded {
            lines,
            frames,
            inside,
        } => {
            let (open, set_open) = signal(false);
            let label = format!(
                "… {frames} {} inside {inside}",
                if frames == 1 { "frame" } else { "frames" }
            );
            view! {
                <div class="fold" data-testid="console-fold">
                    <div class="fold-row">
                        <span class="when"></span>
                        <span class="who"></span>
                        <button
                            class="fold-toggle"
                            data-testid="console-fold-toggle"
                            aria-expanded=move || open.get().to_string()
                            title=move || if open.get() { "Hide these frames" } else { "Show these frames" }
                            on:click=move |_| set_open.update(|o| *o = !*o)
                        >
                            {label}
                        </button>
                    </div>
                    <div class="fold-lines" hidden=move || !open.get()>
                        {lines.iter().map(|l| line_view(l, true, on_reveal)).collect_view()}
                    </div>
                </div>
            }
            .into_any()
        }
    }
}

/// A line with its time and task (left out on a traceback's later lines).
fn line_view(line: &ConsoleLine, continued: bool, on_reveal: Option<Callback<u32>>) -> AnyView {
    let class = match (line.stream, continued) {
        (Stream::Stdout, _) => "line stdout",
        (Stream::Stderr, false) => "line stderr",
        (Stream::Stderr, true) => "line stderr continued",
    };
    let (when, who) = if continued {
        (String::new(), String::new())
    } else {
        (
            line.when.map(|t| format!("{t:.3}")).unwrap_or_default(),
            line.task.clone().unwrap_or_default(),
        )
    };
    view! {
        <div class=class>
            <span class="when">{when}</span>
            <span class="who" title=who.clone()>{who.clone()}</span>
            <span class="text">{line_text(line, on_reveal)}</span>
        </div>
    }
    .into_any()
}

/// A line's text; a stderr line naming a program line gets that reference as a button.
fn line_text(line: &ConsoleLine, on_reveal: Option<Callback<u32>>) -> AnyView {
    let found = match (line.stream, on_reveal) {
        (Stream::Stderr, Some(cb)) => frame_ref(&line.text).map(|f| (f, cb)),
        _ => None,
    };
    let Some((frame, cb)) = found else {
        return line.text.clone().into_any();
    };
    let text = &line.text;
    let target = frame.line;
    view! {
        {text[..frame.start].to_string()}
        <button
            class="source-link"
            data-testid="source-link"
            title=format!("Show line {target} in the editor")
            on:click=move |_| cb.run(target)
        >
            {text[frame.start..frame.end].to_string()}
        </button>
        {text[frame.end..].to_string()}
    }
    .into_any()
}
