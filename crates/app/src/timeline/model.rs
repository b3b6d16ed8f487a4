//! The timeline's model: lanes and spans computed from a run's trace events.
//!
//! A lane per task (and per thread, per HTTP fetch, plus one for the loop's blocked
//! spans); a task's running spans are its steps, its waiting spans the gaps between them,
//! labelled with what it awaited; a fetch's span runs from request to answer.

use loopscope_aio::trace::{Trace, TraceEvent};

/// What a span shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SpanKind {
    Running,
    Waiting,
    Blocked,
    /// An HTTP request in flight.
    Fetch,
    /// A thread ready to run Python but waiting for the GIL, which another thread holds.
    GilWait,
}

/// What a tick on a lane marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    /// A task returned.
    Result,
    /// A task raised, or a request failed.
    Exception,
    /// A task ended cancelled.
    Cancelled,
    /// Someone asked a task to cancel (it may still run its cleanup).
    CancelRequested,
    /// A deadlock: the task waits here for something that can never happen.
    Stuck,
    /// Notebook mode: a cell begins (on the driver's lane; a line across every lane).
    Cell,
    /// Debug mode: a callback or step ran past `loop.slow_callback_duration`.
    Slow,
}

/// A tick on a lane: when, what (hover text) and of which kind (its colour).
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub at: f64,
    pub text: String,
    pub kind: MarkKind,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    pub start: f64,
    pub end: f64,
    pub kind: SpanKind,
    /// Hover text: what it waited on, where it ran.
    pub label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    pub name: String,
    /// What runs in it, drawn beside the name: a task's coroutine (`fetch()`).
    pub detail: String,
    pub spans: Vec<Span>,
    /// Ticks for results, exceptions and cancellations.
    pub marks: Vec<Mark>,
}

/// A lane in words, for the timeline's table (its text alternative): seconds spent in
/// each state and what happened, in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LaneSummary {
    pub running: f64,
    pub waiting: f64,
    pub gil_wait: f64,
    pub blocked: f64,
    pub requests: f64,
    pub events: Vec<String>,
}

impl Lane {
    pub fn summary(&self) -> LaneSummary {
        let mut sum = LaneSummary::default();
        for s in &self.spans {
            let d = (s.end - s.start).max(0.0);
            match s.kind {
                SpanKind::Running => sum.running += d,
                SpanKind::Waiting => sum.waiting += d,
                SpanKind::GilWait => sum.gil_wait += d,
                SpanKind::Blocked => sum.blocked += d,
                SpanKind::Fetch => sum.requests += d,
            }
        }
        let mut marks: Vec<&Mark> = self.marks.iter().collect();
        marks.sort_by(|a, b| a.at.total_cmp(&b.at));
        sum.events = marks
            .iter()
            .map(|m| format!("{} at {:.3} s", m.text, m.at))
            .collect();
        sum
    }
}

/// The lanes of a trace and the time it covers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Timeline {
    pub lanes: Vec<Lane>,
    pub end: f64,
}

/// A fetch begun and not yet answered: when, what, and who asked.
struct OpenFetch {
    start: f64,
    method: String,
    url: String,
    task: Option<String>,
}

/// `GET example.com/users` for a lane name: method, host and path, no scheme or query.
fn fetch_lane_name(method: &str, url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let short = rest.split(['?', '#']).next().unwrap_or(rest);
    format!("{method} {}", short.trim_end_matches('/'))
}

/// The lane of one fetch: a single span from request to answer (or to `until`).
fn fetch_lane(f: &OpenFetch, until: f64, outcome: &str) -> Lane {
    let by = f
        .task
        .as_ref()
        .map_or(String::new(), |t| format!(" by {t}"));
    Lane {
        name: fetch_lane_name(&f.method, &f.url),
        detail: String::new(),
        spans: vec![Span {
            start: f.start,
            end: until,
            kind: SpanKind::Fetch,
            label: format!(
                "{} {}{by} → {outcome} in {:.3} s",
                f.method,
                f.url,
                until - f.start
            ),
        }],
        marks: vec![],
    }
}

