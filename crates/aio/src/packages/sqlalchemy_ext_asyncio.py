# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.ext.asyncio`:
# create_async_engine, AsyncEngine, AsyncConnection, AsyncTransaction, AsyncResult,
# AsyncSession and async_sessionmaker. Real SQLAlchemy wraps its sync engine and session
# and runs them in a greenlet; ours are async underneath, so these wrappers await them.
# `run_sync(fn)` calls fn with the sync-facing connection or session and awaits what it
# returns when that is awaitable (`metadata.create_all` and `drop_all` return one here).

import inspect as _inspect

from sqlalchemy import exc
from sqlalchemy.engine.base import create_engine as _create_engine
from sqlalchemy.engine.result import _NO_ROW


def create_async_engine(url, **kw):
    if kw.get("server_side_cursors", False):
        raise exc.AsyncMethodRequired(
            "Can't set server_side_cursors for async engine globally; use the "
            "connection.stream() method for an async streaming result set")
    kw.pop("server_side_cursors", None)
    kw["_is_async"] = True
    sync_engine = _create_engine(url, **kw)
    return AsyncEngine(sync_engine)


def async_engine_from_config(configuration, prefix="sqlalchemy.", **kwargs):
    options = {k[len(prefix):]: v for k, v in configuration.items() if k.startswith(prefix)}
    options.update(kwargs)
    url = options.pop("url")
    return create_async_engine(url, **options)


class AsyncEngine:
    __module__ = "sqlalchemy.ext.asyncio.engine"

    def __init__(self, sync_engine):
        self.sync_engine = sync_engine

    @property
    def url(self):
        return self.sync_engine.url

    @property
    def pool(self):
        return self.sync_engine.pool

    @property
    def dialect(self):
        return self.sync_engine.dialect

    @property
    def engine(self):
        return self

    @property
    def name(self):
        return self.sync_engine.name

    @property
    def driver(self):
        return self.sync_engine.driver

    @property
    def echo(self):
        return self.sync_engine.echo

    @echo.setter
    def echo(self, value):
        self.sync_engine.echo = value

    def connect(self):
        return AsyncConnection(self)

    def begin(self):
        return _EngineBegin(self)

    def execution_options(self, **opt):
        return AsyncEngine(self.sync_engine.execution_options(**opt))

    def get_execution_options(self):
        return self.sync_engine.get_execution_options()

    def update_execution_options(self, **opt):
        self.sync_engine.update_execution_options(**opt)

    async def dispose(self, close=True):
        await self.sync_engine.dispose(close)

    def clear_compiled_cache(self):
        self.sync_engine.clear_compiled_cache()

    async def raw_connection(self):
        return await self.sync_engine.raw_connection()

    def __repr__(self):
        return "<sqlalchemy.ext.asyncio.engine.AsyncEngine object at 0x%x>" % id(self)


class _EngineBegin:
    def __init__(self, engine):
        self.engine = engine
        self.conn = None
        self.trans = None

    async def __aenter__(self):
        self.conn = await self.engine.connect().start()
        self.trans = self.conn._sync.begin()
        return self.conn

    async def __aexit__(self, exc_type, exc_value, tb):
        try:
            if self.trans.is_active:
                if exc_type is None:
                    await self.trans.commit()
                else:
                    await self.trans.rollback()
        finally:
            await self.conn.close()


