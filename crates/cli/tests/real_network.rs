//! `loopscope run --network real`: our HTTP modules against a real (local) HTTP server,
//! under both clocks — concurrent requests overlap, blocking ones block, timeouts and
//! refused connections become the libraries' exceptions, and https says it needs TLS.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

/// Serves `/users.json`, `/slow` (answers after 300 ms) and 404 for the rest, one thread
/// per connection, until the test process ends. Returns the port.
fn serve() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a local port");
    let port = listener.local_addr().expect("an address").port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || {
                let mut reader = BufReader::new(&stream);
                let mut line = String::new();
                let _ = reader.read_line(&mut line);
                let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
                let mut length = 0;
                loop {
                    let mut header = String::new();
                    if reader.read_line(&mut header).unwrap_or(0) == 0 || header == "\r\n" {
                        break;
                    }
                    if let Some(v) = header.to_ascii_lowercase().strip_prefix("content-length:") {
                        length = v.trim().parse().unwrap_or(0);
                    }
                }
                let mut body = vec![0; length];
                let _ = reader.read_exact(&mut body);
                let (status, text) = match path.as_str() {
                    "/users.json" => ("200 OK", r#"{"users": ["ada", "alan"]}"#.to_string()),
                    "/slow" => {
                        std::thread::sleep(Duration::from_millis(300));
                        ("200 OK", r#"{"slow": true}"#.to_string())
                    }
                    "/echo" => ("200 OK", String::from_utf8_lossy(&body).into_owned()),
                    _ => ("404 Not Found", r#"{"detail": "Not Found"}"#.to_string()),
                };
                let reply = format!(
                    "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{text}",
                    text.len()
                );
                let mut stream = stream;
                let _ = stream.write_all(reply.as_bytes());
            });
        }
    });
    port
}

const PROGRAM: &str = r#"
import asyncio, time
import aiohttp, httpx, requests
import loopscope.network

BASE = "http://127.0.0.1:PORT"
print(loopscope.network.mode())


async def main():
    async with aiohttp.ClientSession() as session:
        start = time.perf_counter()
        responses = await asyncio.gather(*(session.get(BASE + "/slow") for _ in range(3)))
        elapsed = time.perf_counter() - start
        print([r.status for r in responses], 0.3 <= elapsed < 0.8)
        async with session.get(BASE + "/users.json") as r:
            print(await r.json())
        async with session.post(BASE + "/echo", json={"n": 1}) as r:
            print(await r.json())
        try:
            await session.get(BASE + "/slow", timeout=aiohttp.ClientTimeout(total=0.05))
        except asyncio.TimeoutError:
            print("timed out")
        try:
            await session.get("https://example.com/")
        except aiohttp.ClientConnectorError as e:
            print("https:", "needs TLS" in str(e))
    async with httpx.AsyncClient() as client:
        r = await client.get(BASE + "/missing")
        print(r, r.json())
    # httpx's limits apply per phase: a server that does not answer in time is a read
    # timeout after the read limit, not after connect + read.
    start = time.perf_counter()
    try:
        async with httpx.AsyncClient(timeout=0.12) as client:
            await client.get(BASE + "/slow")
    except httpx.ReadTimeout:
        print("httpx read timeout", 0.12 <= time.perf_counter() - start < 0.2)
    start = time.perf_counter()
    statuses = await asyncio.gather(*(asyncio.to_thread(lambda: requests.get(BASE + "/slow").status_code) for _ in range(3)))
    print(statuses, time.perf_counter() - start < 0.8)
    try:
        requests.get(BASE + "/slow", timeout=0.05)
    except requests.exceptions.ReadTimeout as e:
        print(e)


asyncio.run(main())
print(httpx.get(BASE + "/users.json").json()["users"])
"#;

fn run(clock: &str, port: u16) -> (String, String, bool) {
    let dir =
        std::env::temp_dir().join(format!("loopscope-real-net-{}-{clock}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let program: PathBuf = dir.join("real.py");
    std::fs::write(&program, PROGRAM.replace("PORT", &port.to_string())).expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_loopscope"))
        .args(["run"])
        .arg(&program)
        .args(["--network", "real", "--clock", clock])
        .stdin(Stdio::null())
        .output()
        .expect("loopscope runs");
    let _ = std::fs::remove_dir_all(&dir);
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.success(),
    )
}

#[test]
fn real_network_under_both_clocks() {
    let port = serve();
    for clock in ["virtual", "real"] {
        let (stdout, stderr, ok) = run(clock, port);
        assert!(ok, "{clock}: {stderr}");
        let expected = format!(
            "real\n[200, 200, 200] True\n{{'users': ['ada', 'alan']}}\n{{'n': 1}}\ntimed out\n\
             https: True\n<Response [404 Not Found]> {{'detail': 'Not Found'}}\n\
             httpx read timeout True\n\
             [200, 200, 200] True\n\
             HTTPConnectionPool(host='127.0.0.1', port={port}): Read timed out. (read timeout=0.05)\n\
             ['ada', 'alan']\n"
        );
        assert_eq!(stdout, expected, "{clock} clock; stderr: {stderr}");
    }
}

#[test]
fn the_simulated_network_is_the_default() {
    let port = serve();
    let dir = std::env::temp_dir().join(format!("loopscope-sim-net-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let program = dir.join("sim.py");
    std::fs::write(
        &program,
        format!(
            "import requests, loopscope.network\nprint(loopscope.network.mode())\n\
             try:\n    requests.get('http://127.0.0.1:{port}/users.json')\n\
             except requests.ConnectionError as e:\n    print('refused' in str(e))\n"
        ),
    )
    .expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_loopscope"))
        .arg("run")
        .arg(&program)
        .stdin(Stdio::null())
        .output()
        .expect("loopscope runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "simulated\nTrue\n");
}
