# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.dialects.postgresql`:
# PostgreSQL's own types (JSONB, UUID, ARRAY, INTERVAL, ...), its INSERT with
# ON CONFLICT, and `dialect` (PostgreSQL as `postgresql.dialect()` compiles it).

from sqlalchemy import types as sqltypes
from sqlalchemy.sql import operators
from sqlalchemy.sql.compiler import PGDialect as _PGDialect
from sqlalchemy.sql.dml import Insert as _Insert
from sqlalchemy.sql.elements import ClauseElement, ColumnClause, _expect_where
from sqlalchemy.types import (  # noqa: F401
    INTEGER, BIGINT, SMALLINT, VARCHAR, CHAR, TEXT, NUMERIC, FLOAT, REAL, BOOLEAN, DATE, TIME,
    DOUBLE_PRECISION, JSON as _JSON, ARRAY as _ARRAY, Uuid as _Uuid, Enum as _Enum,
)

has_key = operators.custom_op("?", precedence=15, is_comparison=True)
has_all = operators.custom_op("?&", precedence=15, is_comparison=True)
has_any = operators.custom_op("?|", precedence=15, is_comparison=True)
contains_op = operators.custom_op("@>", precedence=15, is_comparison=True)
contained_by_op = operators.custom_op("<@", precedence=15, is_comparison=True)
overlap_op = operators.custom_op("&&", precedence=15, is_comparison=True)


class JSON(_JSON):
    __visit_name__ = "JSON"

    def __init__(self, none_as_null=False, astext_type=None):
        _JSON.__init__(self, none_as_null)
        self.astext_type = astext_type or sqltypes.Text()


class JSONB(JSON):
    __visit_name__ = "JSONB"

    def __repr__(self):
        return "JSONB(astext_type=%r)" % (self.astext_type,)

    def _sa_operate(self, expr, op, *other, reverse=False, **kw):
        if op is operators.contains_op:
            return expr.operate(contains_op, other[0])
        return NotImplemented


def _has_key(self, key):
    from sqlalchemy.sql.elements import BindParameter, BinaryExpression
    bp = BindParameter(self._bind_base, key, type_=sqltypes.String(), unique=True)
    return BinaryExpression(self, bp, has_key, type_=sqltypes.BOOLEANTYPE)


def _contained_by(self, other):
    return self.operate(contained_by_op, other)


from sqlalchemy.sql.elements import ColumnElement as _CE  # noqa: E402
_CE.has_key = _has_key
_CE.contained_by = _contained_by


class UUID(_Uuid):
    __visit_name__ = "UUID"


class ARRAY(_ARRAY):
    def _sa_operate(self, expr, op, *other, reverse=False, **kw):
        if op is operators.contains_op:
            from sqlalchemy.sql.elements import BindParameter, BinaryExpression
            bp = BindParameter(expr._bind_base, list(other[0]), type_=self, unique=True)
            return BinaryExpression(expr, bp, contains_op, type_=sqltypes.BOOLEANTYPE)
        return NotImplemented


class INTERVAL(sqltypes.Interval):
    __visit_name__ = "INTERVAL"

    def __init__(self, precision=None, fields=None):
        sqltypes.Interval.__init__(self, second_precision=precision)
        self.precision = precision
        self.fields = fields


class TIMESTAMP(sqltypes.TIMESTAMP):
    def __init__(self, timezone=False, precision=None):
        sqltypes.TIMESTAMP.__init__(self, timezone=timezone)
        self.precision = precision


class BYTEA(sqltypes.LargeBinary):
    __visit_name__ = "BYTEA"


class ENUM(_Enum):
    __visit_name__ = "ENUM"

    def __init__(self, *enums, create_type=True, **kw):
        _Enum.__init__(self, *enums, **kw)
        self.create_type = create_type


class INET(sqltypes.TypeEngine):
    __visit_name__ = "INET"


class CIDR(sqltypes.TypeEngine):
    __visit_name__ = "CIDR"


class MONEY(sqltypes.TypeEngine):
    __visit_name__ = "MONEY"


class OID(sqltypes.TypeEngine):
    __visit_name__ = "OID"


class TSVECTOR(sqltypes.TypeEngine):
    __visit_name__ = "TSVECTOR"


class TIMESTAMPTZ(TIMESTAMP):
    def __init__(self, precision=None):
        TIMESTAMP.__init__(self, timezone=True, precision=precision)


class _Excluded:
    """`insert(...).excluded`: the row that would have been inserted."""

    def __init__(self, table):
        self._table = table

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        col = self._table.columns[name]
        return _ExcludedColumn(col)

    def __getitem__(self, name):
        return _ExcludedColumn(self._table.columns[name])


class _ExcludedColumn(ColumnClause):
    __visit_name__ = "excluded_column"

    def __init__(self, col):
        ColumnClause.__init__(self, col.name, col.type)
        self.key = col.key


class OnConflictClause(ClauseElement):
    def __init__(self, constraint=None, index_elements=None, index_where=None):
        if constraint is not None and not isinstance(constraint, str):
            name = getattr(constraint, "name", None)
            if name is None:
                index_elements = [c for c in constraint.columns]
                constraint = None
            else:
                constraint = name
        self.constraint_target = constraint
        self.inferred_target_elements = [
            (c.__clause_element__() if hasattr(c, "__clause_element__") else c)
            for c in (index_elements or [])]
        self.inferred_target_whereclause = index_where


class OnConflictDoNothing(OnConflictClause):
    __visit_name__ = "on_conflict_do_nothing"


class OnConflictDoUpdate(OnConflictClause):
    __visit_name__ = "on_conflict_do_update"

    def __init__(self, table, constraint=None, index_elements=None, index_where=None,
                 set_=None, where=None):
        OnConflictClause.__init__(self, constraint, index_elements, index_where)
        if not self.constraint_target and not self.inferred_target_elements:
            raise ValueError(
                "Either constraint or index_elements, but not both, must be specified unless "
                "DO NOTHING")
        if isinstance(set_, dict):
            items = list(set_.items())
        elif hasattr(set_, "items"):
            items = list(set_.items())
        else:
            raise ValueError("set parameter dictionary must not be empty")
        self._table = table
        self.update_values_to_set = items
        self.update_whereclause = _expect_where(where) if where is not None else None


class Insert(_Insert):
    _sa_default_dialect = _PGDialect

    @property
    def excluded(self):
        return _Excluded(self.table)

    def on_conflict_do_nothing(self, constraint=None, index_elements=None, index_where=None):
        new = self._generate()
        new._post_values_clause = OnConflictDoNothing(constraint, index_elements, index_where)
        return new

    def on_conflict_do_update(self, constraint=None, index_elements=None, index_where=None,
                              set_=None, where=None):
        new = self._generate()
        new._post_values_clause = OnConflictDoUpdate(self.table, constraint, index_elements,
                                                     index_where, set_, where)
        return new


def insert(table):
    return Insert(table)


class dialect(_PGDialect):
    pass


def array(clauses, type_=None):
    raise NotImplementedError("postgresql.array() is not supported by Loopscope's SQLAlchemy")


from sqlalchemy.dialects.postgresql import asyncpg  # noqa: E402,F401
