//! Bundled modules in the page: the Python sources most programs never import (SQLAlchemy,
//! asyncpg, the HTTP clients, `decimal`, `datetime`, …) are not in the wasm when it is
//! built with `fetch-bundles` (the site's build); each bundle is a file beside it,
//! `python/NAME.txt` (written by `www/python/build.mjs`), downloaded the first time a
//! program needs it and kept for the page's lifetime.
//!
//! Before a run, [`prefetch`] reads the program's `import` statements, and then those of
//! each bundle it downloads, and fetches what they name, all of a wave at once, showing
//! a progress note when that takes longer than 200 ms. An import nobody could see coming
//! (`__import__(name)`, or a process-pool worker's job) is served by the loader this
//! module installs, which downloads the bundle synchronously: that blocks, so it is the
//! exception, not the rule. A bundle that cannot be downloaded makes the import raise
//! `ImportError` saying why.
//!
//! The Unicode data the parser needs for some sources comes the same way: the character
//! names of `\N{...}` escapes (crates/unicode-names, bundle `unicode-names`) before a run
//! whose source holds `\N{`, and the NFKC data that folds non-ASCII identifiers
//! (crates/unicode-normalization, bundle `unicode-nfkc`) before a run whose code, outside
//! its strings and comments, holds a non-ASCII character.
//!
//! A bundle's address ends in `?v=` and a hash of its modules' sources, so a browser
//! cache never serves a stale copy after the site changes.
//!
//! The modules `import asyncio` loads come compiled (`snapshot.rs`); the site's build
//! leaves their source out too, in bundle [`SOURCE_BUNDLE`], which only a traceback that
//! shows one of their lines downloads, or a run that may turn asyncio's debug mode on.

mod snapshot;

use loopscope_aio::modules::bundled_modules;
use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/js/glue.js")]
extern "C" {
    #[wasm_bindgen(catch)]
    fn bundle_fetch(path: &str) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(catch)]
    fn bundle_fetch_sync(path: &str) -> Result<String, JsValue>;
    fn bundle_note(text: &str) -> f64;
    fn bundle_note_done(timer: f64);
}

/// Unicode data the parser needs for some sources, downloaded as a bundle of its own.
struct UnicodeData {
    /// The bundle's name.
    name: &'static str,
    /// Changes with the data's text.
    version: u64,
    /// Whether the data is here already.
    here: fn() -> bool,
    /// Hands the downloaded text over.
    give: fn(&str),
    /// Whether a source needs it.
    needed_by: fn(&str) -> bool,
    /// Sets the synchronous download for what nobody foresaw.
    set_loader: fn(fn() -> Option<String>),
    /// That download (a function of its own per entry: a loader cannot capture a name).
    fetch_now: fn() -> Option<String>,
}

const UNICODE_DATA: [UnicodeData; 2] = [
    UnicodeData {
        name: "unicode-names",
        version: unicode_names2::VERSION,
        here: unicode_names2::has_names,
        give: unicode_names2::set_names,
        needed_by: |source| source.contains("\\N{"),
        set_loader: unicode_names2::set_loader,
        fetch_now: || bundle_fetch_sync(&path("unicode-names")).ok(),
    },
    UnicodeData {
        name: "unicode-nfkc",
        version: unicode_normalization::VERSION,
        here: unicode_normalization::has_data,
        give: unicode_normalization::set_data,
        needed_by: has_non_ascii_code,
        set_loader: unicode_normalization::set_loader,
        fetch_now: || bundle_fetch_sync(&path("unicode-nfkc")).ok(),
    },
];

/// A downloaded bundle: module name → source.
type Modules = HashMap<String, Rc<str>>;

thread_local! {
    /// The bundles downloaded so far in this page (or worker).
    static LOADED: RefCell<HashMap<String, Modules>> = RefCell::new(HashMap::new());
    /// Which bundle holds each bundled module that is not compiled in the snapshot (built
    /// once: every run's start reads it).
    static OWNERS: HashMap<&'static str, &'static str> = bundled_modules()
        .filter(|m| !snapshot::has(m.name))
        .map(|m| (m.name, m.bundle))
        .collect();
}

