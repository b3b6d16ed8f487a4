# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.engine.base`,
# `engine.default` and `engine.create`: Engine and Connection, with SQLAlchemy's
# transaction rules (a connection begins on its first statement — "BEGIN (implicit)" —
# and an open transaction is rolled back when it closes), statement execution (compile,
# parameters, IN lists expanded, values through their types, the driver, rows through
# their types) and the engine's log ("[generated in 0.00012s] (1,)"). Real SQLAlchemy
# runs these sync methods in a greenlet under its asyncio layer; here they are coroutines,
# which `sqlalchemy.ext.asyncio` awaits.

import time

from sqlalchemy import exc
from sqlalchemy import log as _log
from sqlalchemy import types as sqltypes
from sqlalchemy.engine.result import CursorResult, ResultMetaData
from sqlalchemy.engine.row import Row, _KeyMap
from sqlalchemy.engine.url import make_url
from sqlalchemy.sql import compiler as C

_NO_KEY = "no key"


class _Stats:
    def __init__(self, kind, started, cached_at=None):
        self.kind = kind
        self.started = started
        self.cached_at = cached_at

    def text(self):
        now = time.perf_counter()
        if self.kind == "generated":
            return "generated in %.5fs" % (now - self.started)
        if self.kind == "cached":
            return "cached since %.4gs ago" % (now - self.cached_at)
        if self.kind == "raw":
            return "raw sql"
        return "no key %.5fs" % (now - self.started)


class Engine:
    __module__ = "sqlalchemy.engine.base"

    def __init__(self, pool, dialect, url, logging_name=None, echo=None, execution_options=None,
                 hide_parameters=False):
        self.pool = pool
        self.dialect = dialect
        self.url = url
        self.logging_name = logging_name
        self.hide_parameters = hide_parameters
        self._execution_options = dict(execution_options or {})
        self._compiled_cache = {}
        self._echo = None
        self.echo = echo

    @property
    def echo(self):
        return self._echo

    @echo.setter
    def echo(self, value):
        self._echo = value
        name = "sqlalchemy.engine.Engine"
        if self.logging_name:
            name += "." + self.logging_name
        self.logger = _log.instance_logger(name, value)

    @property
    def name(self):
        return self.dialect.name

    @property
    def driver(self):
        return self.dialect.driver

    @property
    def engine(self):
        return self

    def __repr__(self):
        return "Engine(%r)" % (self.url,)

    def execution_options(self, **opt):
        return OptionEngine(self, opt)

    def get_execution_options(self):
        return dict(self._execution_options)

    def update_execution_options(self, **opt):
        self._execution_options.update(opt)

    def _connection_cls(self):
        return Connection

    async def connect(self):
        conn = Connection(self)
        await conn._checkout()
        return conn

    async def dispose(self, close=True):
        if close:
            await self.pool.dispose()
        self.pool = self.pool.recreate()

    def clear_compiled_cache(self):
        self._compiled_cache.clear()

    def _log_info(self, msg, *args):
        if self.logger.isEnabledFor(20):
            self.logger.info(msg, *args)

    def _should_log_info(self):
        return self.logger.isEnabledFor(20)

    async def raw_connection(self):
        record = await self.pool.connect()
        return record


class OptionEngine(Engine):
    def __init__(self, proxied, execution_options):
        self._proxied = proxied
        self.url = proxied.url
        self.dialect = proxied.dialect
        self.logging_name = proxied.logging_name
        self.hide_parameters = proxied.hide_parameters
        self._execution_options = dict(proxied._execution_options)
        self._execution_options.update(execution_options)
        self._compiled_cache = proxied._compiled_cache
        self.logger = proxied.logger
        self._echo = proxied._echo

    @property
    def pool(self):
        return self._proxied.pool

    @pool.setter
    def pool(self, value):
        self._proxied.pool = value

    @property
    def echo(self):
        return self._proxied.echo

    @echo.setter
    def echo(self, value):
        self._proxied.echo = value

    @property
    def logger(self):
        return self._proxied.logger

    @logger.setter
    def logger(self, value):
        pass

    async def dispose(self, close=True):
        await self._proxied.dispose(close)


