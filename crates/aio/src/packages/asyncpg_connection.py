# Loopscope's asyncpg (following asyncpg 0.32): `asyncpg.connection` — `connect`, the
# `Connection` with its queries (prepared statements cached per connection, the extended
# protocol in two round trips the first time and one after), `executemany` in one batch,
# transactions and savepoints, prepared statements, cursors, and COPY from records.

import asyncio
import _net

from asyncpg import exceptions
from asyncpg import protocol as _p

_message = _p._message
_cstr = _p._cstr
_i16 = _p._i16
_i32 = _p._i32


def _unquote(text):
    out = bytearray()
    i = 0
    raw = text.encode('utf-8')
    while i < len(raw):
        c = raw[i]
        if c == 0x25 and i + 2 < len(raw) + 0 and i + 2 <= len(raw) - 1:
            try:
                out.append(int(raw[i + 1:i + 3].decode(), 16))
                i += 3
                continue
            except ValueError:
                pass
        out.append(c)
        i += 1
    return out.decode('utf-8')


def _parse_dsn(dsn):
    """(host, port, user, password, database, options) from a postgres:// URL."""
    scheme, sep, rest = dsn.partition('://')
    if not sep or scheme not in ('postgres', 'postgresql'):
        raise exceptions.ClientConfigurationError(
            'invalid DSN: scheme is expected to be either "postgresql" or "postgres", '
            f'got {scheme!r}')
    rest, _, query = rest.partition('?')
    netloc, _, path = rest.partition('/')
    user = password = host = port = None
    if '@' in netloc:
        auth, _, netloc = netloc.rpartition('@')
        user, has_pw, pw = auth.partition(':')
        user = _unquote(user) or None
        password = _unquote(pw) if has_pw else None
    if netloc:
        if netloc.startswith('['):
            host, _, after = netloc[1:].partition(']')
            port = after[1:] or None
        else:
            host, _, port = netloc.partition(':')
            port = port or None
    options = {}
    for part in query.split('&') if query else ():
        k, _, v = part.partition('=')
        options[_unquote(k)] = _unquote(v)
    return host or None, port, user, password, _unquote(path) or None, options


# DSN query options that say how to connect; any other option is a server setting.
_CONNECT_OPTIONS = {'host', 'port', 'user', 'password', 'dbname', 'database', 'sslmode',
                    'ssl', 'passfile', 'connect_timeout', 'target_session_attrs',
                    'sslcert', 'sslkey', 'sslrootcert', 'sslcrl', 'krbsrvname', 'gsslib',
                    'service', 'direct_tls', 'sslpassword', 'ssl_min_protocol_version',
                    'ssl_max_protocol_version'}


def _dsn_settings(dsn):
    if not dsn:
        return {}
    options = _parse_dsn(dsn)[5]
    return {k: v for k, v in options.items() if k not in _CONNECT_OPTIONS}


def _connect_params(dsn, host, port, user, password, database):
    d_host, d_port, d_user, d_password, d_database, options = (
        _parse_dsn(dsn) if dsn else (None, None, None, None, None, {}))
    host = host or d_host or options.get('host') or 'localhost'
    port = port or d_port or options.get('port') or 5432
    user = user or d_user or options.get('user') or 'postgres'
    password = password if password is not None else (
        d_password if d_password is not None else options.get('password'))
    database = database or d_database or options.get('dbname') or user
    try:
        port = int(port)
    except (TypeError, ValueError):
        raise exceptions.ClientConfigurationError(f'invalid port {port!r}') from None
    return host, port, user, password, database


def _address(host, port):
    """Where the connection goes: the program's address, except that the default
    server's (localhost:5432) is the run's database server when it has one
    (`loopscope run --database URL`)."""
    override = _net.database()
    if override and host in ('localhost', '127.0.0.1', '::1') and port == 5432:
        o_host, o_port, _, _, _, _ = _parse_dsn(override)
        return o_host or host, int(o_port) if o_port else port
    return host, port


