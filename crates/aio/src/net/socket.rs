//! TCP connections to the world outside the run: a host's sockets as the loop sees them.
//!
//! A program's connect to an address none of its own servers listens on goes to the host
//! (`asyncio/selector_events.py`'s `_HostLink`): natively a real socket
//! (`crates/cli/src/sockets.rs`), in the page whatever the page plugs in. The host reports
//! what happens on each connection as [`SocketEvent`]s; the driver polls for them
//! (`runners/io.rs`) and hands each to its connection's Python callback on the loop, as a
//! selector loop hands readiness to a transport.

use crate::base_events::Scheduler;
use loopscope_python::Value;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

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
}

/// A host's TCP sockets.
///
/// Requirements: no call blocks; after `connect(id, ..)` the host reports `Connected` or
/// `Failed` for `id` exactly once, then any `Data`, and at most one `Eof` or `Failed`;
/// after `close(id)` nothing more is reported for `id`; `now` is a monotonic real clock in
/// seconds (the virtual clock keeps pace with it while connections are open).
pub trait SocketHost {
    /// Starts connecting to `host:port`.
    fn connect(&mut self, id: u32, host: &str, port: u16);
    /// Sends bytes on a connected socket.
    fn send(&mut self, id: u32, data: &[u8]);
    /// Closes a socket (whatever state it is in).
    fn close(&mut self, id: u32);
    /// What happened since the last call.
    fn poll(&mut self) -> Vec<(u32, SocketEvent)>;
    /// Real seconds, monotonic.
    fn now(&self) -> f64;
}

/// One open connection: where its events go.
struct Open {
    sched: Rc<RefCell<Scheduler>>,
    callback: Value,
}

/// The run's connections to the host.
#[derive(Default)]
pub struct Sockets {
    host: Option<Box<dyn SocketHost>>,
    open: BTreeMap<u32, Open>,
    next_id: u32,
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
        self.open.insert(id, Open { sched, callback });
        h.connect(id, host, port);
        Some(id)
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

    /// Events since the last call, each with the loop and callback it goes to. A failed
    /// or ended connection stays open until the program closes it, as a socket does.
    pub fn collect(&mut self) -> Vec<(Rc<RefCell<Scheduler>>, Value, SocketEvent)> {
        let Some(h) = self.host.as_mut() else {
            return vec![];
        };
        h.poll()
            .into_iter()
            .filter_map(|(id, event)| {
                let open = self.open.get(&id)?;
                Some((open.sched.clone(), open.callback.clone(), event))
            })
            .collect()
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
    }
}

impl Drop for Sockets {
    fn drop(&mut self) {
        self.close_all();
    }
}
