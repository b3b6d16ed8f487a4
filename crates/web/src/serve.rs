//! Requests from the page to a program's own server. A program that serves (uvicorn, or
//! any server passed to `selector_events.expose`) asks the host to listen; in the page,
//! the host is the run worker, and the callers are the playground's Requests and Load
//! panels.
//!
//! - **In the run worker** ([`listen`], [`arrive`], and the socket calls
//!   `database::BrowserSockets` forwards here): a listened port is announced to the page;
//!   each request the page sends arrives as a connection the listener accepted, with the
//!   request's bytes; what the server writes on it goes back to the page, and so does its
//!   close.
//! - **In the page** ([`Exchange`], [`request`]): a request is written as HTTP/1.1 with
//!   `Connection: close`, so the server ends the connection after its answer; the bytes
//!   that came back are then read as a response.
//!
//! The run keeps going while it listens, with the virtual clock keeping pace with real
//! time (as with any open connection), so a serving program waits for requests as a real
//! server does, until the program closes the server or the user stops the run.

use crate::remote::Report;
use crate::run::{sleep_ms, wake_up, RunHandle, Wake};
use loopscope_aio::net::socket::{SocketEvent, CANNOT_LISTEN, INBOUND};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::Rc;

// ----- the run worker's side -----

thread_local! {
    /// The run's listeners: port → the listener's id.
    static LISTENERS: RefCell<BTreeMap<u16, u32>> = const { RefCell::new(BTreeMap::new()) };
    /// The connections the page opened that are still open.
    static ACCEPTED: RefCell<HashSet<u32>> = RefCell::new(HashSet::new());
}

/// Listens on `port` for the page's requests, when the run is in a worker that reports
/// to a page.
pub(crate) fn listen(id: u32, port: u16) -> Result<(), (i32, String)> {
    if !crate::runner::reports_to_page() {
        return Err((CANNOT_LISTEN, "Operation not supported".into()));
    }
    let taken = LISTENERS.with(|l| {
        let mut l = l.borrow_mut();
        if l.contains_key(&port) {
            return true;
        }
        l.insert(port, id);
        false
    });
    if taken {
        return Err((98, "Address already in use".into()));
    }
    tell_serving(port, true);
    Ok(())
}

/// Whether `id` is a listener or a connection of this module's.
pub(crate) fn owns(id: u32) -> bool {
    id & INBOUND != 0 || LISTENERS.with(|l| l.borrow().values().any(|&v| v == id))
}

/// The server wrote `data` on connection `conn`: on to the page.
pub(crate) fn send(conn: u32, data: &[u8]) {
    if ACCEPTED.with(|a| a.borrow().contains(&conn)) {
        let mut bytes = conn.to_le_bytes().to_vec();
        bytes.extend_from_slice(data);
        crate::runner::tell_page(Report::HttpData, &bytes);
    }
}

/// The server closed `id`: a connection (the page's request is answered) or a listener.
pub(crate) fn close(id: u32) {
    if ACCEPTED.with(|a| a.borrow_mut().remove(&id)) {
        crate::runner::tell_page(Report::HttpClose, &id.to_le_bytes());
        return;
    }
    let port = LISTENERS.with(|l| {
        let mut l = l.borrow_mut();
        let port = l.iter().find(|(_, &v)| v == id).map(|(&p, _)| p);
        if let Some(p) = port {
            l.remove(&p);
        }
        port
    });
    if let Some(port) = port {
        tell_serving(port, false);
    }
}

/// The run is over: nothing listens any more.
pub(crate) fn reset() {
    let ports: Vec<u16> =
        LISTENERS.with(|l| std::mem::take(&mut *l.borrow_mut()).into_keys().collect());
    for port in ports {
        tell_serving(port, false);
    }
    let conns: Vec<u32> = ACCEPTED.with(|a| a.borrow_mut().drain().collect());
    for conn in conns {
        crate::runner::tell_page(Report::HttpClose, &conn.to_le_bytes());
    }
}

fn tell_serving(port: u16, on: bool) {
    let mut bytes = port.to_le_bytes().to_vec();
    bytes.push(u8::from(on));
    crate::runner::tell_page(Report::Serving, &bytes);
}

