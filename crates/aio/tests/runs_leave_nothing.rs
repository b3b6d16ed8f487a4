//! A thread that runs program after program (a page's worker) gets its memory back: when
//! a new interpreter begins, every object the gallery's examples made in the run before
//! it is gone, cycles through classes, modules, properties and the event loop included.

use std::path::{Path, PathBuf};

use loopscope_aio::{Clock, Poll, Runtime};
use loopscope_python::objects::gc;
use loopscope_python::{Interp, OutputSink, Stream};

struct Discard;

impl OutputSink for Discard {
    fn write(&mut self, _: Stream, _: &str) {}
}

fn run(source: &str) {
    let mut rt = Runtime::new(Box::new(Discard), Clock::virtual_clock());
    rt.start(source, "main.py");
    for _ in 0..1_000_000 {
        if let Poll::Finished(_) = rt.poll(u64::MAX) {
            return;
        }
    }
    panic!("the program did not finish");
}

fn examples() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut found = Vec::new();
    for dir in std::fs::read_dir(&root).expect("examples/") {
        let dir = dir.expect("a folder").path();
        if !dir.is_dir() {
            continue;
        }
        for f in std::fs::read_dir(&dir).expect("an examples folder") {
            let f = f.expect("a file").path();
            if f.extension().is_some_and(|e| e == "py") {
                found.push(f);
            }
        }
    }
    found.sort();
    found
}

#[test]
fn each_gallery_example_leaves_nothing_for_the_next_run() {
    let mut leaks = Vec::new();
    let programs = examples();
    assert!(programs.len() > 50, "the gallery's examples were not found");
    for path in &programs {
        let source = std::fs::read_to_string(path).expect("readable");
        run(&source);
        // The next interpreter on this thread frees what the run left in cycles.
        drop(Interp::new(Box::new(Discard)));
        let left = gc::left_behind();
        // Natively, a process pool's jobs stay with the pool after the run (the page's
        // workers are Web Workers of their own).
        let pool = source.contains("ProcessPoolExecutor");
        if left > 0 && !pool {
            leaks.push(format!("{}: {left}", path.display()));
        }
    }
    assert!(leaks.is_empty(), "objects left behind by a run: {leaks:#?}");
}
