//! Real fetches as the driver sees them: finished ones are delivered — to their loop as
//! a callback, or to the thread blocked on them — and those past their deadline end with
//! a timeout. Simulated fetches need none of this: their answers are loop timers or
//! blocks of known length.

use super::Runtime;
use crate::events::Handle;
use crate::net::natives::record_end;
use crate::net::{result_value, Summary, Target};
use loopscope_python::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

impl Runtime {
    /// Sends this run's HTTP requests to the real network through `fetcher` (`None`: a
    /// host without one, where every request fails saying so). Set before `start`.
    pub fn use_real_network(&mut self, fetcher: Option<Box<dyn crate::net::Fetcher>>) {
        self.shared.borrow_mut().net.use_real(fetcher);
    }

    /// Sends this run's connections to addresses outside the program to `host`'s sockets.
    pub fn use_sockets(&mut self, host: Box<dyn crate::net::socket::SocketHost>) {
        self.shared.borrow_mut().net.sockets.set_host(host);
    }

    /// Collects the real fetches that have finished (or timed out) and what happened on
    /// open connections, and delivers them.
    pub(super) fn poll_io(&mut self) {
        let (done, events) = {
            let mut s = self.shared.borrow_mut();
            let s = &mut *s;
            s.net.keep_pace(&mut s.clock);
            if !s.net.busy() {
                return;
            }
            let now = s.clock.now();
            (s.net.collect(now), s.net.sockets.collect(now))
        };
        for (sched, callback, args) in events {
            let cancelled_timers = {
                let sc = sched.borrow();
                if sc.closed {
                    continue;
                }
                sc.cancelled_timers.clone()
            };
            sched.borrow_mut().call_soon(Rc::new(Handle {
                callback,
                args,
                context: Value::None,
                cancelled: Cell::new(false),
                when: None,
                scheduled: Cell::new(false),
                io: false,
                cancelled_timers,
                source_traceback: RefCell::new(Value::None),
            }));
        }
        for (id, target, elapsed, result) in done {
            let value = result_value(&result, elapsed);
            self.shared.borrow_mut().net.ended(id, Summary::of(&result));
            match target {
                Target::Loop { sched, callback } => {
                    if sched.borrow().closed {
                        self.end_fetch(id);
                        continue;
                    }
                    let handle = Rc::new(Handle {
                        callback,
                        args: vec![Value::Int(i64::from(id)), value],
                        context: Value::None,
                        cancelled: Cell::new(false),
                        when: None,
                        scheduled: Cell::new(false),
                        io: false,
                        cancelled_timers: sched.borrow().cancelled_timers.clone(),
                        source_traceback: RefCell::new(Value::None),
                    });
                    sched.borrow_mut().call_soon(handle);
                }
                Target::Blocking => {
                    let now = self.now();
                    let waiter = self
                        .blocked
                        .iter_mut()
                        .chain(self.threads.iter_mut().filter_map(|t| t.blocked.as_mut()))
                        .find(|b| b.fetch() == Some(id));
                    match waiter {
                        Some(b) => {
                            b.until = now;
                            b.result = value;
                        }
                        None => self.end_fetch(id),
                    }
                }
            }
        }
    }