/// A thread's lane as the trace builds it. A virtual thread runs Python only while it
/// holds the simulated GIL (`ThreadRan`), is blocked without it (`ThreadBlocked`), and
/// waits for the GIL the rest of its life; a process-pool worker is a process of its
/// own, busy from the start of a job to its end.
struct ThreadLane {
    name: String,
    worker: bool,
    spans: Vec<Span>,
    /// While alive: when its current life began, and how far its spans account for it.
    alive: Option<(f64, f64)>,
}

impl ThreadLane {
    fn new(name: String, worker: bool) -> ThreadLane {
        ThreadLane {
            name,
            worker,
            spans: Vec::new(),
            alive: None,
        }
    }

    fn start(&mut self, at: f64) {
        self.alive = Some((at, at));
    }

    /// A turn or a block; the time since the last one was spent waiting for the GIL.
    fn span(&mut self, start: f64, end: f64, kind: SpanKind, label: String) {
        if let Some((born, covered)) = self.alive {
            self.gil_wait(covered, start);
            self.alive = Some((born, covered.max(end)));
        }
        self.spans.push(Span {
            start,
            end,
            kind,
            label,
        });
    }

    fn gil_wait(&mut self, from: f64, to: f64) {
        if to > from {
            self.spans.push(Span {
                start: from,
                end: to,
                kind: SpanKind::GilWait,
                label: "waiting for the GIL".into(),
            });
        }
    }

    /// The thread ended at `at` (or the picture ends there while it is still alive).
    fn end(&mut self, at: f64) {
        let Some((born, covered)) = self.alive.take() else {
            return;
        };
        if self.worker {
            self.spans.push(Span {
                start: born,
                end: at,
                kind: SpanKind::Running,
                label: "worker busy".into(),
            });
        } else {
            self.gil_wait(covered, at);
        }
    }
}

/// A step that runs this long without awaiting blocks the loop as badly as a
/// `time.sleep`: asyncio's debug mode reports callbacks slower than this
/// (`loop.slow_callback_duration`, 0.1 s).
pub const SLOW_STEP: f64 = 0.1;

/// Builds the timeline of `trace`: tasks in creation order, then threads, then fetches,
/// then the loop.
pub fn timeline(trace: &Trace) -> Timeline {
    timeline_until(trace, 0.0, None)
}