class Connection:
    """An engine's connection: one driver connection checked out of the pool."""
    __module__ = "sqlalchemy.engine.base"

    def __init__(self, engine):
        self.engine = engine
        self.dialect = engine.dialect
        self._record = None
        self._transaction = None
        self._nested_transaction = None
        self._savepoint_seq = 0
        self._execution_options = dict(engine._execution_options)
        self._closed = False
        self._invalid = False
        self.info = {}

    async def _checkout(self):
        try:
            self._record = await self.engine.pool.connect()
        except exc.EmulatedDBAPIException as e:
            # a failed connect: SQLAlchemy's error, the driver's inside
            raise exc.DBAPIError.instance(None, None, e, self.dialect.dbapi.Error,
                                          dialect=self.dialect) from e
        level = self._execution_options.get("isolation_level")
        if level is not None:
            self._set_isolation(level)

    def _set_isolation(self, level):
        value = self.dialect._check_isolation(level)
        self._record.dbapi_connection.set_isolation_level(value)
        self._isolation_changed = True

    @property
    def connection(self):
        return self._record.dbapi_connection if self._record else None

    def _dbapi(self):
        if self._closed:
            raise exc.ResourceClosedError("This Connection is closed")
        return self._record.dbapi_connection

    @property
    def closed(self):
        return self._closed

    @property
    def invalidated(self):
        return self._invalid

    def _autocommit(self):
        return self._record is not None and self._record.dbapi_connection.autocommit

    def execution_options(self, **opt):
        self._execution_options.update(opt)
        if "isolation_level" in opt and self._record is not None:
            if self._transaction is not None and self._transaction.is_active:
                pass
            self._set_isolation(opt["isolation_level"])
        return self

    def get_execution_options(self):
        return dict(self._execution_options)

    async def get_isolation_level(self):
        """The server's own answer, as the dialect asks it (not logged)."""
        rows, _, _ = await self._dbapi().execute("show transaction isolation level", ())
        return rows[0][0].upper()

    @property
    def default_isolation_level(self):
        return "READ COMMITTED"

    def _log_info(self, msg, *args):
        self.engine._log_info(msg, *args)

    # -- transactions --

    def in_transaction(self):
        return self._transaction is not None and self._transaction.is_active

    def in_nested_transaction(self):
        return self._nested_transaction is not None and self._nested_transaction.is_active

    def get_transaction(self):
        return self._transaction

    def get_nested_transaction(self):
        return self._nested_transaction

    def _autobegin(self):
        if self._transaction is None:
            self._begin_root()

    def _begin_root(self):
        if self._autocommit():
            self._log_info("BEGIN (implicit; DBAPI should not BEGIN due to autocommit mode)")
        else:
            self._log_info("BEGIN (implicit)")
        self._transaction = RootTransaction(self)
        return self._transaction

    def _begin_root_silently(self):
        self._transaction = RootTransaction(self)
        return self._transaction

    def begin(self):
        if self._transaction is not None:
            raise exc.InvalidRequestError(
                "This connection has already initialized a SQLAlchemy Transaction() object "
                "via begin() or autobegin; can't call begin() here unless rollback() or "
                "commit() is called first.")
        return self._begin_root()

    async def begin_nested(self):
        if self._transaction is None:
            self._begin_root()
        return await NestedTransaction._create(self)

    async def commit(self):
        if self._transaction is not None:
            await self._transaction.commit()

    async def rollback(self):
        if self._transaction is not None:
            await self._transaction.rollback()

    async def _commit_impl(self):
        if self._autocommit():
            self._log_info("COMMIT using DBAPI connection.commit(), has no effect due to "
                           "autocommit mode")
        else:
            self._log_info("COMMIT")
        try:
            await self._dbapi().commit_async()
        except Exception as e:
            self._handle_dbapi_exception(e, None, None, False)

    async def _rollback_impl(self):
        if self._record is None:
            return
        if self._autocommit():
            self._log_info("ROLLBACK using DBAPI connection.rollback(); set "
                           "skip_autocommit_rollback to prevent fully")
        else:
            self._log_info("ROLLBACK")
        try:
            await self._dbapi().rollback_async()
        except Exception as e:
            self._handle_dbapi_exception(e, None, None, False)

    async def _savepoint_sql(self, sql):
        await self._run_plain(sql)

    async def close(self):
        if self._closed:
            return
        if self._transaction is not None:
            await self._transaction.close()
        if self._record is not None:
            if getattr(self, "_isolation_changed", False):
                self._record.dbapi_connection.set_isolation_level(
                    self.dialect._isolation_lookup.get(self.dialect.isolation_level)
                    if self.dialect.isolation_level else None)
            await self.engine.pool.checkin(self._record, invalidate=self._invalid)
        self._record = None
        self._closed = True

    async def invalidate(self, exception=None):
        self._invalid = True
        if self._record is not None:
            try:
                self._record.dbapi_connection.terminate()
            except Exception:
                pass

    async def detach(self):
        pass

    # -- execution --

    async def execute(self, statement, parameters=None, execution_options=None):
        if isinstance(statement, str):
            raise exc.ObjectNotExecutableError(statement)
        if hasattr(statement, "_sa_execute_on_connection"):
            return await statement._sa_execute_on_connection(self, parameters, execution_options)
        if not getattr(statement, "supports_execution", False):
            raise exc.ObjectNotExecutableError(statement)
        if getattr(statement, "is_ddl", False):
            return await self._execute_ddl(statement)
        return await self._execute_clauseelement(statement, parameters, execution_options)

    async def scalar(self, statement, parameters=None, execution_options=None):
        result = await self.execute(statement, parameters, execution_options)
        return result.scalar()

    async def scalars(self, statement, parameters=None, execution_options=None):
        result = await self.execute(statement, parameters, execution_options)
        return result.scalars()

    async def exec_driver_sql(self, statement, parameters=None, execution_options=None):
        self._autobegin()
        params = parameters
        many = False
        if params is None:
            sets = [()]
        elif isinstance(params, list) and params and isinstance(params[0], (tuple, list, dict)):
            sets = [tuple(p) for p in params]
            many = len(sets) > 1
        elif isinstance(params, dict):
            sets = [tuple(params.values())]
        else:
            sets = [tuple(params)]
        self._log_info(statement)
        self._log_info("[%s] %r", "raw sql",
                       exc._repr_params(sets if many else sets[0], 10, ismulti=many))
        return await self._run(statement, sets, many, None, None, raw=True)

    async def _run_plain(self, sql):
        """SAVEPOINT and friends: logged with no cache key."""
        start = time.perf_counter()
        self._log_info(sql)
        self._log_info("[%s] %r", _Stats("nokey", start).text(), ())
        await self._run(sql, [()], False, None, None, raw=True)

    async def _execute_ddl(self, ddl):
        self._autobegin()
        start = time.perf_counter()
        compiled = C.compile_element(ddl, self.dialect)
        self._log_info(compiled.string)
        self._log_info("[%s] %r", _Stats("nokey", start).text(), ())
        dbapi = self._dbapi()
        dbapi._invalidate_schema_cache()
        return await self._run(compiled.string, [()], False, None, None, raw=True)

    def _distill(self, parameters):
        if parameters is None:
            return [{}], False
        if isinstance(parameters, dict) or hasattr(parameters, "keys"):
            return [dict(parameters)], False
        if isinstance(parameters, (list, tuple)):
            if not parameters:
                return [{}], False
            for p in parameters:
                if not (isinstance(p, dict) or hasattr(p, "keys")):
                    raise exc.ArgumentError(
                        "List argument must consist only of dictionaries")
            sets = [dict(p) for p in parameters]
            return sets, len(sets) > 1
        raise exc.ArgumentError(
            "mapping or list expected for parameters")

    def _compile(self, statement, sets, many):
        keys = None
        if getattr(statement, "is_dml", False):
            keys = list(sets[0].keys()) if sets and sets[0] else []
        start = time.perf_counter()
        compiled = C.compile_element(statement, self.dialect, column_keys=keys,
                                     for_executemany=many)
        cache = self.engine._compiled_cache
        cache_key = (compiled.string, many, tuple(sorted(keys)) if keys else None,
                     getattr(statement, "_cache_extra", ()))
        if cache_key in cache:
            stats = _Stats("cached", start, cached_at=cache[cache_key])
        else:
            cache[cache_key] = start
            stats = _Stats("generated", start)
        return compiled, stats

    async def _execute_clauseelement(self, statement, parameters, execution_options,
                                     _result_hook=None):
        sets, many = self._distill(parameters)
        self._autobegin()
        try:
            compiled, stats = self._compile(statement, sets, many)
        except exc.SQLAlchemyError:
            raise
        sql, positional, expanded = self._prepare_params(compiled, sets, many)
        self._log_info(sql)
        shown = positional if many else positional[0]
        if self.engine.hide_parameters:
            self._log_info("[%s] [SQL parameters hidden due to hide_parameters=True]",
                           stats.text())
        else:
            self._log_info("[%s] %r", stats.text(), exc._repr_params(shown, 10, ismulti=many))
        return await self._run(sql, positional, many, compiled, sets, expanded_binds=expanded)

    def _prepare_params(self, compiled, sets, many):
        """The SQL to send and each parameter set as the driver's positional tuple."""
        dialect = self.dialect
        binds = compiled._binds
        defaults = compiled._crud_defaults
        positional_sets = []
        sql = compiled.string
        expanded_sql = None
        self._last_values = all_values = []
        for group, params in enumerate(sets):
            values = {}
            for name, bp in binds:
                key = bp.key if isinstance(bp.key, str) else name
                if name in defaults:
                    # a column the first parameter set left out takes its default, in
                    # every set of an executemany
                    d = defaults[name]
                    v = d.arg(_DefaultContext(params, compiled)) if d.is_callable else d.arg
                elif key in params:
                    v = params[key]
                elif name in params:
                    v = params[name]
                elif bp.required and bp.callable is None:
                    if many:
                        msg = "A value is required for bind parameter %r, in parameter group %d" % (
                            key, group)
                    else:
                        msg = "A value is required for bind parameter %r" % (key,)
                    orig = exc.InvalidRequestError(msg, code="cd3x")
                    raise exc.StatementError(
                        "(%s.%s) %s" % (type(orig).__module__, type(orig).__name__, msg),
                        _final_sql_for_error(compiled), None, orig, code="cd3x")
                else:
                    v = bp.effective_value
                values[name] = v
            all_values.append(values)
            row = []
            expand_values = []
            for name, bp in binds:
                v = values[name]
                if bp.expanding:
                    expand_values.append((name, bp, list(v) if v is not None else []))
                    continue
                if bp.literal_execute:
                    expand_values.append((name, bp, v))
                    continue
                row.append(_process(bp.type, v, dialect))
            if expand_values:
                text = sql
                for name, bp, items in expand_values:
                    marker = "__[POSTCOMPILE_%s]" % name
                    if bp.literal_execute and not bp.expanding:
                        lit = C.SQLCompiler(dialect, None).render_literal_value(items, bp.type)
                        text = text.replace(marker, lit)
                        continue
                    if not items:
                        op = compiled._expanding_ops.get(name, "in") if hasattr(
                            compiled, "_expanding_ops") else "in"
                        text = text.replace(marker, "NULL) OR (1 = 1" if op == "notin"
                                            else "NULL) AND (1 != 1")
                        continue
                    cast = ""
                    if dialect.render_bind_cast and bp.type.render_bind_cast:
                        cast = "::" + C.SQLCompiler(dialect, None)._bind_cast_type(bp.type)
                    parts = []
                    for item in items:
                        if isinstance(item, (tuple, list)) and isinstance(bp.type, sqltypes.TupleType):
                            inner = []
                            for sub, t in zip(item, bp.type.types):
                                row.append(_process(t, sub, dialect))
                                inner.append("$%d" % len(row) + (
                                    "::" + C.SQLCompiler(dialect, None)._bind_cast_type(t)
                                    if t.render_bind_cast else ""))
                            parts.append("(%s)" % ", ".join(inner))
                        else:
                            row.append(_process(bp.type, item, dialect))
                            parts.append("$%d%s" % (len(row), cast))
                    text = text.replace(marker, ", ".join(parts))
                expanded_sql = text
            positional_sets.append(tuple(row))
        return (expanded_sql if expanded_sql is not None else sql), positional_sets, None

    async def _run(self, sql, positional, many, compiled, sets, raw=False, expanded_binds=None):
        dbapi = self._dbapi()
        try:
            if many:
                await dbapi.executemany(sql, positional)
                rows, attributes, rowcount = [], [], -1
            else:
                rows, attributes, rowcount = await dbapi.execute(sql, positional[0])
        except Exception as e:
            self._handle_dbapi_exception(e, sql, positional if many else positional[0], many)
        result = self._make_result(compiled, rows, attributes, rowcount, many, sets)
        if compiled is not None:
            result.context.compiled_parameters = getattr(self, "_last_values", None)
        return result

    def _handle_dbapi_exception(self, e, statement, parameters, many):
        if isinstance(e, exc.StatementError) or not isinstance(e, Exception):
            raise e
        wrapped = exc.DBAPIError.instance(statement, parameters, e, self.dialect.dbapi.Error,
                                          hide_parameters=self.engine.hide_parameters,
                                          dialect=self.dialect, ismulti=many)
        if wrapped is e:
            raise e
        raise wrapped from e

    def _make_result(self, compiled, rows, attributes, rowcount, many, sets):
        dialect = self.dialect
        ctx = _Context(compiled, many)
        if compiled is not None and compiled._result_columns and \
                len(compiled._result_columns) == len(attributes):
            rcs = compiled._result_columns
            keys = [rc.keyname if rc.keyname is not None else attr.name
                    for rc, attr in zip(rcs, attributes)]
            objects = [rc.objects for rc in rcs]
            processors = []
            for rc, attr in zip(rcs, attributes):
                t = rc.type
                processors.append(t.result_processor(dialect, attr.type.oid)
                                  if t is not None else None)
        else:
            keys = [a.name for a in attributes]
            objects = None
            processors = [None] * len(keys)
        meta = ResultMetaData(keys, objects)
        keymap = meta._keymap
        out = []
        if any(p is not None for p in processors):
            for r in rows:
                out.append(Row(keymap, [p(v) if p is not None else v
                                        for p, v in zip(processors, r)]))
        else:
            for r in rows:
                out.append(Row(keymap, tuple(r)))
        returns_rows = bool(attributes)
        result = CursorResult(meta, out, rowcount=rowcount, returns_rows=returns_rows, context=ctx)
        engine = self.engine
        if returns_rows and engine.logger.isEnabledFor(10):
            # echo="debug": the columns now, each row as it is read
            engine.logger.debug("Col %r", tuple(keys))
            result._row_logger = lambda row: engine.logger.debug("Row %r", exc._repr_row(row))
        if compiled is not None and compiled.isinsert and not many:
            self._set_inserted_pk(result, compiled, sets[0] if sets else {}, out)
        return result

    def _set_inserted_pk(self, result, compiled, params, rows):
        table = compiled.statement.table
        pk = list(getattr(table, "primary_key", None) or [])
        implicit = compiled.implicit_returning
        returned = rows[0] if rows else None
        values = []
        for col in pk:
            if implicit and col in implicit and returned is not None:
                values.append(returned[implicit.index(col)])
                continue
            v = None
            for k, val in (compiled.statement._values or []):
                if k is col or (isinstance(k, str) and k == col.key) or \
                        getattr(k, "key", None) == col.key:
                    v = val
            if col.key in params:
                v = params[col.key]
            values.append(v)
        pk_keymap = _KeyMap([c.key for c in pk])
        result._inserted_primary_key = Row(pk_keymap, values)
        if implicit and not compiled.statement._returning:
            # The rows were ours (the new key), not the program's.
            result._returns_rows = False
            if returned is not None and compiled.statement._return_defaults:
                result._returned_defaults = Row(_KeyMap([c.key for c in implicit]),
                                                list(returned))

    async def _execute_insertmanyvalues(self, statement, param_list, ordered):
        """Many rows of one INSERT ... RETURNING as one statement, SQLAlchemy's
        "insertmanyvalues": with a sentinel column to keep the rows in order (ordered), or
        one multi-row VALUES (unordered)."""
        self._autobegin()
        keys = list(param_list[0].keys())
        start = time.perf_counter()
        compiled = C.compile_element(statement, self.dialect, column_keys=keys)
        cache = self.engine._compiled_cache
        cache_key = ("insertmanyvalues", compiled.string, ordered)
        if cache_key in cache:
            stats = _Stats("cached", start, cached_at=cache[cache_key])
        else:
            cache[cache_key] = start
            stats = _Stats("generated", start)
        sql_one, positional, _ = self._prepare_params(compiled, param_list, True)
        values_list = self._last_values
        meta = compiled._insert_meta
        cols = [m[0] for m in meta]
        prep = self.dialect.identifier_preparer
        table = statement.table
        head = "INSERT INTO %s (%s)" % (prep.format_table(table),
                                        ", ".join(prep.quote(c.name) for c in cols))
        rows_sql = []
        flat = []
        n = 0
        for i, row in enumerate(positional):
            parts = []
            it = iter(row)
            for col, bind_name, text, cast in meta:
                if bind_name is None:
                    parts.append(text)
                else:
                    n += 1
                    flat.append(next(it))
                    parts.append("$%d%s" % (n, "::" + cast if cast else ""))
            if ordered:
                parts.append(str(i))
            rows_sql.append("(" + ", ".join(parts) + ")")
        returning = compiled._returning_text
        if ordered:
            names = ["p%d" % i for i in range(len(cols))]
            select_list = ", ".join(
                "%s::%s" % (nm, m[3]) if m[3] else nm for nm, m in zip(names, meta))
            sentinel = compiled._sentinel_text
            sql = "%s SELECT %s FROM (VALUES %s) AS imp_sen(%s, sen_counter) ORDER BY " \
                  "sen_counter%s%s" % (head, select_list, ", ".join(rows_sql), ", ".join(names),
                                       returning, ", " + sentinel if sentinel else "")
        else:
            sql = "%s VALUES %s%s" % (head, ", ".join(rows_sql), returning)
        self._log_info(sql)
        self._log_info("[%s (insertmanyvalues) 1/1 (%s)] %r", stats.text(),
                       "ordered" if ordered else "unordered",
                       exc._repr_params(tuple(flat), 10, ismulti=False))
        self._last_values = values_list
        result = await self._run(sql, [tuple(flat)], False, None, None, raw=True)
        rows = result.all()
        rc = compiled._result_columns
        keymap_keys = [r.keyname for r in rc]
        meta_r = ResultMetaData(keymap_keys, [r.objects for r in rc])
        procs = [r.type.result_processor(self.dialect, None) for r in rc]
        out = []
        for r in rows:
            vals = list(r)[:len(rc)]
            out.append(Row(meta_r._keymap, [p(v) if p else v for p, v in zip(procs, vals)]))
        res = CursorResult(meta_r, out, rowcount=len(out), returns_rows=True,
                           context=_Context(compiled, True))
        res.context.compiled_parameters = values_list
        return res

    # -- run_sync support --

    async def _sa_run_ddl_async(self, kind, metadata, tables, checkfirst):
        from sqlalchemy.engine.ddl import run_ddl
        await run_ddl(self, kind, metadata, tables, checkfirst)

    def __repr__(self):
        return "<sqlalchemy.engine.base.Connection object at 0x%x>" % id(self)


