# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.ext.asyncio.session`:
# AsyncSession (an async context manager that closes the session), async_sessionmaker,
# AsyncSessionTransaction (`async with session.begin():` commits, or rolls back on an
# exception) and AsyncAttrs. Real SQLAlchemy's AsyncSession proxies a sync Session run
# in a greenlet; ours proxies our Session, whose IO methods are coroutines.

from sqlalchemy.orm.session import Session
from sqlalchemy.orm.mapper import AsyncAttrs, instance_state  # noqa: F401


class AsyncSession:
    __module__ = "sqlalchemy.ext.asyncio.session"
    sync_session_class = Session

    def __init__(self, bind=None, *, binds=None, sync_session_class=None, **kw):
        if sync_session_class is not None:
            self.sync_session_class = sync_session_class
        if bind is not None and hasattr(bind, "sync_engine"):
            bind = bind.sync_engine
        elif bind is not None and hasattr(bind, "sync_connection"):
            bind = bind.sync_engine
        self.bind = bind
        self.sync_session = self._proxied = self.sync_session_class(bind=bind, **kw)
        self.sync_session._async_owner = self

    # -- context management --

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, tb):
        await self.close()

    def begin(self):
        return AsyncSessionTransaction(self)

    def begin_nested(self):
        return AsyncSessionTransaction(self, nested=True)

    # -- sync passthroughs --

    def add(self, instance, _warn=True):
        self.sync_session.add(instance, _warn)

    def add_all(self, instances):
        self.sync_session.add_all(instances)

    def expunge(self, instance):
        self.sync_session.expunge(instance)

    def expunge_all(self):
        self.sync_session.expunge_all()

    def expire(self, instance, attribute_names=None):
        self.sync_session.expire(instance, attribute_names)

    def expire_all(self):
        self.sync_session.expire_all()

    def in_transaction(self):
        return self.sync_session.in_transaction()

    def in_nested_transaction(self):
        return self.sync_session.in_nested_transaction()

    def get_transaction(self):
        t = self.sync_session.get_transaction()
        return AsyncSessionTransaction._wrap(self, t) if t is not None else None

    def get_nested_transaction(self):
        t = self.sync_session.get_nested_transaction()
        return AsyncSessionTransaction._wrap(self, t, nested=True) if t is not None else None

    def is_modified(self, instance, include_collections=True):
        return self.sync_session.is_modified(instance, include_collections)

    def get_bind(self, mapper=None, clause=None, **kw):
        return self.sync_session.get_bind(mapper, clause, **kw)

    def __contains__(self, instance):
        return instance in self.sync_session

    def __iter__(self):
        return iter(self.sync_session)

    @property
    def dirty(self):
        return self.sync_session.dirty

    @property
    def new(self):
        return self.sync_session.new

    @property
    def deleted(self):
        return self.sync_session.deleted

    @property
    def identity_map(self):
        return self.sync_session.identity_map

    @property
    def is_active(self):
        return self.sync_session.is_active

    @property
    def autoflush(self):
        return self.sync_session.autoflush

    @autoflush.setter
    def autoflush(self, value):
        self.sync_session.autoflush = value

    @property
    def no_autoflush(self):
        return self.sync_session.no_autoflush

    @property
    def info(self):
        return self.sync_session.info

    # -- IO --

    async def delete(self, instance):
        await self.sync_session.delete(instance)

    async def flush(self, objects=None):
        await self.sync_session.flush(objects)

    async def commit(self):
        await self.sync_session.commit()

    async def rollback(self):
        await self.sync_session.rollback()

    async def close(self):
        await self.sync_session.close()

    async def aclose(self):
        await self.close()

    async def reset(self):
        await self.sync_session.reset()

    async def invalidate(self):
        await self.sync_session.invalidate()

    async def refresh(self, instance, attribute_names=None, with_for_update=None):
        await self.sync_session.refresh(instance, attribute_names, with_for_update)

    async def merge(self, instance, *, load=True, options=None):
        return await self.sync_session.merge(instance, load=load, options=options)

    async def get(self, entity, ident, *, options=None, populate_existing=False,
                  with_for_update=None, identity_token=None, execution_options=None):
        return await self.sync_session.get(entity, ident, options=options,
                                           populate_existing=populate_existing,
                                           with_for_update=with_for_update)

    async def get_one(self, entity, ident, **kw):
        return await self.sync_session.get_one(entity, ident, **kw)

    async def execute(self, statement, params=None, *, execution_options=None,
                      bind_arguments=None, **kw):
        return await self.sync_session.execute(statement, params,
                                               execution_options=execution_options)

    async def scalar(self, statement, params=None, *, execution_options=None, **kw):
        result = await self.execute(statement, params, execution_options=execution_options)
        return result.scalar()

    async def scalars(self, statement, params=None, *, execution_options=None, **kw):
        result = await self.execute(statement, params, execution_options=execution_options)
        return result.scalars()

    async def stream(self, statement, params=None, *, execution_options=None, **kw):
        from sqlalchemy.ext.asyncio import AsyncResult
        result = await self.execute(statement, params, execution_options=execution_options)
        return AsyncResult(result)

    async def stream_scalars(self, statement, params=None, *, execution_options=None, **kw):
        result = await self.stream(statement, params, execution_options=execution_options)
        return result.scalars()

    async def connection(self, execution_options=None, **kw):
        from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
        conn = await self.sync_session.connection(execution_options)
        return AsyncConnection(AsyncEngine(conn.engine), conn)

    async def run_sync(self, fn, *args, **kw):
        from sqlalchemy.ext.asyncio import _run_sync
        return await _run_sync(fn, self.sync_session, *args, **kw)

    def __repr__(self):
        return "<sqlalchemy.ext.asyncio.session.AsyncSession object at 0x%x>" % id(self)


