//! The one list of modules `aio` registers: those that need the loop. The standard library
//! that has nothing to do with the loop (`math`, `json`, `collections`, `typing`, …) is
//! `loopscope-stdlib`'s, registered by `loopscope_stdlib::install`; a module belongs here
//! when its behaviour depends on the loop, its clock, its threads or its network.
//!
//! - Natives: `_aioloop` (`natives.rs`, with the process pool's `pool/natives.rs`) and
//!   `_net` (`net/natives.rs`, the HTTP transport).
//! - `asyncio/*.py`: our asyncio package, following CPython 3.11.7.
//! - `pylib/*.py`: standard-library modules built on `_aioloop` — `time` (the run's
//!   clock), `contextvars`, `threading` (virtual threads), `queue`, `concurrent.futures`,
//!   `multiprocessing`, `inspect`, `gc`, `traceback`; `_notebook`, the driver of notebook
//!   mode (`runners/notebook.rs`, natives `_cells`). `pylib/a_b.py` is module `a.b`.
//! - `packages/*.py`: the third-party-compatible packages, one file per module
//!   (`packages/requests_exceptions.py` is `requests.exceptions`), each opening with
//!   which release of the package it follows:
//!   - `aiohttp` 3.8's client, `httpx` 0.25's clients and `requests` 2.31, all three over
//!     `_netcore.py` (headers, bodies, URLs, awaiting or blocking on an answer), which is
//!     over `_net`.
//!   - `asyncpg` 0.32 (`asyncpg.py`, `asyncpg_protocol.py`, `asyncpg_connection.py`,
//!     `asyncpg_pool.py`, `asyncpg_exceptions.py`): PostgreSQL's wire protocol over the
//!     loop's TCP connections (`asyncio/selector_events.py`'s `_HostLink`, the host's
//!     sockets in `net/socket.rs`).
//!   - SQLAlchemy 2.1 (`sqlalchemy*.py`: the expression language and its compiler, engines,
//!     pools and results, `sqlalchemy.ext.asyncio`, the declarative ORM and its unit of
//!     work, `postgresql+asyncpg` over our `asyncpg`): async all the way down where real
//!     SQLAlchemy runs sync code in greenlets.
//!   - pydantic 2.12 (`pydantic.py`: models, validators, dumps; `pydantic_fields.py`,
//!     `pydantic.fields`: `FieldInfo`, `Field`, constraint markers) over our
//!     `pydantic_core` 2.41 (`pydantic_core.py`, the top-level module pydantic's own core
//!     is: `ValidationError` and its texts, the validators per type, the JSON writer).
//!   - uvicorn 0.55 (`uvicorn.py`; `uvicorn_config.py`, `uvicorn_logging.py` and
//!     `uvicorn_server.py` name what it defines as uvicorn's modules do): the ASGI server,
//!     HTTP/1.1 on a `loop.create_server` server that `asyncio.selector_events.expose`
//!     offers to the host, the lifespan protocol, uvicorn's logging.
//!   - `loopscope.network` (`net/loopscope_network.py`) is Loopscope's own: it chooses and
//!     tunes the network these packages use.
//!
//!   A package's Python source goes in `packages/`; whatever it talks to (its transport:
//!   `net/` for HTTP; a database wire protocol for `asyncpg` or SQLAlchemy's asyncio
//!   engine would sit beside it) is Rust in this crate, reached through a native module
//!   listed here. A package that needs no transport (`pydantic`) goes in `packages/` too,
//!   so every package is found in one place.

use loopscope_python::Interp;
use loopscope_stdlib::bundled;
use loopscope_stdlib::bundled::Bundled;

/// (module name, source) for every Python-source module of this crate.
const SOURCES: &[(&str, &str)] = &[
    (
        "asyncio.selector_events",
        include_str!("asyncio/selector_events.py"),
    ),
    ("time", include_str!("pylib/time.py")),
    ("_notebook", include_str!("pylib/_notebook.py")),
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
    ("queue", include_str!("pylib/queue.py")),
    ("multiprocessing", include_str!("pylib/multiprocessing.py")),
    ("inspect", include_str!("pylib/inspect.py")),
    ("gc", include_str!("pylib/gc.py")),
    ("traceback", include_str!("pylib/traceback.py")),
    (
        "loopscope",
        "# Loopscope's own package: see loopscope.network.\n",
    ),
    (
        "loopscope.network",
        include_str!("net/loopscope_network.py"),
    ),
];

