//! The CLI's sockets: a program's connection to an address outside itself (a database
//! server, any TCP peer) is a real `std::net::TcpStream`. Connecting and reading happen on
//! one OS thread per connection, which hands events back over a channel for the driver to
//! poll; writes go out from the run's thread.

use loopscope_aio::net::socket::{SocketEvent, SocketHost};
use std::collections::{HashMap, HashSet};
use std::io::{Read, Write};
use std::net::{Shutdown, TcpStream};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// The connected streams (for writing) and the ids the run has closed, shared with the
/// connecting threads so a socket closed while it connects is shut at once.
#[derive(Default)]
struct Table {
    streams: HashMap<u32, TcpStream>,
    closed: HashSet<u32>,
}

type Streams = Arc<Mutex<Table>>;

pub struct NativeSockets {
    start: Instant,
    tx: Sender<(u32, SocketEvent)>,
    rx: Receiver<(u32, SocketEvent)>,
    streams: Streams,
}

impl NativeSockets {
    pub fn new() -> NativeSockets {
        let (tx, rx) = channel();
        NativeSockets {
            start: Instant::now(),
            tx,
            rx,
            streams: Arc::default(),
        }
    }
}

/// An OS error as the program sees it: errno and the OS's words, without Rust's suffix.
fn failed(e: &std::io::Error) -> SocketEvent {
    let text = e.to_string();
    let text = text.split(" (os error").next().unwrap_or(&text).to_string();
    SocketEvent::Failed {
        errno: e.raw_os_error().unwrap_or(5),
        text,
    }
}

fn connect_and_read(
    id: u32,
    host: String,
    port: u16,
    streams: Streams,
    tx: Sender<(u32, SocketEvent)>,
) {
    let mut stream = match TcpStream::connect((host.as_str(), port)) {
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
    match stream.try_clone() {
        Ok(writer) => {
            let Ok(mut table) = streams.lock() else {
                return;
            };
            if table.closed.contains(&id) {
                let _ = stream.shutdown(Shutdown::Both);
                return;
            }
            table.streams.insert(id, writer);
        }
        Err(e) => {
            let _ = tx.send((id, failed(&e)));
            return;
        }
    }
    if tx.send((id, SocketEvent::Connected { local })).is_err() {
        return;
    }
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
        let (host, streams, tx) = (host.to_string(), self.streams.clone(), self.tx.clone());
        std::thread::spawn(move || connect_and_read(id, host, port, streams, tx));
    }

    fn send(&mut self, id: u32, data: &[u8]) {
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
        if let Ok(mut table) = self.streams.lock() {
            table.closed.insert(id);
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

    fn now(&self) -> f64 {
        self.start.elapsed().as_secs_f64()
    }
}
