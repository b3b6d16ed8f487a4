//! Tests of the trace's recording and its three exports.

use super::*;

/// A small trace: one task that sleeps once, prints, and returns.
fn sample() -> Trace {
    let mut t = Trace::default();
    let name = t.intern("Task-1");
    let coro = t.intern("main()");
    let sleep = t.intern("sleep(0.2)");
    let hello = t.intern("hi \"there\"\n");
    let none = t.intern("None");
    t.push(TraceEvent::RunStart {
        at: Nanos(0),
        clock: ClockKind::Virtual,
    });
    t.push(TraceEvent::TaskCreated {
        at: Nanos(0),
        task: TaskId(1),
        name,
        coro,
        parent: None,
        line: 9,
    });
    t.push(TraceEvent::StepStart {
        at: Nanos(0),
        task: TaskId(1),
        line: 4,
    });
    t.push(TraceEvent::StepEnd {
        at: Nanos(1_000),
        task: TaskId(1),
        line: 5,
        awaits: Some(Await {
            kind: AwaitKind::Sleep,
            detail: sleep,
        }),
    });
    t.push(TraceEvent::StepStart {
        at: Nanos(200_001_000),
        task: TaskId(1),
        line: 5,
    });
    t.push(TraceEvent::Output {
        at: Nanos(200_001_000),
        task: Some(TaskId(1)),
        stream: Stream::Stdout,
        text: hello,
    });
    t.push(TraceEvent::StepEnd {
        at: Nanos(200_002_000),
        task: TaskId(1),
        line: 6,
        awaits: None,
    });
    t.push(TraceEvent::TaskDone {
        at: Nanos(200_002_000),
        task: TaskId(1),
        outcome: Outcome::Result(none),
    });
    t.push(TraceEvent::RunEnd {
        at: Nanos(200_002_000),
        exit_code: 0,
    });
    t
}

#[test]
fn interning_stores_each_text_once() {
    let mut i = Interner::default();
    let a = i.intern("Task-1");
    let b = i.intern("Task-2");
    assert_eq!(i.intern("Task-1"), a);
    assert_ne!(a, b);
    assert_eq!(i.get(b), "Task-2");
    assert_eq!(i.get(Sym(99)), "");
}

#[test]
fn nanos_convert_from_seconds() {
    assert_eq!(Nanos::from_secs(0.2), Nanos(200_000_000));
    assert_eq!(Nanos::from_secs(-1.0), Nanos(0));
    assert_eq!(Nanos::from_secs(f64::NAN), Nanos(0));
    assert_eq!(Nanos(1_500_000_000).as_secs(), 1.5);
}

#[test]
fn text_has_one_line_per_event() {
    let text = sample().to_text();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 9);
    assert_eq!(
        lines[1],
        "    0.000 task-created #1 name=Task-1 coro=main() parent=- line=9"
    );
    assert_eq!(
        lines[3],
        "    0.000 step-end #1 line=5 awaits=sleep:sleep(0.2)"
    );
    assert_eq!(
        lines[5],
        "    0.200 output #1 Stdout \"hi \\\"there\\\"\\n\""
    );
    assert_eq!(lines[7], "    0.200 task-done #1 result=None");
}

#[test]
fn json_escapes_text_and_resolves_strings() {
    let json = to_json(&sample());
    assert!(json.starts_with("{\"version\":1,\"events\":[{\"kind\":\"run-start\""));
    assert!(json.contains("\"kind\":\"task-created\",\"t\":0.000000000,\"task\":1,\"name\":\"Task-1\",\"coro\":\"main()\",\"parent\":null,\"line\":9"));
    assert!(json.contains("\"await_kind\":\"sleep\",\"await\":\"sleep(0.2)\""));
    assert!(json.contains("\"text\":\"hi \\\"there\\\"\\n\""));
    assert!(json.ends_with("]}"));
}

#[test]
fn chrome_export_has_run_and_wait_spans_per_task() {
    let json = to_chrome_json(&sample());
    assert!(json.contains("\"name\":\"thread_name\",\"args\":{\"name\":\"Task-1\"}"));
    assert!(json.contains("\"ph\":\"X\",\"pid\":1,\"tid\":1,\"cat\":\"run\",\"ts\":0.000,\"dur\":1.000,\"name\":\"Task-1\""));
    assert!(json.contains(
        "\"cat\":\"wait\",\"ts\":1.000,\"dur\":200000.000,\"name\":\"await sleep(0.2)\""
    ));
    assert_eq!(json.matches("\"ph\":\"X\"").count(), 3);
}