/// The modules `import asyncio` loads, this crate's (the standard library's are in
/// `loopscope_stdlib::BUNDLED`, bundle `asyncio-source` too): the page's wasm leaves their
/// source out (`fetch-bundles`), since it carries them compiled (`crates/web/build.rs`
/// snapshots them, and its build fails if one of these is not in the snapshot); bundle
/// `asyncio-source` has their text for the tracebacks that show a line of them. Natively
/// they are built in like any other module.
#[allow(long_running_const_eval)]
pub static SNAPSHOTTED: &[Bundled] = &[
    bundled!("asyncio-source", "asyncio", "asyncio/__init__.py"),
    bundled!(
        "asyncio-source",
        "asyncio.exceptions",
        "asyncio/exceptions.py"
    ),
    bundled!("asyncio-source", "asyncio.events", "asyncio/events.py"),
    bundled!("asyncio-source", "asyncio.futures", "asyncio/futures.py"),
    bundled!("asyncio-source", "asyncio.tasks", "asyncio/tasks.py"),
    bundled!("asyncio-source", "asyncio.mixins", "asyncio/mixins.py"),
    bundled!("asyncio-source", "asyncio.locks", "asyncio/locks.py"),
    bundled!("asyncio-source", "asyncio.queues", "asyncio/queues.py"),
    bundled!("asyncio-source", "asyncio.timeouts", "asyncio/timeouts.py"),
    bundled!(
        "asyncio-source",
        "asyncio.taskgroups",
        "asyncio/taskgroups.py"
    ),
    bundled!("asyncio-source", "asyncio.runners", "asyncio/runners.py"),
    bundled!("asyncio-source", "asyncio.threads", "asyncio/threads.py"),
    bundled!(
        "asyncio-source",
        "asyncio.protocols",
        "asyncio/protocols.py"
    ),
    bundled!("asyncio-source", "asyncio.streams", "asyncio/streams.py"),
    bundled!("asyncio-source", "contextvars", "pylib/contextvars.py"),
];

