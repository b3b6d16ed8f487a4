//! The console: program output line by line, stderr set apart. Always text, never HTML.

use crate::state::{ConsoleLine, Stream};
use leptos::prelude::*;

#[component]
pub fn Console(lines: ReadSignal<Vec<ConsoleLine>>) -> impl IntoView {
    view! {
        <section class="pane console-pane" aria-label="Console">
            <h2 class="pane-title">"Console"</h2>
            <pre class="console" data-testid="console">
                <For each=move || lines.get() key=|line| line.id let:line>
                    <div class=match line.stream {
                        Stream::Stdout => "line stdout",
                        Stream::Stderr => "line stderr",
                    }>{line.text}</div>
                </For>
            </pre>
        </section>
    }
}