async def connect(dsn=None, *, host=None, port=None, user=None, password=None,
                  passfile=None, database=None, loop=None, timeout=60,
                  statement_cache_size=100, max_cached_statement_lifetime=300,
                  max_cacheable_statement_size=1024 * 15, command_timeout=None,
                  ssl=None, direct_tls=None, connection_class=None, record_class=None,
                  server_settings=None, target_session_attrs=None, krbsrvname=None,
                  gsslib=None):
    if connection_class is None:
        connection_class = Connection
    host, port, user, password, database = _connect_params(
        dsn, host, port, user, password, database)
    params = {'user': user, 'database': database, 'client_encoding': 'utf-8'}
    params.update(_dsn_settings(dsn))
    if server_settings:
        params.update(server_settings)
    loop = asyncio.get_running_loop()
    addr_host, addr_port = _address(host, port)

    async def open_wire():
        _, wire = await loop.create_connection(
            lambda: _p.Wire(loop), addr_host, addr_port)
        try:
            await _p.authenticate(wire, params, password)
        except BaseException:
            wire.transport.close()
            raise
        return wire

    if timeout is None:
        wire = await open_wire()
    else:
        wire = await asyncio.wait_for(open_wire(), timeout)
    conn = connection_class.__new__(connection_class)
    conn._setup(wire, (addr_host, addr_port), params, command_timeout,
                statement_cache_size, record_class)
    return conn


class _Statement:
    """A statement the server has parsed: its parameter and column types."""

    def __init__(self, name, query, param_oids, columns):
        self.name = name
        self.query = query
        self.param_oids = param_oids
        self.columns = columns
        index = {}
        for i, c in enumerate(columns):
            index.setdefault(c[0], i)
        self.names = (tuple(c[0] for c in columns), index)
        self.formats = [1 if _p.can_decode(c[1]) else 0 for c in columns]


def _row_description(payload):
    r = _p._Reader(payload)
    columns = []
    for _ in range(r.int16()):
        name = r.cstr()
        r.int32()
        r.int16()
        oid = r.uint32()
        r.int16()
        r.int32()
        r.int16()
        columns.append((name, oid))
    return columns


def _data_row(payload):
    r = _p._Reader(payload)
    values = []
    for _ in range(r.int16()):
        n = r.int32()
        values.append(None if n < 0 else r.take(n))
    return values


_statement_ids = [0]


def _trunc(text, limit=40):
    return text if len(text) <= limit else text[:limit] + '...'