class _Context:
    def __init__(self, compiled, many):
        self.compiled = compiled
        self.executemany = many
        self.isinsert = compiled is not None and compiled.isinsert
        self.isupdate = compiled is not None and compiled.isupdate
        self.isdelete = compiled is not None and compiled.isdelete


class _DefaultContext:
    """What a column default's callable receives."""

    def __init__(self, params, compiled):
        self.current_parameters = params
        self.compiled = compiled

    def get_current_parameters(self, isolate_multiinsert_groups=True):
        return self.current_parameters


def _final_sql_for_error(compiled):
    return compiled.string


def _process(type_, value, dialect):
    proc = type_.bind_processor(dialect)
    if proc is None:
        return value
    return proc(value)


class Transaction:
    is_active = True

    def __init__(self, connection):
        self.connection = connection

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, tb):
        if exc_type is None and self.is_active:
            await self.commit()
        elif self.is_active:
            await self.rollback()


class RootTransaction(Transaction):
    __module__ = "sqlalchemy.engine.base"

    def __init__(self, connection):
        Transaction.__init__(self, connection)
        self.is_active = True
        self._deactivated_from_connection = False

    @property
    def _connection_is_current(self):
        return self.connection._transaction is self

    async def commit(self):
        if not self.is_active:
            if self._connection_is_current:
                raise exc.PendingRollbackError(
                    "This connection is on an inactive transaction.  Please rollback() "
                    "fully before proceeding", code="8s2a")
            return
        conn = self.connection
        try:
            if conn._nested_transaction is not None:
                conn._nested_transaction = None
            await conn._commit_impl()
        finally:
            self.is_active = False
            if conn._transaction is self:
                conn._transaction = None

    async def rollback(self):
        conn = self.connection
        try:
            if self.is_active or self._connection_is_current:
                await conn._rollback_impl()
        finally:
            self.is_active = False
            conn._nested_transaction = None
            if conn._transaction is self:
                conn._transaction = None

    async def close(self):
        await self.rollback()


