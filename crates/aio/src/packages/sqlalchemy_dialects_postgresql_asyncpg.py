# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's
# `sqlalchemy.dialects.postgresql.asyncpg`: the `postgresql+asyncpg` dialect over our own
# asyncpg. The driver connection starts a transaction (asyncpg's `transaction().start()`)
# before the first statement after a commit or rollback, prepares each statement once per
# connection, and turns asyncpg's exceptions into DBAPI-style ones whose names SQLAlchemy
# wraps (`UniqueViolationError` is an `IntegrityError`), with asyncpg's as `__cause__`.

import json as _json

from sqlalchemy import exc
from sqlalchemy.sql.compiler import PGDialect_asyncpg as _CompileDialect


class AsyncAdapt_asyncpg_dbapi:
    """The DBAPI module asyncpg is made to look like."""

    paramstyle = "numeric_dollar"

    def __init__(self, asyncpg):
        self.asyncpg = asyncpg

    class Error(exc.EmulatedDBAPIException):
        def __init__(self, message, error=None):
            super().__init__(message, error)
            self.detail = getattr(error, "detail", None)
            self.pgcode = self.sqlstate = getattr(error, "sqlstate", None)

    class Warning(exc.EmulatedDBAPIException):  # noqa: A001
        pass

    class InterfaceError(Error):
        pass

    class DatabaseError(Error):
        pass

    class InternalError(DatabaseError):
        pass

    class OperationalError(DatabaseError):
        pass

    class ProgrammingError(DatabaseError):
        pass

    class IntegrityError(DatabaseError):
        pass

    class RestrictViolationError(IntegrityError):
        pass

    class NotNullViolationError(IntegrityError):
        pass

    class ForeignKeyViolationError(IntegrityError):
        pass

    class UniqueViolationError(IntegrityError):
        pass

    class CheckViolationError(IntegrityError):
        pass

    class ExclusionViolationError(IntegrityError):
        pass

    class DataError(DatabaseError):
        pass

    class NotSupportedError(DatabaseError):
        pass

    class InternalServerError(InternalError):
        pass

    class InternalClientError(InternalError):
        pass

    class InvalidCachedStatementError(NotSupportedError):
        def __init__(self, message, error=None):
            super().__init__(message + " (SQLAlchemy asyncpg dialect will now invalidate "
                                       "all prepared caches in response to this exception)", error)

    def _translate(self, error):
        e = self.asyncpg.exceptions
        table = [
            (e.IntegrityConstraintViolationError, self.IntegrityError),
            (e.PostgresError, self.Error),
            (e.SyntaxOrAccessError, self.ProgrammingError),
            (e.InterfaceError, self.InterfaceError),
            (e.InvalidCachedStatementError, self.InvalidCachedStatementError),
            (e.InternalServerError, self.InternalServerError),
            (e.RestrictViolationError, self.RestrictViolationError),
            (e.NotNullViolationError, self.NotNullViolationError),
            (e.ForeignKeyViolationError, self.ForeignKeyViolationError),
            (e.UniqueViolationError, self.UniqueViolationError),
            (e.CheckViolationError, self.CheckViolationError),
            (e.ExclusionViolationError, self.ExclusionViolationError),
            (e.InternalClientError, self.InternalClientError),
        ]
        mapping = dict(table)
        for klass in type(error).__mro__:
            if klass in mapping:
                message = error.args[0] if error.args else ""
                return mapping[klass](message, error)
        return None


def _fix_names(cls, prefix):
    for name, value in list(vars(cls).items()):
        if isinstance(value, type) and issubclass(value, BaseException):
            value.__module__ = __name__
            value.__qualname__ = prefix + "." + name


_fix_names(AsyncAdapt_asyncpg_dbapi, "AsyncAdapt_asyncpg_dbapi")


class AsyncAdapt_asyncpg_connection:
    """A driver connection: asyncpg's, with the transaction started on first use."""

    def __init__(self, dbapi, connection, prepared_statement_cache_size=100):
        self.dbapi = dbapi
        self._connection = connection
        self._transaction = None
        self._started = False
        self.isolation_level = None
        self._isolation_setting = None
        self.readonly = False
        self.deferrable = False
        self._prepared = {}
        self._cache_size = prepared_statement_cache_size

    @property
    def autocommit(self):
        return self.isolation_level == "autocommit"

    def _handle_exception(self, error):
        if self._connection.is_closed():
            self._transaction = None
        if isinstance(error, exc.EmulatedDBAPIException):
            raise error
        translated = self.dbapi._translate(error)
        if translated is not None:
            raise translated from error
        raise error

    async def _start_transaction(self):
        if self.isolation_level == "autocommit":
            return
        try:
            tr = self._connection.transaction(isolation=self.isolation_level,
                                              readonly=self.readonly, deferrable=self.deferrable)
            await tr.start()
        except Exception as error:
            self._handle_exception(error)
        else:
            self._transaction = tr

    async def _prepare(self, operation):
        stmt = self._prepared.get(operation)
        if stmt is None:
            stmt = await self._connection.prepare(operation)
            if self._cache_size:
                if len(self._prepared) >= self._cache_size:
                    self._prepared.pop(next(iter(self._prepared)))
                self._prepared[operation] = stmt
        return stmt

    def _invalidate_schema_cache(self):
        self._prepared.clear()

    async def execute(self, operation, parameters):
        """Runs one statement: (rows, attributes, rowcount)."""
        if self._transaction is None:
            await self._start_transaction()
        try:
            stmt = await self._prepare(operation)
            attributes = stmt.get_attributes()
            rows = await stmt.fetch(*parameters)
            status = stmt.get_statusmsg() or ""
        except Exception as error:
            self._handle_exception(error)
        return rows, attributes, _rowcount(status)

    async def executemany(self, operation, seq_of_parameters):
        if self._transaction is None:
            await self._start_transaction()
        try:
            await self._connection.executemany(operation, seq_of_parameters)
        except Exception as error:
            self._handle_exception(error)

    async def commit_async(self):
        if self._transaction is not None:
            try:
                await self._transaction.commit()
            except Exception as error:
                self._transaction = None
                self._handle_exception(error)
            self._transaction = None

    async def rollback_async(self):
        if self._transaction is not None:
            try:
                await self._transaction.rollback()
            except Exception as error:
                self._transaction = None
                self._handle_exception(error)
            self._transaction = None

    async def close_async(self):
        await self.rollback_async()
        await self._connection.close()

    async def ping_async(self):
        if self._transaction is None and self.isolation_level != "autocommit":
            tr = self._connection.transaction()
            await tr.start()
            try:
                await self._connection.fetchrow(";")
            finally:
                await tr.rollback()
        else:
            await self._connection.fetchrow(";")

    def set_isolation_level(self, level):
        self.isolation_level = self._isolation_setting = level

    def terminate(self):
        self._connection.terminate()
        self._transaction = None