class Connection:
    """A connection to a PostgreSQL server."""

    def __init__(self, *args, **kwargs):
        raise exceptions.InterfaceError('connection objects are created by asyncpg.connect()')

    def _setup(self, wire, addr, params, command_timeout, cache_size, record_class):
        self._wire = wire
        self._addr = addr
        self._params = params
        self._command_timeout = command_timeout
        self._cache = {}
        self._cache_size = cache_size
        self._stmt_count = 0
        self._cursor_count = 0
        self._top_xact = None
        self._closed = False
        self._aborted = False
        self._pool_release_ctr = 0
        self._record_class = record_class
        self._log_listeners = []
        self._listeners = {}
        self._codecs = {}
        self._busy = None
        wire.on_notice = self._notice
        wire.on_notification = self._notification

    def _notice(self, fields):
        if not self._log_listeners:
            return
        message = exceptions._log_message_from_fields(fields, None)
        loop = self._wire.loop
        for callback in list(self._log_listeners):
            loop.call_soon(callback, self, message)

    def _notification(self, pid, channel, payload):
        loop = self._wire.loop
        for callback in list(self._listeners.get(channel, ())):
            loop.call_soon(callback, self, pid, channel, payload)

    async def add_listener(self, channel, callback):
        self._check_open()
        if channel not in self._listeners:
            await self.execute(f'LISTEN {_quote_ident(channel)}')
            self._listeners[channel] = []
        self._listeners[channel].append(callback)

    async def remove_listener(self, channel, callback):
        if self.is_closed():
            return
        callbacks = self._listeners.get(channel)
        if not callbacks or callback not in callbacks:
            return
        callbacks.remove(callback)
        if not callbacks:
            del self._listeners[channel]
            await self.execute(f'UNLISTEN {_quote_ident(channel)}')

    async def set_type_codec(self, typename, *, schema='public', encoder, decoder,
                             format='text'):
        self._check_open()
        if format not in ('text', 'binary'):
            raise exceptions.InterfaceError(
                f'invalid format {format!r}: expected "text" or "binary"')
        oid = await self.fetchval(
            'SELECT t.oid FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n '
            'ON n.oid = t.typnamespace WHERE t.typname = $1 AND n.nspname = $2',
            typename, schema)
        if oid is None:
            raise exceptions.InterfaceError(f'unknown type: {schema}.{typename}')
        self._codecs[oid] = (encoder, decoder, format)
        self._cache.clear()

    async def reset_type_codec(self, typename, *, schema='public'):
        oid = await self.fetchval(
            'SELECT t.oid FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n '
            'ON n.oid = t.typnamespace WHERE t.typname = $1 AND n.nspname = $2',
            typename, schema)
        self._codecs.pop(oid, None)
        self._cache.clear()

    def _result_formats(self, stmt):
        codecs = self._codecs
        if not codecs:
            return stmt.formats
        return [(0 if codecs[c[1]][2] == 'text' else 1) if c[1] in codecs else f
                for c, f in zip(stmt.columns, stmt.formats)]

    # -- state --------------------------------------------------------------------

    def is_closed(self):
        return self._closed or self._wire.lost

    def is_in_transaction(self):
        return self._wire.status in (b'T', b'E')

    def get_server_pid(self):
        return self._wire.backend_pid

    def get_settings(self):
        return _Settings(self._wire.settings)

    def get_server_version(self):
        text = self._wire.settings.get('server_version', '0')
        parts = text.split()[0].split('.')
        return ServerVersion(int(parts[0]), int(parts[1]) if len(parts) > 1 else 0, 0, 'final', 0)

    def _check_open(self):
        if self.is_closed():
            raise exceptions.InterfaceError('connection is closed')

    # -- running statements --------------------------------------------------------

    async def _exchange(self, data, until=b'Z', timeout=None, query=None):
        """One round trip, under the query's timeout (a timeout cancels the query). With
        `query`, the round trip is in the run's trace as a request (the timeline's lane
        for it, its SQL on hover)."""
        if query is None:
            return await self._round_trip(data, until, timeout)
        trace = _net.query_start(query)
        error = None
        messages = []
        try:
            messages = await self._round_trip(data, until, timeout)
        except BaseException as e:
            error = type(e).__name__
            raise
        finally:
            rows = 0
            for kind, payload in messages:
                if kind == b'D':
                    rows += 1
                elif kind == b'E' and error is None:
                    error = _p.error_fields(payload).get('M', 'error')
            _net.query_end(trace, rows, error)
        return messages

    async def _round_trip(self, data, until, timeout):
        if self._busy is not None:
            raise exceptions.InterfaceError(
                'cannot perform operation: another operation is in progress')
        if timeout is None:
            timeout = self._command_timeout
        self._busy = True
        try:
            if timeout is None:
                return await self._wire.exchange(data, until)
            try:
                return await asyncio.wait_for(self._wire.exchange(data, until), timeout)
            except asyncio.TimeoutError:
                await self._cancel_current()
                raise
        finally:
            self._busy = None

    async def _cancel_current(self):
        """Asks the server to cancel what this connection runs (a CancelRequest on a
        second connection), as asyncpg does after a timeout."""
        wire = self._wire
        if wire.backend_pid is None:
            return
        loop = asyncio.get_running_loop()
        try:
            transport, _ = await loop.create_connection(asyncio.Protocol, *self._addr)
        except OSError:
            return
        transport.write(_i32.pack(16) + _i32.pack(80877102)
                        + _i32.pack(wire.backend_pid) + _i32.pack(wire.backend_key))
        transport.close()

    async def _prepare(self, query, name=None, timeout=None, use_cache=True):
        if use_cache:
            stmt = self._cache.get(query)
            if stmt is not None:
                return stmt
        if name is None:
            # Unique in the run, not just the connection: connections may share one
            # server session (PGlite has only one).
            _statement_ids[0] += 1
            name = f'__asyncpg_stmt_{_statement_ids[0]:x}__'
        data = (_message(b'P', _cstr(name) + _cstr(query) + _i16.pack(0))
                + _message(b'D', b'S' + _cstr(name))
                + _message(b'S'))
        messages = await self._exchange(data, timeout=timeout, query=query)
        _p.raise_errors(messages, query)
        param_oids, columns = [], []
        for kind, payload in messages:
            if kind == b't':
                r = _p._Reader(payload)
                param_oids = [r.uint32() for _ in range(r.int16())]
            elif kind == b'T':
                columns = _row_description(payload)
        stmt = _Statement(name, query, param_oids, columns)
        if use_cache and self._cache_size:
            if len(self._cache) >= self._cache_size:
                self._cache.pop(next(iter(self._cache)))
            self._cache[query] = stmt
        return stmt

    def _bind(self, stmt, args, portal='', where=None):
        if len(args) != len(stmt.param_oids):
            raise exceptions.InterfaceError(
                f'the server expects {len(stmt.param_oids)} argument'
                f'{"s" if len(stmt.param_oids) != 1 else ""} for this query, '
                f'{len(args)} {"was" if len(args) == 1 else "were"} passed',
                hint='Check the query against the passed list of arguments.')
        values = []
        pformats = []
        codecs = self._codecs
        for i, (oid, value) in enumerate(zip(stmt.param_oids, args)):
            pformats.append(1)
            if value is None:
                values.append(_i32.pack(-1))
                continue
            try:
                codec = codecs.get(oid)
                if codec is not None:
                    data = codec[0](value)
                    if codec[2] == 'text':
                        pformats[-1] = 0
                        data = data.encode('utf-8')
                else:
                    data = _p.encode(oid, value)
            except (TypeError, ValueError, OverflowError, AttributeError) as e:
                if where is not None:
                    raise exceptions.DataError(
                        f'invalid input for query argument ${i + 1} in element #{where} '
                        f'of executemany() sequence: {_trunc(repr(value))} ({e})') from e
                raise exceptions.DataError(
                    f'invalid input for query argument ${i + 1}: '
                    f'{_trunc(repr(value))} ({e})') from e
            values.append(_i32.pack(len(data)) + data)
        rformats = self._result_formats(stmt)
        body = (_cstr(portal) + _cstr(stmt.name)
                + _i16.pack(len(pformats)) + b''.join(_i16.pack(f) for f in pformats)
                + _i16.pack(len(values)) + b''.join(values)
                + _i16.pack(len(rformats)) + b''.join(_i16.pack(f) for f in rformats))
        return _message(b'B', body)

    def _records(self, stmt, rows, record_class=None):
        names = stmt.names
        cls = record_class or self._record_class or _p.Record
        formats = self._result_formats(stmt)
        codecs = self._codecs
        out = []
        for raw in rows:
            values = []
            for v, col, fmt in zip(raw, stmt.columns, formats):
                if v is None:
                    values.append(None)
                elif col[1] in codecs:
                    values.append(codecs[col[1]][1](_p._text(v) if fmt == 0 else bytes(v)))
                elif fmt:
                    values.append(_p.decode(col[1], v))
                else:
                    values.append(_p._text(v))
            out.append(cls(names, tuple(values)))
        return out

    async def _execute(self, query, args, limit=0, timeout=None, record_class=None):
        """Runs a statement; returns (records, status)."""
        self._check_open()
        stmt = await self._prepare(query, timeout=timeout)
        data = (self._bind(stmt, args)
                + _message(b'E', _cstr('') + _i32.pack(limit))
                + _message(b'S'))
        messages = await self._exchange(data, timeout=timeout, query=query)
        _p.raise_errors(messages, query)
        rows, status = [], None
        for kind, payload in messages:
            if kind == b'D':
                rows.append(_data_row(payload))
            elif kind == b'C':
                status = payload[:-1].decode()
        return self._records(stmt, rows, record_class), status

    async def execute(self, query, *args, timeout=None):
        self._check_open()
        if not args:
            messages = await self._exchange(_message(b'Q', _cstr(query)), timeout=timeout,
                                            query=query)
            _p.raise_errors(messages, query)
            status = ''
            for kind, payload in messages:
                if kind == b'C':
                    status = payload[:-1].decode()
            return status
        _, status = await self._execute(query, args, timeout=timeout)
        return status

    async def executemany(self, command, args, *, timeout=None):
        self._check_open()
        stmt = await self._prepare(command, timeout=timeout)
        await self._run_many(stmt, args, timeout)

    async def _run_many(self, stmt, args, timeout):
        """Binds and executes `stmt` once per item of `args`, all before one Sync: one
        round trip, and all or nothing."""
        data = []
        for n, item in enumerate(args):
            data.append(self._bind(stmt, tuple(item), where=n))
            data.append(_message(b'E', _cstr('') + _i32.pack(0)))
        if not data:
            return
        data.append(_message(b'S'))
        messages = await self._exchange(b''.join(data), timeout=timeout, query=stmt.query)
        _p.raise_errors(messages, stmt.query)

    async def fetch(self, query, *args, timeout=None, record_class=None):
        records, _ = await self._execute(query, args, timeout=timeout,
                                         record_class=record_class)
        return records

    async def fetchval(self, query, *args, column=0, timeout=None):
        records, _ = await self._execute(query, args, limit=1, timeout=timeout)
        if not records:
            return None
        return records[0][column]

    async def fetchrow(self, query, *args, timeout=None, record_class=None):
        records, _ = await self._execute(query, args, limit=1, timeout=timeout,
                                         record_class=record_class)
        return records[0] if records else None

    async def fetchmany(self, query, args, *, timeout=None, record_class=None):
        self._check_open()
        stmt = await self._prepare(query, timeout=timeout)
        data = []
        for item in args:
            data.append(self._bind(stmt, tuple(item)))
            data.append(_message(b'E', _cstr('') + _i32.pack(0)))
        data.append(_message(b'S'))
        messages = await self._exchange(b''.join(data), timeout=timeout, query=query)
        _p.raise_errors(messages, query)
        rows = [_data_row(p) for k, p in messages if k == b'D']
        return self._records(stmt, rows, record_class)

    async def prepare(self, query, *, name=None, timeout=None, record_class=None):
        self._check_open()
        stmt = await self._prepare(query, name=name, timeout=timeout, use_cache=False)
        return PreparedStatement(self, stmt, record_class)

    def transaction(self, *, isolation=None, readonly=False, deferrable=False):
        return Transaction(self, isolation, readonly, deferrable)

    def cursor(self, query, *args, prefetch=None, timeout=None, record_class=None):
        return CursorFactory(self, query, args, prefetch, timeout)

    async def copy_records_to_table(self, table_name, *, records, columns=None,
                                    schema_name=None, timeout=None, where=None):
        self._check_open()
        table = _quote_ident(table_name)
        if schema_name:
            table = _quote_ident(schema_name) + '.' + table
        cols = ', '.join(_quote_ident(c) for c in columns) if columns else '*'
        intro = await self._prepare(f'SELECT {cols} FROM {table} LIMIT 0',
                                    timeout=timeout, use_cache=False)
        col_list = ' ({})'.format(', '.join(_quote_ident(c) for c in columns)) if columns else ''
        copy = f'COPY {table}{col_list} FROM STDIN (FORMAT binary)'
        if where:
            copy += f' WHERE {where}'
        chunks = [b'PGCOPY\n\xff\r\n\x00' + _i32.pack(0) + _i32.pack(0)]
        oids = [c[1] for c in intro.columns]
        for n, record in enumerate(records):
            record = tuple(record)
            fields = [_i16.pack(len(record))]
            for value, oid in zip(record, oids):
                if value is None:
                    fields.append(_i32.pack(-1))
                    continue
                try:
                    data = _p.encode(oid, value)
                except (TypeError, ValueError, OverflowError, AttributeError) as e:
                    raise exceptions.DataError(
                        f'invalid input for query argument ${n + 1}: '
                        f'{_trunc(repr(value))} ({e})') from e
                fields.append(_i32.pack(len(data)) + data)
            chunks.append(b''.join(fields))
        chunks.append(_i16.pack(-1))
        messages = await self._exchange(_message(b'Q', _cstr(copy)), until=b'GZ',
                                        timeout=timeout, query=copy)
        if messages[-1][0] != b'G':
            _p.raise_errors(messages, copy)
        payload = b''.join(chunks)
        data = [_message(b'd', payload[i:i + 65536]) for i in range(0, len(payload), 65536)]
        data.append(_message(b'c'))
        messages = await self._exchange(b''.join(data), timeout=timeout, query=copy)
        _p.raise_errors(messages, copy)
        for kind, payload in messages:
            if kind == b'C':
                return payload[:-1].decode()
        return ''

    def add_log_listener(self, callback):
        self._log_listeners.append(callback)

    def remove_log_listener(self, callback):
        if callback in self._log_listeners:
            self._log_listeners.remove(callback)

    async def reload_schema_state(self):
        self._cache.clear()

    async def reset(self, *, timeout=None):
        self._check_open()
        query = ''
        if self.is_in_transaction():
            query = 'ROLLBACK;'
        query += 'SELECT pg_advisory_unlock_all();\nCLOSE ALL;\nUNLISTEN *;\nRESET ALL;'
        await self.execute(query, timeout=timeout)

    async def close(self, *, timeout=None):
        if self.is_closed():
            return
        self._closed = True
        transport = self._wire.transport
        try:
            transport.write(_message(b'X'))
        finally:
            transport.close()
        await asyncio.sleep(0)

    def terminate(self):
        if self.is_closed():
            return
        self._closed = True
        self._wire.transport.abort()

    def __repr__(self):
        return object.__repr__(self)