/// Whether this build leaves bundled modules out of the wasm.
fn fetching() -> bool {
    bundled_modules().any(|m| m.source.is_none())
}

/// The bundle of the source of the modules the snapshot has compiled
/// (`loopscope_aio::modules::SNAPSHOTTED` and the standard library's part of it).
const SOURCE_BUNDLE: &str = "asyncio-source";

/// Installs where this thread's interpreters get modules from: the snapshot of compiled
/// modules, and the loader that gives a bundled module's source (once per thread; later
/// calls do nothing new).
pub fn install_loader() {
    snapshot::install();
    if fetching() {
        loopscope_python::set_bundle_loader(Rc::new(load));
    }
    for data in &UNICODE_DATA {
        if !(data.here)() {
            (data.set_loader)(data.fetch_now);
        }
    }
}

/// The loader: from what was downloaded, else downloaded now, synchronously.
fn load(bundle: &str, module: &str) -> Result<Rc<str>, String> {
    if !LOADED.with(|l| l.borrow().contains_key(bundle)) {
        let text = bundle_fetch_sync(&path(bundle)).map_err(|e| describe(&e))?;
        keep(bundle, &text);
    }
    LOADED.with(|l| {
        l.borrow()
            .get(bundle)
            .and_then(|m| m.get(module).cloned())
            .ok_or_else(|| format!("bundle '{bundle}' has no module '{module}'"))
    })
}

/// Downloads every bundle `source` needs and is not here yet, and the bundles those
/// need in turn, before a run starts. Failures are left for the import to report.
pub async fn prefetch(source: &str) {
    if !fetching() && UNICODE_DATA.iter().all(|d| (d.here)()) {
        return;
    }
    install_loader();
    let mut wanted = missing(source);
    let here = LOADED.with(|l| l.borrow().contains_key(SOURCE_BUNDLE));
    if fetching() && !here && may_debug(source) {
        wanted.insert(SOURCE_BUNDLE.to_string());
    }
    if wanted.is_empty() {
        return;
    }
    let names: Vec<&str> = wanted.iter().map(String::as_str).collect();
    let note = bundle_note(&format!("Loading {}…", names.join(", ")));
    while !wanted.is_empty() {
        // One wave: every request starts before any is awaited.
        let requests: Vec<(String, Result<js_sys::Promise, JsValue>)> = wanted
            .iter()
            .map(|b| (b.clone(), bundle_fetch(&path(b))))
            .collect();
        let mut next = BTreeSet::new();
        for (bundle, request) in requests {
            let Ok(promise) = request else { continue };
            let Ok(text) = JsFuture::from(promise).await else {
                continue;
            };
            let Some(text) = text.as_string() else {
                continue;
            };
            keep(&bundle, &text);
            next.extend(missing(&text));
        }
        wanted = next;
    }
    bundle_note_done(note);
}

/// The source of `module` in `bundle`, if that bundle was downloaded.
fn downloaded(bundle: &str, module: &str) -> Option<Rc<str>> {
    LOADED.with(|l| l.borrow().get(bundle)?.get(module).cloned())
}

/// Whether `source` may turn asyncio's debug mode on (or coroutine origin tracking),
/// whose stacks show lines of asyncio's source: that source is downloaded first.
fn may_debug(source: &str) -> bool {
    ["debug=", "set_debug(", "ASYNCIODEBUG", "origin_tracking"]
        .iter()
        .any(|s| source.contains(s))
}

/// Stores a downloaded bundle: `\0NAME\nSOURCE` for each module.
fn keep(bundle: &str, text: &str) {
    if let Some(data) = UNICODE_DATA.iter().find(|d| d.name == bundle) {
        (data.give)(text);
        return;
    }
    let modules: Modules = text
        .split('\0')
        .filter_map(|part| part.split_once('\n'))
        .map(|(name, source)| (name.to_string(), Rc::from(source)))
        .collect();
    LOADED.with(|l| l.borrow_mut().insert(bundle.to_string(), modules));
    if bundle == SOURCE_BUNDLE {
        snapshot::sources_arrived();
    }
}

