//! A compact binary form of the trace, for sending it between a run and the page that
//! shows it (the playground runs programs in a Web Worker and mirrors the trace, a delta at
//! a time). Integers are LEB128 varints, floats 8 bytes little-endian, strings a length and
//! UTF-8. Decoding never panics: a short or malformed buffer is an `Err`.

use super::{
    Await, AwaitKind, ClockKind, Nanos, Outcome, Stream, Stuck, Sym, TaskId, ThreadId, Trace,
    TraceEvent,
};

/// Appends values to a byte buffer.
#[derive(Default)]
pub struct Writer {
    pub buf: Vec<u8>,
}

impl Writer {
    pub fn u64(&mut self, mut v: u64) {
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.buf.push(byte);
                return;
            }
            self.buf.push(byte | 0x80);
        }
    }

    pub fn u32(&mut self, v: u32) {
        self.u64(u64::from(v));
    }

    pub fn i32(&mut self, v: i32) {
        // Zigzag, so small negative numbers stay short.
        self.u64(u64::from(((v << 1) ^ (v >> 31)) as u32));
    }

    pub fn bool(&mut self, v: bool) {
        self.buf.push(u8::from(v));
    }

    pub fn f64(&mut self, v: f64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    pub fn str(&mut self, s: &str) {
        self.u64(s.len() as u64);
        self.buf.extend_from_slice(s.as_bytes());
    }

    fn sym(&mut self, s: Sym) {
        self.u32(s.0);
    }

    fn opt_sym(&mut self, s: Option<Sym>) {
        self.u32(s.map_or(0, |s| s.0 + 1));
    }

    fn task(&mut self, t: TaskId) {
        self.u32(t.0);
    }

    fn opt_task(&mut self, t: Option<TaskId>) {
        self.u32(t.map_or(0, |t| t.0 + 1));
    }

    fn nanos(&mut self, n: Nanos) {
        self.u64(n.0);
    }

    fn awaits(&mut self, a: Await) {
        self.buf.push(a.kind as u8);
        self.sym(a.detail);
    }
}

/// Why a buffer could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WireError(pub &'static str);

/// Reads values back in the order a [`Writer`] wrote them.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes, at: 0 }
    }

    pub fn is_empty(&self) -> bool {
        self.at >= self.bytes.len()
    }

    fn byte(&mut self) -> Result<u8, WireError> {
        let b = *self
            .bytes
            .get(self.at)
            .ok_or(WireError("the buffer ended early"))?;
        self.at += 1;
        Ok(b)
    }

    pub fn u64(&mut self) -> Result<u64, WireError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(WireError("a number is too long"))
    }

    pub fn u32(&mut self) -> Result<u32, WireError> {
        u32::try_from(self.u64()?).map_err(|_| WireError("a number is out of range"))
    }

    pub fn i32(&mut self) -> Result<i32, WireError> {
        let z = self.u32()?;
        Ok(((z >> 1) as i32) ^ -((z & 1) as i32))
    }

    pub fn bool(&mut self) -> Result<bool, WireError> {
        Ok(self.byte()? != 0)
    }

    pub fn f64(&mut self) -> Result<f64, WireError> {
        let end = self.at + 8;
        let raw = self
            .bytes
            .get(self.at..end)
            .ok_or(WireError("the buffer ended early"))?;
        self.at = end;
        let mut eight = [0u8; 8];
        eight.copy_from_slice(raw);
        Ok(f64::from_le_bytes(eight))
    }

    pub fn str(&mut self) -> Result<String, WireError> {
        let len = usize::try_from(self.u64()?).map_err(|_| WireError("a string is too long"))?;
        let end = self
            .at
            .checked_add(len)
            .ok_or(WireError("a string is too long"))?;
        let raw = self
            .bytes
            .get(self.at..end)
            .ok_or(WireError("the buffer ended early"))?;
        self.at = end;
        String::from_utf8(raw.to_vec()).map_err(|_| WireError("a string is not UTF-8"))
    }

    fn sym(&mut self) -> Result<Sym, WireError> {
        Ok(Sym(self.u32()?))
    }

    fn opt_sym(&mut self) -> Result<Option<Sym>, WireError> {
        Ok(self.u32()?.checked_sub(1).map(Sym))
    }

    fn task(&mut self) -> Result<TaskId, WireError> {
        Ok(TaskId(self.u32()?))
    }

    fn opt_task(&mut self) -> Result<Option<TaskId>, WireError> {
        Ok(self.u32()?.checked_sub(1).map(TaskId))
    }

    fn nanos(&mut self) -> Result<Nanos, WireError> {
        Ok(Nanos(self.u64()?))
    }

    fn awaits(&mut self) -> Result<Await, WireError> {
        const KINDS: [AwaitKind; 15] = [
            AwaitKind::Yield,
            AwaitKind::Sleep,
            AwaitKind::Task,
            AwaitKind::Future,
            AwaitKind::Gather,
            AwaitKind::Lock,
            AwaitKind::Event,
            AwaitKind::Semaphore,
            AwaitKind::Condition,
            AwaitKind::QueueGet,
            AwaitKind::QueuePut,
            AwaitKind::Fetch,
            AwaitKind::Thread,
            AwaitKind::Worker,
            AwaitKind::Other,
        ];
        let kind = *KINDS
            .get(usize::from(self.byte()?))
            .ok_or(WireError("an unknown await kind"))?;
        Ok(Await {
            kind,
            detail: self.sym()?,
        })
    }
}