class AsyncConnection:
    __module__ = "sqlalchemy.ext.asyncio.engine"

    def __init__(self, async_engine, sync_connection=None):
        self.engine = async_engine
        self.sync_engine = async_engine.sync_engine
        self._sync = sync_connection

    async def start(self, is_ctxmanager=False):
        if self._sync is not None:
            raise exc.InvalidRequestError("connection is already started")
        self._sync = await self.sync_engine.connect()
        return self

    def __await__(self):
        return self.start().__await__()

    async def __aenter__(self):
        if self._sync is None:
            await self.start()
        return self

    async def __aexit__(self, exc_type, exc_value, tb):
        await self.close()

    def _conn(self):
        if self._sync is None:
            raise exc.InvalidRequestError(
                "AsyncConnection context has not been started and object has not been awaited.")
        return self._sync

    @property
    def sync_connection(self):
        return self._sync

    @property
    def dialect(self):
        return self.sync_engine.dialect

    @property
    def closed(self):
        return self._sync is None or self._sync.closed

    @property
    def invalidated(self):
        return self._sync is not None and self._sync.invalidated

    @property
    def info(self):
        return self._conn().info

    def in_transaction(self):
        return self._conn().in_transaction()

    def in_nested_transaction(self):
        return self._conn().in_nested_transaction()

    def get_transaction(self):
        t = self._conn().get_transaction()
        return AsyncTransaction._wrap(self, t) if t is not None else None

    def get_nested_transaction(self):
        t = self._conn().get_nested_transaction()
        return AsyncTransaction._wrap(self, t, nested=True) if t is not None else None

    def begin(self):
        return AsyncTransaction(self)

    def begin_nested(self):
        return AsyncTransaction(self, nested=True)

    async def commit(self):
        await self._conn().commit()

    async def rollback(self):
        await self._conn().rollback()

    async def close(self):
        if self._sync is not None:
            await self._sync.close()

    async def aclose(self):
        await self.close()

    async def invalidate(self, exception=None):
        await self._conn().invalidate(exception)

    async def execution_options(self, **opt):
        self._conn().execution_options(**opt)
        return self

    def get_execution_options(self):
        return self._conn().get_execution_options()

    async def get_isolation_level(self):
        return await self._conn().get_isolation_level()

    async def get_raw_connection(self):
        return self._conn()._record

    async def execute(self, statement, parameters=None, *, execution_options=None):
        result = await self._conn().execute(statement, parameters, execution_options)
        return result

    async def exec_driver_sql(self, statement, parameters=None, execution_options=None):
        return await self._conn().exec_driver_sql(statement, parameters, execution_options)

    async def scalar(self, statement, parameters=None, *, execution_options=None):
        result = await self.execute(statement, parameters, execution_options=execution_options)
        return result.scalar()

    async def scalars(self, statement, parameters=None, *, execution_options=None):
        result = await self.execute(statement, parameters, execution_options=execution_options)
        return result.scalars()

    def stream(self, statement, parameters=None, *, execution_options=None):
        return _StreamCall(self.execute(statement, parameters,
                                        execution_options=execution_options), AsyncResult)

    def stream_scalars(self, statement, parameters=None, *, execution_options=None):
        return _StreamCall(self.execute(statement, parameters,
                                        execution_options=execution_options),
                           lambda r: AsyncResult(r).scalars())

    async def run_sync(self, fn, *args, **kw):
        return await _run_sync(fn, _SyncConnection(self._conn()), *args, **kw)

    def __repr__(self):
        return "<sqlalchemy.ext.asyncio.engine.AsyncConnection object at 0x%x>" % id(self)


class _StreamCall:
    """`stream()`: awaitable, and an async context manager that closes the result."""

    def __init__(self, coro, wrap):
        self._coro = coro
        self._wrap = wrap
        self._result = None

    async def _get(self):
        result = await self._coro
        self._result = self._wrap(result)
        return self._result

    def __await__(self):
        return self._get().__await__()

    async def __aenter__(self):
        return await self._get()

    async def __aexit__(self, *exc_info):
        if self._result is not None:
            await self._result.close()


async def _run_sync(fn, target, *args, **kw):
    result = fn(target, *args, **kw)
    if _inspect.isawaitable(result):
        result = await result
    return result


class _SyncConnection:
    """What `run_sync` passes: the connection as sync code sees it. Its DDL helpers return
    awaitables (run_sync awaits them); statements cannot run in sync code here, as they
    cannot outside a greenlet in real SQLAlchemy."""

    def __init__(self, conn):
        self._conn = conn
        self.engine = conn.engine
        self.dialect = conn.dialect

    def _sa_run_ddl(self, kind, metadata, tables, checkfirst):
        from sqlalchemy.engine.ddl import run_ddl
        return run_ddl(self._conn, kind, metadata, tables, checkfirst)

    def _sa_execute_ddl(self, ddl):
        return self._conn._execute_ddl(ddl)

    def _sa_reflect(self, metadata, only):
        from sqlalchemy.engine.reflection import reflect_metadata
        return reflect_metadata(self._conn, metadata, only)

    def _missing(self, *a, **kw):
        raise exc.MissingGreenlet(
            "Loopscope's SQLAlchemy runs without greenlets: a function given to run_sync() "
            "can call metadata.create_all(), drop_all() and inspect(), but cannot run "
            "statements; await them on the AsyncConnection instead.")

    execute = scalar = scalars = exec_driver_sql = commit = rollback = _missing

    def in_transaction(self):
        return self._conn.in_transaction()

    @property
    def info(self):
        return self._conn.info

    def __repr__(self):
        return "<sqlalchemy.engine.base.Connection object at 0x%x>" % id(self)


