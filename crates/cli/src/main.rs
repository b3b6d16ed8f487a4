//! `loopscope run FILE`: run a Python program natively on Loopscope's interpreter and
//! event loop. A connection to an address outside the program is a real TCP connection
//! (`sockets.rs`).
//!
//! Options: `--clock virtual|real` (virtual is the default: deterministic, waiting jumps
//! ahead), `--trace FILE` to write the run's trace, `--trace-format json|chrome|text`,
//! `--sequential` for the "what if sequential" run (child tasks one after another),
//! `--network simulated|real` for the HTTP modules' network (simulated by default; real is
//! plain HTTP from this process, `fetch.rs`), `--debug` for asyncio's debug mode (as
//! CPython's `PYTHONASYNCIODEBUG=1`, which is honoured too), `--notebook` to run the
//! program's `# %%` cells as a notebook does, on a loop already running, with top-level
//! `await`; `--database URL` to send every database connection (`asyncpg`) to that
//! server's host and port instead of the address the program names.

mod fetch;
mod host;
mod sockets;
mod workers;

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use loopscope_aio::trace::{to_chrome_json, to_json};
use loopscope_aio::{Clock, Poll, Runtime};
use loopscope_python::{OutputSink, Stream};

/// Writes to the process streams; stdout is buffered and flushed before stderr.
struct ProcessSink {
    out: BufWriter<std::io::Stdout>,
}

impl OutputSink for ProcessSink {
    fn write(&mut self, stream: Stream, text: &str) {
        match stream {
            Stream::Stdout => {
                let _ = self.out.write_all(text.as_bytes());
            }
            Stream::Stderr => {
                let _ = self.out.flush();
                let _ = std::io::stderr().write_all(text.as_bytes());
            }
        }
    }

    fn flush(&mut self, stream: Stream) {
        match stream {
            Stream::Stdout => {
                let _ = self.out.flush();
            }
            Stream::Stderr => {
                let _ = std::io::stderr().flush();
            }
        }
    }
}

impl Drop for ProcessSink {
    fn drop(&mut self) {
        let _ = self.out.flush();
    }
}

const USAGE: &str = "usage: loopscope run FILE [--clock virtual|real] [--trace OUT] [--trace-format json|chrome|text] [--sequential] [--network simulated|real] [--debug] [--notebook] [--database URL] [-- args...]";

struct Args {
    file: String,
    real_clock: bool,
    trace: Option<String>,
    trace_format: String,
    sequential: bool,
    real_network: bool,
    database: Option<String>,
    debug: bool,
    notebook: bool,
    argv: Vec<String>,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    if args.get(1).map(String::as_str) != Some("run") {
        return Err(USAGE.into());
    }
    let mut parsed = Args {
        file: String::new(),
        real_clock: false,
        trace: None,
        trace_format: "json".into(),
        sequential: false,
        real_network: false,
        database: None,
        debug: false,
        notebook: false,
        argv: vec![],
    };
    let mut i = 2;
    let mut options_done = false;
    while i < args.len() {
        let a = &args[i];
        if options_done {
            parsed.argv.push(a.clone());
        } else if a == "--" {
            options_done = true;
        } else if a == "--clock" {
            i += 1;
            parsed.real_clock = match args.get(i).map(String::as_str) {
                Some("real") => true,
                Some("virtual") => false,
                _ => return Err("--clock takes virtual or real".into()),
            };
        } else if a == "--network" {
            i += 1;
            parsed.real_network = match args.get(i).map(String::as_str) {
                Some("real") => true,
                Some("simulated") => false,
                _ => return Err("--network takes simulated or real".into()),
            };
        } else if a == "--database" {
            i += 1;
            parsed.database = Some(args.get(i).cloned().ok_or("--database needs a URL")?);
        } else if a == "--debug" {
            parsed.debug = true;
        } else if a == "--notebook" {
            parsed.notebook = true;
        } else if a == "--sequential" {
            parsed.sequential = true;
        } else if a == "--trace" {
            i += 1;
            parsed.trace = Some(args.get(i).cloned().ok_or("--trace needs a file")?);
        } else if a == "--trace-format" {
            i += 1;
            parsed.trace_format = args.get(i).cloned().ok_or("--trace-format needs a value")?;
            if !["json", "chrome", "text"].contains(&parsed.trace_format.as_str()) {
                return Err("--trace-format takes json, chrome or text".into());
            }
        } else if parsed.file.is_empty() {
            parsed.file = a.clone();
            parsed.argv.push(a.clone());
        } else {
            parsed.argv.push(a.clone());
        }
        i += 1;
    }
    if parsed.file.is_empty() {
        return Err(USAGE.into());
    }
    Ok(parsed)
}

