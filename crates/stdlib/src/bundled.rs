//! Frozen modules that a host may keep out of its binary: the page downloads each
//! *bundle* (a group of modules imported together, such as `decimal` and its helpers) the
//! first time a program needs it, so that visitors who never import SQLAlchemy do not
//! download it (issue 17). Natively, and in every build without the `fetch-bundles`
//! feature, a bundled module's source is built in like any other.
//!
//! A crate lists its bundled modules with [`bundled!`] in its one list of modules; the
//! page's build (`www/python/build.mjs`) reads those lists to write one file per bundle,
//! and `loopscope-web`'s `bundles.rs` fetches them.

/// A frozen module in a bundle.
#[derive(Clone, Copy, Debug)]
pub struct Bundled {
    /// The module's name (`sqlalchemy.orm`).
    pub name: &'static str,
    /// The bundle it is downloaded in (`sqlalchemy`).
    pub bundle: &'static str,
    /// A hash of its source, known even where the source is not built in: a bundle's
    /// address carries its modules' hashes, so a browser never uses a stale copy.
    pub hash: u64,
    /// Its source, unless the build fetches bundles.
    pub source: Option<&'static str>,
}

/// A hash of a source at compile time (FNV-1a); over a long list of modules const
/// evaluation takes long enough for rustc's `long_running_const_eval` lint, which a list
/// allows.
pub use loopscope_unicode_data::source_hash;

/// `bundled!(BUNDLE, MODULE, FILE)`, each a string literal: a [`Bundled`] entry, FILE
/// relative to the source file that names it. Without the `fetch-bundles` feature of the
/// crate that uses it, the source is built in.
#[macro_export]
macro_rules! bundled {
    ($bundle:literal, $name:literal, $file:literal) => {
        $crate::bundled::Bundled {
            name: $name,
            bundle: $bundle,
            hash: $crate::bundled::source_hash(include_bytes!($file)),
            #[cfg(not(feature = "fetch-bundles"))]
            source: Some(include_str!($file)),
            #[cfg(feature = "fetch-bundles")]
            source: None,
        }
    };
}

/// Registers `modules` with `interp`: built-in source where the build has it, else a
/// module the thread's bundle loader gives on first import.
pub fn register(interp: &mut loopscope_python::Interp, modules: &[Bundled]) {
    for m in modules {
        match m.source {
            Some(source) => interp.register_source_module(m.name, source),
            None => interp.register_bundled_module(m.name, m.bundle),
        }
    }
}