/// The bundles the `import` statements of `source` name that are not downloaded yet.
fn missing(source: &str) -> BTreeSet<String> {
    let loaded = |b: &str| LOADED.with(|l| l.borrow().contains_key(b));
    let mut wanted: BTreeSet<String> = OWNERS.with(|owners| {
        imported_names(source)
            .into_iter()
            .filter_map(|name| owner(owners, &name))
            .filter(|b| !loaded(b))
            .map(str::to_string)
            .collect()
    });
    for data in &UNICODE_DATA {
        if !(data.here)() && (data.needed_by)(source) {
            wanted.insert(data.name.to_string());
        }
    }
    wanted
}

/// Whether `source` holds a non-ASCII character outside its comments and string
/// literals: a name that the parser folds to NFKC, most likely.
fn has_non_ascii_code(source: &str) -> bool {
    if source.is_ascii() {
        return false;
    }
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '#' => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '\'' | '"' => {
                let triple = chars.next_if_eq(&c).is_some() && {
                    if chars.next_if_eq(&c).is_some() {
                        true
                    } else {
                        continue; // an empty string
                    }
                };
                let mut run = 0;
                while let Some(d) = chars.next() {
                    if d == '\\' {
                        chars.next();
                        run = 0;
                    } else if d == c {
                        run += 1;
                        if !triple || run == 3 {
                            break;
                        }
                    } else if d == '\n' && !triple {
                        break;
                    } else {
                        run = 0;
                    }
                }
            }
            c if !c.is_ascii() => return true,
            _ => {}
        }
    }
    false
}

/// The bundle of module `name` or of the nearest package above it.
fn owner<'a>(owners: &HashMap<&str, &'a str>, name: &str) -> Option<&'a str> {
    let mut name = name;
    loop {
        if let Some(bundle) = owners.get(name) {
            return Some(bundle);
        }
        name = name.rsplit_once('.')?.0;
    }
}

/// The modules named by `import a, b.c as d` and `from a.b import c` lines, wherever
/// they are indented. A line inside a string that looks like an import only costs a
/// download; an import built at run time is the loader's to serve.
fn imported_names(source: &str) -> Vec<String> {
    let mut names = Vec::new();
    for line in source.lines() {
        let line = line.trim_start();
        if let Some(rest) = line.strip_prefix("import ") {
            for part in rest.split(',') {
                if let Some(name) = part.split_whitespace().next() {
                    names.push(name.to_string());
                }
            }
        } else if let Some(rest) = line.strip_prefix("from ") {
            if let Some(name) = rest.split_whitespace().next() {
                if !name.starts_with('.') {
                    names.push(name.to_string());
                }
            }
        }
    }
    names
}

/// Where bundle `name` is, relative to the page, with its version.
fn path(name: &str) -> String {
    if let Some(data) = UNICODE_DATA.iter().find(|d| d.name == name) {
        return format!("python/{name}.txt?v={:016x}", data.version);
    }
    let hash = bundled_modules()
        .filter(|m| m.bundle == name)
        .fold(0u64, |h, m| h.rotate_left(5) ^ m.hash);
    format!("python/{name}.txt?v={hash:016x}")
}

fn describe(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the download failed".to_string())
}

#[cfg(test)]
mod tests {
    use super::{has_non_ascii_code, imported_names};

    #[test]
    fn imports_are_read_from_every_line() {
        let source = "import asyncio, json as j\nfrom sqlalchemy.orm import Session\n\
                      def f():\n    import decimal\n    from . import x\n";
        assert_eq!(
            imported_names(source),
            ["asyncio", "json", "sqlalchemy.orm", "decimal"]
        );
    }

    #[test]
    fn non_ascii_counts_outside_strings_and_comments() {
        assert!(!has_non_ascii_code("print('café')  # naïve\n"));
        assert!(!has_non_ascii_code("s = \"\"\"\nüber \"\"\"\nt = ''\n"));
        assert!(!has_non_ascii_code("s = 'it\\'s é'\n"));
        assert!(has_non_ascii_code("café = 1\n"));
        assert!(has_non_ascii_code("x = ''\nπ = 3.14\n"));
        assert!(has_non_ascii_code("s = '''a'''\nñ = 1\n"));
    }
}
