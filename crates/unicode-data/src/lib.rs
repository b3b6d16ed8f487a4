//! What `crates/unicode-names` and `crates/unicode-normalization` share: text that a
//! Python script of theirs dumps from python3's `unicodedata` at build time ([`dump`], for
//! their build scripts), held as a parsed table ([`Fetched`]) that is either built in or,
//! in a build that leaves it out (the page), given by the host or fetched by the loader
//! the host sets, on first use; and the compile-time hash ([`source_hash`]) that versions
//! such text in a download's address.

use std::path::Path;
use std::process::Command;
use std::sync::{Mutex, OnceLock};

/// FNV-1a over `bytes` taken eight at a time (then the rest one by one), at compile
/// time. Eight at a time keeps the const evaluation of a long list of module sources
/// (`bundled!`) under the point where rustc warns that it takes long.
pub const fn source_hash(bytes: &[u8]) -> u64 {
    const PRIME: u64 = 0x0100_0000_01b3;
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let (words, rest) = bytes.as_chunks::<8>();
    let mut i = 0;
    while i < words.len() {
        hash ^= u64::from_le_bytes(words[i]);
        hash = hash.wrapping_mul(PRIME);
        i += 1;
    }
    let mut j = 0;
    while j < rest.len() {
        hash ^= rest[j] as u64;
        hash = hash.wrapping_mul(PRIME);
        j += 1;
    }
    hash
}

/// Fetches the text when it is first needed (a host's synchronous download).
pub type Loader = fn() -> Option<String>;

/// A table parsed from text that is built in, or else given or fetched on first use.
pub struct Fetched<T: 'static> {
    built_in: Option<&'static str>,
    parse: fn(&str) -> T,
    table: OnceLock<T>,
    loader: Mutex<Option<Loader>>,
}

impl<T: Send + Sync> Fetched<T> {
    /// A table over `built_in` text (`None`: the host gives it), parsed by `parse`.
    pub const fn new(built_in: Option<&'static str>, parse: fn(&str) -> T) -> Self {
        Fetched {
            built_in,
            parse,
            table: OnceLock::new(),
            loader: Mutex::new(None),
        }
    }

    /// Gives the text to a build without it; later calls change nothing.
    pub fn set(&self, text: &str) {
        let _ = self.table.get_or_init(|| (self.parse)(text));
    }

    /// Whether the text is here (built in, or given already).
    pub fn here(&self) -> bool {
        self.built_in.is_some() || self.table.get().is_some()
    }

    /// Sets what fetches the text when it is needed before [`Fetched::set`].
    pub fn set_loader(&self, loader: Loader) {
        if let Ok(mut slot) = self.loader.lock() {
            *slot = Some(loader);
        }
    }

    /// The table, parsed on first use; `None` when the text cannot be had.
    pub fn get(&self) -> Option<&T> {
        if let Some(table) = self.table.get() {
            return Some(table);
        }
        let text = match self.built_in {
            Some(text) => text.to_string(),
            None => {
                let loader = self.loader.lock().ok().and_then(|slot| *slot)?;
                loader()?
            }
        };
        Some(self.table.get_or_init(|| (self.parse)(&text)))
    }
}

/// For a build script: runs `script` (in the crate's folder) under python3 (`$PYTHON`)
/// and writes what it prints to `OUT_DIR/out_name`; with the crate's `fetch-bundles`
/// feature on, writes an empty file instead, since that build leaves the text out.
pub fn dump(script: &str, out_name: &str) {
    println!("cargo:rerun-if-changed={script}");
    let out_dir = std::env::var("OUT_DIR").unwrap_or_default();
    let out = Path::new(&out_dir).join(out_name);
    let text = if std::env::var_os("CARGO_FEATURE_FETCH_BUNDLES").is_some() {
        Vec::new()
    } else {
        let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
        let script = Path::new(&dir).join(script);
        let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".into());
        match Command::new(&python).arg(&script).output() {
            Ok(o) if o.status.success() => o.stdout,
            Ok(o) => panic!(
                "{python} {} failed: {}",
                script.display(),
                String::from_utf8_lossy(&o.stderr)
            ),
            Err(e) => panic!("running {python} (Python 3.11, which Loopscope needs): {e}"),
        }
    };
    if let Err(e) = std::fs::write(&out, text) {
        panic!("writing {}: {e}", out.display());
    }
}