/// A request from the page: `bytes` for connection `conn` to `port`. The first bytes of a
/// connection arrive as a connection the listener accepted; a port nobody listens on
/// closes the connection at once (refused).
pub(crate) fn arrive(port: u16, conn: u32, bytes: Vec<u8>) {
    let Some(listener) = LISTENERS.with(|l| l.borrow().get(&port).copied()) else {
        crate::runner::tell_page(Report::HttpClose, &conn.to_le_bytes());
        return;
    };
    let new = ACCEPTED.with(|a| a.borrow_mut().insert(conn));
    if new {
        // Each request comes from a port of its own, as a real client's would.
        let peer = ("127.0.0.1".to_string(), 50000 + (conn & 0x3fff) as u16);
        crate::database::deliver(listener, SocketEvent::Accepted { conn, peer });
    }
    crate::database::deliver(conn, SocketEvent::Data(bytes));
}

// ----- the page's side -----

/// What the page knows of a run's server and the requests sent to it.
#[derive(Default)]
pub(crate) struct Exchange {
    /// The ports the run listens on.
    pub serving: Vec<u16>,
    /// Requests to post to the run worker: port, connection, bytes.
    pub outgoing: Vec<(u16, u32, Vec<u8>)>,
    answers: HashMap<u32, Answer>,
    next: u32,
}

#[derive(Default)]
struct Answer {
    bytes: Vec<u8>,
    closed: bool,
    wake: Wake,
}

impl Exchange {
    /// A report from the worker: `Serving`, `HttpData` or `HttpClose`.
    pub(crate) fn apply(&mut self, report: Report, bytes: &[u8]) {
        match report {
            Report::Serving if bytes.len() >= 3 => {
                let port = u16::from_le_bytes([bytes[0], bytes[1]]);
                self.serving.retain(|&p| p != port);
                if bytes[2] != 0 {
                    self.serving.push(port);
                }
            }
            Report::HttpData if bytes.len() >= 4 => {
                let conn = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
                if let Some(a) = self.answers.get_mut(&conn) {
                    a.bytes.extend_from_slice(&bytes[4..]);
                }
            }
            Report::HttpClose if bytes.len() >= 4 => {
                let conn = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
                if let Some(a) = self.answers.get_mut(&conn) {
                    a.closed = true;
                    wake_up(&a.wake);
                }
            }
            _ => {}
        }
    }

    /// The run ended: nothing serves, and every request waiting has its answer so far.
    pub(crate) fn end(&mut self) {
        self.serving.clear();
        self.outgoing.clear();
        for a in self.answers.values_mut() {
            a.closed = true;
            wake_up(&a.wake);
        }
    }
}

/// A request to send to a program's server.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HttpRequest {
    pub method: String,
    /// The path with its query (`/items/3?q=x`).
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

/// The server's answer.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HttpAnswer {
    pub status: u16,
    pub reason: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// From sending the request to the end of the answer (ms, the page's clock).
    pub elapsed_ms: f64,
}

impl HttpRequest {
    /// The request as HTTP/1.1 bytes: the request line, `host`, the caller's headers (a
    /// `content-length` added for a body), `connection: close`.
    pub fn encode(&self, port: u16) -> Vec<u8> {
        let mut head = format!(
            "{} {} HTTP/1.1\r\nhost: 127.0.0.1:{port}\r\n",
            self.method, self.target
        );
        let has = |name: &str| {
            self.headers
                .iter()
                .any(|(k, _)| k.eq_ignore_ascii_case(name))
        };
        for (k, v) in &self.headers {
            if !k.eq_ignore_ascii_case("host") && !k.eq_ignore_ascii_case("connection") {
                head.push_str(&format!("{k}: {v}\r\n"));
            }
        }
        if !self.body.is_empty() && !has("content-length") {
            head.push_str(&format!("content-length: {}\r\n", self.body.len()));
        }
        head.push_str("connection: close\r\n\r\n");
        let mut bytes = head.into_bytes();
        bytes.extend_from_slice(&self.body);
        bytes
    }
}

