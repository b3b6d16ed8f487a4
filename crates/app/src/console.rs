//! The console: program output line by line, stderr set apart, each line with the clock
//! time and the task that printed it, under a label saying which network the run's HTTP
//! requests went to. Always text, never HTML.

use crate::state::{ConsoleLine, Stream};
use leptos::prelude::*;

#[component]
pub fn Console(lines: ReadSignal<Vec<ConsoleLine>>, network: Signal<String>) -> impl IntoView {
    view! {
        <section class="pane console-pane" aria-label="Console">
            <h2 class="pane-title">
                "Console"
                <span class="console-network" data-testid="network-mode">{move || network.get()}</span>
            </h2>
            <pre class="console" data-testid="console">
                <For each=move || lines.get() key=|line| line.id let:line>
                    <div class=match line.stream {
                        Stream::Stdout => "line stdout",
                        Stream::Stderr => "line stderr",
                    }>
                        <span class="when">{line.when.map(|t| format!("{t:.3}")).unwrap_or_default()}</span>
                        <span class="who">{line.task.clone().unwrap_or_default()}</span>
                        <span class="text">{line.text}</span>
                    </div>
                </For>
            </pre>
        </section>
    }
}