class AsyncSessionTransaction:
    __module__ = "sqlalchemy.ext.asyncio.session"

    def __init__(self, session, nested=False):
        self.session = session
        self.nested = nested
        self.sync_transaction = None

    @classmethod
    def _wrap(cls, session, sync, nested=False):
        t = cls(session, nested)
        t.sync_transaction = sync
        return t

    async def start(self, is_ctxmanager=False):
        s = self.session.sync_session
        if self.nested:
            self.sync_transaction = await s.begin_nested()
        else:
            self.sync_transaction = s.begin()
        return self

    def __await__(self):
        return self.start().__await__()

    async def __aenter__(self):
        await self.start(is_ctxmanager=True)
        return self

    async def __aexit__(self, exc_type, exc_value, tb):
        t = self.sync_transaction
        if exc_type is None:
            await t.commit()
        else:
            await t.rollback()

    @property
    def is_active(self):
        return self.sync_transaction is not None and self.sync_transaction.is_active

    async def commit(self):
        await self.sync_transaction.commit()

    async def rollback(self):
        await self.sync_transaction.rollback()


class async_sessionmaker:
    __module__ = "sqlalchemy.ext.asyncio.session"

    def __init__(self, bind=None, *, class_=AsyncSession, autoflush=True,
                 expire_on_commit=True, info=None, **kw):
        self.bind = bind
        self.class_ = class_
        self.kw = dict(kw, autoflush=autoflush, expire_on_commit=expire_on_commit)
        if info is not None:
            self.kw["info"] = info

    def __call__(self, **local_kw):
        kw = dict(self.kw)
        kw.update(local_kw)
        if "bind" not in kw:
            kw["bind"] = self.bind
        return self.class_(**kw)

    def begin(self):
        return _SessionBegin(self())

    def configure(self, **kw):
        if "bind" in kw:
            self.bind = kw.pop("bind")
        self.kw.update(kw)

    def __repr__(self):
        return "%s(class_=%r, bind=%r, %s)" % (
            type(self).__name__, self.class_.__name__, self.bind,
            ", ".join("%s=%r" % (k, v) for k, v in self.kw.items()))


class _SessionBegin:
    """`async with async_session.begin() as session:`."""

    def __init__(self, session):
        self.session = session
        self.trans = None

    async def __aenter__(self):
        self.trans = self.session.begin()
        await self.trans.__aenter__()
        return self.session

    async def __aexit__(self, exc_type, exc_value, tb):
        try:
            await self.trans.__aexit__(exc_type, exc_value, tb)
        finally:
            await self.session.close()


def async_object_session(instance):
    session = instance_state(instance).session
    return getattr(session, "_async_owner", None) if session is not None else None


def async_session(session):
    return getattr(session, "_async_owner", None)


async def close_all_sessions():
    pass


class async_scoped_session:
    def __init__(self, session_factory, scopefunc):
        self.session_factory = session_factory
        self.scopefunc = scopefunc
        self.registry = {}

    def __call__(self, **kw):
        key = self.scopefunc()
        if key not in self.registry:
            self.registry[key] = self.session_factory(**kw)
        return self.registry[key]

    async def remove(self):
        key = self.scopefunc()
        s = self.registry.pop(key, None)
        if s is not None:
            await s.close()

    def __getattr__(self, name):
        return getattr(self(), name)
