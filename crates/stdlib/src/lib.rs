//! The standard library that has nothing to do with the event loop: the modules tutorial
//! programs import that neither wait, nor take time, nor start threads (`math`, `random`,
//! `json`, `collections`, `itertools`, `functools`, `typing`, `enum`, `dataclasses`, `io`,
//! `types`, `errno`, `datetime`, `uuid`, `struct`, `binascii`, `base64`, `logging`, …), as
//! RustPython keeps its `stdlib` crate apart from its `vm`. `datetime`, `uuid` and `logging`
//! read the run's clock through `time`, imported when called.
//!
//! Each native module file ends in `pub fn register(m: &mut ModuleBuilder)`; the others are
//! Python source of our own (`<name>.py` beside this file), registered as frozen modules.
//! [`install`] is the one list of them. This crate depends on `loopscope-python` only; the
//! modules whose behaviour depends on the loop, its clock or its threads (`asyncio`, `time`,
//! `threading`, `concurrent.futures`, …) and the third-party-compatible packages are
//! `loopscope-aio`'s, listed in its `modules.rs`. `args` is the argument handling every
//! native module shares, `aio`'s natives included.

pub mod args;
pub mod binascii;
pub mod bundled;
pub mod deque;
pub mod hashlib;
pub mod json;
pub mod math;
pub mod random;
pub mod structs;
pub mod support;

#[cfg(test)]
mod tests;

use loopscope_python::Interp;

/// `(name, source)` of a module written in Python, from `<name>.py`.
macro_rules! source {
    ($name:literal) => {
        ($name, include_str!(concat!($name, ".py")))
    };
}

/// Every module of this crate whose source is always in the binary (not the bundled
/// ones, which a page fetches on first import): name and source (for
/// snapshots of compiled modules, `loopscope_python::bytecode::snapshot`).
pub fn frozen_sources() -> impl Iterator<Item = (&'static str, &'static str)> {
    SOURCE_MODULES.iter().copied()
}

/// Modules written in Python: name and source. Names starting with `_` are our helpers.
const SOURCE_MODULES: &[(&str, &str)] = &[
    source!("abc"),
    (
        "json.decoder",
        "from json import JSONDecoder, JSONDecodeError\n",
    ),
    ("json.encoder", "from json import JSONEncoder\n"),
    source!("types"),
];

/// Modules written in Python that the page downloads on first import (see [`bundled`]):
/// everything `import asyncio` does not load itself, so a program that imports nothing
/// else downloads none of it. `stdlib` is one bundle for the small common modules
/// (`random`, `json`, `typing`, `dataclasses`, `collections`, …): one request.
#[allow(long_running_const_eval)]
pub static BUNDLED: &[bundled::Bundled] = &[
    // What `import asyncio` loads: compiled in the page's snapshot, so the page needs their
    // source only for a traceback's lines (`loopscope_aio::modules::SNAPSHOTTED`).
    bundled!(
        "asyncio-source",
        "_collections_namedtuple",
        "_collections_namedtuple.py"
    ),
    bundled!("asyncio-source", "functools", "functools.py"),
    bundled!("asyncio-source", "weakref", "weakref.py"),
    bundled!(
        "stdlib",
        "_contextlib_exitstack",
        "_contextlib_exitstack.py"
    ),
    bundled!("stdlib", "_dataclasses_fields", "_dataclasses_fields.py"),
    bundled!("stdlib", "_enum_flag", "_enum_flag.py"),
    bundled!("stdlib", "_inspect_signature", "_inspect_signature.py"),
    bundled!("stdlib", "_typing_classes", "_typing_classes.py"),
    bundled!("stdlib", "bisect", "bisect.py"),
    bundled!("stdlib", "collections", "collections.py"),
    bundled!("stdlib", "collections.abc", "_collections_abc.py"),
    bundled!("stdlib", "contextlib", "contextlib.py"),
    bundled!("stdlib", "copy", "copy.py"),
    bundled!("stdlib", "dataclasses", "dataclasses.py"),
    bundled!("stdlib", "enum", "enum.py"),
    bundled!("stdlib", "errno", "errno.py"),
    bundled!("stdlib", "hashlib", "hashlib.py"),
    bundled!("stdlib", "heapq", "heapq.py"),
    bundled!("stdlib", "hmac", "hmac.py"),
    bundled!("stdlib", "http", "http.py"),
    bundled!("stdlib", "io", "io.py"),
    bundled!("stdlib", "itertools", "itertools.py"),
    bundled!("stdlib", "json", "json.py"),
    bundled!("stdlib", "operator", "operator.py"),
    bundled!("stdlib", "os", "os.py"),
    bundled!("stdlib", "posixpath", "posixpath.py"),
    bundled!("stdlib", "random", "random.py"),
    bundled!("stdlib", "signal", "signal.py"),
    bundled!("stdlib", "string", "string.py"),
    bundled!("stdlib", "struct", "struct.py"),
    bundled!("stdlib", "typing", "typing.py"),
    bundled!("stdlib", "urllib", "urllib.py"),
    bundled!("stdlib", "urllib.parse", "urllib_parse.py"),
    bundled!("stdlib", "warnings", "warnings.py"),
    bundled!("base64", "base64", "base64.py"),
    bundled!("datetime", "datetime", "datetime.py"),
    bundled!("datetime", "_datetime_base", "_datetime_base.py"),
    bundled!("datetime", "_datetime_strptime", "_datetime_strptime.py"),
    bundled!("datetime", "_datetime_text", "_datetime_text.py"),
    bundled!("decimal", "decimal", "decimal.py"),
    bundled!("decimal", "_decimal_base", "_decimal_base.py"),
    bundled!("decimal", "_decimal_context", "_decimal_context.py"),
    bundled!("decimal", "_decimal_math", "_decimal_math.py"),
    bundled!("decimal", "_decimal_text", "_decimal_text.py"),
    bundled!("logging", "logging", "logging.py"),
    bundled!("uuid", "uuid", "uuid.py"),
    bundled!("re", "re", "re.py"),
    bundled!("re", "_re_chars", "_re_chars.py"),
    bundled!("re", "_re_compile", "_re_compile.py"),
    bundled!("re", "_re_escape", "_re_escape.py"),
    bundled!("re", "_re_match", "_re_match.py"),
    bundled!("re", "_re_parse", "_re_parse.py"),
    bundled!("re", "_re_template", "_re_template.py"),
];

/// Registers every module of the standard library with `interp`; each is built on first
/// import.
pub fn install(interp: &mut Interp) {
    interp.register_module("_loopscope", support::register);
    interp.register_module("_collections", deque::register);
    interp.register_module("_hashlib", hashlib::register);
    interp.register_module("_json", json::register);
    interp.register_module("_random", random::register);
    interp.register_module("_struct", structs::register);
    interp.register_module("binascii", binascii::register);
    interp.register_module("math", math::register);
    for (name, source) in SOURCE_MODULES {
        interp.register_source_module(name, source);
    }
    bundled::register(interp, BUNDLED);
}