Connection.__module__ = 'asyncpg.connection'


def _quote_ident(name):
    return '"' + name.replace('"', '""') + '"'


class _Settings:
    def __init__(self, settings):
        self.__dict__.update(settings)


class ServerVersion(tuple):
    def __new__(cls, major, minor, micro, releaselevel, serial):
        return tuple.__new__(cls, (major, minor, micro, releaselevel, serial))

    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])

    def __repr__(self):
        return (f'ServerVersion(major={self[0]}, minor={self[1]}, micro={self[2]}, '
                f"releaselevel='{self[3]}', serial={self[4]})")


class PreparedStatement:
    """What `Connection.prepare` returns."""

    def __init__(self, conn, stmt, record_class=None):
        self._conn = conn
        self._stmt = stmt
        self._last_status = None
        self._record_class = record_class

    def _check_open(self, method):
        if self._conn.is_closed():
            raise exceptions.InterfaceError(
                f'cannot call PreparedStatement.{method}(): '
                'the underlying connection is closed')

    def get_query(self):
        return self._stmt.query

    def get_statusmsg(self):
        return self._last_status

    def get_parameters(self):
        return tuple(_Type(oid) for oid in self._stmt.param_oids)

    def get_attributes(self):
        return tuple(_Attribute(name, _Type(oid)) for name, oid in self._stmt.columns)

    async def _run(self, args, limit, timeout):
        conn = self._conn
        data = (conn._bind(self._stmt, args)
                + _message(b'E', _cstr('') + _i32.pack(limit))
                + _message(b'S'))
        messages = await conn._exchange(data, timeout=timeout, query=self._stmt.query)
        _p.raise_errors(messages, self._stmt.query)
        rows = []
        for kind, payload in messages:
            if kind == b'D':
                rows.append(_data_row(payload))
            elif kind == b'C':
                self._last_status = payload[:-1].decode()
        return conn._records(self._stmt, rows, self._record_class)

    async def fetch(self, *args, timeout=None):
        self._check_open('fetch')
        return await self._run(args, 0, timeout)

    async def fetchrow(self, *args, timeout=None):
        self._check_open('fetchrow')
        rows = await self._run(args, 1, timeout)
        return rows[0] if rows else None

    async def fetchval(self, *args, column=0, timeout=None):
        self._check_open('fetchval')
        rows = await self._run(args, 1, timeout)
        return rows[0][column] if rows else None

    async def executemany(self, args, *, timeout=None):
        self._check_open('executemany')
        await self._conn._run_many(self._stmt, args, timeout)

    def cursor(self, *args, prefetch=None, timeout=None):
        return CursorFactory(self._conn, self._stmt.query, args, prefetch, timeout)


