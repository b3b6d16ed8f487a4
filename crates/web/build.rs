//! Two build products:
//! - a snapshot of the compiled modules `import asyncio` loads (`asyncio.snap`), which
//!   `bundles/snapshot.rs` installs so a worker starts without compiling them, and which
//!   stands in for the source of those left out of the page's wasm (bundle `asyncio-source`);
//! - the conformance corpus (`tests/conformance/{lang,stdlib,asyncio,notebook,pydantic,asgi}`)
//!   for the browser test that runs it in the page (`tests/corpus.rs`): each program with
//!   CPython's output embedded, those an area's `SKIP` lists left out. Only that test
//!   includes the table; the library never does.

use std::fmt::Write;
use std::path::Path;
use std::rc::Rc;

use loopscope_python::bytecode::{snapshot, CodeObject};
use loopscope_python::syntax::source::Source;

const AREAS: [&str; 6] = ["lang", "stdlib", "asyncio", "notebook", "pydantic", "asgi"];

fn main() {
    snapshot();
    corpus_table();
}

/// The snapshot of the compiled modules `import asyncio` loads, so a page's worker does
/// not parse and compile them before its first run, and needs no source for them.
///
/// Layout, integers as LEB128 varints: magic `LSWEB1`, the module count, then per module
/// its name (length, bytes), the FNV-1a hash of its source (8 bytes, little-endian), its
/// lines' byte lengths (count, then each, without the `\n`) and its entry
/// (`snapshot::encode`'s, length then bytes). An entry is encoded against an empty
/// source, so it carries its strings itself and decodes without the module's text; the
/// lines give the stand-in whose line numbers tracebacks count.
fn snapshot() {
    let out = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("asyncio.snap");
    // This script's `loopscope-aio` is built with the page's features, so the modules the
    // page leaves out are read here, from the files the crates' lists name.
    let left_out = snapshotted_sources();
    let texts: Rc<Vec<(String, Rc<str>)>> = Rc::new(left_out);
    let given = texts.clone();
    loopscope_python::set_bundle_loader(Rc::new(move |_, module| {
        given
            .iter()
            .find(|(name, _)| name == module)
            .map(|(_, text)| text.clone())
            .ok_or_else(|| format!("{module} is not in bundle asyncio-source"))
    }));
    let loaded = loopscope_aio::modules::imports_of("import asyncio");
    let sources = loopscope_aio::modules::frozen_sources()
        .map(|(name, text)| (name.to_string(), Rc::<str>::from(text)))
        .chain(texts.iter().cloned());
    let mut modules = Vec::new();
    for (name, text) in sources {
        if !loaded.contains(&name) || text.contains('\r') {
            continue;
        }
        let file = format!("<frozen {name}>");
        let Ok(code) = loopscope_python::compile_source(&text, &file) else {
            continue;
        };
        let Ok(entry) = snapshot::encode(&without_text(&code, &file)) else {
            continue;
        };
        modules.push((name, text, entry));
    }
    for (name, _) in texts.iter() {
        if !modules.iter().any(|(m, ..)| m == name) {
            panic!(
                "{name} is in bundle asyncio-source but not in the snapshot of \
                 `import asyncio` ({loaded:?}): list it with the crate's other sources"
            );
        }
    }
    let mut w = Vec::from(&b"LSWEB1"[..]);
    uint(&mut w, modules.len() as u64);
    for (name, text, entry) in modules {
        uint(&mut w, name.len() as u64);
        w.extend_from_slice(name.as_bytes());
        w.extend_from_slice(&snapshot::source_hash(&text).to_le_bytes());
        let lines: Vec<&str> = text.split('\n').collect();
        uint(&mut w, lines.len() as u64);
        for line in lines {
            uint(&mut w, line.len() as u64);
        }
        uint(&mut w, entry.len() as u64);
        w.extend_from_slice(&entry);
    }
    if let Err(e) = std::fs::write(&out, w) {
        panic!("writing {}: {e}", out.display());
    }
}

/// The modules of bundle `asyncio-source` (`loopscope_aio::modules::SNAPSHOTTED` and the
/// standard library's part of it) and their text: the `bundled!("asyncio-source", MODULE,
/// FILE)` calls of the crates' lists of modules, read as `www/python/build.mjs` reads
/// them, FILE relative to the list.
fn snapshotted_sources() -> Vec<(String, Rc<str>)> {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut found = Vec::new();
    for list in ["aio/src/modules.rs", "stdlib/src/lib.rs"] {
        let list = crates.join(list);
        let dir = list.parent().unwrap_or(&crates).to_path_buf();
        println!("cargo:rerun-if-changed={}", list.display());
        let rust = std::fs::read_to_string(&list)
            .unwrap_or_else(|e| panic!("reading {}: {e}", list.display()));
        for call in rust.split("bundled!(").skip(1) {
            let args: Vec<&str> = call
                .split(')')
                .next()
                .unwrap_or("")
                .split('"')
                .skip(1)
                .step_by(2)
                .collect();
            let [bundle, module, file] = args[..] else {
                continue;
            };
            if bundle != "asyncio-source" {
                continue;
            }
            let path = dir.join(file);
            println!("cargo:rerun-if-changed={}", path.display());
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
            found.push((module.to_string(), Rc::from(text)));
        }
    }
    let listed = loopscope_aio::modules::bundled_modules()
        .filter(|m| m.bundle == "asyncio-source")
        .count();
    if found.len() != listed {
        panic!(
            "found {} of bundle asyncio-source's {listed} modules",
            found.len()
        );
    }
    found
}

/// `code` with an empty source, so that `snapshot::encode` writes every string out.
fn without_text(code: &CodeObject, file: &str) -> CodeObject {
    // Every field, so that a field added to `CodeObject` is a compile error here.
    let CodeObject {
        name,
        qualname,
        flags,
        argcount,
        posonlyargcount,
        kwonlyargcount,
        varnames,
        cellvars,
        freevars,
        cell2arg,
        names,
        consts,
        code,
        locations,
        source: _,
        first_line,
        doc,
        anchors,
    } = code;
    CodeObject {
        name: name.clone(),
        qualname: qualname.clone(),
        flags: *flags,
        argcount: *argcount,
        posonlyargcount: *posonlyargcount,
        kwonlyargcount: *kwonlyargcount,
        varnames: varnames.clone(),
        cellvars: cellvars.clone(),
        freevars: freevars.clone(),
        cell2arg: cell2arg.clone(),
        names: names.clone(),
        consts: consts.clone(),
        code: code.clone(),
        locations: locations.clone(),
        source: Rc::new(Source::new(file, String::new())),
        first_line: *first_line,
        doc: doc.clone(),
        anchors: anchors.clone(),
    }
}

fn uint(w: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            w.push(byte);
            return;
        }
        w.push(byte | 0x80);
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
