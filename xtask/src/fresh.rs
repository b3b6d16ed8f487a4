//! The README's serve command, run the way a newcomer runs it: in a clean copy of the
//! repository (what `git clone` gives, plus any uncommitted work, and nothing a build left
//! behind: no `dist/`, no editor bundle, no `node_modules`), started, asked for the page
//! and the wasm, and stopped. The end-to-end suite then tests the site that copy built, so
//! the page under test is the one `cargo xtask serve` serves.
//!
//! The copy shares the workspace's `target/` (`CARGO_TARGET_DIR`): dependencies compile
//! once for both, and only our own crates build again under the copy's path.

use crate::tools::{self, Tools};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

/// How long the first build may take in the copy (a cold CI machine builds every crate).
const BUILD_LIMIT: Duration = Duration::from_secs(40 * 60);

/// Copies the repository, serves it with `cargo xtask serve`, checks what a browser would
/// ask for first, stops the server and returns the copy's root (its `dist/` is built).
pub fn serve_clean_copy(tools: &Tools) -> Result<PathBuf, String> {
    let copy = std::env::temp_dir().join("loopscope-clean-copy");
    clean_copy(&tools.root, &copy)?;
    let port = free_port()?;
    eprintln!(
        "[serve] `cargo xtask serve --port {port}` in a clean copy of the repository: {}",
        copy.display()
    );
    let mut server = Server(
        tools
            .command("cargo")
            .args(["xtask", "serve", "--port", &port.to_string()])
            .current_dir(&copy)
            .env("CARGO_TARGET_DIR", tools.root.join("target"))
            // Its own process group, so stopping it stops Trunk and the node server too.
            .process_group(0)
            .spawn()
            .map_err(|e| format!("cannot start cargo xtask serve: {e}"))?,
    );
    let t0 = Instant::now();
    let page = loop {
        if let Ok(Some(status)) = server.0.try_wait() {
            return Err(format!(
                "`cargo xtask serve` exited ({status}) before serving the page"
            ));
        }
        match get(port, "/", None) {
            Ok(reply) if reply.status == 200 => break reply,
            // 503 while the first build runs; connection refused before the server starts.
            _ if t0.elapsed() < BUILD_LIMIT => std::thread::sleep(Duration::from_secs(2)),
            other => {
                return Err(format!(
                    "no page after {} s: {:?}",
                    BUILD_LIMIT.as_secs(),
                    other.map(|r| r.status)
                ))
            }
        }
    };
    eprintln!(
        "[serve] the page answered after {:.0} s",
        t0.elapsed().as_secs_f64()
    );
    check_site(port, &page)?;
    drop(server);
    Ok(copy)
}

/// `/` is the playground, and the wasm comes raw, or brotli/gzip-encoded when asked for.
fn check_site(port: u16, page: &Reply) -> Result<(), String> {
    let html = String::from_utf8_lossy(&page.body);
    if !html.contains("loopscope-app") {
        return Err("`/` is not the playground page".into());
    }
    let raw = get(port, "/loopscope-app_bg.wasm", None)?;
    if raw.status != 200 || !raw.body.starts_with(b"\0asm") {
        return Err(format!(
            "the wasm: status {}, not a wasm module",
            raw.status
        ));
    }
    for encoding in ["br", "gzip"] {
        let packed = get(port, "/loopscope-app_bg.wasm", Some(encoding))?;
        if packed.header("content-encoding") != Some(encoding)
            || packed.header("content-type") != Some("application/wasm")
            || packed.body.len() * 2 > raw.body.len()
        {
            return Err(format!(
                "the wasm asked for as {encoding}: {:?}, {:?}, {} bytes of {}",
                packed.header("content-encoding"),
                packed.header("content-type"),
                packed.body.len(),
                raw.body.len()
            ));
        }
        eprintln!(
            "[serve] wasm as {encoding}: {} bytes ({} raw)",
            packed.body.len(),
            raw.body.len()
        );
    }
    Ok(())
}

/// Stops the server's whole process group when dropped, on every path out.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let group = format!("-{}", self.0.id());
        let _ = Command::new("kill").args(["-TERM", "--", &group]).status();
        let _ = self.0.wait();
    }
}

/// Replaces `to` with the files git would check out, plus untracked files it does not
/// ignore; a file deleted in the work tree stays deleted.
fn clean_copy(root: &Path, to: &Path) -> Result<(), String> {
    if to.exists() {
        std::fs::remove_dir_all(to).map_err(|e| format!("clearing {}: {e}", to.display()))?;
    }
    let listed = tools::output(
        Command::new("git")
            .args([
                "ls-files",
                "-z",
                "--cached",
                "--others",
                "--exclude-standard",
            ])
            .current_dir(root),
    )?;
    let mut copied = 0;
    for name in listed.split('\0').filter(|n| !n.is_empty()) {
        let from = root.join(name);
        if !from.is_file() {
            continue;
        }
        let dest = to.join(name);
        if let Some(dir) = dest.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
        }
        std::fs::copy(&from, &dest).map_err(|e| format!("copying {name}: {e}"))?;
        copied += 1;
    }
    if copied == 0 {
        return Err("git listed no files to copy".into());
    }
    Ok(())
}

fn free_port() -> Result<u16, String> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    listener
        .local_addr()
        .map(|a| a.port())
        .map_err(|e| e.to_string())
}

#[derive(Debug)]
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A plain HTTP/1.0 GET on 127.0.0.1: the server closes the connection after its reply.
fn get(port: u16, path: &str, accept_encoding: Option<&str>) -> Result<Reply, String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .map_err(|e| e.to_string())?;
    let mut request = format!("GET {path} HTTP/1.0\r\nHost: 127.0.0.1:{port}\r\n");
    if let Some(encoding) = accept_encoding {
        request.push_str(&format!("Accept-Encoding: {encoding}\r\n"));
    }
    request.push_str("\r\n");
    stream
        .write_all(request.as_bytes())
        .map_err(|e| e.to_string())?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).map_err(|e| e.to_string())?;
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or("a reply without a header")?;
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .ok_or("a reply without a status")?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    Ok(Reply {
        status,
        headers,
        body: raw[split + 4..].to_vec(),
    })
}
