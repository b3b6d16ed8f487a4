//! TCP connections to the world outside the run: a host's sockets as the loop sees them.
//!
//! A program's connect to an address none of its own servers listens on goes to the host
//! (`asyncio/selector_events.py`'s `_HostLink`): natively a real socket
//! (`crates/cli/src/sockets.rs`), in the page whatever the page plugs in. The host reports
//! what happens on each connection as [`SocketEvent`]s; the driver polls for them
//! (`runners/io.rs`) and hands each to its connection's Python callback on the loop, as a
//! selector loop hands readiness to a transport.
//!
//! The other way round, a program's server that asks to be reached from outside
//! (`selector_events.expose`, which uvicorn calls) becomes a listener of the host's:
//! natively a real listening socket, in the page the Requests and Load panels. The host
//! reports each connection it accepts as [`SocketEvent::Accepted`] under the listener's
//! id, then that connection's events under an id of its own; all of them go to the
//! listener's callback, with the connection's id as a third argument, so the server
//! hands each connection's events to its transport in the order they happened.
//!
//! The database (localhost:5432, the tutorials' server) answers from the same machine, so
//! its round trips take no time beyond its own work. `loopscope.network.configure(
//! database_latency=S)` makes each of its answers arrive S seconds later on the run's
//! clock, as a server across a network would: answers wait in their connection's queue,
//! in order, and the driver wakes the loop when the first is due (`next_due`).

use crate::base_events::Scheduler;
use crate::clock::RESOLUTION;
use loopscope_python::Value;
use std::cell::RefCell;
use std::collections::{BTreeMap, VecDeque};
use std::rc::Rc;

/// True for the address of the tutorials' database server, which hosts answer with
/// PGlite or a PostgreSQL of the user's choosing.
pub fn is_database(host: &str, port: u16) -> bool {
    port == 5432 && matches!(host, "localhost" | "127.0.0.1" | "::1")
}

/// What happened on a connection.
#[derive(Clone, Debug, PartialEq)]
pub enum SocketEvent {
    /// The connect succeeded; the local address is `(host, port)`.
    Connected { local: (String, u16) },
    /// Bytes arrived.
    Data(Vec<u8>),
    /// The peer closed its side.
    Eof,
    /// The connect failed or the connection broke: `errno` and its text, as the OS words
    /// them (111 "Connection refused").
    Failed { errno: i32, text: String },
    /// A listener accepted connection `conn` (an id the host chose, with [`INBOUND`]
    /// set) from `peer`.
    Accepted { conn: u32, peer: (String, u16) },
}

/// The bit set in the ids a host gives the connections it accepts, so that they never
/// meet the ids the run gives the connections it opens.
pub const INBOUND: u32 = 1 << 31;

/// `errno` of a host that cannot listen at all (`EOPNOTSUPP`): the server stays the
/// program's own, and nobody is told.
pub const CANNOT_LISTEN: i32 = 95;

/// A host's TCP sockets.
///
/// Requirements: no call blocks; after `connect(id, ..)` the host reports `Connected` or
/// `Failed` for `id` exactly once, then any `Data`, and at most one `Eof` or `Failed`;
/// after `close(id)` nothing more is reported for `id`; `now` is a monotonic real clock in
/// seconds (the virtual clock keeps pace with it while connections are open).
pub trait SocketHost {
    /// Starts connecting to `host:port`.
    fn connect(&mut self, id: u32, host: &str, port: u16);
    /// Starts accepting connections to `host:port` from outside the run, or says why it
    /// cannot (`errno`, text: 98 "Address already in use"). Each connection accepted is
    /// reported as `Accepted` under `id`, and its own events under the connection's id
    /// (one with [`INBOUND`] set); `close(id)` stops listening. A host without listening
    /// sockets keeps the default, [`CANNOT_LISTEN`].
    fn listen(&mut self, id: u32, host: &str, port: u16) -> Result<(), (i32, String)> {
        let _ = (id, host, port);
        Err((CANNOT_LISTEN, "Operation not supported".into()))
    }
    /// Sends bytes on a connected socket.
    fn send(&mut self, id: u32, data: &[u8]);
    /// Closes a socket (whatever state it is in).
    fn close(&mut self, id: u32);
    /// What happened since the last call.
    fn poll(&mut self) -> Vec<(u32, SocketEvent)>;
    /// Real seconds, monotonic.
    fn now(&self) -> f64;
    /// Whether the host wakes a waiting run when something happens on a socket (so the
    /// run need not poll every `IO_POLL`).
    fn wakes_host(&self) -> bool {
        false
    }
}

