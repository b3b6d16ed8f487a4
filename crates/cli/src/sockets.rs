//! The CLI's sockets: a program's connection to an address outside itself (a database
//! server, any TCP peer) is a real `std::net::TcpStream`. Connecting and reading happen on
//! one OS thread per connection, which hands events back over a channel for the driver to
//! poll; writes go out from the run's thread. A server the program exposes (uvicorn's)
//! listens on a real `TcpListener`, accepting on a thread of its own; the connections it
//! accepts are read and written like the others.
//!
//! Connections to localhost:5432, the tutorials' database server, go to PGlite instead —
//! the same database and session rules as the page (`www/pglite/session.js`), in a Node
//! process (`www/pglite/node-bridge.mjs`) started on the first such connection — unless
//! the run names a server of its own (`--database URL`). The seconds PGlite takes to start
//! are not the program's: the clock this host gives the run stands still from the start
//! of the process until PGlite says it is ready, so a program prints the same times
//! whether or not it was the one that started the database.

use loopscope_aio::net::socket::{is_database, SocketEvent, SocketHost, INBOUND};
use std::collections::{HashMap, HashSet};
use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The connected streams (for writing) and the ids the run has closed, shared with the
/// connecting threads so a socket closed while it connects is shut at once.
#[derive(Default)]
struct Table {
    streams: HashMap<u32, TcpStream>,
    /// Listeners, each taken out (and so closed, its port free again) when the run
    /// closes it.
    listeners: HashMap<u32, TcpListener>,
    closed: HashSet<u32>,
}

type Streams = Arc<Mutex<Table>>;

/// The time PGlite's starts took, which the run's clock leaves out.
#[derive(Default)]
struct Boot {
    /// Every finished start, in all.
    total: Duration,
    /// When the start in progress began.
    since: Option<Instant>,
}

impl Boot {
    fn end(&mut self) {
        if let Some(since) = self.since.take() {
            self.total += since.elapsed();
        }
    }
}

pub struct NativeSockets {
    start: Instant,
    boot: Arc<Mutex<Boot>>,
    tx: Sender<(u32, SocketEvent)>,
    rx: Receiver<(u32, SocketEvent)>,
    streams: Streams,
    /// Whether localhost:5432 is PGlite (no `--database`).
    use_pglite: bool,
    pglite: Option<Bridge>,
    /// Connections that go to PGlite.
    to_pglite: HashSet<u32>,
    /// How many connections the listeners have accepted (their ids count from it).
    accepted: Arc<AtomicU32>,
}

/// The Node process holding PGlite, and its stdin for our frames.
struct Bridge {
    child: Child,
    stdin: ChildStdin,
}

const BRIDGE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../www/pglite/node-bridge.mjs"
);

impl NativeSockets {
    pub fn new(use_pglite: bool) -> NativeSockets {
        let (tx, rx) = channel();
        NativeSockets {
            start: Instant::now(),
            boot: Arc::default(),
            tx,
            rx,
            streams: Arc::default(),
            use_pglite,
            pglite: None,
            to_pglite: HashSet::new(),
            accepted: Arc::default(),
        }
    }

