//! The timeline panel: a lane per task, thread, fetch and the loop, drawn from a run's
//! trace. Running spans are solid, waiting spans light (hover says what a task awaited),
//! blocked spans red, fetches striped; marks show cancellations, exceptions and results.

pub mod model;

use leptos::prelude::*;
use model::{SpanKind, Timeline as Model};

fn pct(t: f64, end: f64) -> f64 {
    if end <= 0.0 {
        0.0
    } else {
        (t / end * 100.0).clamp(0.0, 100.0)
    }
}

#[component]
pub fn Timeline(model: ReadSignal<Model>) -> impl IntoView {
    view! {
        <section class="pane timeline-pane" aria-label="Timeline" data-testid="timeline">
            <h2 class="pane-title">
                "Timeline"
                <span class="timeline-end">
                    {move || {
                        let m = model.get();
                        if m.lanes.is_empty() { String::new() } else { format!("0 – {:.3} s", m.end) }
                    }}
                </span>
            </h2>
            <Show
                when=move || !model.get().lanes.is_empty()
                fallback=|| view! { <p class="empty">"Run a program to see its tasks interleave."</p> }
            >
                <div class="lanes">
                    {move || {
                        let m = model.get();
                        let end = m.end;
                        m.lanes
                            .into_iter()
                            .map(|lane| {
                                let spans = lane
                                    .spans
                                    .into_iter()
                                    .map(|s| {
                                        let class = match s.kind {
                                            SpanKind::Running => "span running",
                                            SpanKind::Waiting => "span waiting",
                                            SpanKind::Blocked => "span blocked",
                                            SpanKind::Fetch => "span fetch",
                                        };
                                        let left = pct(s.start, end);
                                        let width = (pct(s.end, end) - left).max(0.15);
                                        let style = format!("left:{left:.3}%;width:{width:.3}%");
                                        let title = format!("{} ({:.3}–{:.3} s)", s.label, s.start, s.end);
                                        view! { <div class=class style=style title=title></div> }
                                    })
                                    .collect_view();
                                let marks = lane
                                    .marks
                                    .into_iter()
                                    .map(|(t, text)| {
                                        let style = format!("left:{:.3}%", pct(t, end));
                                        let title = format!("{text} at {t:.3} s");
                                        view! { <div class="mark" style=style title=title></div> }
                                    })
                                    .collect_view();
                                view! {
                                    <div class="lane" data-testid="timeline-lane">
                                        <span class="lane-name" title=lane.name.clone()>{lane.name.clone()}</span>
                                        <div class="lane-track">{spans}{marks}</div>
                                    </div>
                                }
                            })
                            .collect_view()
                    }}
                </div>
            </Show>
        </section>
    }
}