class _Type(tuple):
    def __new__(cls, oid):
        name = _p.TYPE_NAMES.get(oid) or _p.TYPE_NAMES.get(_p.ARRAYS.get(oid), 'unknown')
        kind = 'array' if oid in _p.ARRAYS else 'scalar'
        return tuple.__new__(cls, (oid, name, kind, 'pg_catalog'))

    oid = property(lambda self: self[0])
    name = property(lambda self: self[1])
    kind = property(lambda self: self[2])
    schema = property(lambda self: self[3])

    def __repr__(self):
        return f"Type(oid={self[0]}, name='{self[1]}', kind='{self[2]}', schema='{self[3]}')"


class _Attribute(tuple):
    def __new__(cls, name, type):
        return tuple.__new__(cls, (name, type))

    name = property(lambda self: self[0])
    type = property(lambda self: self[1])

    def __repr__(self):
        return f"Attribute(name='{self[0]}', type={self[1]!r})"


class Transaction:
    """`Connection.transaction()`: BEGIN/COMMIT/ROLLBACK, or a savepoint when nested."""

    def __init__(self, conn, isolation, readonly, deferrable):
        if isolation not in (None, 'read_uncommitted', 'read_committed',
                             'repeatable_read', 'serializable'):
            raise ValueError(f'isolation is expected to be either of '
                             f"'read_uncommitted', 'read_committed', 'repeatable_read', "
                             f"'serializable', got {isolation!r}")
        self._conn = conn
        self._isolation = isolation
        self._readonly = readonly
        self._deferrable = deferrable
        self._state = 'new'
        self._nested = False
        self._id = None
        self._managed = False

    async def __aenter__(self):
        if self._managed:
            raise exceptions.InterfaceError(
                'cannot enter context: already in an `async with` block')
        self._managed = True
        await self.start()

    async def __aexit__(self, exc_type, exc, tb):
        try:
            if exc_type is not None:
                await self.__rollback()
            else:
                await self.__commit()
        finally:
            self._managed = False

    def _check_state(self, operation):
        if self._state != 'started':
            if self._state == 'new':
                raise exceptions.InterfaceError(
                    f'cannot {operation}; the transaction is not yet started')
            raise exceptions.InterfaceError(
                f'cannot {operation}; the transaction is already '
                f'{_STATE_WORDS.get(self._state, self._state)}')

    async def start(self):
        if self._state != 'new':
            raise exceptions.InterfaceError(
                f'cannot start; the transaction is already '
                f'{_STATE_WORDS.get(self._state, self._state)}')
        conn = self._conn
        conn._check_open()
        top = conn._top_xact
        if top is None:
            if conn.is_in_transaction():
                raise exceptions.InterfaceError(
                    'cannot use Connection.transaction() in a manually started transaction')
            conn._top_xact = self
        else:
            if self._isolation is not None and self._isolation != top._isolation:
                raise exceptions.InterfaceError(
                    f'nested transaction has a different isolation level: '
                    f'current {top._isolation!r} != outer {self._isolation!r}')
            self._nested = True
        if self._nested:
            conn._stmt_count += 1
            self._id = f'asyncpg_savepoint_{conn._stmt_count}'
            query = f'SAVEPOINT {self._id};'
        else:
            query = 'BEGIN'
            if self._isolation is not None:
                query += ' ISOLATION LEVEL ' + self._isolation.replace('_', ' ').upper()
            if self._readonly:
                query += ' READ ONLY'
            if self._deferrable:
                query += ' DEFERRABLE'
            query += ';'
        try:
            await conn.execute(query)
        except BaseException:
            self._state = 'failed'
            if conn._top_xact is self:
                conn._top_xact = None
            raise
        self._state = 'started'

    async def __commit(self):
        await self.__end('commit', f'RELEASE SAVEPOINT {self._id};' if self._nested
                         else 'COMMIT;', 'committed')

    async def __rollback(self):
        await self.__end('rollback', f'ROLLBACK TO {self._id};' if self._nested
                         else 'ROLLBACK;', 'rolledback')

    async def __end(self, operation, query, state):
        self._check_state(operation)
        try:
            await self._conn.execute(query)
        except BaseException:
            self._state = 'failed'
            raise
        finally:
            if self._conn._top_xact is self:
                self._conn._top_xact = None
        self._state = state

    async def commit(self):
        if self._managed:
            raise exceptions.InterfaceError(
                'cannot manually commit from within an `async with` block')
        await self.__commit()

    async def rollback(self):
        if self._managed:
            raise exceptions.InterfaceError(
                'cannot manually rollback from within an `async with` block')
        await self.__rollback()

    def __repr__(self):
        attrs = [f'state:{self._state}']
        if self._isolation is not None:
            attrs.append(self._isolation)
        if self._readonly:
            attrs.append('readonly')
        if self._deferrable:
            attrs.append('deferrable')
        return f'<asyncpg.Transaction {" ".join(attrs)} {id(self):#x}>'