def _rowcount(status):
    parts = status.split()
    if len(parts) >= 2 and parts[0] in ("SELECT", "UPDATE", "DELETE", "INSERT", "MERGE", "COPY",
                                       "FETCH", "MOVE"):
        try:
            return int(parts[-1])
        except ValueError:
            return -1
    return -1


class PGDialect_asyncpg(_CompileDialect):
    """The dialect an engine runs with: compiling (from the compiler's dialect) and talking
    to PostgreSQL."""

    supports_server_side_cursors = True
    has_terminate = True
    supports_sane_multi_rowcount = False
    default_schema_name = "public"
    server_version_info = None
    _isolation_lookup = {
        "AUTOCOMMIT": "autocommit",
        "READ COMMITTED": "read_committed",
        "REPEATABLE READ": "repeatable_read",
        "SERIALIZABLE": "serializable",
    }

    def __init__(self, isolation_level=None, json_serializer=None, json_deserializer=None,
                 **kw):
        _CompileDialect.__init__(self, json_serializer=json_serializer,
                                 json_deserializer=json_deserializer)
        import asyncpg
        self.dbapi = AsyncAdapt_asyncpg_dbapi(asyncpg)
        self.isolation_level = isolation_level
        self.dbapi_exception_translation_map = {}

    @classmethod
    def import_dbapi(cls):
        import asyncpg
        return AsyncAdapt_asyncpg_dbapi(asyncpg)

    def create_connect_args(self, url):
        opts = {}
        if url.username is not None:
            opts["user"] = url.username
        if url.password is not None:
            opts["password"] = url.password
        if url.host is not None:
            opts["host"] = url.host
        if url.port is not None:
            opts["port"] = int(url.port)
        if url.database is not None:
            opts["database"] = url.database
        opts.update(url.query)
        if "port" in opts:
            opts["port"] = int(opts["port"])
        if "prepared_statement_cache_size" in opts:
            opts["prepared_statement_cache_size"] = int(opts["prepared_statement_cache_size"])
        return [], opts

    async def connect(self, *cargs, **cparams):
        creator = cparams.pop("async_creator_fn", None)
        cache_size = cparams.pop("prepared_statement_cache_size", 100)
        cparams.pop("prepared_statement_name_func", None)
        try:
            if creator is not None:
                conn = await creator()
            else:
                conn = await self.dbapi.asyncpg.connect(*cargs, **cparams)
        except Exception as error:
            translated = self.dbapi._translate(error)
            if translated is not None:
                raise translated from error
            raise
        return AsyncAdapt_asyncpg_connection(self.dbapi, conn, cache_size)

    async def on_connect(self, conn):
        asyncpg_conn = conn._connection
        loads = self._json_deserializer or _json.loads

        def json_decoder(raw):
            return loads(raw.decode())

        def jsonb_encoder(text):
            return b"\x01" + text.encode()

        def jsonb_decoder(raw):
            return loads(raw[1:].decode())

        await asyncpg_conn.set_type_codec("json", encoder=str.encode, decoder=json_decoder,
                                          schema="pg_catalog", format="binary")
        await asyncpg_conn.set_type_codec("jsonb", encoder=jsonb_encoder, decoder=jsonb_decoder,
                                          schema="pg_catalog", format="binary")
        if self.isolation_level is not None:
            conn.set_isolation_level(self._isolation_lookup[self.isolation_level])

    def _parse_version(self, text):
        words = text.split()
        for i, w in enumerate(words):
            if w == "PostgreSQL" and i + 1 < len(words):
                nums = words[i + 1].rstrip(",").split(".")
                out = []
                for n in nums:
                    digits = ""
                    for ch in n:
                        if ch.isdigit():
                            digits += ch
                        else:
                            break
                    if digits:
                        out.append(int(digits))
                return tuple(out)
        return ()

    def get_isolation_level_values(self, dbapi_conn=None):
        return list(self._isolation_lookup)

    def _check_isolation(self, level):
        if level not in self._isolation_lookup:
            raise exc.ArgumentError(
                "Invalid value '%s' for isolation_level. Valid isolation levels for '%s' are "
                "%s" % (level, self.name, ", ".join(self._isolation_lookup)))
        return self._isolation_lookup[level]


dialect = PGDialect_asyncpg
