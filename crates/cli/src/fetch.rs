//! The CLI's real network (`loopscope run --network real`): plain HTTP/1.1 over
//! `std::net`, one OS thread per request, results handed back over a channel for the
//! driver to poll. There is no TLS here: `https://` URLs fail with a clear error.

use loopscope_aio::net::{FetchResult, Fetcher, HttpRequest, HttpResponse, NetError};
use std::collections::HashSet;
use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::time::{Duration, Instant};

/// How long connecting may take before the request fails (the client's own timeouts,
/// enforced by the driver, are usually shorter).
const CONNECT_LIMIT: Duration = Duration::from_secs(30);

/// Plain-HTTP fetches on threads.
pub struct NativeFetcher {
    start: Instant,
    tx: Sender<(u32, FetchResult)>,
    rx: Receiver<(u32, FetchResult)>,
    cancelled: HashSet<u32>,
}

impl NativeFetcher {
    pub fn new() -> NativeFetcher {
        let (tx, rx) = channel();
        NativeFetcher {
            start: Instant::now(),
            tx,
            rx,
            cancelled: HashSet::new(),
        }
    }
}

impl Fetcher for NativeFetcher {
    fn start(&mut self, id: u32, req: &HttpRequest) {
        let tx = self.tx.clone();
        if req.url.scheme != "http" {
            let why = if req.url.scheme == "https" {
                "https needs TLS, which `loopscope run` does not have: use an http:// URL \
                 with --network real, or the simulated network"
                    .to_string()
            } else {
                format!("{}: URLs can only be fetched in a browser", req.url.scheme)
            };
            let _ = tx.send((id, Err(NetError::Unavailable(why))));
            return;
        }
        let req = req.clone();
        std::thread::spawn(move || {
            let _ = tx.send((id, fetch(&req)));
        });
    }

    fn poll(&mut self) -> Vec<(u32, FetchResult)> {
        let cancelled = &self.cancelled;
        self.rx
            .try_iter()
            .filter(|(id, _)| !cancelled.contains(id))
            .collect()
    }

    fn cancel(&mut self, id: u32) {
        self.cancelled.insert(id);
    }

    fn now(&self) -> f64 {
        self.start.elapsed().as_secs_f64()
    }
}

fn io_error(e: &std::io::Error) -> NetError {
    match e.kind() {
        std::io::ErrorKind::ConnectionRefused => NetError::Refused,
        std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock => NetError::ConnectTimeout,
        std::io::ErrorKind::ConnectionReset
        | std::io::ErrorKind::ConnectionAborted
        | std::io::ErrorKind::UnexpectedEof => NetError::Disconnected,
        _ => NetError::Unavailable(e.to_string()),
    }
}

/// Does one request: connect, send, read the answer to its end.
fn fetch(req: &HttpRequest) -> FetchResult {
    let port = req.url.port_or_default();
    let addrs: Vec<_> = (req.url.host.trim_matches(['[', ']']), port)
        .to_socket_addrs()
        .map_err(|_| NetError::Dns)?
        .collect();
    let mut last = NetError::Dns;
    let mut stream = None;
    for addr in addrs {
        match TcpStream::connect_timeout(&addr, CONNECT_LIMIT) {
            Ok(s) => {
                stream = Some(s);
                break;
            }
            Err(e) => last = io_error(&e),
        }
    }
    let mut stream = stream.ok_or(last)?;
    let mut head = format!(
        "{} {} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n",
        req.method,
        req.url.target(),
        req.url.authority()
    );
    for (k, v) in &req.headers {
        if !["host", "connection", "content-length"].contains(&k.to_ascii_lowercase().as_str()) {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
    }
    if !req.body.is_empty() || matches!(req.method.as_str(), "POST" | "PUT" | "PATCH") {
        head.push_str(&format!("Content-Length: {}\r\n", req.body.len()));
    }
    head.push_str("\r\n");
    stream
        .write_all(head.as_bytes())
        .and_then(|()| stream.write_all(&req.body))
        .map_err(|e| io_error(&e))?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).map_err(|e| io_error(&e))?;
    parse_response(&raw, req)
}

/// An HTTP/1.x response: status line, headers, and a body that is chunked, sized by
/// `Content-Length`, or everything to the end.
fn parse_response(raw: &[u8], req: &HttpRequest) -> FetchResult {
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or(NetError::Disconnected)?;
    let head = String::from_utf8_lossy(&raw[..split]);
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap_or("");
    let mut parts = status_line.splitn(3, ' ');
    let (Some(version), Some(code)) = (parts.next(), parts.next()) else {
        return Err(NetError::Disconnected);
    };
    if !version.starts_with("HTTP/") {
        return Err(NetError::Disconnected);
    }
    let status: u16 = code.parse().map_err(|_| NetError::Disconnected)?;
    let reason = parts.next().unwrap_or("").to_string();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let header = |name: &str| {
        headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    };
    let rest = &raw[split + 4..];
    let body = if header("transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked")) {
        dechunk(rest).ok_or(NetError::Disconnected)?
    } else if let Some(n) = header("content-length").and_then(|v| v.parse::<usize>().ok()) {
        rest.get(..n).ok_or(NetError::Disconnected)?.to_vec()
    } else {
        rest.to_vec()
    };
    Ok(HttpResponse {
        status,
        reason,
        headers,
        body: if req.method == "HEAD" {
            Vec::new()
        } else {
            body
        },
        url: req.url.href(),
    })
}

fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let eol = data.windows(2).position(|w| w == b"\r\n")?;
        let size_text = std::str::from_utf8(&data[..eol]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        data = &data[eol + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = data.get(size + 2..)?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use loopscope_aio::net::url::Url;

    fn get() -> HttpRequest {
        HttpRequest {
            method: "GET".into(),
            url: Url::parse("http://127.0.0.1:8000/x").unwrap(),
            headers: vec![],
            body: vec![],
        }
    }

    #[test]
    fn parses_sized_and_chunked_bodies() {
        let r =
            parse_response(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhiXX", &get()).unwrap();
        assert_eq!(
            (r.status, r.reason.as_str(), r.body.as_slice()),
            (200, "OK", &b"hi"[..])
        );
        let r = parse_response(
            b"HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n",
            &get(),
        )
        .unwrap();
        assert_eq!((r.status, r.body.as_slice()), (404, &b"abcde"[..]));
        assert_eq!(
            parse_response(b"garbage", &get()),
            Err(NetError::Disconnected)
        );
    }
}
