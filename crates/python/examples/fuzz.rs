//! A mutation fuzzer for the interpreter: any panic is a bug (a panic kills the page).
//!
//! Seeds are the conformance corpus; each round takes a seed, mutates it (bytes, lines,
//! brackets, tokens from other seeds), then parses, compiles and runs it with a bounded
//! instruction budget. A panicking input is written to `target/fuzz-crashes/` and the
//! run fails. Usage: `cargo run --release -p loopscope-python --example fuzz -- SECONDS [SEED]`.
//! Each input gets a fresh interpreter, and interpreters leak their reference cycles, so
//! long campaigns run as several processes with different seeds.

use loopscope_python::{CaptureSink, Halt, Interp};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Instructions a mutated program may run before it is cut off.
const BUDGET: u64 = 200_000;

/// An input still running after this long counts as a hang.
const HANG: Duration = Duration::from_secs(10);

/// xorshift64*: small, deterministic, no dependencies.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

const SNIPPETS: [&str; 24] = [
    "(", ")", "[", "]", "{", "}", ":", "\n", "    ", "\t", "await ", "yield ", "lambda: ",
    "async ", "*", "**", "'", "\"\"\"", "\\", "f'{", "}'", "0x", "1e308", "del ",
];

fn seeds(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for area in ["lang", "asyncio", "stdlib"] {
        let Ok(rd) = std::fs::read_dir(root.join("tests/conformance").join(area)) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if p.extension().is_some_and(|e| e == "py") {
                if let Ok(text) = std::fs::read_to_string(&p) {
                    out.push(text);
                }
            }
        }
    }
    out
}

/// Cuts `s` at a char boundary at or below `i`.
fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn mutate(rng: &mut Rng, seeds: &[String], src: &str) -> String {
    let mut s = src.to_string();
    for _ in 0..1 + rng.below(4) {
        let at = floor(&s, rng.below(s.len() + 1));
        match rng.below(6) {
            0 => s.insert_str(at, SNIPPETS[rng.below(SNIPPETS.len())]),
            1 => {
                let end = floor(&s, at + rng.below(12));
                s.replace_range(at..end, "");
            }
            2 => {
                // Splice a piece of another seed in.
                let other = &seeds[rng.below(seeds.len())];
                let a = floor(other, rng.below(other.len() + 1));
                let b = floor(other, a + rng.below(80));
                s.insert_str(at, &other[a..b]);
            }
            3 => {
                // Duplicate a line (deepens nesting and repeats statements).
                let lines: Vec<&str> = s.lines().collect();
                if !lines.is_empty() {
                    let i = rng.below(lines.len());
                    let mut v: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
                    v.insert(i, format!("    {}", lines[i]));
                    s = v.join("\n");
                }
            }
            4 => {
                let depth = 1 + rng.below(300);
                s.insert_str(at, &"(".repeat(depth));
            }
            _ => {
                let byte = (rng.next() % 128) as u8 as char;
                s.insert(at, byte);
            }
        }
    }
    s
}

fn run_one(src: &str) {
    let mut interp = Interp::new(Box::new(CaptureSink::default()));
    let Ok(code) = interp.compile(src, "fuzz.py") else {
        return;
    };
    let ctx = interp.new_context();
    if interp.start_main(ctx, code).is_err() {
        return;
    }
    let mut left = BUDGET;
    while left > 0 {
        match interp.run(ctx, left.min(10_000)) {
            Ok(Halt::OutOfBudget) => left = left.saturating_sub(10_000),
            Ok(Halt::HostCall(_)) => {
                let err = loopscope_python::PyErr::runtime_error("no host in the fuzzer");
                if interp.resume_host_call(ctx, Err(err)).is_err() {
                    return;
                }
            }
            Ok(_) | Err(_) => return,
        }
    }
}

fn main() {
    let seconds: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(60);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let seeds = seeds(&root);
    assert!(!seeds.is_empty(), "no seeds under tests/conformance");
    std::panic::set_hook(Box::new(|_| {}));
    let seed: u64 = std::env::args()
        .nth(2)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ seed.wrapping_mul(0xD6E8_FEB8_6659_FD93));
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let (mut runs, mut crashes) = (0u64, 0u64);
    let crash_dir = root.join("target/fuzz-crashes");
    while Instant::now() < deadline {
        let seed = &seeds[rng.below(seeds.len())];
        let input = mutate(&mut rng, &seeds, seed);
        runs += 1;
        // Each input runs on its own thread so one that never ends (a nested call with no
        // budget, a giant computation) is caught: a frozen tab is a bug too.
        let (tx, rx) = std::sync::mpsc::channel();
        let owned = input.clone();
        std::thread::spawn(move || {
            let ok = catch_unwind(AssertUnwindSafe(|| run_one(&owned))).is_ok();
            let _ = tx.send(ok);
        });
        match rx.recv_timeout(HANG) {
            Ok(true) => {}
            Ok(false) | Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                crashes += 1;
                let _ = std::fs::create_dir_all(&crash_dir);
                let _ = std::fs::write(crash_dir.join(format!("crash-{seed}-{runs}.py")), &input);
            }
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                let _ = std::fs::create_dir_all(&crash_dir);
                let _ = std::fs::write(crash_dir.join(format!("hang-{seed}-{runs}.py")), &input);
                println!(
                    "fuzz: input {runs} ran over {}s; saved as a hang, stopping this campaign",
                    HANG.as_secs()
                );
                std::process::exit(2);
            }
        }
    }
    println!("fuzz: {runs} inputs in {seconds}s, {crashes} panics");
    if crashes > 0 {
        println!("fuzz: panicking inputs are in {}", crash_dir.display());
        std::process::exit(1);
    }
}