Transaction.__module__ = 'asyncpg.transaction'

_STATE_WORDS = {'rolledback': 'rolled back'}


class CursorFactory:
    """`conn.cursor(...)`: iterate it with `async for`, or await it for a `Cursor`."""

    def __init__(self, conn, query, args, prefetch, timeout):
        self._conn = conn
        self._query = query
        self._args = args
        self._prefetch = 50 if prefetch is None else prefetch
        self._timeout = timeout
        if prefetch is not None and prefetch <= 0:
            raise exceptions.InterfaceError('prefetch argument must be greater than zero')

    def __aiter__(self):
        return CursorIterator(self._conn, self._query, self._args, self._prefetch,
                              self._timeout)

    def __await__(self):
        return self._open().__await__()

    async def _open(self):
        cursor = Cursor(self._conn, self._query, self._args, self._timeout)
        await cursor._init()
        return cursor


class _BaseCursor:
    def __init__(self, conn, query, args, timeout):
        self._conn = conn
        self._query = query
        self._args = args
        self._timeout = timeout
        self._portal = None
        self._stmt = None
        self._exhausted = False

    async def _init(self):
        conn = self._conn
        conn._check_open()
        if not conn.is_in_transaction():
            raise exceptions.NoActiveSQLTransactionError(
                'cursor cannot be created outside of a transaction')
        self._stmt = await conn._prepare(self._query, timeout=self._timeout)
        conn._cursor_count += 1
        self._portal = f'__asyncpg_cursor_{conn._cursor_count:x}__'
        data = conn._bind(self._stmt, self._args, portal=self._portal) + _message(b'S')
        messages = await conn._exchange(data, timeout=self._timeout)
        _p.raise_errors(messages, self._query)

    async def _fetch(self, n):
        conn = self._conn
        data = _message(b'E', _cstr(self._portal) + _i32.pack(n)) + _message(b'S')
        messages = await conn._exchange(data, timeout=self._timeout, query=self._query)
        _p.raise_errors(messages, self._query)
        rows = []
        for kind, payload in messages:
            if kind == b'D':
                rows.append(_data_row(payload))
            elif kind == b'C':
                self._exhausted = True
        return conn._records(self._stmt, rows)


class CursorIterator(_BaseCursor):
    def __init__(self, conn, query, args, prefetch, timeout):
        super().__init__(conn, query, args, timeout)
        self._prefetch = prefetch
        self._buffer = []

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self._portal is None:
            await self._init()
        if not self._buffer and not self._exhausted:
            self._buffer = await self._fetch(self._prefetch)
        if self._buffer:
            return self._buffer.pop(0)
        raise StopAsyncIteration


class Cursor(_BaseCursor):
    async def fetch(self, n, *, timeout=None):
        if n <= 0:
            raise exceptions.InterfaceError('n must be greater than zero')
        if self._exhausted:
            return []
        return await self._fetch(n)

    async def fetchrow(self, *, timeout=None):
        if self._exhausted:
            return None
        rows = await self._fetch(1)
        return rows[0] if rows else None

    async def forward(self, n, *, timeout=None):
        if n <= 0:
            raise exceptions.InterfaceError('n must be greater than zero')
        status = await self._conn.execute(f'MOVE FORWARD {n} {self._portal}')
        moved = int(status.split()[-1])
        if moved < n:
            self._exhausted = True
        return moved

    def __repr__(self):
        return f'<asyncpg.Cursor "{self._query}" {id(self):#x}>'