/// The timeline of a run still going at `now` (or that ended then): steps, waits and
/// threads still open are drawn up to `now`, so the picture grows as the run does.
/// `open_block` is a blocking call in progress (its start and cause), drawn up to `now`.
pub fn timeline_until(trace: &Trace, now: f64, open_block: Option<(f64, String)>) -> Timeline {
    let s = |sym| trace.strings.get(sym).to_string();
    let mut lanes: Vec<Lane> = Vec::new();
    let mut task_lane = std::collections::HashMap::new();
    let mut thread_lane: std::collections::HashMap<u32, ThreadLane> = Default::default();
    let mut open_step: std::collections::HashMap<u32, (f64, u32)> = Default::default();
    let mut open_wait: std::collections::HashMap<u32, (f64, String)> = Default::default();
    let mut task_names: std::collections::HashMap<u32, String> = Default::default();
    let mut open_fetch: std::collections::BTreeMap<u32, OpenFetch> = Default::default();
    let mut fetches: Vec<(u32, Lane)> = Vec::new();
    let mut blocked = Lane {
        name: "event loop".into(),
        detail: String::new(),
        spans: vec![],
        marks: vec![],
    };
    let mut end = 0.0f64;
    for e in &trace.events {
        let at = e.at().as_secs();
        end = end.max(at);
        match e {
            TraceEvent::TaskCreated {
                task, name, coro, ..
            } => {
                task_names.insert(task.0, s(*name));
                // asyncio.run's own shutdown steps are the loop's business, not the program's.
                if trace.strings.get(*coro).starts_with("BaseEventLoop.") {
                    continue;
                }
                task_lane.insert(task.0, lanes.len());
                lanes.push(Lane {
                    name: s(*name),
                    detail: s(*coro),
                    spans: vec![],
                    marks: vec![],
                });
            }
            TraceEvent::TaskRenamed { task, name, .. } => {
                task_names.insert(task.0, s(*name));
                if let Some(&i) = task_lane.get(&task.0) {
                    lanes[i].name = s(*name);
                }
            }
            TraceEvent::StepStart { task, line, .. } => {
                if let (Some(&i), Some((since, what))) =
                    (task_lane.get(&task.0), open_wait.remove(&task.0))
                {
                    lanes[i].spans.push(Span {
                        start: since,
                        end: at,
                        kind: SpanKind::Waiting,
                        label: what,
                    });
                }
                open_step.insert(task.0, (at, *line));
            }
            TraceEvent::StepEnd { task, awaits, .. } => {
                if let (Some(&i), Some((since, line))) =
                    (task_lane.get(&task.0), open_step.remove(&task.0))
                {
                    let label = if line > 0 {
                        format!("running from line {line}")
                    } else {
                        "running".into()
                    };
                    lanes[i].spans.push(Span {
                        start: since,
                        end: at,
                        kind: SpanKind::Running,
                        label,
                    });
                    slow_step(&mut blocked, &lanes[i].name, since, at, line);
                }
                if let Some(a) = awaits {
                    open_wait.insert(task.0, (at, format!("awaiting {}", s(a.detail))));
                }
            }
            TraceEvent::TaskDone { task, outcome, .. } => {
                if let Some(&i) = task_lane.get(&task.0) {
                    use loopscope_aio::trace::Outcome;
                    let (text, kind) = match outcome {
                        Outcome::Result(r) => (format!("returned {}", s(*r)), MarkKind::Result),
                        Outcome::Exception(x) => (format!("raised {}", s(*x)), MarkKind::Exception),
                        Outcome::Cancelled => ("cancelled".into(), MarkKind::Cancelled),
                    };
                    lanes[i].marks.push(Mark { at, text, kind });
                }
            }
            TraceEvent::CancelRequested { task, msg, .. } => {
                if let Some(&i) = task_lane.get(&task.0) {
                    let text = msg.map_or("cancel requested".to_string(), |m| {
                        format!("cancel requested: {}", s(m))
                    });
                    lanes[i].marks.push(Mark {
                        at,
                        text,
                        kind: MarkKind::CancelRequested,
                    });
                }
            }
            TraceEvent::Deadlock { stuck, .. } => {
                for st in stuck {
                    if let Some(&i) = task_lane.get(&st.task.0) {
                        lanes[i].marks.push(Mark {
                            at,
                            text: format!(
                                "stuck for good: waits on {} at line {}",
                                s(st.awaits.detail),
                                st.line
                            ),
                            kind: MarkKind::Stuck,
                        });
                    }
                }
            }
            TraceEvent::LoopBlocked {
                start,
                end: stop,
                cause,
                line,
                ..
            } => {
                end = end.max(stop.as_secs());
                blocked.spans.push(Span {
                    start: start.as_secs(),
                    end: stop.as_secs(),
                    kind: SpanKind::Blocked,
                    label: format!("loop blocked by {} at line {line}", s(*cause)),
                });
            }
            TraceEvent::ThreadStart {
                thread,
                name,
                worker,
                ..
            } => {
                // A process-pool worker starts once per job: its lane keeps earlier jobs.
                let lane = thread_lane
                    .entry(thread.0)
                    .or_insert_with(|| ThreadLane::new(s(*name), *worker));
                lane.start(at);
            }
            TraceEvent::ThreadEnd { thread, .. } => {
                if let Some(lane) = thread_lane.get_mut(&thread.0) {
                    lane.end(at);
                }
            }
            TraceEvent::ThreadRan {
                start, end, thread, ..
            } => {
                if let Some(lane) = thread_lane.get_mut(&thread.0) {
                    lane.span(
                        start.as_secs(),
                        end.as_secs(),
                        SpanKind::Running,
                        "running Python (holds the GIL)".into(),
                    );
                }
            }
            TraceEvent::ThreadBlocked {
                start,
                end,
                thread,
                cause,
            } => {
                if let Some(lane) = thread_lane.get_mut(&thread.0) {
                    lane.span(
                        start.as_secs(),
                        end.as_secs(),
                        SpanKind::Waiting,
                        format!("blocked in {} (the GIL is free)", s(*cause)),
                    );
                }
            }
            TraceEvent::FetchStart {
                fetch,
                task,
                method,
                url,
                ..
            } => {
                open_fetch.insert(
                    *fetch,
                    OpenFetch {
                        start: at,
                        method: s(*method),
                        url: s(*url),
                        task: task.and_then(|t| task_names.get(&t.0).cloned()),
                    },
                );
            }
            TraceEvent::FetchEnd {
                fetch,
                status,
                bytes,
                error,
                ..
            } => {
                if let Some(f) = open_fetch.remove(fetch) {
                    let outcome = match error {
                        Some(e) => format!("failed: {}", s(*e)),
                        // A database round trip (asyncpg): its rows, not an HTTP status.
                        None if f.method == "SQL" => {
                            format!("{bytes} row{}", if *bytes == 1 { "" } else { "s" })
                        }
                        None => format!("{status}, {bytes} bytes"),
                    };
                    let mut lane = fetch_lane(&f, at, &outcome);
                    if error.is_some() {
                        lane.marks.push(Mark {
                            at,
                            text: outcome,
                            kind: MarkKind::Exception,
                        });
                    }
                    fetches.push((*fetch, lane));
                }
            }
            TraceEvent::CellStarted {
                cell, line, task, ..
            } => {
                if let Some(&i) = task.and_then(|t| task_lane.get(&t.0)) {
                    lanes[i].marks.push(Mark {
                        at,
                        text: format!("cell {cell} begins (line {line})"),
                        kind: MarkKind::Cell,
                    });
                }
            }
            TraceEvent::SlowCallback {
                end: stop,
                task,
                what,
                ..
            } => {
                let mark = Mark {
                    at,
                    text: format!(
                        "slow callback (debug mode): took {:.3} s: {}",
                        stop.as_secs() - at,
                        s(*what)
                    ),
                    kind: MarkKind::Slow,
                };
                match task.and_then(|t| task_lane.get(&t.0)) {
                    Some(&i) => lanes[i].marks.push(mark),
                    None => blocked.marks.push(mark),
                }
            }
            _ => {}
        }
    }
    // What is still open runs (or waits) to the end of the picture.
    end = end.max(now);
    for (id, f) in open_fetch {
        fetches.push((id, fetch_lane(&f, end, "no answer yet")));
    }
    fetches.sort_by_key(|(id, _)| *id);
    if let Some((start, cause)) = open_block {
        blocked.spans.push(Span {
            start,
            end,
            kind: SpanKind::Blocked,
            label: format!("loop blocked by {cause}, still going"),
        });
    }
    for (task, (since, line)) in open_step {
        if let Some(&i) = task_lane.get(&task) {
            lanes[i].spans.push(Span {
                start: since,
                end,
                kind: SpanKind::Running,
                label: "running".into(),
            });
            slow_step(&mut blocked, &lanes[i].name, since, end, line);
        }
    }
    for (task, (since, what)) in open_wait {
        if let Some(&i) = task_lane.get(&task) {
            lanes[i].spans.push(Span {
                start: since,
                end,
                kind: SpanKind::Waiting,
                label: what,
            });
        }
    }
    let mut threads: Vec<_> = thread_lane.into_iter().collect();
    threads.sort_by_key(|(id, _)| *id);
    for (_, mut lane) in threads {
        lane.end(end);
        lanes.push(Lane {
            name: lane.name,
            detail: String::new(),
            spans: lane.spans,
            marks: vec![],
        });
    }
    lanes.extend(fetches.into_iter().map(|(_, lane)| lane));
    if !blocked.spans.is_empty() {
        lanes.push(blocked);
    }
    Timeline { lanes, end }
}