/// The third-party-compatible packages, which the page downloads on first import (see
/// `loopscope_stdlib::bundled`): `http` (aiohttp, httpx, requests), `asyncpg`, `sqlalchemy`,
/// `pydantic` (with `pydantic.fields` and `pydantic_core`), `uvicorn` (with `uvicorn.config`,
/// `uvicorn.logging` and `uvicorn.server`).
#[allow(long_running_const_eval)]
pub static BUNDLED: &[Bundled] = &[
    bundled!("http", "_netcore", "packages/_netcore.py"),
    bundled!("http", "aiohttp", "packages/aiohttp.py"),
    bundled!("http", "httpx", "packages/httpx.py"),
    bundled!("http", "requests", "packages/requests.py"),
    bundled!(
        "http",
        "requests.exceptions",
        "packages/requests_exceptions.py"
    ),
    bundled!("starlette", "starlette", "packages/starlette.py"),
    bundled!(
        "starlette",
        "starlette.applications",
        "packages/starlette_applications.py"
    ),
    bundled!(
        "starlette",
        "starlette.background",
        "packages/starlette_background.py"
    ),
    bundled!(
        "starlette",
        "starlette.concurrency",
        "packages/starlette_concurrency.py"
    ),
    bundled!(
        "starlette",
        "starlette.datastructures",
        "packages/starlette_datastructures.py"
    ),
    bundled!(
        "starlette",
        "starlette.exceptions",
        "packages/starlette_exceptions.py"
    ),
    bundled!(
        "starlette",
        "starlette.middleware",
        "packages/starlette_middleware.py"
    ),
    bundled!(
        "starlette",
        "starlette.middleware.base",
        "packages/starlette_middleware_base.py"
    ),
    bundled!(
        "starlette",
        "starlette.middleware.cors",
        "packages/starlette_middleware_cors.py"
    ),
    bundled!(
        "starlette",
        "starlette.middleware.errors",
        "packages/starlette_middleware_errors.py"
    ),
    bundled!(
        "starlette",
        "starlette.middleware.exceptions",
        "packages/starlette_middleware_exceptions.py"
    ),
    bundled!(
        "starlette",
        "starlette.requests",
        "packages/starlette_requests.py"
    ),
    bundled!(
        "starlette",
        "starlette.responses",
        "packages/starlette_responses.py"
    ),
    bundled!(
        "starlette",
        "starlette.routing",
        "packages/starlette_routing.py"
    ),
    bundled!(
        "starlette",
        "starlette.status",
        "packages/starlette_status.py"
    ),
    bundled!(
        "starlette",
        "starlette.testclient",
        "packages/starlette_testclient.py"
    ),
    bundled!("fastapi", "fastapi", "packages/fastapi.py"),
    bundled!(
        "fastapi",
        "fastapi.applications",
        "packages/fastapi_applications.py"
    ),
    bundled!(
        "fastapi",
        "fastapi.background",
        "packages/fastapi_background.py"
    ),
    bundled!(
        "fastapi",
        "fastapi.encoders",
        "packages/fastapi_encoders.py"
    ),
    bundled!(
        "fastapi",
        "fastapi.exception_handlers",
        "packages/fastapi_exception_handlers.py"
    ),
    bundled!(
        "fastapi",
        "fastapi.exceptions",
        "packages/fastapi_exceptions.py"
    ),
    bundled!(
        "fastapi",
        "fastapi.middleware",
        "packages/fastapi_middleware.py"
    ),
    bundled!(
        "fastapi",
        "fastapi.middleware.cors",
        "packages/fastapi_middleware_cors.py"
    ),
    bundled!(
        "fastapi",
        "fastapi.security",
        "packages/fastapi_security.py"
    ),
    bundled!("fastapi", "fastapi.params", "packages/fastapi_params.py"),
    bundled!(
        "fastapi",
        "fastapi.requests",
        "packages/fastapi_requests.py"
    ),
    bundled!(
        "fastapi",
        "fastapi.responses",
        "packages/fastapi_responses.py"
    ),
    bundled!("fastapi", "fastapi.routing", "packages/fastapi_routing.py"),
    bundled!("fastapi", "fastapi.status", "packages/fastapi_status.py"),
    bundled!(
        "fastapi",
        "fastapi.testclient",
        "packages/fastapi_testclient.py"
    ),
    bundled!("uvicorn", "uvicorn", "packages/uvicorn.py"),
    bundled!("uvicorn", "uvicorn.config", "packages/uvicorn_config.py"),
    bundled!("uvicorn", "uvicorn.logging", "packages/uvicorn_logging.py"),
    bundled!("uvicorn", "uvicorn.server", "packages/uvicorn_server.py"),
    bundled!("pydantic", "pydantic", "packages/pydantic.py"),
    bundled!("pydantic", "pydantic.fields", "packages/pydantic_fields.py"),
    bundled!("pydantic", "pydantic_core", "packages/pydantic_core.py"),
    bundled!("asyncpg", "asyncpg", "packages/asyncpg.py"),
    bundled!(
        "asyncpg",
        "asyncpg.exceptions",
        "packages/asyncpg_exceptions.py"
    ),
    bundled!(
        "asyncpg",
        "asyncpg.protocol",
        "packages/asyncpg_protocol.py"
    ),
    bundled!(
        "asyncpg",
        "asyncpg.connection",
        "packages/asyncpg_connection.py"
    ),
    bundled!("asyncpg", "asyncpg.pool", "packages/asyncpg_pool.py"),
    bundled!("sqlalchemy", "sqlalchemy", "packages/sqlalchemy.py"),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.dialects",
        "packages/sqlalchemy_dialects.py"
    ),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.dialects.postgresql",
        "packages/sqlalchemy_dialects_postgresql.py"
    ),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.dialects.postgresql.asyncpg",
        "packages/sqlalchemy_dialects_postgresql_asyncpg.py"
    ),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.engine",
        "packages/sqlalchemy_engine.py"
    ),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.engine.base",
        "packages/sqlalchemy_engine_base.py"
    ),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.engine.ddl",
        "packages/sqlalchemy_engine_ddl.py"
    ),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.engine.reflection",
        "packages/sqlalchemy_engine_reflection.py"
    ),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.engine.result",
        "packages/sqlalchemy_engine_result.py"
    ),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.engine.row",
        "packages/sqlalchemy_engine_row.py"
    ),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.engine.url",
        "packages/sqlalchemy_engine_url.py"
    ),
    bundled!("sqlalchemy", "sqlalchemy.exc", "packages/sqlalchemy_exc.py"),
    bundled!("sqlalchemy", "sqlalchemy.ext", "packages/sqlalchemy_ext.py"),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.ext.asyncio",
        "packages/sqlalchemy_ext_asyncio.py"
    ),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.ext.asyncio.session",
        "packages/sqlalchemy_ext_asyncio_session.py"
    ),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.ext.hybrid",
        "packages/sqlalchemy_ext_hybrid.py"
    ),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.future",
        "packages/sqlalchemy_future.py"
    ),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.inspection",
        "packages/sqlalchemy_inspection.py"
    ),
    bundled!("sqlalchemy", "sqlalchemy.log", "packages/sqlalchemy_log.py"),
    bundled!("sqlalchemy", "sqlalchemy.orm", "packages/sqlalchemy_orm.py"),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.orm.attributes",
        "packages/sqlalchemy_orm_attributes.py"
    ),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.orm.exc",
        "packages/sqlalchemy_orm_exc.py"
    ),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.orm.mapper",
        "packages/sqlalchemy_orm_mapper.py"
    ),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.orm.session",
        "packages/sqlalchemy_orm_session.py"
    ),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.pool",
        "packages/sqlalchemy_pool.py"
    ),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.schema",
        "packages/sqlalchemy_schema.py"
    ),
    bundled!("sqlalchemy", "sqlalchemy.sql", "packages/sqlalchemy_sql.py"),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.sql.compiler",
        "packages/sqlalchemy_sql_compiler.py"
    ),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.sql.dml",
        "packages/sqlalchemy_sql_dml.py"
    ),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.sql.elements",
        "packages/sqlalchemy_sql_elements.py"
    ),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.sql.expression",
        "packages/sqlalchemy_sql_expression.py"
    ),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.sql.functions",
        "packages/sqlalchemy_sql_functions.py"
    ),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.sql.operators",
        "packages/sqlalchemy_sql_operators.py"
    ),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.sql.selectable",
        "packages/sqlalchemy_sql_selectable.py"
    ),
    bundled!(
        "sqlalchemy",
        "sqlalchemy.types",
        "packages/sqlalchemy_types.py"
    ),
];

