//! The comparison: how long the program takes as written, next to the same work done
//! sequentially — an authored sequential version from the gallery when there is one,
//! otherwise a "what if sequential" run in which `gather`, `create_task` and `TaskGroup`
//! children run one after another. Both on the virtual clock, so the figures are exact.
//!
//! Under the bars, the two runs' timelines on one time scale, the longer run's: the
//! shorter one ends short of the right edge, where its tasks' waits overlapped.

use crate::timeline::{self, model::Timeline as Lanes};
use leptos::prelude::*;

/// One side of a comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Measured {
    /// Seconds on the run's clock; `None` when it did not finish cleanly.
    pub seconds: Option<f64>,
    /// Why it has no figure, in a learner's words (see `problem`).
    pub problem: Option<String>,
    /// The run's lanes, as far as it went.
    pub lanes: Lanes,
}

/// Which version of the work the program in the editor is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Written {
    Concurrent,
    Sequential,
}

/// What the program in the editor is compared against.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Against {
    /// No authored pair: the same program with its child tasks run one at a time.
    WhatIfSequential,
    /// The program is the concurrent half of a gallery pair; this is the sequential
    /// half's title.
    SequentialVersion(String),
    /// The program is the sequential half of a gallery pair; this is the concurrent
    /// half's title.
    ConcurrentVersion(String),
}

impl Against {
    /// Which version the program in the editor is.
    pub fn written(&self) -> Written {
        match self {
            Against::ConcurrentVersion(_) => Written::Sequential,
            _ => Written::Concurrent,
        }
    }