class NestedTransaction(Transaction):
    __module__ = "sqlalchemy.engine.base"

    @classmethod
    async def _create(cls, connection):
        self = cls(connection)
        connection._savepoint_seq += 1
        self._savepoint = "sa_savepoint_%d" % connection._savepoint_seq
        self._previous = connection._nested_transaction
        self.is_active = True
        await connection._savepoint_sql("SAVEPOINT %s" % self._savepoint)
        connection._nested_transaction = self
        return self

    async def commit(self):
        if not self.is_active:
            return
        conn = self.connection
        try:
            await conn._savepoint_sql("RELEASE SAVEPOINT %s" % self._savepoint)
        finally:
            self.is_active = False
            conn._nested_transaction = self._previous

    async def rollback(self):
        if not self.is_active:
            return
        conn = self.connection
        try:
            await conn._savepoint_sql("ROLLBACK TO SAVEPOINT %s" % self._savepoint)
        finally:
            self.is_active = False
            conn._nested_transaction = self._previous

    async def close(self):
        await self.rollback()


def create_engine(url, **kwargs):
    """An engine for `url`; ours speaks only `postgresql+asyncpg`, for the asyncio layer."""
    url = make_url(url)
    backend = url.get_backend_name()
    driver = url.drivername.split("+", 1)[1] if "+" in url.drivername else None
    if backend not in ("postgresql", "postgres"):
        raise exc.NoSuchModuleError(
            "Can't load plugin: sqlalchemy.dialects:%s" % url.drivername.replace("+", "."))
    if driver not in (None, "asyncpg"):
        raise exc.NoSuchModuleError(
            "Can't load plugin: sqlalchemy.dialects:%s" % url.drivername.replace("+", "."))
    if driver is None:
        raise ModuleNotFoundError("No module named 'psycopg2'", name="psycopg2")
    from sqlalchemy.dialects.postgresql.asyncpg import PGDialect_asyncpg
    from sqlalchemy import pool as _pool

    pop = kwargs.pop
    echo = pop("echo", False)
    echo_pool = pop("echo_pool", False)
    logging_name = pop("logging_name", None)
    hide_parameters = pop("hide_parameters", False)
    isolation_level = pop("isolation_level", None)
    execution_options = pop("execution_options", None) or {}
    json_serializer = pop("json_serializer", None)
    json_deserializer = pop("json_deserializer", None)
    connect_args = pop("connect_args", {}) or {}
    poolclass = pop("poolclass", None)
    pool_size = pop("pool_size", 5)
    max_overflow = pop("max_overflow", 10)
    pool_timeout = pop("pool_timeout", 30)
    pool_recycle = pop("pool_recycle", -1)
    pool_pre_ping = pop("pool_pre_ping", False)
    pool_use_lifo = pop("pool_use_lifo", False)
    pool_reset_on_return = pop("pool_reset_on_return", "rollback")
    async_creator = pop("async_creator", None)
    for ignored in ("future", "query_cache_size", "paramstyle", "insertmanyvalues_page_size",
                    "use_insertmanyvalues", "pool_logging_name", "plugins", "_is_async",
                    "label_length", "max_identifier_length", "creator", "module",
                    "implicit_returning", "enable_from_linting", "supports_native_boolean"):
        pop(ignored, None)
    if kwargs:
        raise TypeError(
            "Invalid argument(s) %s sent to create_engine(), using configuration "
            "PGDialect_asyncpg/%s/Engine.  Please check that the keyword arguments are "
            "appropriate for this combination of components." % (
                ",".join("'%s'" % k for k in kwargs),
                (poolclass or _pool.AsyncAdaptedQueuePool).__name__))
    if isolation_level is not None and isolation_level not in PGDialect_asyncpg._isolation_lookup:
        raise exc.ArgumentError(
            "Invalid value '%s' for isolation_level. Valid isolation levels for 'postgresql' "
            "are %s" % (isolation_level, ", ".join(PGDialect_asyncpg._isolation_lookup)))
    dialect = PGDialect_asyncpg(isolation_level=isolation_level,
                                json_serializer=json_serializer,
                                json_deserializer=json_deserializer)
    cargs, cparams = dialect.create_connect_args(url)
    cparams.update(connect_args)

    async def creator():
        if async_creator is not None:
            return await dialect.connect(async_creator_fn=async_creator)
        return await dialect.connect(*cargs, **dict(cparams))

    poolclass = poolclass or _pool.AsyncAdaptedQueuePool
    pool_kw = dict(recycle=pool_recycle, echo=echo_pool, pre_ping=pool_pre_ping,
                   reset_on_return=pool_reset_on_return, dialect=dialect)
    if issubclass(poolclass, _pool.QueuePool):
        pool = poolclass(creator, pool_size=pool_size, max_overflow=max_overflow,
                         timeout=pool_timeout, use_lifo=pool_use_lifo, **pool_kw)
    else:
        pool = poolclass(creator, **pool_kw)
    engine = Engine(pool, dialect, url, logging_name=logging_name, echo=echo,
                    execution_options=execution_options, hide_parameters=hide_parameters)

    async def first_connect(dbapi_conn):
        await _initialize(engine, dialect, dbapi_conn)

    pool._on_first_connect = first_connect
    pool._on_connect = dialect.on_connect
    return engine


async def _initialize(engine, dialect, dbapi_conn):
    """The dialect's first look at the server, logged as SQLAlchemy logs it."""
    debug = engine.logger.isEnabledFor(10)

    async def raw(sql, col=None):
        engine._log_info(sql)
        engine._log_info("[%s] %r", "raw sql", ())
        rows, _, _ = await dbapi_conn.execute(sql, ())
        if debug:
            if col is not None:
                engine.logger.debug("Col %r", (col,))
            if rows:
                engine.logger.debug("Row %r", tuple(rows[0]))
        return rows[0][0] if rows else None

    version = await raw("select pg_catalog.version()", "version")
    dialect.server_version_info = dialect._parse_version(version or "")
    dialect.default_schema_name = await raw("select current_schema()", "current_schema")
    await raw("show standard_conforming_strings", "standard_conforming_strings")
    await dbapi_conn.rollback_async()
