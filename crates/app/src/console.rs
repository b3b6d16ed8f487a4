//! The console: program output line by line, stderr set apart, each line with the clock
//! time and the task that printed it, under a label saying which network the run's HTTP
//! requests went to. Always text, never HTML.
//!
//! In stderr, a traceback's `File "main.py", line N` is a button that shows line N in the
//! editor (through `on_reveal`). Under the output, help for how the run ended
//! (`hints.rs`), with a button for a fix where there is one.

use crate::hints::Hint;
use crate::source_lines::frame_ref;
use crate::state::{ConsoleLine, Stream};
use leptos::prelude::*;

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
            <pre class="console" data-testid="console" role="log" aria-live="polite" aria-label="Program output" tabindex="0">
                // A line is redrawn when it grows or learns its time and task (at the end of
                // a run), not only when it is new.
                <For
                    each=move || lines.get()
                    key=|line| (line.id, line.text.len(), line.when.map(f64::to_bits), line.task.clone())
                    let:line
                >
                    <div class=match line.stream {
                        Stream::Stdout => "line stdout",
                        Stream::Stderr => "line stderr",
                    }>
                        <span class="when">{line.when.map(|t| format!("{t:.3}")).unwrap_or_default()}</span>
                        <span class="who">{line.task.clone().unwrap_or_default()}</span>
                        <span class="text">{line_text(&line, on_reveal)}</span>
                    </div>
                </For>
            </pre>
            {hint_view}
        </section>
    }
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
