//! Runs a program on the bare interpreter, without the event loop (for measuring the VM
//! alone). Usage: `cargo run --release -p loopscope-python --example run -- FILE`.

use loopscope_python::{run_to_completion, CaptureSink, Interp};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: run FILE");
        std::process::exit(2);
    };
    let source = std::fs::read_to_string(&path).unwrap_or_default();
    let mut interp = Interp::new(Box::new(CaptureSink::default()));
    let status = run_to_completion(&mut interp, &source, &path);
    std::process::exit(status);
}