/// Every bundled module a run can import: the standard library's and this crate's.
pub fn bundled_modules() -> impl Iterator<Item = &'static Bundled> {
    loopscope_stdlib::BUNDLED
        .iter()
        .chain(BUNDLED)
        .chain(SNAPSHOTTED)
}

/// Every module a run can import whose source is in this build and not fetched with a
/// package (the bundled ones), this crate's and those below it: name and source (for
/// snapshots of compiled modules, `loopscope_python::bytecode::snapshot`). Natively that
/// includes bundle `asyncio-source` ([`SNAPSHOTTED`] and the standard library's part of
/// it); the page's build leaves those out.
pub fn frozen_sources() -> impl Iterator<Item = (&'static str, &'static str)> {
    loopscope_python::builtins::frozen_sources()
        .chain(loopscope_stdlib::frozen_sources())
        .chain(SOURCES.iter().copied())
        .chain(
            bundled_modules()
                .filter(|m| m.bundle == "asyncio-source")
                .filter_map(|m| Some((m.name, m.source?))),
        )
}

/// A snapshot (`loopscope_python::bytecode::snapshot`) of the frozen modules `program`
/// imports, run here under the virtual clock: a host built with it starts such programs
/// without compiling those modules. The page's build takes the modules of
/// `import asyncio`, which its workers import before their first run.
pub fn snapshot_of_imports(program: &str) -> Vec<u8> {
    let loaded = imports_of(program);
    loopscope_python::bytecode::snapshot::build(
        frozen_sources().filter(|(name, _)| loaded.iter().any(|l| l == name)),
    )
}

