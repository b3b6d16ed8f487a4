//! `loopscope run` of a program that serves (`uvicorn.run(app)`): the app answers real
//! HTTP/1.1 on the port it names, as a real uvicorn's would (`curl` works), with
//! uvicorn's access log; requests at once are handled at once; and the run goes on until
//! it is stopped.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A port nobody listens on now.
fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a local port");
    listener.local_addr().expect("an address").port()
}

/// The run, killed when the test is over (as Ctrl+C would end it).
struct Serving(Child);

impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start(port: u16) -> Serving {
    let program = format!(
        r#"
import asyncio
from fastapi import FastAPI
import uvicorn

app = FastAPI()

@app.get("/items/{{n}}")
async def item(n: int, q: str = "none"):
    return {{"n": n, "q": q}}

@app.get("/slow")
async def slow():
    await asyncio.sleep(0.5)
    return {{"slow": True}}

uvicorn.run(app, port={port})
"#
    );
    let dir = std::env::temp_dir().join(format!("loopscope-serving-{port}"));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let file = dir.join("serve.py");
    std::fs::write(&file, program).expect("the program written");
    let child = Command::new(env!("CARGO_BIN_EXE_loopscope"))
        .arg("run")
        .arg(&file)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("loopscope runs");
    Serving(child)
}

/// Sends `request` to the port once it listens (within 30 s) and reads the answer to
/// the end of the connection.
fn ask(port: u16, request: &str) -> String {
    let began = Instant::now();
    let mut stream = loop {
        match TcpStream::connect(("127.0.0.1", port)) {
            Ok(s) => break s,
            Err(e) if began.elapsed() < Duration::from_secs(30) => {
                let _ = e;
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(e) => panic!("nothing listens on {port} after 30 s: {e}"),
        }
    };
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .expect("a timeout");
    stream
        .write_all(request.as_bytes())
        .expect("the request sent");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("an answer");
    answer
}

#[test]
fn a_served_app_answers_real_http() {
    let port = free_port();
    let mut run = start(port);
    let answer = ask(
        port,
        "GET /items/7?q=x HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    );
    assert!(answer.starts_with("HTTP/1.1 200 OK\r\n"), "{answer}");
    assert!(answer.contains("\r\nserver: uvicorn\r\n"), "{answer}");
    assert!(
        answer.ends_with("\r\n\r\n{\"n\":7,\"q\":\"x\"}"),
        "{answer}"
    );

    let bad = ask(
        port,
        "GET /items/abc HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    );
    assert!(
        bad.starts_with("HTTP/1.1 422 Unprocessable Entity\r\n"),
        "{bad}"
    );
    assert!(
        bad.contains(r#""type":"int_parsing","loc":["path","n"]"#),
        "{bad}"
    );

    // Three slow requests at once overlap on the loop: about 0.5 s, not 1.5 s.
    let began = Instant::now();
    let slow: Vec<_> = (0..3)
        .map(|_| {
            std::thread::spawn(move || {
                ask(
                    port,
                    "GET /slow HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                )
            })
        })
        .collect();
    for answer in slow {
        let answer = answer.join().expect("a request");
        assert!(answer.ends_with("{\"slow\":true}"), "{answer}");
    }
    let took = began.elapsed();
    assert!(
        took < Duration::from_millis(1400),
        "three 0.5 s requests at once took {took:?}"
    );

    // The run is still serving: it ends only when stopped.
    assert!(
        run.0.try_wait().expect("the run's state").is_none(),
        "the run ended by itself"
    );
    let _ = run.0.kill();
    let mut out = String::new();
    if let Some(mut stdout) = run.0.stdout.take() {
        let _ = stdout.read_to_string(&mut out);
    }
    let mut err = String::new();
    if let Some(mut stderr) = run.0.stderr.take() {
        let _ = stderr.read_to_string(&mut err);
    }
    assert!(
        err.contains(&format!(
            "INFO:     Uvicorn running on http://127.0.0.1:{port} (Press CTRL+C to quit)"
        )),
        "stderr: {err}"
    );
    assert!(
        out.contains("\"GET /items/7?q=x HTTP/1.1\" 200 OK"),
        "stdout: {out}"
    );
    assert!(
        out.contains("\"GET /items/abc HTTP/1.1\" 422 Unprocessable Entity"),
        "stdout: {out}"
    );
}
