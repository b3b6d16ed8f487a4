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

/// Modules written in Python: name and source. Names starting with `_` are our helpers.
const SOURCE_MODULES: &[(&str, &str)] = &[
    ("collections.abc", include_str!("_collections_abc.py")),
    source!("_collections_namedtuple"),
    source!("_contextlib_exitstack"),
    source!("_dataclasses_fields"),
    source!("_datetime_base"),
    source!("_datetime_strptime"),
    source!("_datetime_text"),
    source!("_decimal_base"),
    source!("_decimal_context"),
    source!("_decimal_math"),
    source!("_decimal_text"),
    source!("_enum_flag"),
    source!("_typing_classes"),
    source!("abc"),
    source!("base64"),
    source!("bisect"),
    source!("collections"),
    source!("contextlib"),
    source!("copy"),
    source!("dataclasses"),
    source!("datetime"),
    source!("decimal"),
    source!("enum"),
    source!("errno"),
    source!("functools"),
    source!("hashlib"),
    source!("heapq"),
    source!("hmac"),
    source!("io"),
    source!("itertools"),
    source!("json"),
    source!("logging"),
    (
        "json.decoder",
        "from json import JSONDecoder, JSONDecodeError\n",
    ),
    ("json.encoder", "from json import JSONEncoder\n"),
    source!("operator"),
    source!("random"),
    source!("string"),
    source!("struct"),
    source!("types"),
    source!("typing"),
    source!("uuid"),
    source!("weakref"),
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
}