fn stream_code(s: Stream) -> u8 {
    match s {
        Stream::Stdout => 0,
        Stream::Stderr => 1,
    }
}

/// Writes what `trace` gained since it had `events` events and `strings` strings.
pub fn write_delta(out: &mut Writer, trace: &Trace, events: usize, strings: usize) {
    let new_strings = trace.strings.strings.get(strings..).unwrap_or(&[]);
    out.u64(new_strings.len() as u64);
    for s in new_strings {
        out.str(s);
    }
    let new_events = trace.events.get(events..).unwrap_or(&[]);
    out.u64(new_events.len() as u64);
    for e in new_events {
        write_event(out, e);
    }
}

/// Appends a delta written by [`write_delta`] to `trace`, which must hold exactly what the
/// writer's trace held when the delta began.
pub fn read_delta(input: &mut Reader, trace: &mut Trace) -> Result<(), WireError> {
    let strings = input.u64()?;
    for _ in 0..strings {
        let s = input.str()?;
        // Symbols are positions: keep one entry per string written, even a repeated one.
        trace.strings.push_new(s);
    }
    let events = input.u64()?;
    for _ in 0..events {
        let e = read_event(input)?;
        trace.events.push(e);
    }
    Ok(())
}

fn write_event(w: &mut Writer, e: &TraceEvent) {
    use TraceEvent::*;
    match e {
        RunStart { at, clock } => {
            w.buf.push(0);
            w.nanos(*at);
            w.bool(*clock == ClockKind::Real);
        }
        RunEnd { at, exit_code } => {
            w.buf.push(1);
            w.nanos(*at);
            w.i32(*exit_code);
        }
        TaskCreated {
            at,
            task,
            name,
            coro,
            parent,
            line,
        } => {
            w.buf.push(2);
            w.nanos(*at);
            w.task(*task);
            w.sym(*name);
            w.sym(*coro);
            w.opt_task(*parent);
            w.u32(*line);
        }
        TaskRenamed { at, task, name } => {
            w.buf.push(3);
            w.nanos(*at);
            w.task(*task);
            w.sym(*name);
        }
        StepStart { at, task, line } => {
            w.buf.push(4);
            w.nanos(*at);
            w.task(*task);
            w.u32(*line);
        }
        StepEnd {
            at,
            task,
            line,
            awaits,
        } => {
            w.buf.push(5);
            w.nanos(*at);
            w.task(*task);
            w.u32(*line);
            w.bool(awaits.is_some());
            if let Some(a) = awaits {
                w.awaits(*a);
            }
        }
        TimerSet { at, timer, when } => {
            w.buf.push(6);
            w.nanos(*at);
            w.u32(*timer);
            w.nanos(*when);
        }
        TimerCancelled { at, timer } => {
            w.buf.push(7);
            w.nanos(*at);
            w.u32(*timer);
        }
        TimerFired { at, timer } => {
            w.buf.push(8);
            w.nanos(*at);
            w.u32(*timer);
        }
        FutureDone { at, future } => {
            w.buf.push(9);
            w.nanos(*at);
            w.u32(*future);
        }
        CancelRequested { at, task, by, msg } => {
            w.buf.push(10);
            w.nanos(*at);
            w.task(*task);
            w.opt_task(*by);
            w.opt_sym(*msg);
        }
        TaskDone { at, task, outcome } => {
            w.buf.push(11);
            w.nanos(*at);
            w.task(*task);
            match outcome {
                Outcome::Result(s) => {
                    w.buf.push(0);
                    w.sym(*s);
                }
                Outcome::Exception(s) => {
                    w.buf.push(1);
                    w.sym(*s);
                }
                Outcome::Cancelled => w.buf.push(2),
            }
        }
        Output {
            at,
            task,
            stream,
            text,
        } => {
            w.buf.push(12);
            w.nanos(*at);
            w.opt_task(*task);
            w.buf.push(stream_code(*stream));
            w.sym(*text);
        }
        LoopBlocked {
            start,
            end,
            task,
            line,
            cause,
        } => {
            w.buf.push(13);
            w.nanos(*start);
            w.nanos(*end);
            w.opt_task(*task);
            w.u32(*line);
            w.sym(*cause);
        }
        ThreadStart {
            at,
            thread,
            name,
            worker,
        } => {
            w.buf.push(14);
            w.nanos(*at);
            w.u32(thread.0);
            w.sym(*name);
            w.bool(*worker);
        }
        ThreadEnd { at, thread } => {
            w.buf.push(15);
            w.nanos(*at);
            w.u32(thread.0);
        }
        ThreadRan { start, end, thread } => {
            w.buf.push(16);
            w.nanos(*start);
            w.nanos(*end);
            w.u32(thread.0);
        }
        ThreadBlocked {
            start,
            end,
            thread,
            cause,
        } => {
            w.buf.push(17);
            w.nanos(*start);
            w.nanos(*end);
            w.u32(thread.0);
            w.sym(*cause);
        }
        FetchStart {
            at,
            fetch,
            task,
            method,
            url,
        } => {
            w.buf.push(18);
            w.nanos(*at);
            w.u32(*fetch);
            w.opt_task(*task);
            w.sym(*method);
            w.sym(*url);
        }
        FetchEnd {
            at,
            fetch,
            status,
            bytes,
            error,
        } => {
            w.buf.push(19);
            w.nanos(*at);
            w.u32(*fetch);
            w.u32(u32::from(*status));
            w.u64(*bytes);
            w.opt_sym(*error);
        }
        Warning { at, text } => {
            w.buf.push(20);
            w.nanos(*at);
            w.sym(*text);
        }
        SlowCallback {
            start,
            end,
            task,
            what,
        } => {
            w.buf.push(21);
            w.nanos(*start);
            w.nanos(*end);
            w.opt_task(*task);
            w.sym(*what);
        }
        Deadlock { at, stuck } => {
            w.buf.push(22);
            w.nanos(*at);
            w.u64(stuck.len() as u64);
            for s in stuck {
                w.task(s.task);
                w.awaits(s.awaits);
                w.u32(s.line);
            }
        }
        CellStarted {
            at,
            cell,
            line,
            task,
        } => {
            w.buf.push(23);
            w.nanos(*at);
            w.u32(*cell);
            w.u32(*line);
            w.opt_task(*task);
        }
    }
}

