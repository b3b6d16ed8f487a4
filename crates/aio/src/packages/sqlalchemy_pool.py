# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.pool`: connection pools.
# QueuePool (AsyncAdaptedQueuePool, the async engines' default) keeps up to `pool_size`
# connections, opens up to `max_overflow` more when all are in use, and makes a checkout
# wait up to `timeout` seconds beyond that; NullPool opens and closes a connection per
# checkout; StaticPool keeps exactly one. Connections are driver connections opened by the
# dialect; a connection going back to the pool is rolled back first.

import asyncio
import collections

from sqlalchemy import exc


class _ConnectionRecord:
    def __init__(self, pool, dbapi_connection):
        self.pool = pool
        self.dbapi_connection = dbapi_connection
        self.info = {}


class Pool:
    _first_connect_done = False

    def __init__(self, creator, recycle=-1, echo=None, logging_name=None,
                 reset_on_return=True, pre_ping=False, dialect=None, **kw):
        self._creator = creator
        self._recycle = recycle
        self._reset_on_return = reset_on_return
        self._pre_ping = pre_ping
        self._dialect = dialect
        self.echo = echo
        self.logging_name = logging_name
        self._first_connect_lock = None
        self._on_first_connect = None
        self._on_connect = None
        self._kw = kw

    async def _new_record(self):
        conn = await self._creator()
        record = _ConnectionRecord(self, conn)
        if not self._shared.get("first_done"):
            self._shared["first_done"] = True
            if self._on_first_connect is not None:
                await self._on_first_connect(conn)
        if self._on_connect is not None:
            await self._on_connect(conn)
        return record

    @property
    def _shared(self):
        shared = self.__dict__.get("_shared_state")
        if shared is None:
            shared = {}
            self.__dict__["_shared_state"] = shared
        return shared

    async def _reset(self, record):
        if self._reset_on_return in (True, "rollback", None):
            try:
                await record.dbapi_connection.rollback_async()
            except Exception:
                await self._close_record(record)
                return False
        return True

    async def _close_record(self, record):
        try:
            await record.dbapi_connection.close_async()
        except Exception:
            pass

    async def _pre_ping_record(self, record):
        if not self._pre_ping:
            return record
        try:
            await record.dbapi_connection.ping_async()
            return record
        except Exception:
            await self._close_record(record)
            return await self._new_record()

    def recreate(self):
        raise NotImplementedError()

    def _copy_hooks(self, new):
        new._on_connect = self._on_connect
        new._on_first_connect = self._on_first_connect
        new.__dict__["_shared_state"] = self._shared
        return new

    async def dispose(self):
        pass

    def status(self):
        return ""


class QueuePool(Pool):
    def __init__(self, creator, pool_size=5, max_overflow=10, timeout=30.0, use_lifo=False,
                 **kw):
        Pool.__init__(self, creator, **kw)
        self._pool_size = pool_size
        self._max_overflow = -1 if pool_size == 0 else max_overflow
        self._timeout = timeout
        self._use_lifo = use_lifo
        self._idle = collections.deque()
        self._overflow = 0 - pool_size
        self._checked_out = 0
        self._waiters = collections.deque()

    def size(self):
        return self._pool_size

    def timeout(self):
        return self._timeout

    def checkedin(self):
        return len(self._idle)

    def overflow(self):
        return self._overflow if self._pool_size else 0

    def checkedout(self):
        return self._pool_size - len(self._idle) + self._overflow

    def status(self):
        return ("Pool size: %d  Connections in pool: %d Current Overflow: %d "
                "Current Checked out connections: %d" % (
                    self.size(), self.checkedin(), self.overflow(), self.checkedout()))

    async def connect(self):
        while True:
            if self._idle:
                record = self._idle.pop() if self._use_lifo else self._idle.popleft()
                return await self._pre_ping_record(record)
            if self._max_overflow == -1 or self._overflow < self._max_overflow:
                self._overflow += 1
                try:
                    return await self._new_record()
                except BaseException:
                    self._overflow -= 1
                    raise
            waiter = asyncio.get_running_loop().create_future()
            self._waiters.append(waiter)
            try:
                await asyncio.wait_for(waiter, self._timeout)
            except asyncio.TimeoutError:
                raise exc.TimeoutError(
                    "QueuePool limit of size %d overflow %d reached, connection timed out, "
                    "timeout %0.2f" % (self._pool_size, self._max_overflow, self._timeout),
                    code="3o7r") from None
            finally:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)

    def _wake_one(self):
        while self._waiters:
            w = self._waiters.popleft()
            if not w.done():
                w.set_result(None)
                return

    async def checkin(self, record, invalidate=False):
        if invalidate:
            await self._close_record(record)
            ok = False
        else:
            ok = await self._reset(record)     # a connection that fails to reset is closed
        if ok and len(self._idle) < self._pool_size:
            self._idle.append(record)
        else:
            if ok:
                await self._close_record(record)
            self._overflow -= 1
        self._wake_one()

    async def dispose(self):
        while self._idle:
            record = self._idle.popleft()
            await self._close_record(record)
        self._overflow = 0 - self._pool_size

    def recreate(self):
        new = type(self)(self._creator, pool_size=self._pool_size,
                         max_overflow=self._max_overflow, timeout=self._timeout,
                         use_lifo=self._use_lifo, recycle=self._recycle, echo=self.echo,
                         reset_on_return=self._reset_on_return, pre_ping=self._pre_ping,
                         dialect=self._dialect)
        return self._copy_hooks(new)


class AsyncAdaptedQueuePool(QueuePool):
    pass


class NullPool(Pool):
    def status(self):
        return "NullPool"

    async def connect(self):
        return await self._new_record()

    async def checkin(self, record, invalidate=False):
        await self._reset(record)
        await self._close_record(record)

    def recreate(self):
        return self._copy_hooks(NullPool(self._creator, recycle=self._recycle, echo=self.echo,
                                         reset_on_return=self._reset_on_return,
                                         pre_ping=self._pre_ping, dialect=self._dialect))


class StaticPool(Pool):
    _record = None

    def status(self):
        return "StaticPool"

    async def connect(self):
        if self._record is None:
            self._record = await self._new_record()
        return self._record

    async def checkin(self, record, invalidate=False):
        await self._reset(record)

    async def dispose(self):
        if self._record is not None:
            await self._close_record(self._record)
            self._record = None

    def recreate(self):
        return self._copy_hooks(StaticPool(self._creator, dialect=self._dialect))


class AssertionPool(StaticPool):
    pass


class SingletonThreadPool(StaticPool):
    pass


FallbackAsyncAdaptedQueuePool = AsyncAdaptedQueuePool