class AsyncTransaction:
    __module__ = "sqlalchemy.ext.asyncio.engine"

    def __init__(self, connection, nested=False):
        self.connection = connection
        self.nested = nested
        self._sync = None

    @classmethod
    def _wrap(cls, connection, sync, nested=False):
        t = cls(connection, nested)
        t._sync = sync
        return t

    async def start(self, is_ctxmanager=False):
        conn = self.connection._conn()
        if self.nested:
            self._sync = await conn.begin_nested()
        else:
            self._sync = conn.begin()
        return self

    def __await__(self):
        return self.start().__await__()

    async def __aenter__(self):
        await self.start(is_ctxmanager=True)
        return self

    async def __aexit__(self, exc_type, exc_value, tb):
        if self._sync is None or not self._sync.is_active:
            return
        if exc_type is None:
            await self._sync.commit()
        else:
            await self._sync.rollback()

    @property
    def is_active(self):
        return self._sync is not None and self._sync.is_active

    async def commit(self):
        await self._sync.commit()

    async def rollback(self):
        await self._sync.rollback()

    async def close(self):
        await self._sync.close()


# -- results --------------------------------------------------------------------------

class _AsyncCommon:
    async def all(self):
        return self._target.all()

    async def fetchall(self):
        return self._target.fetchall()

    async def fetchone(self):
        return self._target.fetchone()

    async def fetchmany(self, size=None):
        return self._target.fetchmany(size)

    async def first(self):
        return self._target.first()

    async def one(self):
        return self._target.one()

    async def one_or_none(self):
        return self._target.one_or_none()

    async def partitions(self, size=None):
        for part in self._target.partitions(size):
            yield part

    def __aiter__(self):
        return self

    async def __anext__(self):
        row = self._target._next_row()
        if row is _NO_ROW:
            raise StopAsyncIteration()
        return row

    async def close(self):
        self._target.close()

    @property
    def closed(self):
        return self._target.closed

    def unique(self, strategy=None):
        self._target.unique(strategy)
        return self


class AsyncResult(_AsyncCommon):
    __module__ = "sqlalchemy.ext.asyncio.result"

    def __init__(self, real_result):
        self._real = real_result
        self._target = real_result

    def keys(self):
        return self._real.keys()

    async def scalar(self):
        return self._real.scalar()

    async def scalar_one(self):
        return self._real.scalar_one()

    async def scalar_one_or_none(self):
        return self._real.scalar_one_or_none()

    def scalars(self, index=0):
        return AsyncScalarResult(self._real.scalars(index))

    def mappings(self):
        return AsyncMappingResult(self._real.mappings())

    def columns(self, *cols):
        return AsyncResult(self._real.columns(*cols))

    def tuples(self):
        return self

    @property
    def t(self):
        return self

    async def freeze(self):
        return self._real.freeze()

    def yield_per(self, num):
        return self


class AsyncScalarResult(_AsyncCommon):
    __module__ = "sqlalchemy.ext.asyncio.result"

    def __init__(self, real):
        self._target = real


class AsyncMappingResult(_AsyncCommon):
    __module__ = "sqlalchemy.ext.asyncio.result"

    def __init__(self, real):
        self._target = real

    def keys(self):
        return self._target.keys()


class AsyncTupleResult(AsyncResult):
    pass


# -- sessions ----------------------------------------------------------------------------

from sqlalchemy.ext.asyncio.session import (  # noqa: E402
    AsyncSession, async_sessionmaker, AsyncSessionTransaction, AsyncAttrs, async_object_session,
    async_session, close_all_sessions, async_scoped_session,
)

__all__ = [
    "create_async_engine", "async_engine_from_config", "AsyncEngine", "AsyncConnection",
    "AsyncTransaction", "AsyncResult", "AsyncScalarResult", "AsyncMappingResult",
    "AsyncSession", "async_sessionmaker", "AsyncSessionTransaction", "AsyncAttrs",
    "async_object_session", "async_session", "close_all_sessions", "async_scoped_session",
]
