//! Registers our asyncio package (Python source of our own, in `asyncio/`) and the other
//! modules that need the loop's runtime: `_aioloop`, `time`, `contextvars`,
//! `concurrent.futures` and `threading` (virtual threads).

use loopscope_python::Interp;

/// (module name, source) for every Python-source module of the runtime.
const SOURCES: [(&str, &str); 22] = [
    ("asyncio", include_str!("asyncio/__init__.py")),
    ("asyncio.exceptions", include_str!("asyncio/exceptions.py")),
    ("asyncio.events", include_str!("asyncio/events.py")),
    ("asyncio.futures", include_str!("asyncio/futures.py")),
    ("asyncio.tasks", include_str!("asyncio/tasks.py")),
    ("asyncio.mixins", include_str!("asyncio/mixins.py")),
    ("asyncio.locks", include_str!("asyncio/locks.py")),
    ("asyncio.queues", include_str!("asyncio/queues.py")),
    ("asyncio.timeouts", include_str!("asyncio/timeouts.py")),
    ("asyncio.taskgroups", include_str!("asyncio/taskgroups.py")),
    ("asyncio.runners", include_str!("asyncio/runners.py")),
    ("asyncio.threads", include_str!("asyncio/threads.py")),
    ("contextvars", include_str!("pylib/contextvars.py")),
    ("time", include_str!("pylib/time.py")),
    (
        "concurrent",
        "# Loopscope's concurrent package: see concurrent.futures.\n",
    ),
    (
        "concurrent.futures",
        include_str!("pylib/concurrent_futures.py"),
    ),
    (
        "concurrent.futures.process",
        include_str!("pylib/concurrent_futures_process.py"),
    ),
    ("threading", include_str!("pylib/threading.py")),
    ("multiprocessing", include_str!("pylib/multiprocessing.py")),
    ("inspect", include_str!("pylib/inspect.py")),
    ("gc", include_str!("pylib/gc.py")),
    ("traceback", include_str!("pylib/traceback.py")),
];

/// Registers the runtime's modules with `interp` (built on first import).
pub fn install(interp: &mut Interp) {
    interp.register_module("_aioloop", crate::natives::register);
    for (name, source) in SOURCES {
        interp.register_source_module(name, source);
    }
}
