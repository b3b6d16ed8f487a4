//! The timeline panel: a lane per task, drawn from a run's trace.

use leptos::prelude::*;

#[component]
pub fn Timeline() -> impl IntoView {
    view! {
        <section class="pane timeline-pane" aria-label="Timeline" data-testid="timeline">
            <h2 class="pane-title">"Timeline"</h2>
            <p class="empty">"Run a program to see its tasks interleave."</p>
        </section>
    }
}