/// One event of every kind, in a trace whose string table repeats a text (as a mirror
/// must keep it), survives a trip through the wire form in two deltas.
#[test]
fn wire_deltas_rebuild_the_trace() {
    use super::wire::{read_delta, write_delta, Reader, Writer};
    let mut t = Trace::default();
    let a = t.intern("a");
    let b = t.intern("b\u{e9}");
    let at = Nanos(7);
    let task = TaskId(3);
    let awaits = Await {
        kind: AwaitKind::QueuePut,
        detail: b,
    };
    let first = vec![
        TraceEvent::RunStart {
            at,
            clock: ClockKind::Real,
        },
        TraceEvent::TaskCreated {
            at,
            task,
            name: a,
            coro: b,
            parent: Some(TaskId(1)),
            line: 9,
        },
        TraceEvent::TaskRenamed { at, task, name: b },
        TraceEvent::StepStart { at, task, line: 4 },
        TraceEvent::StepEnd {
            at,
            task,
            line: 5,
            awaits: Some(awaits),
        },
        TraceEvent::StepEnd {
            at,
            task,
            line: 6,
            awaits: None,
        },
        TraceEvent::TimerSet {
            at,
            timer: 2,
            when: Nanos(u64::MAX),
        },
        TraceEvent::TimerCancelled { at, timer: 2 },
        TraceEvent::TimerFired { at, timer: 3 },
        TraceEvent::FutureDone { at, future: 4 },
        TraceEvent::CancelRequested {
            at,
            task,
            by: None,
            msg: Some(a),
        },
    ];
    let mut mirror = Trace::default();
    let mut w = Writer::default();
    t.events.extend(first);
    write_delta(&mut w, &t, 0, 0);
    let (events, strings) = (t.events.len(), t.strings.len());
    let c = t.intern("c");
    t.events.extend([
        TraceEvent::TaskDone {
            at,
            task,
            outcome: Outcome::Exception(c),
        },
        TraceEvent::TaskDone {
            at,
            task,
            outcome: Outcome::Cancelled,
        },
        TraceEvent::Output {
            at,
            task: None,
            stream: Stream::Stderr,
            text: c,
        },
        TraceEvent::LoopBlocked {
            start: at,
            end: Nanos(9),
            task: Some(task),
            line: 1,
            cause: a,
        },
        TraceEvent::ThreadStart {
            at,
            thread: ThreadId(2),
            name: a,
            worker: true,
        },
        TraceEvent::ThreadEnd {
            at,
            thread: ThreadId(2),
        },
        TraceEvent::ThreadRan {
            start: at,
            end: at,
            thread: ThreadId(2),
        },
        TraceEvent::ThreadBlocked {
            start: at,
            end: at,
            thread: ThreadId(2),
            cause: b,
        },
        TraceEvent::FetchStart {
            at,
            fetch: 1,
            task: Some(task),
            method: a,
            url: b,
        },
        TraceEvent::FetchEnd {
            at,
            fetch: 1,
            status: 503,
            bytes: 1 << 40,
            error: Some(c),
        },
        TraceEvent::Warning { at, text: a },
        TraceEvent::SlowCallback {
            start: at,
            end: at,
            task: None,
            what: c,
        },
        TraceEvent::Deadlock {
            at,
            stuck: vec![Stuck {
                task,
                awaits,
                line: 12,
            }],
        },
        TraceEvent::CellStarted {
            at,
            cell: 2,
            line: 8,
            task: Some(task),
        },
        TraceEvent::RunEnd { at, exit_code: -3 },
    ]);
    let mut second = Writer::default();
    write_delta(&mut second, &t, events, strings);
    for bytes in [&w.buf, &second.buf] {
        let mut r = Reader::new(bytes);
        read_delta(&mut r, &mut mirror).unwrap();
        assert!(r.is_empty());
    }
    assert_eq!(mirror.events, t.events);
    assert_eq!(mirror.to_text(), t.to_text());
    // A cut buffer is an error, not a panic.
    let cut = &second.buf[..second.buf.len() - 1];
    assert!(read_delta(&mut Reader::new(cut), &mut Trace::default()).is_err());
}