/// One open connection or listener: where its events go. `inbound` is set for a
/// connection a listener accepted, whose events go to the listener's callback with the
/// connection's id.
struct Open {
    sched: Rc<RefCell<Scheduler>>,
    callback: Value,
    inbound: bool,
    /// Seconds each event waits before the program sees it (the database's latency).
    delay: f64,
    /// Events that arrived and are not yet due, in order, with when they are due.
    held: VecDeque<(f64, SocketEvent)>,
}

/// The run's connections to the host.
#[derive(Default)]
pub struct Sockets {
    host: Option<Box<dyn SocketHost>>,
    open: BTreeMap<u32, Open>,
    next_id: u32,
    /// The database's simulated latency for connections opened from now on (seconds).
    pub database_latency: f64,
}

impl Sockets {
    pub fn set_host(&mut self, host: Box<dyn SocketHost>) {
        self.host = Some(host);
    }

    pub fn available(&self) -> bool {
        self.host.is_some()
    }

    /// True while any connection is open: the run waits for them rather than ending in
    /// a deadlock, and the virtual clock keeps pace with real time.
    pub fn busy(&self) -> bool {
        !self.open.is_empty()
    }

    pub fn now(&self) -> Option<f64> {
        self.host.as_ref().map(|h| h.now())
    }

    /// Whether the host wakes a waiting run when something happens on a socket.
    pub fn wakes_host(&self) -> bool {
        self.host.as_ref().is_some_and(|h| h.wakes_host())
    }

    /// Starts a connection whose events go to `callback(kind, payload)` on `sched`'s loop;
    /// `None` when the host has no sockets.
    pub fn open(
        &mut self,
        host: &str,
        port: u16,
        sched: Rc<RefCell<Scheduler>>,
        callback: Value,
    ) -> Option<u32> {
        let h = self.host.as_mut()?;
        self.next_id += 1;
        let id = self.next_id;
        h.connect(id, host, port);
        let delay = if is_database(host, port) {
            self.database_latency
        } else {
            0.0
        };
        self.track(id, sched, callback, delay);
        Some(id)
    }

    /// Remembers where the events of the run's own socket `id` go.
    fn track(&mut self, id: u32, sched: Rc<RefCell<Scheduler>>, callback: Value, delay: f64) {
        let open = Open {
            sched,
            callback,
            inbound: false,
            delay,
            held: VecDeque::new(),
        };
        self.open.insert(id, open);
    }

    /// When the first event held back by a connection's latency is due.
    pub fn next_due(&self) -> Option<f64> {
        self.open
            .values()
            .filter_map(|o| o.held.front().map(|(due, _)| *due))
            .min_by(f64::total_cmp)
    }

    /// Starts listening on `host:port` for the host's connections; their events go to
    /// `callback(kind, payload, conn)` on `sched`'s loop. The listener's id, or why not.
    pub fn listen(
        &mut self,
        host: &str,
        port: u16,
        sched: Rc<RefCell<Scheduler>>,
        callback: Value,
    ) -> Result<u32, (i32, String)> {
        let Some(h) = self.host.as_mut() else {
            return Err((CANNOT_LISTEN, "Operation not supported".into()));
        };
        let id = self.next_id + 1;
        h.listen(id, host, port)?;
        self.next_id = id;
        self.track(id, sched, callback, 0.0);
        Ok(id)
    }

