//! The loop inspector: a run paused between loop iterations, showing the ready queue (in
//! the order the next iteration runs it), the timers (soonest first) and every task with
//! what it awaits. "Next iteration" lets exactly one iteration run.

use crate::state::TaskRow;
use leptos::prelude::*;
use loopscope_web::LoopSnapshot;

#[component]
pub fn Inspector(
    snapshot: Signal<Option<LoopSnapshot>>,
    tasks: Signal<Vec<TaskRow>>,
    /// Whether a stepping run is in progress.
    stepping: Signal<bool>,
    on_start: impl Fn() + Copy + 'static,
    on_step: impl Fn() + Copy + 'static,
    on_continue: impl Fn() + Copy + 'static,
) -> impl IntoView {
    view! {
        <div class="inspector" data-testid="inspector">
            <div class="inspector-bar">
                <span class="bar-group" hidden=move || stepping.get()>
                    <button data-testid="step-start" on:click=move |_| on_start()>
                        "Run step by step"
                    </button>
                    <span class="hint">
                        "Pauses before each turn of the event loop (virtual clock)."
                    </span>
                </span>
                <span class="bar-group" hidden=move || !stepping.get()>
                    <button
                        class="run"
                        data-testid="step-next"
                        disabled=move || snapshot.get().is_none()
                        on:click=move |_| on_step()
                    >
                        "Next iteration"
                    </button>
                    <button data-testid="step-continue" on:click=move |_| on_continue()>
                        "Continue"
                    </button>
                    <span class="hint" data-testid="step-where">
                        {move || match snapshot.get() {
                            Some(s) => format!(
                                "paused before iteration {} at {:.3} s",
                                s.iteration + 1,
                                s.time
                            ),
                            None => "running…".into(),
                        }}
                    </span>
                </span>
            </div>
            <div class="inspector-grid">
                <div>
                    <h3>"Ready queue"</h3>
                    <ol class="queue" data-testid="ready-queue">
                        {move || {
                            snapshot
                                .get()
                                .map(|s| {
                                    if s.ready.is_empty() {
                                        view! { <li class="none">"empty"</li> }.into_any()
                                    } else {
                                        s.ready
                                            .into_iter()
                                            .map(|h| view! { <li>{h}</li> })
                                            .collect_view()
                                            .into_any()
                                    }
                                })
                        }}
                    </ol>
                </div>
                <div>
                    <h3>"Timers"</h3>
                    <ol class="queue" data-testid="timers">
                        {move || {
                            snapshot
                                .get()
                                .map(|s| {
                                    if s.timers.is_empty() {
                                        view! { <li class="none">"none"</li> }.into_any()
                                    } else {
                                        s.timers
                                            .into_iter()
                                            .map(|(when, what)| {
                                                view! {
                                                    <li>
                                                        <span class="when">{format!("{when:.3} s")}</span>
                                                        " "
                                                        {what}
                                                    </li>
                                                }
                                            })
                                            .collect_view()
                                            .into_any()
                                    }
                                })
                        }}
                    </ol>
                </div>
                <div class="tasks-col">
                    <h3>"Tasks"</h3>
                    <table class="tasks" data-testid="task-table">
                        <tbody>
                            {move || {
                                tasks
                                    .get()
                                    .into_iter()
                                    .map(|t| {
                                        let line = if t.line > 0 { format!("line {}", t.line) } else { String::new() };
                                        view! {
                                            <tr class=format!("task {}", t.state)>
                                                <td class="name">{t.name}</td>
                                                <td class="state">{t.state}</td>
                                                <td class="detail">{t.detail}</td>
                                                <td class="where">{line}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </tbody>
                    </table>
                </div>
            </div>
        </div>
    }
}
