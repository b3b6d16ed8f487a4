# Loopscope's asyncpg (following asyncpg 0.32): `asyncpg.pool` — `create_pool` and `Pool`:
# `max_size` connection slots handed out last-in first-out, `min_size` of them connected
# when the pool starts, each reset when it comes back, and the proxy a caller holds,
# which stops working once it is released.

import asyncio

from asyncpg import connection as _connection
from asyncpg import exceptions


class PoolConnectionProxy:
    """What `Pool.acquire` gives: the connection's methods until it is released."""

    __slots__ = ('_con', '_holder')

    def __init__(self, holder, con):
        self._con = con
        self._holder = holder

    def __getattr__(self, name):
        con = self._con
        if con is None:
            attr = getattr(_connection.Connection, name)
            if callable(attr):
                def released(*args, **kwargs):
                    raise exceptions.InterfaceError(
                        f'cannot call Connection.{name}(): '
                        'connection has been released back to the pool')
                return released
            raise exceptions.InterfaceError(
                f'cannot call Connection.{name}(): '
                'connection has been released back to the pool')
        return getattr(con, name)

    def _detach(self):
        con, self._con = self._con, None
        return con

    def __repr__(self):
        if self._con is None:
            return f'<{type(self).__name__} [released] {id(self):#x}>'
        return f'<{type(self).__name__} {self._con!r} {id(self):#x}>'


PoolConnectionProxy.__module__ = 'asyncpg.pool'


class _Holder:
    """One slot of the pool: its connection (once connected) and who holds it."""

    def __init__(self, pool):
        self._pool = pool
        self._con = None
        self._proxy = None
        self._released = None

    async def connect(self):
        self._con = await self._pool._connect()
        if self._pool._init is not None:
            await self._pool._init(self._con)

    async def acquire(self):
        if self._con is None or self._con.is_closed():
            self._con = None
            await self.connect()
        self._proxy = PoolConnectionProxy(self, self._con)
        self._released = asyncio.get_running_loop().create_future()
        if self._pool._setup is not None:
            try:
                await self._pool._setup(self._proxy)
            except BaseException:
                self._proxy._detach()
                self._proxy = None
                self._release_done()
                raise
        return self._proxy

    async def release(self, timeout):
        con = self._con
        try:
            if con is not None and not con.is_closed():
                if con._top_xact is not None:
                    con._top_xact = None
                reset = self._pool._reset
                if reset is not None:
                    await reset(con)
                else:
                    await con.reset(timeout=timeout)
        except BaseException:
            if con is not None:
                con.terminate()
            self._con = None
            raise
        finally:
            if self._proxy is not None:
                self._proxy._detach()
                self._proxy = None
            self._release_done()

    def _release_done(self):
        if self._released is not None and not self._released.done():
            self._released.set_result(None)
        self._released = None
        self._pool._queue.put_nowait(self)

    async def wait_until_released(self):
        if self._released is not None:
            await asyncio.shield(self._released)

    async def close(self):
        if self._con is not None:
            await self._con.close()
            self._con = None