/// The names of the modules (`sys.modules`) after `program` ran here under the virtual
/// clock.
pub fn imports_of(program: &str) -> Vec<String> {
    use crate::clock::Clock;
    use crate::runners::{Poll, Runtime};
    let sink = loopscope_python::SharedSink::default();
    let mut runtime = Runtime::new(Box::new(sink.clone()), Clock::virtual_clock());
    runtime.start(
        &format!("{program}\nimport sys\nprint(*sys.modules)\n"),
        "<snapshot>",
    );
    while let Poll::Busy | Poll::WaitUntil(_) = runtime.poll(u64::MAX) {}
    let out = sink.0.borrow().stdout.clone();
    out.split_whitespace().map(str::to_string).collect()
}

/// Registers this crate's modules with `interp` (each built on first import).
pub fn install(interp: &mut Interp) {
    interp.register_module("_aioloop", crate::natives::register);
    interp.register_module("_net", crate::net::natives::register);
    interp.register_module("_cells", crate::runners::notebook::register);
    for (name, source) in SOURCES {
        interp.register_source_module(name, source);
    }
    loopscope_stdlib::bundled::register(interp, SNAPSHOTTED);
    loopscope_stdlib::bundled::register(interp, BUNDLED);
}

#[cfg(test)]
mod tests {
    use loopscope_python::bytecode::snapshot;
    use loopscope_python::syntax::source::Source;
    use std::rc::Rc;

    /// Every frozen module goes into a snapshot, and each decodes to code that encodes to
    /// the same bytes again: nothing the encoder keeps is lost on the way back.
    #[test]
    fn every_frozen_module_round_trips_through_a_snapshot() {
        let mut count = 0;
        for (name, text) in super::frozen_sources() {
            let file = format!("<frozen {name}>");
            let code = loopscope_python::compile_source(text, &file)
                .unwrap_or_else(|_| panic!("{name} does not compile"));
            let entry = snapshot::encode(&code).unwrap_or_else(|e| panic!("{name}: {e}"));
            let back = snapshot::decode(&entry, Rc::new(Source::new(&file, text.to_string())))
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(snapshot::encode(&back).unwrap(), entry, "{name}");
            count += 1;
        }
        assert!(count > 30, "only {count} frozen modules");
    }

    /// The page's snapshot holds what `import asyncio` loads, and nothing it does not.
    #[test]
    fn the_snapshot_of_asyncios_imports() {
        let bytes: &'static [u8] =
            Box::leak(super::snapshot_of_imports("import asyncio").into_boxed_slice());
        snapshot::install(bytes);
        let has = |name: &str| {
            let (_, text) = super::frozen_sources().find(|(n, _)| *n == name).unwrap();
            snapshot::lookup(name, text, snapshot::source_hash(text)).is_some()
        };
        assert!(has("asyncio.tasks") && has("asyncio.runners") && has("functools"));
        assert!(!has("threading") && !has("asyncio.selector_events"));
    }

    /// An installed snapshot gives a module only for the source it was compiled from, and
    /// cut-off or altered entries are refused rather than misread.
    #[test]
    fn a_snapshot_is_used_only_for_its_own_source() {
        let text = "import asyncio\n\ndef f(x, *a, k=2, **kw):\n    return [i * 2.5 for i in a if i is not None], {x: k}, b'z', 10**30, 1j, ...\n";
        let bytes: &'static [u8] = Box::leak(snapshot::build([("m", text)]).into_boxed_slice());
        snapshot::install(bytes);
        let hash = snapshot::source_hash(text);
        assert!(snapshot::lookup("m", text, hash).is_some());
        assert!(snapshot::lookup("other", text, hash).is_none());
        let changed = text.replace("2.5", "3.5");
        assert!(snapshot::lookup("m", &changed, snapshot::source_hash(&changed)).is_none());
        let code = loopscope_python::compile_source(text, "<frozen m>").unwrap();
        let entry = snapshot::encode(&code).unwrap();
        let source = Rc::new(Source::new("<frozen m>", text.to_string()));
        for cut in 0..entry.len() {
            assert!(snapshot::decode(&entry[..cut], source.clone()).is_err());
        }
    }
}
