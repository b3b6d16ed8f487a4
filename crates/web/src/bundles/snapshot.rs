//! The page's compiled frozen modules: the snapshot of what `import asyncio` loads, made
//! by `build.rs` (its layout is described there). Each module's entry carries its own
//! strings, so it decodes without the module's text: the site's build leaves the text of
//! bundle `asyncio-source` (`loopscope_aio::modules::SNAPSHOTTED`, and the standard
//! library's `functools`, `weakref`, `_collections_namedtuple`) out of the wasm, and their
//! code gets a stand-in source with the real one's lines, blank. A traceback that shows a
//! line of such a module asks for the real text (`loopscope_python::vm::import::full_source`),
//! which comes from that bundle, downloaded then, once per worker. Once it is here, later
//! runs import these modules with their real source, so the readers of source lines that
//! do not ask (asyncio's debug-mode stacks, `warnings`) see it too; `prefetch` downloads
//! it before a run that may turn debug mode on.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use loopscope_python::bytecode::{snapshot, CodeObject};
use loopscope_python::syntax::source::Source;
use loopscope_python::vm::import::{set_precompiled, Precompiled};

/// The snapshot, compiled when this crate was built (`build.rs`).
static SNAPSHOT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/asyncio.snap"));

/// A module in the snapshot.
struct Entry {
    /// The FNV-1a hash of the source it was compiled from.
    hash: u64,
    /// Its source's lines' byte lengths, as varints.
    lines: &'static [u8],
    /// Its code (`snapshot::encode`'s entry).
    code: &'static [u8],
}

/// A module's stand-in source, and its real source once a traceback asked for it.
type StandIn = (Rc<Source>, Option<Rc<Source>>);

thread_local! {
    /// The snapshot's modules by name (read once per thread).
    static INDEX: HashMap<&'static str, Entry> = read_index(SNAPSHOT).unwrap_or_default();
    /// The code each module's next import gets on this thread: decoded with a stand-in
    /// source, or with the real one once it is here.
    static CODE: RefCell<HashMap<String, Rc<CodeObject>>> = RefCell::new(HashMap::new());
    /// Each module's stand-in source on this thread, and its real source once a
    /// traceback asked for it.
    static STAND_INS: RefCell<HashMap<String, StandIn>> = RefCell::new(HashMap::new());
}

/// Makes the snapshot where this thread's interpreters get compiled frozen modules from.
pub fn install() {
    set_precompiled(Precompiled {
        code: Rc::new(code),
        source: Rc::new(full_source),
    });
}

/// Whether the snapshot has module `name` compiled (so its source is never needed to
/// import it).
pub fn has(name: &str) -> bool {
    INDEX.with(|i| i.contains_key(name))
}

/// Forgets the code decoded with stand-in sources: the real ones are here now.
pub fn sources_arrived() {
    CODE.with(|c| c.borrow_mut().clear());
}

/// The code of module `name`: for `Some(text)`, only if compiled from that text; for
/// `None`, with the real source when it was downloaded, else with a stand-in (kept, so
/// every import on this thread shares it).
fn code(name: &str, text: Option<&str>) -> Option<Rc<CodeObject>> {
    let file = format!("<frozen {name}>");
    let Some(text) = text else {
        if let Some(code) = CODE.with(|c| c.borrow().get(name).cloned()) {
            return Some(code);
        }
        let code = match super::downloaded(super::SOURCE_BUNDLE, name) {
            Some(full) => code(name, Some(&full))?,
            None => {
                let (entry, blank) = INDEX.with(|i| {
                    let e = i.get(name)?;
                    Some((e.code, Rc::new(Source::new(&file, blank_text(e.lines)?))))
                })?;
                let code = snapshot::decode(entry, blank.clone()).ok()?;
                STAND_INS.with(|s| s.borrow_mut().insert(name.to_string(), (blank, None)));
                code
            }
        };
        CODE.with(|c| c.borrow_mut().insert(name.to_string(), code.clone()));
        return Some(code);
    };
    let entry = INDEX.with(|i| {
        let e = i.get(name)?;
        (e.hash == snapshot::source_hash(text)).then_some(e.code)
    })?;
    snapshot::decode(entry, Rc::new(Source::new(&file, text.to_string()))).ok()
}

/// The real source behind a stand-in, downloaded the first time (`None` for any other
/// source, or when the download fails: the traceback then shows no line).
fn full_source(src: &Rc<Source>) -> Option<Rc<Source>> {
    let name = src.filename.strip_prefix("<frozen ")?.strip_suffix('>')?;
    let known = STAND_INS.with(|s| {
        let s = s.borrow();
        let (blank, full) = s.get(name)?;
        Rc::ptr_eq(blank, src).then(|| full.clone())
    })?;
    if let Some(full) = known {
        return Some(full);
    }
    let text = super::load(super::SOURCE_BUNDLE, name).ok()?;
    let hash = INDEX.with(|i| i.get(name).map(|e| e.hash))?;
    if snapshot::source_hash(&text) != hash {
        return None;
    }
    let full = Rc::new(Source::new(&src.filename, text.to_string()));
    STAND_INS.with(|s| {
        if let Some((_, f)) = s.borrow_mut().get_mut(name) {
            *f = Some(full.clone());
        }
    });
    Some(full)
}

/// A text of the given lines, each blank: spaces for its bytes.
fn blank_text(lines: &'static [u8]) -> Option<String> {
    let mut r = Reader(lines);
    let count = r.uint()?;
    let mut text = String::new();
    for i in 0..count {
        if i > 0 {
            text.push('\n');
        }
        let len = usize::try_from(r.uint()?).ok()?;
        text.extend(std::iter::repeat_n(' ', len));
    }
    Some(text)
}

fn read_index(bytes: &'static [u8]) -> Option<HashMap<&'static str, Entry>> {
    let mut r = Reader(bytes.strip_prefix(b"LSWEB1")?);
    let count = r.uint()?;
    let mut index = HashMap::new();
    for _ in 0..count {
        let len = usize::try_from(r.uint()?).ok()?;
        let name = std::str::from_utf8(r.take(len)?).ok()?;
        let hash = u64::from_le_bytes(r.take(8)?.try_into().ok()?);
        let start = r.0;
        for _ in 0..r.uint()? {
            r.uint()?;
        }
        let lines = &start[..start.len() - r.0.len()];
        let len = usize::try_from(r.uint()?).ok()?;
        let code = r.take(len)?;
        index.insert(name, Entry { hash, lines, code });
    }
    Some(index)
}

/// LEB128 varints and byte runs off the front of a slice.
struct Reader(&'static [u8]);

impl Reader {
    fn uint(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let (&byte, rest) = self.0.split_first()?;
            self.0 = rest;
            v |= u64::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return Some(v);
            }
        }
        None
    }

    fn take(&mut self, n: usize) -> Option<&'static [u8]> {
        let (head, rest) = (self.0.get(..n)?, self.0.get(n..)?);
        self.0 = rest;
        Some(head)
    }
}