    /// Starts the PGlite process (once), with a thread turning its frames into events.
    fn bridge(&mut self) -> Result<&mut Bridge, String> {
        if self.pglite.is_none() {
            let mut child = Command::new("node")
                .arg(BRIDGE)
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::inherit())
                .spawn()
                .map_err(|e| {
                    format!("the database (PGlite) needs Node.js, which could not start: {e}")
                })?;
            let stdin = child
                .stdin
                .take()
                .ok_or("no stdin for the PGlite process")?;
            let mut stdout = child
                .stdout
                .take()
                .ok_or("no stdout for the PGlite process")?;
            let tx = self.tx.clone();
            if let Ok(mut boot) = self.boot.lock() {
                boot.since = Some(Instant::now());
            }
            let boot = self.boot.clone();
            let end_boot = move || {
                if let Ok(mut boot) = boot.lock() {
                    boot.end();
                }
            };
            std::thread::spawn(move || {
                let mut head = [0u8; 9];
                while stdout.read_exact(&mut head).is_ok() {
                    let id = u32::from_be_bytes([head[1], head[2], head[3], head[4]]);
                    let len = u32::from_be_bytes([head[5], head[6], head[7], head[8]]) as usize;
                    let mut body = vec![0u8; len];
                    if stdout.read_exact(&mut body).is_err() {
                        break;
                    }
                    let event = match head[0] {
                        b'R' => {
                            end_boot();
                            continue;
                        }
                        b'C' => SocketEvent::Connected {
                            local: ("127.0.0.1".into(), 40000u16.wrapping_add(id as u16)),
                        },
                        b'D' => SocketEvent::Data(body),
                        b'E' => SocketEvent::Eof,
                        _ => {
                            // PGlite did not start: the clock goes on again.
                            end_boot();
                            SocketEvent::Failed {
                                errno: 111,
                                text: String::from_utf8_lossy(&body).into_owned(),
                            }
                        }
                    };
                    if tx.send((id, event)).is_err() {
                        break;
                    }
                }
                end_boot();
            });
            self.pglite = Some(Bridge { child, stdin });
        }
        self.pglite.as_mut().ok_or_else(|| "no PGlite".to_string())
    }

    fn send_to_bridge(&mut self, kind: u8, id: u32, data: &[u8]) {
        let mut frame = Vec::with_capacity(9 + data.len());
        frame.push(kind);
        frame.extend_from_slice(&id.to_be_bytes());
        frame.extend_from_slice(&(data.len() as u32).to_be_bytes());
        frame.extend_from_slice(data);
        let written = match self.bridge() {
            Ok(b) => b
                .stdin
                .write_all(&frame)
                .and_then(|()| b.stdin.flush())
                .map_err(|e| e.to_string()),
            Err(e) => Err(e),
        };
        if let Err(text) = written {
            let _ = self.tx.send((id, SocketEvent::Failed { errno: 111, text }));
        }
    }
}

impl Drop for NativeSockets {
    fn drop(&mut self) {
        if let Some(mut b) = self.pglite.take() {
            let _ = b.child.kill();
            let _ = b.child.wait();
        }
    }
}

/// An OS error as the program sees it: errno and the OS's words, without Rust's suffix.
fn os_error(e: &std::io::Error) -> (i32, String) {
    let text = e.to_string();
    let text = text.split(" (os error").next().unwrap_or(&text).to_string();
    (e.raw_os_error().unwrap_or(5), text)
}

fn failed(e: &std::io::Error) -> SocketEvent {
    let (errno, text) = os_error(e);
    SocketEvent::Failed { errno, text }
}

/// Accepts connections on listener `id` until the run closes it: each gets an id with
/// [`INBOUND`] set, is reported as `Accepted` under `id`, and is then read like a
/// connection the program opened.
fn accept_until_closed(
    id: u32,
    streams: Streams,
    tx: Sender<(u32, SocketEvent)>,
    accepted: Arc<AtomicU32>,
) {
    loop {
        let next = match streams.lock() {
            Ok(table) => match table.listeners.get(&id) {
                Some(listener) => listener.accept(),
                None => return,
            },
            Err(_) => return,
        };
        match next {
            Ok((stream, peer)) => {
                let conn = INBOUND | (accepted.fetch_add(1, Ordering::Relaxed) + 1);
                let _ = stream.set_nonblocking(false);
                let _ = stream.set_nodelay(true);
                let peer = (peer.ip().to_string(), peer.port());
                if !keep_writer(conn, &stream, &streams, &tx) {
                    continue;
                }
                if tx.send((id, SocketEvent::Accepted { conn, peer })).is_err() {
                    return;
                }
                let tx = tx.clone();
                std::thread::spawn(move || read_until_end(conn, stream, &tx));
            }
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                // The listener is non-blocking so that closing it is noticed.
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return,
        }
    }
}

fn connect_and_read(
    id: u32,
    host: String,
    port: u16,
    streams: Streams,
    tx: Sender<(u32, SocketEvent)>,
) {
    let stream = match TcpStream::connect((host.as_str(), port)) {
        Ok(s) => s,
        Err(e) => {
            let _ = tx.send((id, failed(&e)));
            return;
        }
    };
    let _ = stream.set_nodelay(true);
    let local = stream
        .local_addr()
        .map(|a| (a.ip().to_string(), a.port()))
        .unwrap_or_else(|_| ("0.0.0.0".into(), 0));
    if !keep_writer(id, &stream, &streams, &tx)
        || tx.send((id, SocketEvent::Connected { local })).is_err()
    {
        return;
    }
    read_until_end(id, stream, &tx);
}