impl HttpAnswer {
    /// Reads a whole HTTP/1.1 response (the connection has closed): status line,
    /// headers, and the body by `content-length`, chunks, or whatever came.
    pub fn parse(bytes: &[u8]) -> Result<HttpAnswer, String> {
        let end = find(bytes, b"\r\n\r\n")
            .ok_or("the server closed the connection without a complete answer")?;
        let head = String::from_utf8_lossy(&bytes[..end]);
        let mut lines = head.split("\r\n");
        let status_line = lines.next().unwrap_or("");
        let mut parts = status_line.splitn(3, ' ');
        let (Some(version), Some(code)) = (parts.next(), parts.next()) else {
            return Err(format!("not an HTTP answer: {status_line:?}"));
        };
        if !version.starts_with("HTTP/") {
            return Err(format!("not an HTTP answer: {status_line:?}"));
        }
        let status = code
            .parse::<u16>()
            .map_err(|_| format!("not an HTTP status: {code:?}"))?;
        let reason = parts.next().unwrap_or("").to_string();
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
            .collect();
        let rest = &bytes[end + 4..];
        let header = |name: &str| {
            headers
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.as_str())
        };
        let body = if header("transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked"))
        {
            dechunk(rest)?
        } else if let Some(n) = header("content-length").and_then(|v| v.parse::<usize>().ok()) {
            rest.get(..n)
                .ok_or("the server closed the connection before the end of its answer")?
                .to_vec()
        } else {
            rest.to_vec()
        };
        Ok(HttpAnswer {
            status,
            reason,
            headers,
            body,
            elapsed_ms: 0.0,
        })
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// A chunked body's data.
fn dechunk(mut rest: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    loop {
        let line_end = find(rest, b"\r\n").ok_or("a chunked answer ended early")?;
        let size_text = String::from_utf8_lossy(&rest[..line_end]);
        let size_text = size_text.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_text, 16)
            .map_err(|_| format!("a bad chunk size: {size_text:?}"))?;
        rest = &rest[line_end + 2..];
        if size == 0 {
            return Ok(out);
        }
        let chunk = rest.get(..size).ok_or("a chunked answer ended early")?;
        out.extend_from_slice(chunk);
        rest = rest.get(size + 2..).unwrap_or(&[]);
    }
}

impl RunHandle {
    /// The ports the run's server listens on for the page's requests (none when it does
    /// not serve, or has stopped).
    pub fn serving(&self) -> Vec<u16> {
        self.http.borrow().serving.clone()
    }
}

/// Sends `request` to the run's server on `port` and waits for the whole answer.
pub async fn request(
    handle: &RunHandle,
    port: u16,
    request: &HttpRequest,
) -> Result<HttpAnswer, String> {
    let wake: Wake = Rc::default();
    let conn = {
        let mut x = handle.http.borrow_mut();
        if !x.serving.contains(&port) {
            return Err(format!(
                "nothing listens on port {port}: run a program that serves (uvicorn.run(app))"
            ));
        }
        x.next = x.next.wrapping_add(1) & 0x7fff_ffff;
        let conn = INBOUND | x.next;
        x.answers.insert(
            conn,
            Answer {
                wake: wake.clone(),
                ..Answer::default()
            },
        );
        x.outgoing.push((port, conn, request.encode(port)));
        conn
    };
    wake_up(&handle.wake);
    let began = crate::scope::now_ms();
    loop {
        let closed = handle
            .http
            .borrow()
            .answers
            .get(&conn)
            .is_none_or(|a| a.closed);
        if closed {
            break;
        }
        sleep_ms(1000.0, &wake).await;
    }
    let elapsed_ms = crate::scope::now_ms() - began;
    let answer = handle
        .http
        .borrow_mut()
        .answers
        .remove(&conn)
        .unwrap_or_default();
    if answer.bytes.is_empty() {
        return Err(format!(
            "the server on port {port} closed the connection without answering"
        ));
    }
    let mut parsed = HttpAnswer::parse(&answer.bytes)?;
    parsed.elapsed_ms = elapsed_ms;
    Ok(parsed)
}