/// Marks a step that ran `SLOW_STEP` or longer as blocking the loop, unless what blocked
/// it (a `time.sleep`) is already marked.
fn slow_step(loop_lane: &mut Lane, task: &str, start: f64, end: f64, line: u32) {
    let took = end - start;
    if took < SLOW_STEP {
        return;
    }
    let covered: f64 = loop_lane
        .spans
        .iter()
        .filter(|s| s.start >= start && s.end <= end)
        .map(|s| s.end - s.start)
        .sum();
    if covered >= took / 2.0 {
        return;
    }
    let from = if line > 0 {
        format!(" from line {line}")
    } else {
        String::new()
    };
    loop_lane.spans.push(Span {
        start,
        end,
        kind: SpanKind::Blocked,
        label: format!("loop blocked: {task} ran {took:.3} s without awaiting{from}"),
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use loopscope_aio::trace::{Await, AwaitKind, Nanos, Outcome, TaskId, ThreadId};

    #[test]
    fn each_fetch_gets_a_lane_from_request_to_answer() {
        let mut t = Trace::default();
        let (name, coro) = (t.intern("Task-2"), t.intern("fetch()"));
        let (get, a, b) = (
            t.intern("GET"),
            t.intern("https://api.example.com/users?page=2"),
            t.intern("https://nowhere.invalid/"),
        );
        let dns = t.intern("Name or service not known");
        t.push(TraceEvent::TaskCreated {
            at: Nanos(0),
            task: TaskId(2),
            name,
            coro,
            parent: None,
            line: 1,
        });
        for (fetch, url) in [(1, a), (2, b)] {
            t.push(TraceEvent::FetchStart {
                at: Nanos(0),
                fetch,
                task: Some(TaskId(2)),
                method: get,
                url,
            });
        }
        t.push(TraceEvent::FetchEnd {
            at: Nanos(20_000_000),
            fetch: 2,
            status: 0,
            bytes: 0,
            error: Some(dns),
        });
        t.push(TraceEvent::FetchEnd {
            at: Nanos(70_000_000),
            fetch: 1,
            status: 200,
            bytes: 329,
            error: None,
        });
        let tl = timeline(&t);
        let names: Vec<_> = tl.lanes.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(
            names,
            ["Task-2", "GET api.example.com/users", "GET nowhere.invalid"]
        );
        let ok = &tl.lanes[1].spans[0];
        assert_eq!(
            (ok.kind.clone(), ok.start, ok.end),
            (SpanKind::Fetch, 0.0, 0.07)
        );
        assert_eq!(
            ok.label,
            "GET https://api.example.com/users?page=2 by Task-2 → 200, 329 bytes in 0.070 s"
        );
        assert_eq!(
            tl.lanes[2].marks,
            [Mark {
                at: 0.02,
                text: "failed: Name or service not known".to_string(),
                kind: MarkKind::Exception,
            }]
        );
    }

    #[test]
    fn a_database_query_is_a_lane_with_its_sql_and_rows() {
        let mut t = Trace::default();
        let (sql, query) = (
            t.intern("SQL"),
            t.intern("SELECT id, name FROM users WHERE id = $1"),
        );
        t.push(TraceEvent::FetchStart {
            at: Nanos(0),
            fetch: 1,
            task: None,
            method: sql,
            url: query,
        });
        t.push(TraceEvent::FetchEnd {
            at: Nanos(4_000_000),
            fetch: 1,
            status: 0,
            bytes: 1,
            error: None,
        });
        let tl = timeline(&t);
        let lane = &tl.lanes[0];
        assert_eq!(lane.name, "SQL SELECT id, name FROM users WHERE id = $1");
        assert_eq!(
            lane.spans[0].label,
            "SQL SELECT id, name FROM users WHERE id = $1 → 1 row in 0.004 s"
        );
    }

    #[test]
    fn a_task_runs_waits_and_finishes() {
        let mut t = Trace::default();
        let name = t.intern("Task-1");
        let coro = t.intern("main()");
        let sleep = t.intern("sleep(0.2)");
        let none = t.intern("None");
        let task = TaskId(1);
        t.push(TraceEvent::TaskCreated {
            at: Nanos(0),
            task,
            name,
            coro,
            parent: None,
            line: 3,
        });
        t.push(TraceEvent::StepStart {
            at: Nanos(0),
            task,
            line: 3,
        });
        t.push(TraceEvent::StepEnd {
            at: Nanos(1_000_000),
            task,
            line: 4,
            awaits: Some(Await {
                kind: AwaitKind::Sleep,
                detail: sleep,
            }),
        });
        t.push(TraceEvent::StepStart {
            at: Nanos(201_000_000),
            task,
            line: 4,
        });
        t.push(TraceEvent::StepEnd {
            at: Nanos(202_000_000),
            task,
            line: 5,
            awaits: None,
        });
        t.push(TraceEvent::TaskDone {
            at: Nanos(202_000_000),
            task,
            outcome: Outcome::Result(none),
        });
        let tl = timeline(&t);
        assert_eq!(tl.lanes.len(), 1);
        let lane = &tl.lanes[0];
        assert_eq!(lane.name, "Task-1");
        assert_eq!(
            lane.detail, "main()",
            "the lane says which coroutine runs in it"
        );
        let kinds: Vec<_> = lane.spans.iter().map(|s| s.kind.clone()).collect();
        assert_eq!(
            kinds,
            [SpanKind::Running, SpanKind::Waiting, SpanKind::Running]
        );
        assert_eq!(lane.spans[1].label, "awaiting sleep(0.2)");
        assert_eq!(
            lane.marks,
            [Mark {
                at: 0.202,
                text: "returned None".to_string(),
                kind: MarkKind::Result,
            }]
        );
        assert!((tl.end - 0.202).abs() < 1e-12);
    }

    #[test]
    fn a_long_step_blocks_the_loop_and_a_live_sleep_shows_as_it_happens() {
        let mut t = Trace::default();
        let (name, coro) = (t.intern("Task-1"), t.intern("main()"));
        let task = TaskId(1);
        t.push(TraceEvent::TaskCreated {
            at: Nanos(0),
            task,
            name,
            coro,
            parent: None,
            line: 1,
        });
        t.push(TraceEvent::StepStart {
            at: Nanos(0),
            task,
            line: 2,
        });
        t.push(TraceEvent::StepEnd {
            at: Nanos(300_000_000),
            task,
            line: 9,
            awaits: None,
        });
        let tl = timeline(&t);
        let lane = tl.lanes.last().expect("the loop's lane");
        assert_eq!(lane.name, "event loop");
        assert_eq!(
            lane.spans[0].label,
            "loop blocked: Task-1 ran 0.300 s without awaiting from line 2"
        );
        let live = timeline_until(&t, 0.5, Some((0.35, "time.sleep(1)".into())));
        let lane = live.lanes.last().expect("the loop's lane");
        assert_eq!(lane.spans.len(), 2);
        assert_eq!((lane.spans[1].start, lane.spans[1].end), (0.35, 0.5));
        assert_eq!(
            lane.spans[1].label,
            "loop blocked by time.sleep(1), still going"
        );
    }

    #[test]
    fn threads_run_only_while_they_hold_the_gil() {
        let mut t = Trace::default();
        let a = t.intern("asyncio_0");
        let b = t.intern("asyncio_1");
        let nap = t.intern("time.sleep(0.5)");
        let ms = |x: u64| Nanos(x * 1_000_000);
        for (thread, name) in [(1, a), (2, b)] {
            t.push(TraceEvent::ThreadStart {
                at: ms(0),
                thread: ThreadId(thread),
                name,
                worker: false,
            });
        }
        // Two CPU-bound threads take 5 ms turns; the second then sleeps without the GIL.
        for (thread, start) in [(1, 0), (2, 5), (1, 10), (2, 15)] {
            t.push(TraceEvent::ThreadRan {
                start: ms(start),
                end: ms(start + 5),
                thread: ThreadId(thread),
            });
        }
        t.push(TraceEvent::ThreadEnd {
            at: ms(15),
            thread: ThreadId(1),
        });
        t.push(TraceEvent::ThreadBlocked {
            start: ms(20),
            end: ms(520),
            thread: ThreadId(2),
            cause: nap,
        });
        t.push(TraceEvent::ThreadEnd {
            at: ms(520),
            thread: ThreadId(2),
        });
        let tl = timeline(&t);
        let shape = |lane: &Lane| -> Vec<(SpanKind, u64, u64)> {
            let mut spans: Vec<_> = lane
                .spans
                .iter()
                .map(|s| {
                    let ms = |x: f64| (x * 1000.0).round() as u64;
                    (s.kind.clone(), ms(s.start), ms(s.end))
                })
                .collect();
            spans.sort_by_key(|s| s.1);
            spans
        };
        use SpanKind::{GilWait, Running, Waiting};
        assert_eq!(
            shape(&tl.lanes[0]),
            [(Running, 0, 5), (GilWait, 5, 10), (Running, 10, 15)]
        );
        assert_eq!(
            shape(&tl.lanes[1]),
            [
                (GilWait, 0, 5),
                (Running, 5, 10),
                (GilWait, 10, 15),
                (Running, 15, 20),
                (Waiting, 20, 520)
            ]
        );
        assert_eq!(
            tl.lanes[1].spans.last().map(|s| s.label.as_str()),
            Some("blocked in time.sleep(0.5) (the GIL is free)")
        );
    }
}
