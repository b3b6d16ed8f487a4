//! The one list of modules `aio` registers: those that need the loop. The standard library
//! that has nothing to do with the loop (`math`, `json`, `collections`, `typing`, …) is
//! `loopscope-stdlib`'s, registered by `loopscope_stdlib::install`; a module belongs here
//! when its behaviour depends on the loop, its clock, its threads or its network.
//!
//! - Natives: `_aioloop` (`natives.rs`, with the process pool's `pool/natives.rs`) and
//!   `_net` (`net/natives.rs`, the HTTP transport).
//! - `asyncio/*.py`: our asyncio package, following CPython 3.11.7.
//! - `pylib/*.py`: standard-library modules built on `_aioloop` — `time` (the run's
//!   clock), `contextvars`, `threading` (virtual threads), `concurrent.futures`,
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
//!   - `loopscope.network` (`net/loopscope_network.py`) is Loopscope's own: it chooses and
//!     tunes the network these packages use.
//!
//!   A package's Python source goes in `packages/`; whatever it talks to (its transport:
//!   `net/` for HTTP; a database wire protocol for `asyncpg` or SQLAlchemy's asyncio
//!   engine would sit beside it) is Rust in this crate, reached through a native module
//!   listed here. A package that needs no transport (`pydantic`) goes in `packages/` too,
//!   so every package is found in one place.

use loopscope_python::Interp;