/// Keeps a writing handle of `stream` for the run, before the program hears of it, so
/// that it can write at once. False when it cannot (or the run has closed `id`).
fn keep_writer(
    id: u32,
    stream: &TcpStream,
    streams: &Streams,
    tx: &Sender<(u32, SocketEvent)>,
) -> bool {
    match stream.try_clone() {
        Ok(writer) => {
            let Ok(mut table) = streams.lock() else {
                return false;
            };
            if table.closed.contains(&id) {
                let _ = stream.shutdown(Shutdown::Both);
                return false;
            }
            table.streams.insert(id, writer);
            true
        }
        Err(e) => {
            let _ = tx.send((id, failed(&e)));
            false
        }
    }
}

/// Reads `stream`, reporting what comes until the end of the stream or an error.
fn read_until_end(id: u32, mut stream: TcpStream, tx: &Sender<(u32, SocketEvent)>) {
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => {
                let _ = tx.send((id, SocketEvent::Eof));
                return;
            }
            Ok(n) => {
                if tx.send((id, SocketEvent::Data(buf[..n].to_vec()))).is_err() {
                    return;
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => {
                let _ = tx.send((id, failed(&e)));
                return;
            }
        }
    }
}

impl SocketHost for NativeSockets {
    fn connect(&mut self, id: u32, host: &str, port: u16) {
        if self.use_pglite && is_database(host, port) {
            self.to_pglite.insert(id);
            self.send_to_bridge(b'o', id, &[]);
            return;
        }
        let (host, streams, tx) = (host.to_string(), self.streams.clone(), self.tx.clone());
        std::thread::spawn(move || connect_and_read(id, host, port, streams, tx));
    }

    fn listen(&mut self, id: u32, host: &str, port: u16) -> Result<(), (i32, String)> {
        let listener = TcpListener::bind((host, port)).map_err(|e| os_error(&e))?;
        listener.set_nonblocking(true).map_err(|e| os_error(&e))?;
        if let Ok(mut table) = self.streams.lock() {
            table.listeners.insert(id, listener);
        }
        let (streams, tx, accepted) =
            (self.streams.clone(), self.tx.clone(), self.accepted.clone());
        std::thread::spawn(move || accept_until_closed(id, streams, tx, accepted));
        Ok(())
    }

    fn send(&mut self, id: u32, data: &[u8]) {
        if self.to_pglite.contains(&id) {
            self.send_to_bridge(b's', id, data);
            return;
        }
        let result = match self.streams.lock() {
            Ok(mut table) => match table.streams.get_mut(&id) {
                Some(stream) => stream.write_all(data),
                None => return,
            },
            Err(_) => return,
        };
        if let Err(e) = result {
            let _ = self.tx.send((id, failed(&e)));
        }
    }

    fn close(&mut self, id: u32) {
        if self.to_pglite.remove(&id) {
            self.send_to_bridge(b'c', id, &[]);
        }
        if let Ok(mut table) = self.streams.lock() {
            table.closed.insert(id);
            table.listeners.remove(&id);
            if let Some(stream) = table.streams.remove(&id) {
                let _ = stream.shutdown(Shutdown::Both);
            }
        }
    }

    fn poll(&mut self) -> Vec<(u32, SocketEvent)> {
        let events: Vec<_> = self.rx.try_iter().collect();
        let Ok(table) = self.streams.lock() else {
            return vec![];
        };
        events
            .into_iter()
            .filter(|(id, _)| !table.closed.contains(id))
            .collect()
    }

    /// Real seconds since the run began, less PGlite's starts: while one is under way,
    /// the moment it began.
    fn now(&self) -> f64 {
        let Ok(boot) = self.boot.lock() else {
            return self.start.elapsed().as_secs_f64();
        };
        let until = boot.since.unwrap_or_else(Instant::now);
        until
            .saturating_duration_since(self.start)
            .saturating_sub(boot.total)
            .as_secs_f64()
    }
}
