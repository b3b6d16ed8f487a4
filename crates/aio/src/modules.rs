//! The standard-library modules tutorial programs import, registered with an interpreter.
//!
//! Each native module file ends in `pub fn register(m: &mut ModuleBuilder)`; the others are
//! Python source of our own (`modules/<name>.py`), registered as frozen modules. This is the
//! one list of them.

pub mod args;
pub mod math;
pub mod random;
pub mod support;

use loopscope_python::Interp;

/// Modules written in Python: name and source.
const SOURCE_MODULES: &[(&str, &str)] = &[
    ("_bases", include_str!("modules/_bases.py")),
    ("_collections_deque", include_str!("modules/_collections_deque.py")),
    ("_collections_namedtuple", include_str!("modules/_collections_namedtuple.py")),
    ("_contextlib_exitstack", include_str!("modules/_contextlib_exitstack.py")),
    ("_dataclasses_fields", include_str!("modules/_dataclasses_fields.py")),
    ("_typing_classes", include_str!("modules/_typing_classes.py")),
    ("collections", include_str!("modules/collections.py")),
    ("contextlib", include_str!("modules/contextlib.py")),
    ("copy", include_str!("modules/copy.py")),
    ("dataclasses", include_str!("modules/dataclasses.py")),
    ("functools", include_str!("modules/functools.py")),
    ("itertools", include_str!("modules/itertools.py")),
    ("random", include_str!("modules/random.py")),
    ("typing", include_str!("modules/typing.py")),
];

/// Registers every module of this crate with `interp`; each is built on first import.
pub fn install(interp: &mut Interp) {
    interp.register_module("_loopscope", support::register);
    interp.register_module("_random", random::register);
    interp.register_module("math", math::register);
    for (name, source) in SOURCE_MODULES {
        interp.register_source_module(name, source);
    }
}
