//! The sequence diagram: the event loop on the left, a lifeline per task, and numbered
//! arrows for what passes between them — the loop running a task, the task handing
//! control back at an `await`, timers waking tasks, tasks creating and cancelling tasks,
//! and the loop idling until its next timer. For small programs (up to `MAX_TASKS`).
//! Each label sits on a patch of the panel's colour, so lifelines it crosses do not run
//! through its text.

use leptos::prelude::*;
use loopscope_aio::trace::{Outcome, Trace, TraceEvent};

/// More lifelines than this do not fit a screen; the timeline shows any number.
pub const MAX_TASKS: usize = 8;
/// Arrows drawn before the diagram says how many more there are.
pub const MAX_STEPS: usize = 150;
/// A jump of the clock longer than this between events is the loop idling (waiting for a
/// timer); shorter gaps are just the time code takes to run.
const IDLE_GAP: f64 = 0.001;

/// One arrow (or, when `from == to`, a note on a lifeline). Column 0 is the loop.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    /// Step number, from 1; notes have none.
    pub number: Option<usize>,
    pub from: usize,
    pub to: usize,
    pub label: String,
    pub at: f64,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Diagram {
    /// Lifeline names: "event loop" and then the tasks in creation order.
    pub columns: Vec<String>,
    pub messages: Vec<Message>,
    /// Tasks left out past `MAX_TASKS`, and arrows past `MAX_STEPS`.
    pub hidden_tasks: usize,
    pub hidden_steps: usize,
}

/// Builds the diagram of a trace.
pub fn diagram(trace: &Trace) -> Diagram {
    let s = |sym| trace.strings.get(sym).to_string();
    let mut d = Diagram {
        columns: vec!["event loop".into()],
        ..Diagram::default()
    };
    let mut column = std::collections::HashMap::new();
    let mut waiting_on: std::collections::HashMap<u32, String> = Default::default();
    let mut last_at = 0.0f64;
    let mut steps = 0usize;
    let mut push =
        |d: &mut Diagram, from: usize, to: usize, label: String, at: f64, numbered: bool| {
            if numbered {
                steps += 1;
                if d.messages.iter().filter(|m| m.number.is_some()).count() >= MAX_STEPS {
                    d.hidden_steps += 1;
                    return;
                }
            } else if d.hidden_steps > 0 {
                return;
            }
            d.messages.push(Message {
                number: numbered.then_some(steps),
                from,
                to,
                label,
                at,
            });
        };
    for e in &trace.events {
        let at = e.at().as_secs();
        // The clock jumped: nothing was ready and the loop slept until a timer.
        if at > last_at + IDLE_GAP && matches!(e, TraceEvent::StepStart { .. }) {
            push(
                &mut d,
                0,
                0,
                format!("idle until {at:.3} s: nothing ready, waiting for the next timer"),
                at,
                false,
            );
        }
        last_at = last_at.max(at);
        match e {
            TraceEvent::TaskCreated {
                task,
                name,
                coro,
                parent,
                ..
            } => {
                if trace.strings.get(*coro).starts_with("BaseEventLoop.") {
                    continue;
                }
                if d.columns.len() > MAX_TASKS {
                    d.hidden_tasks += 1;
                    continue;
                }
                column.insert(task.0, d.columns.len());
                d.columns.push(s(*name));
                let to = d.columns.len() - 1;
                let from = parent.and_then(|p| column.get(&p.0).copied()).unwrap_or(0);
                let what = if parent.is_some() {
                    "create_task"
                } else {
                    "asyncio.run"
                };
                push(
                    &mut d,
                    from,
                    to,
                    format!("{what}: {} queued", s(*coro)),
                    at,
                    true,
                );
            }
            TraceEvent::TaskRenamed { task, name, .. } => {
                if let Some(&c) = column.get(&task.0) {
                    d.columns[c] = s(*name);
                }
            }
            TraceEvent::StepStart { task, .. } => {
                if let Some(&c) = column.get(&task.0) {
                    let label = match waiting_on.remove(&task.0) {
                        Some(what) => format!("{what} done: resume {}", d.columns[c]),
                        None => format!("run {}", d.columns[c]),
                    };
                    push(&mut d, 0, c, label, at, true);
                }
            }
            TraceEvent::StepEnd {
                task, awaits, line, ..
            } => {
                if let (Some(&c), Some(a)) = (column.get(&task.0), awaits) {
                    let what = s(a.detail);
                    push(
                        &mut d,
                        c,
                        0,
                        format!("await {what} (line {line}): hand back"),
                        at,
                        true,
                    );
                    waiting_on.insert(task.0, what);
                }
            }
            TraceEvent::TaskDone { task, outcome, .. } => {
                if let Some(&c) = column.get(&task.0) {
                    let label = match outcome {
                        Outcome::Result(r) => format!("return {}", s(*r)),
                        Outcome::Exception(x) => format!("raise {}", s(*x)),
                        Outcome::Cancelled => "cancelled".to_string(),
                    };
                    push(&mut d, c, 0, label, at, true);
                }
            }
            TraceEvent::CancelRequested { task, by, .. } => {
                if let Some(&c) = column.get(&task.0) {
                    let from = by.and_then(|b| column.get(&b.0).copied()).unwrap_or(0);
                    push(&mut d, from, c, "cancel()".into(), at, true);
                }
            }
            TraceEvent::LoopBlocked { cause, line, .. } => {
                push(
                    &mut d,
                    0,
                    0,
                    format!("loop blocked by {} (line {line})", s(*cause)),
                    at,
                    false,
                );
            }
            _ => {}
        }
    }
    d
}