    pub(super) fn end_fetch(&mut self, id: u32) {
        let mut s = self.shared.borrow_mut();
        if let Some(summary) = s.net.take_summary(id) {
            record_end(&mut s, id, summary);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::net::{FetchResult, Fetcher, HttpRequest, HttpResponse};
    use crate::{Clock, Poll, Runtime};
    use loopscope_python::{OutputSink, Stream};
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    struct Collect(Rc<RefCell<String>>);

    impl OutputSink for Collect {
        fn write(&mut self, _: Stream, text: &str) {
            self.0.borrow_mut().push_str(text);
        }
    }

    /// A real network on a pretend clock: a URL ending in `/N` answers N tenths of a
    /// second (of `now`) after it was asked.
    struct Scripted {
        now: Rc<Cell<f64>>,
        pending: Vec<(u32, f64, String)>,
        cancelled: Rc<RefCell<Vec<u32>>>,
    }

    impl Fetcher for Scripted {
        fn start(&mut self, id: u32, req: &HttpRequest) {
            let tenths: f64 = req
                .url
                .path
                .rsplit('/')
                .next()
                .and_then(|n| n.parse().ok())
                .unwrap_or(0.0);
            self.pending
                .push((id, self.now.get() + tenths / 10.0, req.url.href()));
        }

        fn poll(&mut self) -> Vec<(u32, FetchResult)> {
            let now = self.now.get();
            let (done, left): (Vec<_>, Vec<_>) = self.pending.drain(..).partition(|p| p.1 <= now);
            self.pending = left;
            done.into_iter()
                .map(|(id, _, url)| {
                    let body = format!("{{\"url\": \"{url}\"}}").into_bytes();
                    let headers = vec![("Content-Type".into(), "application/json".into())];
                    (
                        id,
                        Ok(HttpResponse {
                            status: 200,
                            reason: "OK".into(),
                            headers,
                            body,
                            url,
                        }),
                    )
                })
                .collect()
        }

        fn cancel(&mut self, id: u32) {
            self.pending.retain(|p| p.0 != id);
            self.cancelled.borrow_mut().push(id);
        }

        fn now(&self) -> f64 {
            self.now.get()
        }
    }

    /// Runs `source` on the virtual clock and the scripted network, letting pretend real
    /// time pass whenever the driver waits.
    fn run(source: &str) -> (String, Vec<u32>) {
        let out = Rc::new(RefCell::new(String::new()));
        let now = Rc::new(Cell::new(0.0));
        let cancelled = Rc::new(RefCell::new(Vec::new()));
        let mut rt = Runtime::new(Box::new(Collect(out.clone())), Clock::virtual_clock());
        rt.use_real_network(Some(Box::new(Scripted {
            now: now.clone(),
            pending: vec![],
            cancelled: cancelled.clone(),
        })));
        rt.start(source, "main.py");
        for _ in 0..100_000 {
            match rt.poll(u64::MAX) {
                Poll::Finished(code) => {
                    assert_eq!(code, 0, "{}", out.borrow());
                    let text = out.borrow().clone();
                    return (text, cancelled.borrow().clone());
                }
                Poll::WaitUntil(t) => {
                    let ahead = t - rt.shared().borrow().clock.now();
                    now.set(now.get() + ahead.max(0.0));
                }
                Poll::Busy | Poll::Paused => {}
            }
        }
        panic!("the run never finished: {}", out.borrow());
    }

    #[test]
    fn real_fetches_overlap_and_the_virtual_clock_keeps_pace() {
        let (out, _) = run("import asyncio, aiohttp\n\
            async def get(s, url):\n    async with s.get(url) as r:\n        print(r.status, (await r.json())['url'])\n\
            async def main():\n    loop = asyncio.get_running_loop()\n    async with aiohttp.ClientSession() as s:\n        await asyncio.gather(get(s, 'http://a.test/5'), get(s, 'http://b.test/2'))\n    print(f'{loop.time():.1f}')\n\
            asyncio.run(main())\n");
        assert_eq!(out, "200 http://b.test/2\n200 http://a.test/5\n0.5\n");
    }

    #[test]
    fn a_timer_due_before_the_answer_fires_first_and_timeouts_cancel() {
        let (out, cancelled) = run("import asyncio, aiohttp, requests\n\
            async def tick():\n    await asyncio.sleep(0.1)\n    print('tick')\n\
            async def main():\n    async with aiohttp.ClientSession() as s:\n        t = asyncio.create_task(tick())\n        r = await s.get('http://a.test/3')\n        print('answer', r.status)\n        try:\n            await s.get('http://a.test/9', timeout=aiohttp.ClientTimeout(total=0.4))\n        except asyncio.TimeoutError:\n            print('timed out')\n\
            asyncio.run(main())\n\
            print(requests.get('http://a.test/1').status_code)\n");
        assert_eq!(out, "tick\nanswer 200\ntimed out\n200\n");
        assert_eq!(cancelled, [2], "the timed-out fetch was cancelled");
    }

    /// Polls `rt` until the program ends; its exit code.
    fn run_to_end(rt: &mut Runtime) -> i32 {
        loop {
            match rt.poll(u64::MAX) {
                Poll::Finished(code) => return code,
                Poll::WaitUntil(_) | Poll::Busy | Poll::Paused => {}
            }
        }
    }

    /// A host whose sockets answer on port 7 (and the database's, 5432) by echoing
    /// upper-cased bytes one poll later, and refuse every other port. Its clock moves
    /// 10 ms a poll.
    #[derive(Default)]
    struct EchoHost {
        events: Vec<(u32, crate::net::socket::SocketEvent)>,
        closed: Rc<RefCell<Vec<u32>>>,
        polls: std::cell::Cell<u32>,
    }

    impl crate::net::socket::SocketHost for EchoHost {
        fn connect(&mut self, id: u32, _host: &str, port: u16) {
            use crate::net::socket::SocketEvent;
            self.events.push((
                id,
                if port == 7 || port == 5432 {
                    SocketEvent::Connected {
                        local: ("127.0.0.1".into(), 50000),
                    }
                } else {
                    SocketEvent::Failed {
                        errno: 111,
                        text: "Connection refused".into(),
                    }
                },
            ));
        }

        fn send(&mut self, id: u32, data: &[u8]) {
            let upper = data.to_ascii_uppercase();
            self.events
                .push((id, crate::net::socket::SocketEvent::Data(upper)));
        }

        fn close(&mut self, id: u32) {
            self.closed.borrow_mut().push(id);
        }

        fn poll(&mut self) -> Vec<(u32, crate::net::socket::SocketEvent)> {
            self.polls.set(self.polls.get() + 1);
            std::mem::take(&mut self.events)
        }

        fn now(&self) -> f64 {
            f64::from(self.polls.get()) * 0.01
        }
    }

    #[test]
    fn connections_outside_the_program_go_to_the_host_sockets() {
        let out = Rc::new(RefCell::new(String::new()));
        let closed = Rc::new(RefCell::new(Vec::new()));
        let mut rt = Runtime::new(Box::new(Collect(out.clone())), Clock::virtual_clock());
        rt.use_sockets(Box::new(EchoHost {
            closed: closed.clone(),
            ..EchoHost::default()
        }));
        rt.start(
            "import asyncio\n\
            async def main():\n    r, w = await asyncio.open_connection('db.test', 7)\n    print(w.get_extra_info('sockname'), w.get_extra_info('peername'))\n    w.write(b'hello\\n')\n    print(await r.readline())\n    w.close()\n    await w.wait_closed()\n    try:\n        await asyncio.open_connection('db.test', 8)\n    except ConnectionRefusedError as e:\n        print(e)\n\
            asyncio.run(main())\n",
            "main.py",
        );
        let code = run_to_end(&mut rt);
        assert_eq!(code, 0, "{}", out.borrow());
        assert_eq!(
            *out.borrow(),
            "('127.0.0.1', 50000) ('db.test', 7)\nb'HELLO\\n'\n\
             [Errno 111] Connect call failed ('db.test', 8)\n"
        );
        assert_eq!(*closed.borrow(), [1, 2], "both sockets were closed");
    }

    /// `database_latency`: the database's answers (the connect's too) wait that long on
    /// the run's clock, in order; other hosts' do not.
    #[test]
    fn the_database_latency_holds_each_answer() {
        let out = Rc::new(RefCell::new(String::new()));
        let mut rt = Runtime::new(Box::new(Collect(out.clone())), Clock::virtual_clock());
        rt.use_sockets(Box::new(EchoHost::default()));
        rt.start(
            "import asyncio, loopscope.network\n\
            async def trip(host, port):\n    loop = asyncio.get_running_loop()\n    start = loop.time()\n    r, w = await asyncio.open_connection(host, port)\n    connected = loop.time() - start\n    w.write(b'a\\n')\n    w.write(b'b\\n')\n    lines = [await r.readline(), await r.readline()]\n    print(host, round(connected, 3), round(loop.time() - start, 3), lines)\n    w.close()\n\
            async def main():\n    loopscope.network.configure(database_latency=0.5)\n    await trip('localhost', 5432)\n    await trip('db.test', 7)\n\
            asyncio.run(main())\n",
            "main.py",
        );
        let code = run_to_end(&mut rt);
        assert_eq!(code, 0, "{}", out.borrow());
        assert_eq!(
            *out.borrow(),
            "localhost 0.5 1.0 [b'A\\n', b'B\\n']\ndb.test 0.0 0.0 [b'A\\n', b'B\\n']\n"
        );
    }
}
