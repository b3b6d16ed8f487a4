# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.engine.result` and
# `cursor.py`: Result and its filtered views (`scalars()`, `mappings()`), CursorResult
# with `rowcount` and `inserted_primary_key`. Rows arrive already fetched (asyncpg
# buffers a result), so a Result is a cursor over a list, with SQLAlchemy's rules for
# what `first()`, `one()` and friends consume and close.

from sqlalchemy import exc
from sqlalchemy.engine.row import Row, RMKeyView, _KeyMap

_NO_ROW = object()


class _Closed(Exception):
    pass


def _closed_error():
    return exc.ResourceClosedError("This result object is closed.")


class ResultMetaData:
    def __init__(self, keys, objects=None):
        self._keymap = _KeyMap(keys, objects)

    @property
    def keys(self):
        return RMKeyView(self._keymap.keys)


class _ResultCommon:
    _closed = False
    _soft_closed = False
    _unique = None

    def _raise_if_closed(self):
        if self._closed:
            raise _closed_error()

    def __iter__(self):
        return self

    def __next__(self):
        row = self._next_row()
        if row is _NO_ROW:
            raise StopIteration()
        return row

    def _fetchall(self):
        out = []
        while True:
            row = self._next_row()
            if row is _NO_ROW:
                return out
            out.append(row)

    def all(self):
        return self._fetchall()

    def fetchall(self):
        return self._fetchall()

    def fetchone(self):
        row = self._next_row()
        return None if row is _NO_ROW else row

    def fetchmany(self, size=None):
        if size is None:
            size = 1
        out = []
        for _ in range(size):
            row = self._next_row()
            if row is _NO_ROW:
                break
            out.append(row)
        return out

    def partitions(self, size=None):
        while True:
            part = self.fetchmany(size or 100)
            if not part:
                return
            yield part

    def first(self):
        row = self._next_row()
        self._close_soft()
        return None if row is _NO_ROW else row

    def one_or_none(self):
        return self._only_one(raise_none=False, second="none")

    def one(self):
        return self._only_one(raise_none=True, second="exactly")

    def _only_one(self, raise_none, second):
        row = self._next_row()
        if row is _NO_ROW:
            self._close_soft()
            if raise_none:
                raise exc.NoResultFound("No row was found when one was required")
            return None
        nxt = self._next_row()
        if nxt is not _NO_ROW:
            self._close_soft()
            if second == "exactly":
                raise exc.MultipleResultsFound(
                    "Multiple rows were found when exactly one was required")
            raise exc.MultipleResultsFound(
                "Multiple rows were found when one or none was required")
        self._close_soft()
        return row

    def _close_soft(self):
        pass


class Result(_ResultCommon):
    """Rows of a statement, fetched."""

    def __init__(self, metadata, rows, source=None):
        self._metadata = metadata
        self._rows = list(rows)
        self._pos = 0
        self._unique_seen = None
        self._unique_fn = None
        self._source = source

    def _next_row(self):
        if self._closed:
            raise _closed_error()
        while self._pos < len(self._rows):
            row = self._rows[self._pos]
            self._pos += 1
            if self._unique_seen is not None:
                key = self._unique_fn(row) if self._unique_fn else _unique_key(row)
                if key in self._unique_seen:
                    continue
                self._unique_seen.add(key)
            return row
        return _NO_ROW

    def _close_soft(self):
        self._closed = True

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed

    def keys(self):
        return self._metadata.keys

    def unique(self, strategy=None):
        self._unique_seen = set()
        self._unique_fn = strategy
        return self

    def columns(self, *cols):
        idx = [self._metadata._keymap.lookup(c) for c in cols]
        keys = [self._metadata._keymap.keys[i] for i in idx]
        meta = ResultMetaData(keys)
        rows = [Row(meta._keymap, [r._data[i] for i in idx]) for r in self._remaining()]
        return Result(meta, rows)

    def _remaining(self):
        rows = self._rows[self._pos:]
        self._pos = len(self._rows)
        return rows

    def scalars(self, index=0):
        return ScalarResult(self, index)

    def mappings(self):
        return MappingResult(self)

    def tuples(self):
        return self

    @property
    def t(self):
        return self

    def scalar(self):
        row = self.first()
        return None if row is None else row[0]

    def scalar_one(self):
        return self.one()[0]

    def scalar_one_or_none(self):
        row = self.one_or_none()
        return None if row is None else row[0]

    def freeze(self):
        rows = list(self._rows[self._pos:])
        meta = self._metadata
        return FrozenResult(meta, rows)

    def yield_per(self, num):
        return self

    def merge(self, *others):
        rows = self._remaining()
        for o in others:
            rows.extend(o._remaining())
        return Result(self._metadata, rows)

    def __repr__(self):
        return "<sqlalchemy.engine.result.Result object at 0x%x>" % id(self)