    /// The line above the bars: what the other run is.
    fn hint(&self) -> String {
        match self {
            Against::WhatIfSequential => "against a “what if sequential” run: each child task starts when the one before it has finished".into(),
            Against::SequentialVersion(title) => {
                format!("against the gallery's sequential version: {title}")
            }
            Against::ConcurrentVersion(title) => format!(
                "this is the gallery's sequential version; against its concurrent version: {title}"
            ),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Comparison {
    None,
    Running,
    Done {
        concurrent: Measured,
        sequential: Measured,
        /// Which of the two is the program in the editor.
        written: Written,
    },
}

/// "2.0× faster", or what kept the comparison from a figure, said from the side of the
/// program in the editor (`written`).
pub fn verdict(concurrent: &Measured, sequential: &Measured, written: Written) -> String {
    let (mine, other) = match written {
        Written::Concurrent => (concurrent, sequential),
        Written::Sequential => (sequential, concurrent),
    };
    let failed = |m: &Measured| m.problem.clone().unwrap_or_else(|| "it failed".into());
    match (concurrent.seconds, sequential.seconds) {
        _ if mine.seconds.is_none() => failed(mine),
        _ if other.seconds.is_none() => failed(other),
        (Some(c), Some(s)) if c > 0.0 => {
            let ratio = s / c;
            let (faster, slower, same) = match written {
                Written::Concurrent => (
                    format!("as written it is {ratio:.1}× faster than sequential"),
                    format!(
                        "as written it is {:.1}× slower than sequential",
                        1.0 / ratio
                    ),
                    "about the same: this program gains nothing from concurrency",
                ),
                Written::Sequential => (
                    format!(
                        "as written it is {:.1}× faster than the concurrent version",
                        1.0 / ratio
                    ),
                    format!("as written it is {ratio:.1}× slower than the concurrent version"),
                    "about the same: the concurrent version gains nothing here",
                ),
            };
            // `faster` and `slower` name the program in the editor; for a sequential one
            // a ratio above 1 means it is the slower run.
            match (written, ratio >= 1.05, ratio <= 0.95) {
                (Written::Concurrent, true, _) | (Written::Sequential, _, true) => faster,
                (Written::Concurrent, _, true) | (Written::Sequential, true, _) => slower,
                _ => same.into(),
            }
        }
        _ => "both finish at once".into(),
    }
}

/// Which run a problem came from, for the words that explain it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Run {
    /// The program in the editor, as written.
    AsWritten,
    /// The gallery's other half of the pair.
    OtherVersion,
    /// The "what if sequential" run of the program in the editor.
    OneAtATime,
}

/// Why a run has no figure, for someone learning asyncio: from its exit status and what
/// it wrote to stderr (the driver's deadlock report, a time-limit stop, a traceback).
pub fn problem(run: Run, exit_code: i32, stderr: &str) -> String {
    let last = stderr
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .map(str::trim)
        .unwrap_or("it failed");
    if stderr.contains("Loopscope: deadlock") {
        let stuck = stuck_task(stderr);
        return match run {
            Run::OneAtATime => {
                let why = match stuck {
                    Some((task, what, line)) => format!(
                        "{task} waits at line {line} ({what}) for a task that has not started \
                         yet, and that task only starts once {task} is done"
                    ),
                    None => "each task waits for one that only starts after it".into(),
                };
                format!(
                    "one task at a time, this program gets stuck: {why}. Its tasks have to run \
                     together, so a “what if sequential” run does not apply here."
                )
            }
            Run::AsWritten | Run::OtherVersion => {
                let who = if run == Run::AsWritten {
                    "the program"
                } else {
                    "the other version"
                };
                match stuck {
                    Some((task, what, line)) => format!(
                        "{who} gets stuck: {task} waits at line {line} ({what}) and no task is \
                         left to let it go on"
                    ),
                    None => format!("{who} gets stuck: its tasks wait on each other forever"),
                }
            }
        };
    }
    let stopped_after = last
        .strip_prefix("stopped: still running after ")
        .and_then(|rest| rest.split(' ').next());
    match (run, stopped_after) {
        (Run::OneAtATime, Some(seconds)) => format!(
            "one task at a time, it was still running after {seconds} s, so we stopped it: a task \
             that never ends on its own (a ticker, a worker loop) keeps the next one from \
             starting. A “what if sequential” run does not apply here."
        ),
        (Run::OneAtATime, None) => {
            format!("one task at a time, it failed: {last}")
        }
        (_, Some(seconds)) => {
            let who = if run == Run::AsWritten {
                "the program"
            } else {
                "the other version"
            };
            format!("{who} was still running after {seconds} s, so we stopped it")
        }
        (Run::AsWritten, None) if exit_code == 1 => {
            format!("the program stops with an error, so there is nothing to compare: {last}")
        }
        (Run::AsWritten, None) => format!("the program did not finish: {last}"),
        (Run::OtherVersion, None) => format!("the other version did not finish: {last}"),
    }
}

/// The first task in a deadlock report that waits on something other tasks should give
/// (a queue item, an event, a lock), as (name, what it waits for, line).
fn stuck_task(stderr: &str) -> Option<(String, String, String)> {
    stderr.lines().find_map(|l| {
        let (task, rest) = l.trim().split_once(" waits on ")?;
        let (what, at) = rest.rsplit_once(" at ")?;
        let line = at.rsplit_once(':').map_or(at, |(_, n)| n);
        // Waiting on children (gather, a TaskGroup, a task) is not the cause, and a task
        // that never started is reported as waiting on `sleep(0)`.
        let on_children = ["gather", "TaskGroup", "wait(", "Task-"]
            .iter()
            .any(|p| what.starts_with(p));
        if on_children || what == "sleep(0)" || line == "0" {
            return None;
        }
        let what = if what.ends_with(')') || what.starts_with("Task-") {
            what.to_string()
        } else {
            format!("{what}()")
        };
        Some((task.to_string(), what, line.to_string()))
    })
}

/// Pixels a small timeline shows lanes in before it scrolls: the axis and up to six
/// lanes, plus its tools and table rows.
fn run_height(lanes: usize) -> f64 {
    20.0 + lanes.clamp(1, 6) as f64 * 22.0 + 64.0
}

/// One run's timeline on the shared scale, under a line saying which run it is.
fn run_view(
    m: &Measured,
    class: &'static str,
    mine: bool,
    scale: f64,
    visible: Signal<bool>,
) -> impl IntoView {
    let figure = m.seconds.map_or_else(
        || "did not finish".to_string(),
        |s| format!("ends at {s:.3} s"),
    );
    let height = run_height(m.lanes.lanes.len());
    view! {
        <div class=format!("compare-run {class}")>
            <p class="compare-run-title">
                <span class="run-name">{class}</span>
                {mine.then(|| view! { <span class="bar-note">" as written"</span> })}
                <span class="bar-note">{format!(" · {figure}")}</span>
            </p>
            <div class="compare-run-lanes" style=format!("height:{height}px")>
                <timeline::Timeline
                    model=Signal::stored(m.lanes.clone())
                    visible=visible
                    scale=Signal::stored(scale)
                    compact=true
                    testid=if class == "concurrent" {
                        "compare-timeline-concurrent"
                    } else {
                        "compare-timeline-sequential"
                    }
                />
            </div>
        </div>
    }
}

#[component]
pub fn Compare(
    state: Signal<Comparison>,
    /// What the program in the editor is compared against.
    against: Signal<Against>,
    on_compare: impl Fn() + Copy + 'static,
    /// False while another view's tab is showing (the timelines have no size then).
    visible: Signal<bool>,
) -> impl IntoView {
    let bar = |m: Measured, longest: f64, class: &'static str, mine: bool| {
        let width = m.seconds.map_or(0.0, |s| {
            if longest > 0.0 {
                s / longest * 100.0
            } else {
                0.0
            }
        });
        let figure = m.seconds.map_or("—".to_string(), |s| format!("{s:.3} s"));
        view! {
            <div class=format!("bar-row {class}") data-written=mine.to_string()>
                <span class="bar-label">
                    {class}
                    {mine.then(|| view! { <span class="bar-note">"as written"</span> })}
                </span>
                <span class="bar-track">
                    <span class="bar" style=format!("width:{width:.2}%")></span>
                </span>
                <span class="bar-figure" data-testid=format!("compare-{class}")>{figure}</span>
            </div>
        }
    };
    view! {
        <div class="compare" data-testid="compare">
            <div class="inspector-bar">
                <button
                    data-testid="compare-run"
                    disabled=move || state.get() == Comparison::Running
                    on:click=move |_| on_compare()
                >
                    {move || match against.get().written() {
                        Written::Concurrent => "Compare with sequential",
                        Written::Sequential => "Compare with concurrent",
                    }}
                </button>
                <span class="hint" data-testid="compare-hint">{move || against.get().hint()}</span>
            </div>
            {move || match state.get() {
                Comparison::None => view! { <p class="empty">"Both runs use the virtual clock, so the times are exact and instant."</p> }.into_any(),
                Comparison::Running => view! { <p class="empty">"Running both versions…"</p> }.into_any(),
                Comparison::Done { concurrent, sequential, written } => {
                    let longest = concurrent.seconds.unwrap_or(0.0).max(sequential.seconds.unwrap_or(0.0));
                    let text = verdict(&concurrent, &sequential, written);
                    // One scale for both timelines: the longer run's.
                    let scale = concurrent.lanes.end.max(sequential.lanes.end);
                    let runs = view! {
                        <div class="compare-runs" data-testid="compare-runs">
                            <h3>"Both runs on one time scale"</h3>
                            {run_view(&concurrent, "concurrent", written == Written::Concurrent, scale, visible)}
                            {run_view(&sequential, "sequential", written == Written::Sequential, scale, visible)}
                        </div>
                    };
                    view! {
                        <div class="bars">
                            {bar(concurrent, longest, "concurrent", written == Written::Concurrent)}
                            {bar(sequential, longest, "sequential", written == Written::Sequential)}
                        </div>
                        <p class="verdict" data-testid="compare-verdict">{text}</p>
                        {runs}
                    }
                    .into_any()
                }
            }}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(seconds: Option<f64>) -> Measured {
        Measured {
            seconds,
            problem: seconds.is_none().then(|| "it gets stuck".into()),
            lanes: Lanes::default(),
        }
    }

    #[test]
    fn verdicts_speak_for_the_program_in_the_editor() {
        let c = Written::Concurrent;
        assert_eq!(
            verdict(&m(Some(0.3)), &m(Some(0.6)), c),
            "as written it is 2.0× faster than sequential"
        );
        assert_eq!(
            verdict(&m(Some(1.0)), &m(Some(1.0)), c),
            "about the same: this program gains nothing from concurrency"
        );
        assert_eq!(verdict(&m(Some(1.0)), &m(None), c), "it gets stuck");
        let s = Written::Sequential;
        assert_eq!(
            verdict(&m(Some(0.1)), &m(Some(0.5)), s),
            "as written it is 5.0× slower than the concurrent version"
        );
        assert_eq!(
            verdict(&m(Some(0.5)), &m(Some(0.25)), s),
            "as written it is 2.0× faster than the concurrent version"
        );
        assert_eq!(
            verdict(&m(Some(0.0)), &m(Some(0.0)), s),
            "both finish at once"
        );
    }

    const DEADLOCK: &str = "Loopscope: deadlock: the event loop has nothing left to run and no \
        timer pending, but the main task has not finished (CPython would wait here forever).\n  \
        Task-1 waits on gather(2) at main.py:14\n  Task-2 waits on Queue.get at main.py:6\n  \
        Task-3 waits on sleep(0) at main.py:9\n";

    #[test]
    fn problems_are_told_in_a_learners_words() {
        assert_eq!(
            problem(Run::OneAtATime, 1, DEADLOCK),
            "one task at a time, this program gets stuck: Task-2 waits at line 6 (Queue.get()) \
             for a task that has not started yet, and that task only starts once Task-2 is done. \
             Its tasks have to run together, so a “what if sequential” run does not apply here."
        );
        assert_eq!(
            problem(Run::AsWritten, 1, DEADLOCK),
            "the program gets stuck: Task-2 waits at line 6 (Queue.get()) and no task is left \
             to let it go on"
        );
        let stopped = "stopped: still running after 60.0 s of its clock\n";
        assert!(problem(Run::OneAtATime, 124, stopped)
            .starts_with("one task at a time, it was still running after 60.0 s"));
        assert_eq!(
            problem(
                Run::AsWritten,
                1,
                "Traceback (most recent call last):\n  ...\nValueError: no\n"
            ),
            "the program stops with an error, so there is nothing to compare: ValueError: no"
        );
    }
}