/// (module name, source) for every Python-source module of this crate.
const SOURCES: &[(&str, &str)] = &[
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
    ("asyncio.protocols", include_str!("asyncio/protocols.py")),
    (
        "asyncio.selector_events",
        include_str!("asyncio/selector_events.py"),
    ),
    ("asyncio.streams", include_str!("asyncio/streams.py")),
    ("contextvars", include_str!("pylib/contextvars.py")),
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
    ("multiprocessing", include_str!("pylib/multiprocessing.py")),
    ("inspect", include_str!("pylib/inspect.py")),
    ("gc", include_str!("pylib/gc.py")),
    ("traceback", include_str!("pylib/traceback.py")),
    ("_netcore", include_str!("packages/_netcore.py")),
    ("aiohttp", include_str!("packages/aiohttp.py")),
    ("httpx", include_str!("packages/httpx.py")),
    ("requests", include_str!("packages/requests.py")),
    (
        "requests.exceptions",
        include_str!("packages/requests_exceptions.py"),
    ),
    ("asyncpg", include_str!("packages/asyncpg.py")),
    (
        "asyncpg.exceptions",
        include_str!("packages/asyncpg_exceptions.py"),
    ),
    (
        "asyncpg.protocol",
        include_str!("packages/asyncpg_protocol.py"),
    ),
    (
        "asyncpg.connection",
        include_str!("packages/asyncpg_connection.py"),
    ),
    ("asyncpg.pool", include_str!("packages/asyncpg_pool.py")),
    // SQLAlchemy 2.1 (`packages/sqlalchemy*.py`), begin
    ("sqlalchemy", include_str!("packages/sqlalchemy.py")),
    (
        "sqlalchemy.dialects",
        include_str!("packages/sqlalchemy_dialects.py"),
    ),
    (
        "sqlalchemy.dialects.postgresql",
        include_str!("packages/sqlalchemy_dialects_postgresql.py"),
    ),
    (
        "sqlalchemy.dialects.postgresql.asyncpg",
        include_str!("packages/sqlalchemy_dialects_postgresql_asyncpg.py"),
    ),
    (
        "sqlalchemy.engine",
        include_str!("packages/sqlalchemy_engine.py"),
    ),
    (
        "sqlalchemy.engine.base",
        include_str!("packages/sqlalchemy_engine_base.py"),
    ),
    (
        "sqlalchemy.engine.ddl",
        include_str!("packages/sqlalchemy_engine_ddl.py"),
    ),
    (
        "sqlalchemy.engine.reflection",
        include_str!("packages/sqlalchemy_engine_reflection.py"),
    ),
    (
        "sqlalchemy.engine.result",
        include_str!("packages/sqlalchemy_engine_result.py"),
    ),
    (
        "sqlalchemy.engine.row",
        include_str!("packages/sqlalchemy_engine_row.py"),
    ),
    (
        "sqlalchemy.engine.url",
        include_str!("packages/sqlalchemy_engine_url.py"),
    ),
    ("sqlalchemy.exc", include_str!("packages/sqlalchemy_exc.py")),
    ("sqlalchemy.ext", include_str!("packages/sqlalchemy_ext.py")),
    (
        "sqlalchemy.ext.asyncio",
        include_str!("packages/sqlalchemy_ext_asyncio.py"),
    ),
    (
        "sqlalchemy.ext.asyncio.session",
        include_str!("packages/sqlalchemy_ext_asyncio_session.py"),
    ),
    (
        "sqlalchemy.ext.hybrid",
        include_str!("packages/sqlalchemy_ext_hybrid.py"),
    ),
    (
        "sqlalchemy.future",
        include_str!("packages/sqlalchemy_future.py"),
    ),
    (
        "sqlalchemy.inspection",
        include_str!("packages/sqlalchemy_inspection.py"),
    ),
    ("sqlalchemy.log", include_str!("packages/sqlalchemy_log.py")),
    ("sqlalchemy.orm", include_str!("packages/sqlalchemy_orm.py")),
    (
        "sqlalchemy.orm.attributes",
        include_str!("packages/sqlalchemy_orm_attributes.py"),
    ),
    (
        "sqlalchemy.orm.exc",
        include_str!("packages/sqlalchemy_orm_exc.py"),
    ),
    (
        "sqlalchemy.orm.mapper",
        include_str!("packages/sqlalchemy_orm_mapper.py"),
    ),
    (
        "sqlalchemy.orm.session",
        include_str!("packages/sqlalchemy_orm_session.py"),
    ),
    (
        "sqlalchemy.pool",
        include_str!("packages/sqlalchemy_pool.py"),
    ),
    (
        "sqlalchemy.schema",
        include_str!("packages/sqlalchemy_schema.py"),
    ),
    ("sqlalchemy.sql", include_str!("packages/sqlalchemy_sql.py")),
    (
        "sqlalchemy.sql.compiler",
        include_str!("packages/sqlalchemy_sql_compiler.py"),
    ),
    (
        "sqlalchemy.sql.dml",
        include_str!("packages/sqlalchemy_sql_dml.py"),
    ),
    (
        "sqlalchemy.sql.elements",
        include_str!("packages/sqlalchemy_sql_elements.py"),
    ),
    (
        "sqlalchemy.sql.expression",
        include_str!("packages/sqlalchemy_sql_expression.py"),
    ),
    (
        "sqlalchemy.sql.functions",
        include_str!("packages/sqlalchemy_sql_functions.py"),
    ),
    (
        "sqlalchemy.sql.operators",
        include_str!("packages/sqlalchemy_sql_operators.py"),
    ),
    (
        "sqlalchemy.sql.selectable",
        include_str!("packages/sqlalchemy_sql_selectable.py"),
    ),
    (
        "sqlalchemy.types",
        include_str!("packages/sqlalchemy_types.py"),
    ),
    // SQLAlchemy, end
    (
        "loopscope",
        "# Loopscope's own package: see loopscope.network.\n",
    ),
    (
        "loopscope.network",
        include_str!("net/loopscope_network.py"),
    ),
];

/// Registers this crate's modules with `interp` (each built on first import).
pub fn install(interp: &mut Interp) {
    interp.register_module("_aioloop", crate::natives::register);
    interp.register_module("_net", crate::net::natives::register);
    interp.register_module("_cells", crate::runners::notebook::register);
    for (name, source) in SOURCES {
        interp.register_source_module(name, source);
    }
}
