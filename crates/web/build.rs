//! Two build products:
//! - a snapshot of the compiled modules `import asyncio` loads (`asyncio.snap`), which
//!   `bundles.rs` installs so a worker starts without compiling them;
//! - the conformance corpus (`tests/conformance/{lang,stdlib,asyncio,notebook,pydantic,asgi}`)
//!   for the browser test that runs it in the page (`tests/corpus.rs`): each program with
//!   CPython's output embedded, those an area's `SKIP` lists left out. Only that test
//!   includes the table; the library never does.

use std::fmt::Write;
use std::path::Path;

const AREAS: [&str; 6] = ["lang", "stdlib", "asyncio", "notebook", "pydantic", "asgi"];

fn main() {
    snapshot();
    corpus_table();
}

/// The snapshot of the compiled modules `import asyncio` loads (`bundles.rs` installs it),
/// so a page's worker does not parse and compile them before its first run.
fn snapshot() {
    let out = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("asyncio.snap");
    let bytes = loopscope_aio::modules::snapshot_of_imports("import asyncio");
    if let Err(e) = std::fs::write(&out, bytes) {
        panic!("writing {}: {e}", out.display());
    }
}

fn corpus_table() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/conformance");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut table = String::from("static CORPUS: &[Program] = &[\n");
    for area in AREAS {
        let dir = root.join(area);
        let skip = std::fs::read_to_string(dir.join("SKIP")).unwrap_or_default();
        let skipped: Vec<&str> = skip
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .filter_map(|l| l.split_whitespace().next())
            .collect();
        let Ok(entries) = std::fs::read_dir(&dir) else {
            panic!("cannot read {}", dir.display());
        };
        let mut programs: Vec<_> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "py"))
            .filter(|p| p.with_extension("exp").exists())
            .filter(|p| {
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                !skipped.contains(&name)
            })
            .collect();
        programs.sort();
        for p in programs {
            let name = format!(
                "{area}/{}",
                p.file_name().and_then(|n| n.to_str()).unwrap_or("")
            );
            let err = p.with_extension("err");
            let error = if err.exists() {
                format!("Some(include_str!({:?}))", err.display().to_string())
            } else {
                "None".into()
            };
            let _ = writeln!(
                table,
                "    Program {{ name: {name:?}, notebook: {}, source: include_str!({:?}), \
                 expected: include_str!({:?}), error: {error} }},",
                area == "notebook",
                p.display().to_string(),
                p.with_extension("exp").display().to_string(),
            );
        }
    }
    table.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("corpus_table.rs");
    if let Err(e) = std::fs::write(&out, table) {
        panic!("writing {}: {e}", out.display());
    }
}