fn read_event(r: &mut Reader) -> Result<TraceEvent, WireError> {
    use TraceEvent::*;
    let tag = r.byte()?;
    Ok(match tag {
        0 => RunStart {
            at: r.nanos()?,
            clock: if r.bool()? {
                ClockKind::Real
            } else {
                ClockKind::Virtual
            },
        },
        1 => RunEnd {
            at: r.nanos()?,
            exit_code: r.i32()?,
        },
        2 => TaskCreated {
            at: r.nanos()?,
            task: r.task()?,
            name: r.sym()?,
            coro: r.sym()?,
            parent: r.opt_task()?,
            line: r.u32()?,
        },
        3 => TaskRenamed {
            at: r.nanos()?,
            task: r.task()?,
            name: r.sym()?,
        },
        4 => StepStart {
            at: r.nanos()?,
            task: r.task()?,
            line: r.u32()?,
        },
        5 => StepEnd {
            at: r.nanos()?,
            task: r.task()?,
            line: r.u32()?,
            awaits: if r.bool()? { Some(r.awaits()?) } else { None },
        },
        6 => TimerSet {
            at: r.nanos()?,
            timer: r.u32()?,
            when: r.nanos()?,
        },
        7 => TimerCancelled {
            at: r.nanos()?,
            timer: r.u32()?,
        },
        8 => TimerFired {
            at: r.nanos()?,
            timer: r.u32()?,
        },
        9 => FutureDone {
            at: r.nanos()?,
            future: r.u32()?,
        },
        10 => CancelRequested {
            at: r.nanos()?,
            task: r.task()?,
            by: r.opt_task()?,
            msg: r.opt_sym()?,
        },
        11 => {
            let at = r.nanos()?;
            let task = r.task()?;
            let outcome = match r.byte()? {
                0 => Outcome::Result(r.sym()?),
                1 => Outcome::Exception(r.sym()?),
                2 => Outcome::Cancelled,
                _ => return Err(WireError("an unknown outcome")),
            };
            TaskDone { at, task, outcome }
        }
        12 => Output {
            at: r.nanos()?,
            task: r.opt_task()?,
            stream: if r.byte()? == 0 {
                Stream::Stdout
            } else {
                Stream::Stderr
            },
            text: r.sym()?,
        },
        13 => LoopBlocked {
            start: r.nanos()?,
            end: r.nanos()?,
            task: r.opt_task()?,
            line: r.u32()?,
            cause: r.sym()?,
        },
        14 => ThreadStart {
            at: r.nanos()?,
            thread: ThreadId(r.u32()?),
            name: r.sym()?,
            worker: r.bool()?,
        },
        15 => ThreadEnd {
            at: r.nanos()?,
            thread: ThreadId(r.u32()?),
        },
        16 => ThreadRan {
            start: r.nanos()?,
            end: r.nanos()?,
            thread: ThreadId(r.u32()?),
        },
        17 => ThreadBlocked {
            start: r.nanos()?,
            end: r.nanos()?,
            thread: ThreadId(r.u32()?),
            cause: r.sym()?,
        },
        18 => FetchStart {
            at: r.nanos()?,
            fetch: r.u32()?,
            task: r.opt_task()?,
            method: r.sym()?,
            url: r.sym()?,
        },
        19 => FetchEnd {
            at: r.nanos()?,
            fetch: r.u32()?,
            status: u16::try_from(r.u32()?).map_err(|_| WireError("a bad status"))?,
            bytes: r.u64()?,
            error: r.opt_sym()?,
        },
        20 => Warning {
            at: r.nanos()?,
            text: r.sym()?,
        },
        21 => SlowCallback {
            start: r.nanos()?,
            end: r.nanos()?,
            task: r.opt_task()?,
            what: r.sym()?,
        },
        22 => {
            let at = r.nanos()?;
            let n = r.u64()?;
            let mut stuck = Vec::new();
            for _ in 0..n {
                stuck.push(Stuck {
                    task: r.task()?,
                    awaits: r.awaits()?,
                    line: r.u32()?,
                });
            }
            Deadlock { at, stuck }
        }
        23 => CellStarted {
            at: r.nanos()?,
            cell: r.u32()?,
            line: r.u32()?,
            task: r.opt_task()?,
        },
        _ => return Err(WireError("an unknown event")),
    })
}