    pub fn send(&mut self, id: u32, data: &[u8]) {
        if let (Some(h), true) = (self.host.as_mut(), self.open.contains_key(&id)) {
            h.send(id, data);
        }
    }

    pub fn close(&mut self, id: u32) {
        if self.open.remove(&id).is_some() {
            if let Some(h) = self.host.as_mut() {
                h.close(id);
            }
        }
    }

    /// Events due by `now` (the run's clock), each with the loop and callback it goes to
    /// and the arguments to call it with. A failed or ended connection stays open until
    /// the program closes it, as a socket does.
    pub fn collect(&mut self, now: f64) -> Vec<(Rc<RefCell<Scheduler>>, Value, Vec<Value>)> {
        let Some(h) = self.host.as_mut() else {
            return vec![];
        };
        let mut out = vec![];
        // In the order they happened: an `Accepted` makes its connection known before
        // that connection's first bytes, which may come in the same batch.
        for (id, event) in h.poll() {
            let Some(open) = self.open.get_mut(&id) else {
                continue;
            };
            if open.delay > 0.0 || !open.held.is_empty() {
                open.held.push_back((now + open.delay, event));
            } else if let Some(call) = self.deliver(id, event) {
                out.push(call);
            }
        }
        let mut due = vec![];
        for (id, open) in self.open.iter_mut() {
            // Due as the driver counts it (`RESOLUTION`), or it would wait for it again.
            while open
                .held
                .front()
                .is_some_and(|(due, _)| *due < now + RESOLUTION)
            {
                if let Some((_, event)) = open.held.pop_front() {
                    due.push((*id, event));
                }
            }
        }
        for (id, event) in due {
            if let Some(call) = self.deliver(id, event) {
                out.push(call);
            }
        }
        out
    }

    /// The loop, callback and arguments that hand `event` on socket `id` to the program;
    /// an `Accepted` event also makes the accepted connection known.
    fn deliver(
        &mut self,
        id: u32,
        event: SocketEvent,
    ) -> Option<(Rc<RefCell<Scheduler>>, Value, Vec<Value>)> {
        let open = self.open.get(&id)?;
        let (sched, callback) = (open.sched.clone(), open.callback.clone());
        let args = if open.inbound {
            let mut args = event_args(event);
            args.push(Value::Int(i64::from(id)));
            args
        } else if let SocketEvent::Accepted { conn, .. } = &event {
            let conn = *conn;
            self.open.insert(
                conn,
                Open {
                    sched: sched.clone(),
                    callback: callback.clone(),
                    inbound: true,
                    delay: 0.0,
                    held: VecDeque::new(),
                },
            );
            let mut args = event_args(event);
            args.push(Value::Int(i64::from(conn)));
            args
        } else {
            event_args(event)
        };
        Some((sched, callback, args))
    }

    /// Closes every connection (the run is over).
    pub fn close_all(&mut self) {
        let ids: Vec<u32> = self.open.keys().copied().collect();
        for id in ids {
            self.close(id);
        }
    }
}

/// An event as the Python callback receives it: `(kind, payload)`.
pub fn event_args(event: SocketEvent) -> Vec<Value> {
    match event {
        SocketEvent::Connected { local } => vec![
            Value::str("connected"),
            Value::tuple(vec![Value::string(local.0), Value::Int(i64::from(local.1))]),
        ],
        SocketEvent::Data(bytes) => vec![Value::str("data"), Value::Bytes(Rc::from(bytes))],
        SocketEvent::Eof => vec![Value::str("eof"), Value::None],
        SocketEvent::Failed { errno, text } => vec![
            Value::str("failed"),
            Value::tuple(vec![Value::Int(i64::from(errno)), Value::string(text)]),
        ],
        SocketEvent::Accepted { peer, .. } => vec![
            Value::str("accepted"),
            Value::tuple(vec![Value::string(peer.0), Value::Int(i64::from(peer.1))]),
        ],
    }
}

impl Drop for Sockets {
    fn drop(&mut self) {
        self.close_all();
    }
}