def _unique_key(row):
    try:
        hash(row)
        return row
    except TypeError:
        return tuple(id(v) for v in row)


class FrozenResult:
    def __init__(self, metadata, rows):
        self.metadata = metadata
        self.data = rows

    def __call__(self):
        return Result(self.metadata, list(self.data))


class _FilterResult(_ResultCommon):
    def __init__(self, real):
        self._real = real

    def _close_soft(self):
        self._real._close_soft()

    def unique(self, strategy=None):
        self._real.unique(strategy)
        return self

    def close(self):
        self._real.close()

    @property
    def closed(self):
        return self._real.closed

    def keys(self):
        return self._real.keys()


class ScalarResult(_FilterResult):
    def __init__(self, real, index=0):
        _FilterResult.__init__(self, real)
        self._index = index
        if real._unique_seen is not None and real._unique_fn is None:
            pass

    def _next_row(self):
        row = self._real._next_row()
        if row is _NO_ROW:
            return row
        return row[self._index]

    def unique(self, strategy=None):
        index = self._index
        self._real.unique((lambda row: (strategy or _scalar_key)(row[index])))
        return self

    def __repr__(self):
        return "<sqlalchemy.engine.result.ScalarResult object at 0x%x>" % id(self)


def _scalar_key(value):
    try:
        hash(value)
        return value
    except TypeError:
        return id(value)


class MappingResult(_FilterResult):
    def _next_row(self):
        row = self._real._next_row()
        if row is _NO_ROW:
            return row
        return row._mapping

    def columns(self, *cols):
        return MappingResult(self._real.columns(*cols))


class CursorResult(Result):
    """What executing a statement returns: rows if it returned any, and the counts."""

    def __init__(self, metadata, rows, rowcount=-1, returns_rows=True, context=None):
        Result.__init__(self, metadata, rows)
        self.rowcount = rowcount
        self._returns_rows = returns_rows
        self.context = context
        self._inserted_primary_key = None
        self._returned_defaults = None
        self._is_insert = bool(context is not None and getattr(context, "isinsert", False))
        if not returns_rows:
            self._closed_no_rows = True

    @property
    def returns_rows(self):
        return self._returns_rows

    @property
    def is_insert(self):
        return self._is_insert

    _row_logger = None

    def _next_row(self):
        if not self._returns_rows:
            raise exc.ResourceClosedError(
                "This result object does not return rows. It has been closed automatically.")
        row = Result._next_row(self)
        if self._row_logger is not None and row is not _NO_ROW:
            self._row_logger(row)
        return row

    def keys(self):
        if not self._returns_rows:
            return RMKeyView([])
        return Result.keys(self)

    @property
    def inserted_primary_key(self):
        if not self._is_insert:
            raise exc.InvalidRequestError(
                "Statement is not a compiled expression construct.")
        if self.context is not None and self.context.executemany:
            raise exc.InvalidRequestError(
                "This statement was an executemany call; if primary key returning is "
                "supported, please use .inserted_primary_key_rows.")
        return self._inserted_primary_key

    @property
    def inserted_primary_key_rows(self):
        if self._inserted_primary_key is None:
            return []
        return [self._inserted_primary_key]

    @property
    def returned_defaults(self):
        return self._returned_defaults

    @property
    def lastrowid(self):
        return None

    @property
    def supports_sane_rowcount(self):
        return True

    @property
    def supports_sane_multi_rowcount(self):
        return False

    def __repr__(self):
        return "<sqlalchemy.engine.cursor.CursorResult object at 0x%x>" % id(self)


class IteratorResult(Result):
    pass


class ChunkedIteratorResult(Result):
    pass


def null_result():
    return CursorResult(ResultMetaData([]), [], returns_rows=False)