class Pool:
    """A pool of connections (what `create_pool` returns; await it, or `async with`)."""

    def __init__(self, *connect_args, min_size, max_size, max_queries,
                 max_inactive_connection_lifetime, connect=None, setup=None, init=None,
                 reset=None, loop=None, connection_class=None, record_class=None,
                 **connect_kwargs):
        if max_size <= 0:
            raise ValueError('max_size is expected to be greater than zero')
        if min_size < 0:
            raise ValueError('min_size is expected to be greater or equal to zero')
        if min_size > max_size:
            raise ValueError('min_size is greater than max_size')
        if max_queries <= 0:
            raise ValueError('max_queries is expected to be greater than zero')
        if max_inactive_connection_lifetime < 0:
            raise ValueError(
                'max_inactive_connection_lifetime is expected to be greater or equal to zero')
        self._minsize = min_size
        self._maxsize = max_size
        self._connect_args = connect_args
        self._connect_kwargs = connect_kwargs
        if connection_class is not None:
            self._connect_kwargs['connection_class'] = connection_class
        if record_class is not None:
            self._connect_kwargs['record_class'] = record_class
        self._connect_fn = connect
        self._setup = setup
        self._init = init
        self._reset = reset
        self._queue = None
        self._holders = []
        self._initialized = False
        self._initializing = False
        self._closing = False
        self._closed = False

    async def _connect(self):
        if self._connect_fn is not None:
            return await self._connect_fn(*self._connect_args, **self._connect_kwargs)
        return await _connection.connect(*self._connect_args, **self._connect_kwargs)

    async def _async__init__(self):
        if self._initialized:
            return self
        if self._initializing:
            raise exceptions.InterfaceError('pool is being initialized in another task')
        if self._closed:
            raise exceptions.InterfaceError('pool is closed')
        self._initializing = True
        try:
            self._queue = asyncio.LifoQueue(maxsize=self._maxsize)
            for _ in range(self._maxsize):
                holder = _Holder(self)
                self._holders.append(holder)
                self._queue.put_nowait(holder)
            if self._minsize:
                # The first connection alone, then the rest at once.
                first = self._holders[-1]
                await first.connect()
                if self._minsize > 1:
                    rest = self._holders[-self._minsize:-1]
                    await asyncio.gather(*[h.connect() for h in reversed(rest)])
            self._initialized = True
        finally:
            self._initializing = False
        return self

    def __await__(self):
        return self._async__init__().__await__()

    async def __aenter__(self):
        await self._async__init__()
        return self

    async def __aexit__(self, *exc):
        await self.close()

    def _check_init(self):
        if not self._initialized:
            if self._initializing:
                raise exceptions.InterfaceError(
                    'pool is being initialized, but not yet ready: likely there is a race '
                    'between creating a pool and using it')
            raise exceptions.InterfaceError('pool is not initialized')
        if self._closed:
            raise exceptions.InterfaceError('pool is closed')

    def get_size(self):
        return sum(1 for h in self._holders if h._con is not None and not h._con.is_closed())

    def get_min_size(self):
        return self._minsize

    def get_max_size(self):
        return self._maxsize

    def get_idle_size(self):
        return sum(1 for h in self._holders
                   if h._con is not None and not h._con.is_closed() and h._proxy is None)

    def is_closing(self):
        return self._closed or self._closing

    def acquire(self, *, timeout=None):
        return PoolAcquireContext(self, timeout)

    async def _acquire(self, timeout):
        self._check_init()
        if self._closing:
            raise exceptions.InterfaceError('pool is closing')

        async def take():
            holder = await self._queue.get()
            try:
                return await holder.acquire()
            except BaseException:
                if holder._proxy is None and holder not in self._queue._queue:
                    self._queue.put_nowait(holder)
                raise

        if timeout is None:
            return await take()
        return await asyncio.wait_for(take(), timeout)

    async def release(self, connection, *, timeout=None):
        if (type(connection) is not PoolConnectionProxy
                or connection._holder._pool is not self):
            raise exceptions.InterfaceError(
                f'Pool.release() received invalid connection: '
                f'{connection!r} is not a member of this pool')
        if connection._con is None:
            return
        holder = connection._holder
        await asyncio.shield(holder.release(timeout))

    async def close(self):
        if self._closed:
            return
        self._check_init()
        self._closing = True
        try:
            await asyncio.gather(*[h.wait_until_released() for h in self._holders])
            await asyncio.gather(*[h.close() for h in self._holders])
        finally:
            self._closed = True
            self._closing = False

    def terminate(self):
        if self._closed:
            return
        for h in self._holders:
            if h._con is not None:
                h._con.terminate()
                h._con = None
        self._closed = True

    async def expire_connections(self):
        for h in self._holders:
            if h._con is not None and h._proxy is None:
                await h.close()

    async def execute(self, query, *args, timeout=None):
        async with self.acquire() as con:
            return await con.execute(query, *args, timeout=timeout)

    async def executemany(self, command, args, *, timeout=None):
        async with self.acquire() as con:
            return await con.executemany(command, args, timeout=timeout)

    async def fetch(self, query, *args, timeout=None, record_class=None):
        async with self.acquire() as con:
            return await con.fetch(query, *args, timeout=timeout)

    async def fetchval(self, query, *args, column=0, timeout=None):
        async with self.acquire() as con:
            return await con.fetchval(query, *args, column=column, timeout=timeout)

    async def fetchrow(self, query, *args, timeout=None, record_class=None):
        async with self.acquire() as con:
            return await con.fetchrow(query, *args, timeout=timeout)

    async def copy_records_to_table(self, table_name, *, records, columns=None,
                                    schema_name=None, timeout=None, where=None):
        async with self.acquire() as con:
            return await con.copy_records_to_table(
                table_name, records=records, columns=columns, schema_name=schema_name,
                timeout=timeout, where=where)


Pool.__module__ = 'asyncpg.pool'


class PoolAcquireContext:
    __slots__ = ('timeout', 'connection', 'done', 'pool')

    def __init__(self, pool, timeout):
        self.pool = pool
        self.timeout = timeout
        self.connection = None
        self.done = False

    async def __aenter__(self):
        if self.connection is not None or self.done:
            raise exceptions.InterfaceError('a connection is already acquired')
        self.connection = await self.pool._acquire(self.timeout)
        return self.connection

    async def __aexit__(self, *exc):
        self.done = True
        con, self.connection = self.connection, None
        await self.pool.release(con)

    def __await__(self):
        self.done = True
        return self.pool._acquire(self.timeout).__await__()


def create_pool(dsn=None, *, min_size=10, max_size=10, max_queries=50000,
                max_inactive_connection_lifetime=300.0, connect=None, setup=None,
                init=None, reset=None, loop=None, connection_class=None,
                record_class=None, **connect_kwargs):
    return Pool(dsn, connect=connect, min_size=min_size, max_size=max_size,
                max_queries=max_queries, loop=loop, setup=setup, init=init, reset=reset,
                max_inactive_connection_lifetime=max_inactive_connection_lifetime,
                connection_class=connection_class, record_class=record_class,
                **connect_kwargs)