const COL_WIDTH: f64 = 170.0;
const ROW: f64 = 30.0;
const TOP: f64 = 44.0;
const LEFT: f64 = 90.0;

/// Width of one character of the diagram's 12 px monospace font, a little generous
/// (monospace faces are 0.55–0.6 em wide), and the patch's margin either side.
const CHAR_W: f64 = 7.4;
const PAD: f64 = 3.0;

fn x_of(col: usize) -> f64 {
    LEFT + col as f64 * COL_WIDTH
}

/// The patch behind a label whose text starts at `x` with its baseline at `y`.
fn label_bg(text: &str, x: f64, y: f64) -> impl IntoView {
    let width = text.chars().count() as f64 * CHAR_W + 2.0 * PAD;
    view! { <rect class="label-bg" x=x - PAD y=y - 12.0 width=width height=16 rx=3></rect> }
}

#[component]
pub fn Sequence(model: Signal<Diagram>) -> impl IntoView {
    view! {
        // Focusable: keyboard users scroll a wide diagram too.
        <div class="sequence" data-testid="sequence" tabindex="0" aria-label="Sequence diagram">
            {move || {
                let d = model.get();
                if d.columns.len() <= 1 {
                    return view! { <p class="empty">"Run a program to see its sequence diagram."</p> }.into_any();
                }
                let width = x_of(d.columns.len() - 1) + COL_WIDTH;
                let height = TOP + (d.messages.len() as f64 + 1.0) * ROW;
                let heads = d
                    .columns
                    .iter()
                    .enumerate()
                    .map(|(c, name)| {
                        let x = x_of(c);
                        view! {
                            <g class="lifeline">
                                <rect x=x - 62.0 y=6 width=124 height=24 rx=5></rect>
                                <text x=x y=22 text-anchor="middle">{name.clone()}</text>
                                <line x1=x y1=30 x2=x y2=height></line>
                            </g>
                        }
                    })
                    .collect_view();
                let rows = d
                    .messages
                    .iter()
                    .enumerate()
                    .map(|(i, m)| {
                        let y = TOP + (i as f64 + 0.7) * ROW;
                        let (x1, x2) = (x_of(m.from), x_of(m.to));
                        let title = format!("at {:.3} s", m.at);
                        if m.from == m.to {
                            let text = match m.number {
                                Some(n) => format!("{n}. {}", m.label),
                                None => m.label.clone(),
                            };
                            return view! {
                                <g class="note" data-testid="sequence-note">
                                    <title>{title}</title>
                                    {label_bg(&text, x1 + 8.0, y)}
                                    <text x=x1 + 8.0 y=y>{text}</text>
                                </g>
                            }
                            .into_any();
                        }
                        let class = if x2 < x1 { "message back" } else { "message" };
                        let dir = if x2 > x1 { -1.0 } else { 1.0 };
                        let head = format!(
                            "{x2},{y} {},{} {},{}",
                            x2 + dir * 7.0,
                            y - 4.0,
                            x2 + dir * 7.0,
                            y + 4.0
                        );
                        let label = format!("{}. {}", m.number.unwrap_or(0), m.label);
                        let lx = x1.min(x2) + 6.0;
                        view! {
                            <g class=class data-testid="sequence-step">
                                <title>{title}</title>
                                // Under the arrow, over the lifelines drawn before.
                                {label_bg(&label, lx, y - 5.0)}
                                <line x1=x1 y1=y x2=x2 y2=y></line>
                                <polygon points=head></polygon>
                                <text x=lx y=y - 5.0>{label}</text>
                            </g>
                        }
                        .into_any()
                    })
                    .collect_view();
                let more = (d.hidden_tasks > 0 || d.hidden_steps > 0).then(|| {
                    view! {
                        <p class="more">
                            {format!(
                                "Showing the first {} tasks and {} steps ({} more tasks, {} more steps: the timeline shows everything).",
                                d.columns.len() - 1,
                                MAX_STEPS.min(d.messages.len()),
                                d.hidden_tasks,
                                d.hidden_steps,
                            )}
                        </p>
                    }
                });
                view! {
                    {more}
                    <svg
                        xmlns="http://www.w3.org/2000/svg"
                        width=width
                        height=height
                        viewBox=format!("0 0 {width} {height}")
                        role="img"
                        aria-label="Sequence diagram of the event loop and the tasks"
                    >
                        {heads}
                        {rows}
                    </svg>
                }
                .into_any()
            }}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use loopscope_aio::trace::{Await, AwaitKind, Nanos, TaskId};

    #[test]
    fn a_gather_of_one_sleeper_reads_as_the_documents_describe() {
        let mut t = Trace::default();
        let (main, a) = (t.intern("Task-1"), t.intern("Task-2"));
        let (main_coro, a_coro) = (t.intern("main()"), t.intern("fetch()"));
        let (sleep, gather, none) = (t.intern("sleep(3)"), t.intern("gather"), t.intern("None"));
        let (m, f) = (TaskId(1), TaskId(2));
        let wait = |detail| {
            Some(Await {
                kind: AwaitKind::Other,
                detail,
            })
        };
        t.push(TraceEvent::TaskCreated {
            at: Nanos(0),
            task: m,
            name: main,
            coro: main_coro,
            parent: None,
            line: 1,
        });
        t.push(TraceEvent::StepStart {
            at: Nanos(0),
            task: m,
            line: 1,
        });
        t.push(TraceEvent::TaskCreated {
            at: Nanos(0),
            task: f,
            name: a,
            coro: a_coro,
            parent: Some(m),
            line: 2,
        });
        t.push(TraceEvent::StepEnd {
            at: Nanos(0),
            task: m,
            line: 5,
            awaits: wait(gather),
        });
        t.push(TraceEvent::StepStart {
            at: Nanos(0),
            task: f,
            line: 2,
        });
        t.push(TraceEvent::StepEnd {
            at: Nanos(0),
            task: f,
            line: 3,
            awaits: wait(sleep),
        });
        t.push(TraceEvent::StepStart {
            at: Nanos(3_000_000_000),
            task: f,
            line: 3,
        });
        t.push(TraceEvent::StepEnd {
            at: Nanos(3_000_000_000),
            task: f,
            line: 4,
            awaits: None,
        });
        t.push(TraceEvent::TaskDone {
            at: Nanos(3_000_000_000),
            task: f,
            outcome: Outcome::Result(none),
        });
        let d = diagram(&t);
        assert_eq!(d.columns, ["event loop", "Task-1", "Task-2"]);
        let labels: Vec<_> = d
            .messages
            .iter()
            .map(|m| (m.number, m.from, m.to, m.label.as_str()))
            .collect();
        assert_eq!(
            labels,
            [
                (Some(1), 0, 1, "asyncio.run: main() queued"),
                (Some(2), 0, 1, "run Task-1"),
                (Some(3), 1, 2, "create_task: fetch() queued"),
                (Some(4), 1, 0, "await gather (line 5): hand back"),
                (Some(5), 0, 2, "run Task-2"),
                (Some(6), 2, 0, "await sleep(3) (line 3): hand back"),
                (
                    None,
                    0,
                    0,
                    "idle until 3.000 s: nothing ready, waiting for the next timer"
                ),
                (Some(7), 0, 2, "sleep(3) done: resume Task-2"),
                (Some(8), 2, 0, "return None"),
            ]
        );
    }
}