/// CPython's `PYTHONASYNCIODEBUG`: any non-empty value turns asyncio's debug mode on.
fn asyncio_debug_env() -> bool {
    std::env::var_os("PYTHONASYNCIODEBUG").is_some_and(|v| !v.is_empty())
}

/// The stack the program runs on. Compiling a program recurses once per nesting level
/// the chains do not flatten (up to CPython's 3,000), and an unoptimised build of ours
/// takes several kilobytes a level: far more than the 8 MB a main thread gets. Only what
/// is used is committed.
const STACK: usize = 512 << 20;

fn main() -> ExitCode {
    match std::thread::Builder::new()
        .name("main".into())
        .stack_size(STACK)
        .spawn(run)
    {
        Ok(program) => program.join().unwrap_or(ExitCode::FAILURE),
        // No room for that stack: run on this thread's own.
        Err(_) => run(),
    }
}

fn run() -> ExitCode {
    let argv: Vec<String> = std::env::args().collect();
    let args = match parse_args(&argv) {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    let source = match std::fs::read_to_string(&args.file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("loopscope: can't open file '{}': {e}", args.file);
            return ExitCode::from(2);
        }
    };
    let clock = if args.real_clock {
        Clock::real(Box::new(host::NativeClock::new()))
    } else {
        Clock::virtual_clock()
    };
    let sink = ProcessSink {
        out: BufWriter::new(std::io::stdout()),
    };
    let mut builder = Runtime::builder(Box::new(sink), clock)
        .tracing(args.trace.is_some())
        .sequential(args.sequential)
        .debug(args.debug || asyncio_debug_env())
        .pool_workers(std::rc::Rc::new(workers::ThreadWorkers))
        .sockets(Box::new(sockets::NativeSockets::new(
            args.database.is_none(),
        )))
        .database(args.database.clone());
    if args.real_network {
        builder = builder.real_network(Box::new(fetch::NativeFetcher::new()));
    }
    let mut runtime = builder.build();
    runtime.interp.set_argv(args.argv.clone());
    // CPython names the main file by its absolute path in tracebacks and `__file__`.
    let filename = std::path::absolute(&args.file)
        .map_or_else(|_| args.file.clone(), |p| p.display().to_string());
    if args.notebook {
        runtime.start_notebook(&source, &filename);
    } else {
        runtime.start(&source, &filename);
    }
    let status = loop {
        match runtime.poll(u64::MAX) {
            Poll::Busy => {}
            Poll::WaitUntil(deadline) => {
                let now = runtime.clock_now();
                if deadline > now {
                    std::thread::sleep(std::time::Duration::from_secs_f64(deadline - now));
                }
            }
            Poll::Finished(code) => break code,
            // Only the loop inspector steps; nothing here asked for it.
            Poll::Paused => runtime.step(),
        }
    };
    if let Some(path) = &args.trace {
        let text = runtime.with_trace(|trace| match args.trace_format.as_str() {
            "chrome" => to_chrome_json(trace),
            "text" => trace.to_text(),
            _ => to_json(trace),
        });
        if let Err(e) = std::fs::write(path, text) {
            eprintln!("loopscope: can't write trace to '{path}': {e}");
        }
    }
    ExitCode::from(status.clamp(0, 255) as u8)
}
