# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.sql.compiler` and the
# PostgreSQL dialect's compilers: statements to SQL text as SQLAlchemy writes it — the same
# line breaks (`SELECT ... \nFROM ... \nWHERE ...`), labels (`count(*) AS count_1`),
# anonymous parameter names (`:id_1`), quoting, and for PostgreSQL through asyncpg
# numbered parameters with casts (`$1::INTEGER`), IN lists expanded at execution after
# the other parameters (`IN ($2::INTEGER, $3::INTEGER)`), and DDL.

import datetime as _dt
import decimal as _decimal

from sqlalchemy import exc
from sqlalchemy import types as sqltypes
from sqlalchemy.sql import operators
from sqlalchemy.sql import elements as E
from sqlalchemy.sql import selectable as S

RESERVED_WORDS_DEFAULT = frozenset("""
all analyse analyze and any array as asc asymmetric authorization between binary both case
cast check collate column constraint create cross current_date current_role current_time
current_timestamp current_user default deferrable desc distinct do else end except false for
foreign freeze from full grant group having ilike in initially inner intersect into is isnull
join leading left like limit localtime localtimestamp natural new not notnull null off offset
old on only or order outer overlaps placing primary references right select session_user set
similar some symmetric table then to trailing true union unique user using verbose when where
""".split())

RESERVED_WORDS_PG = frozenset("""
all analyse analyze and any array as asc asymmetric both case cast check collate column
constraint create current_catalog current_date current_role current_time current_timestamp
current_user default deferrable desc distinct do else end except false fetch for foreign from
grant group having in initially intersect into leading limit localtime localtimestamp new not
null of off offset old on only or order placing primary references returning select
session_user some symmetric table then to trailing true union unique user using variadic when
where window with authorization between binary cross current_schema freeze full ilike inner
is isnull join left like natural notnull outer over overlaps right similar verbose
""".split())

_LEGAL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_$")


class IdentifierPreparer:
    def __init__(self, reserved):
        self.reserved_words = reserved

    def _requires_quotes(self, value):
        if not value:
            return True
        lower = value.lower()
        return (lower in self.reserved_words or value[0] in "0123456789$"
                or any(ch not in _LEGAL for ch in value) or lower != value)

    def quote(self, ident):
        if ident is None:
            return None
        if self._requires_quotes(ident):
            return '"' + ident.replace('"', '""') + '"'
        return ident

    def format_table(self, table, use_schema=True):
        name = self.quote(table.name)
        if use_schema and getattr(table, "schema", None):
            name = self.quote(table.schema) + "." + name
        return name


# -- types ---------------------------------------------------------------------------

class GenericTypeCompiler:
    def __init__(self, dialect):
        self.dialect = dialect

    def process(self, type_, **kw):
        if isinstance(type_, sqltypes.TypeDecorator):
            type_ = type_.impl
        visit = getattr(self, "visit_" + type_.__visit_name__, None)
        if visit is None:
            if hasattr(type_, "get_col_spec"):
                return type_.get_col_spec()
            raise exc.UnsupportedCompilationError(
                "Compiler %r can't render element of type %s" % (self, type(type_).__name__))
        return visit(type_, **kw)

    def _len(self, name, type_):
        length = getattr(type_, "length", None)
        return f"{name}({length})" if length else name

    def visit_integer(self, t, **kw):
        return "INTEGER"

    visit_INTEGER = visit_integer

    def visit_small_integer(self, t, **kw):
        return "SMALLINT"

    visit_SMALLINT = visit_small_integer

    def visit_big_integer(self, t, **kw):
        return "BIGINT"

    visit_BIGINT = visit_big_integer

    def visit_numeric(self, t, **kw):
        if t.precision is None:
            return "NUMERIC"
        if t.scale is None:
            return "NUMERIC(%d)" % t.precision
        return "NUMERIC(%d, %d)" % (t.precision, t.scale)

    visit_NUMERIC = visit_numeric

    def visit_DECIMAL(self, t, **kw):
        if t.precision is None:
            return "DECIMAL"
        if t.scale is None:
            return "DECIMAL(%d)" % t.precision
        return "DECIMAL(%d, %d)" % (t.precision, t.scale)

    def visit_float(self, t, **kw):
        return "FLOAT"

    def visit_FLOAT(self, t, **kw):
        return "FLOAT(%d)" % t.precision if t.precision is not None else "FLOAT"

    def visit_REAL(self, t, **kw):
        return "REAL"

    def visit_double(self, t, **kw):
        return "DOUBLE"

    visit_DOUBLE = visit_double

    def visit_DOUBLE_PRECISION(self, t, **kw):
        return "DOUBLE PRECISION"

    def visit_string(self, t, **kw):
        return self._len("VARCHAR", t)

    visit_VARCHAR = visit_string
    visit_unicode = visit_string

    def visit_NVARCHAR(self, t, **kw):
        return self._len("NVARCHAR", t)

    def visit_CHAR(self, t, **kw):
        return self._len("CHAR", t)

    def visit_NCHAR(self, t, **kw):
        return self._len("NCHAR", t)

    def visit_text(self, t, **kw):
        return self._len("TEXT", t)

    visit_TEXT = visit_text
    visit_unicode_text = visit_text

    def visit_CLOB(self, t, **kw):
        return "CLOB"

    def visit_boolean(self, t, **kw):
        return "BOOLEAN"

    visit_BOOLEAN = visit_boolean

    def visit_datetime(self, t, **kw):
        return "DATETIME"

    visit_DATETIME = visit_datetime

    def visit_TIMESTAMP(self, t, **kw):
        return "TIMESTAMP"

    def visit_date(self, t, **kw):
        return "DATE"

    visit_DATE = visit_date

    def visit_time(self, t, **kw):
        return "TIME"

    visit_TIME = visit_time

    def visit_interval(self, t, **kw):
        return "DATETIME"

    def visit_large_binary(self, t, **kw):
        return "BLOB"

    visit_BLOB = visit_large_binary

    def visit_BINARY(self, t, **kw):
        return self._len("BINARY", t)

    def visit_VARBINARY(self, t, **kw):
        return self._len("VARBINARY", t)

    def visit_JSON(self, t, **kw):
        return "JSON"

    def visit_JSONB(self, t, **kw):
        return "JSONB"

    def visit_uuid(self, t, **kw):
        return "CHAR(32)"

    def visit_UUID(self, t, **kw):
        return "UUID"

    def visit_enum(self, t, **kw):
        return self._len("VARCHAR", t)

    def visit_ARRAY(self, t, **kw):
        return "ARRAY"

    def visit_null(self, t, **kw):
        return "NULL"

    def visit_user_defined(self, t, **kw):
        return t.get_col_spec()


class PGTypeCompiler(GenericTypeCompiler):
    def visit_FLOAT(self, t, **kw):
        return "FLOAT(%d)" % t.precision if t.precision is not None else "FLOAT"

    def visit_float(self, t, **kw):
        return "FLOAT(%d)" % t.precision if t.precision is not None else "FLOAT"

    def visit_double(self, t, **kw):
        return "DOUBLE PRECISION"

    visit_DOUBLE = visit_double

    def visit_datetime(self, t, **kw):
        return "TIMESTAMP %s TIME ZONE" % ("WITH" if t.timezone else "WITHOUT")

    visit_TIMESTAMP = visit_datetime
    visit_DATETIME = visit_datetime

    def visit_TIMESTAMPTZ(self, t, **kw):
        return "TIMESTAMP WITH TIME ZONE"

    def visit_time(self, t, **kw):
        return "TIME %s TIME ZONE" % ("WITH" if t.timezone else "WITHOUT")

    visit_TIME = visit_time

    def visit_interval(self, t, **kw):
        text = "INTERVAL"
        fields = getattr(t, "fields", None)
        if fields is not None:
            text += " " + fields
        if getattr(t, "second_precision", None) is not None:
            text += " (%d)" % t.second_precision
        return text

    visit_INTERVAL = visit_interval

    def visit_large_binary(self, t, **kw):
        return "BYTEA"

    visit_BYTEA = visit_large_binary
    visit_BLOB = visit_large_binary

    def visit_uuid(self, t, **kw):
        return "UUID" if t.native_uuid else "CHAR(32)"

    def visit_enum(self, t, **kw):
        if not t.native_enum:
            return self._len("VARCHAR", t)
        return IdentifierPreparer(RESERVED_WORDS_PG).quote(t.name)

    visit_ENUM = visit_enum

    def visit_ARRAY(self, t, **kw):
        inner = self.process(t.item_type)
        dims = t.dimensions or 1
        return inner + "[]" * dims

    def visit_json_str_index(self, t, **kw):
        return "TEXT"

    def visit_json_int_index(self, t, **kw):
        return "INT"

    def visit_INET(self, t, **kw):
        return "INET"

    def visit_CIDR(self, t, **kw):
        return "CIDR"

    def visit_MONEY(self, t, **kw):
        return "MONEY"

    def visit_OID(self, t, **kw):
        return "OID"

    def visit_TSVECTOR(self, t, **kw):
        return "TSVECTOR"


# -- dialects ------------------------------------------------------------------------

class DefaultDialect:
    name = "default"
    driver = None
    paramstyle = "named"
    positional = False
    supports_native_boolean = True
    render_bind_cast = False
    supports_empty_insert = True
    supports_multivalues_insert = True
    implicit_returning = False
    insert_returning = False
    update_returning = False
    delete_returning = False
    reserved = RESERVED_WORDS_DEFAULT
    type_compiler_cls = GenericTypeCompiler
    dbapi_exception_translation_map = {}
    native_ilike = False
    limit_all = "-1"
    limit_space = ""
    is_async = False
    supports_statement_cache = True

    def __init__(self, **kw):
        self.identifier_preparer = self.preparer = IdentifierPreparer(self.reserved)
        self.type_compiler = self.type_compiler_instance = self.type_compiler_cls(self)
        self._json_serializer = kw.get("json_serializer")
        self._json_deserializer = kw.get("json_deserializer")

    @property
    def statement_compiler(self):
        return SQLCompiler

    @property
    def ddl_compiler(self):
        return DDLCompiler

    def __repr__(self):
        return "<%s.%s object at 0x%x>" % (type(self).__module__, type(self).__name__, id(self))


class StrCompileDialect(DefaultDialect):
    pass


class PGDialect(DefaultDialect):
    """PostgreSQL as `postgresql.dialect()` compiles it (psycopg's `%(name)s`)."""
    name = "postgresql"
    render_bind_cast = True
    driver = "psycopg2"
    paramstyle = "pyformat"
    reserved = RESERVED_WORDS_PG
    type_compiler_cls = PGTypeCompiler
    implicit_returning = True
    insert_returning = True
    update_returning = True
    delete_returning = True
    native_ilike = True
    limit_all = "ALL"
    limit_space = " "


class PGDialect_asyncpg(PGDialect):
    driver = "asyncpg"
    paramstyle = "numeric_dollar"
    positional = True
    render_bind_cast = True
    is_async = True


# -- compiled results ----------------------------------------------------------------

class _ResultColumn:
    __slots__ = ("keyname", "name", "objects", "type")

    def __init__(self, keyname, name, objects, type_):
        self.keyname = keyname
        self.name = name
        self.objects = objects
        self.type = type_


class Compiled:
    """A statement compiled for one dialect: its SQL text and its parameters."""

    def __init__(self, dialect, statement, string, binds, result_columns, kind,
                 returning=None, implicit_returning=None, for_executemany=False):
        self.dialect = dialect
        self.statement = statement
        self.string = string
        self._binds = binds           # [(name, BindParameter)] in order of first appearance
        self._result_columns = result_columns
        self.kind = kind
        self.isinsert = kind == "insert"
        self.isupdate = kind == "update"
        self.isdelete = kind == "delete"
        self.isddl = kind == "ddl"
        self._expanding_ops = {}
        self.returning = returning or []
        self.implicit_returning = implicit_returning or []
        self.for_executemany = for_executemany
        self._crud_defaults = {}

    def __str__(self):
        return self.string

    @property
    def params(self):
        return self.construct_params()

    @property
    def positiontup(self):
        return [name for name, bp in self._binds if not bp.expanding]

    def construct_params(self, params=None, _check=False):
        out = {}
        params = params or {}
        for name, bp in self._binds:
            key = bp.key if isinstance(bp.key, str) else name
            if name in params:
                out[name] = params[name]
            elif key in params:
                out[name] = params[key]
            elif bp.callable is not None:
                out[name] = bp.callable()
            else:
                out[name] = bp.value
        return out


# -- the statement compiler ----------------------------------------------------------

OPERATORS = {
    operators.and_: " AND ", operators.or_: " OR ", operators.add: " + ",
    operators.mul: " * ", operators.sub: " - ", operators.truediv: " / ",
    operators.floordiv: " / ", operators.mod: " % ", operators.neg: "-",
    operators.lt: " < ", operators.le: " <= ", operators.ne: " != ", operators.gt: " > ",
    operators.ge: " >= ", operators.eq: " = ", operators.is_distinct_from: " IS DISTINCT FROM ",
    operators.is_not_distinct_from: " IS NOT DISTINCT FROM ", operators.concat_op: " || ",
    operators.match_op: " MATCH ", operators.not_match_op: " NOT MATCH ",
    operators.in_op: " IN ", operators.not_in_op: " NOT IN ", operators.comma_op: ", ",
    operators.from_: " FROM ", operators.as_: " AS ", operators.is_: " IS ",
    operators.is_not: " IS NOT ", operators.collate: " COLLATE ", operators.exists: "EXISTS ",
    operators.distinct_op: "DISTINCT ", operators.inv: "NOT ", operators.any_op: "ANY ",
    operators.all_op: "ALL ", operators.desc_op: " DESC", operators.asc_op: " ASC",
    operators.nulls_first_op: " NULLS FIRST", operators.nulls_last_op: " NULLS LAST",
    operators.bitwise_xor_op: " ^ ", operators.bitwise_or_op: " | ",
    operators.bitwise_and_op: " & ", operators.bitwise_not_op: "~",
    operators.bitwise_lshift_op: " << ", operators.bitwise_rshift_op: " >> ",
    operators.pow_: " ^ ", operators.getitem: "",
}

_BIND_TOKEN = "\x00"


class _AnonMap:
    """`<base>_<n>` names, counted per base in the order the compiler meets them."""

    def __init__(self):
        self.names = {}
        self.counters = {}
        self.keep = []      # the anonymous names met, so that their ids stay theirs

    def get(self, anon):
        name = self.names.get(id(anon))
        if name is None:
            n = self.counters.get(anon.base, 0) + 1
            self.counters[anon.base] = n
            name = "%s_%d" % (anon.base, n)
            self.names[id(anon)] = name
            self.keep.append(anon)
        return name


class SQLCompiler:
    def __init__(self, dialect, statement, literal_binds=False, for_executemany=False,
                 column_keys=None, render_postcompile=False, **kw):
        self.dialect = dialect
        self.preparer = dialect.identifier_preparer
        self.statement = statement
        self.literal_binds = literal_binds
        self.for_executemany = for_executemany
        self.column_keys = column_keys
        self.render_postcompile = render_postcompile
        self.anon = _AnonMap()
        self.binds = []          # [(name, bindparam)]
        self.bind_by_name = {}
        self.result_columns = []
        self.stack = []
        self.ctes = []
        self.cte_names = {}
        self.kind = "select"
        self.returning = []
        self.implicit_returning = []
        self.crud_defaults = {}
        self.include_table = True
        self.expanding_ops = {}

    # -- entry --

    def compile(self, **kw):
        text = self.process(self.statement, toplevel=True, **kw)
        if self.ctes:
            text = self._render_ctes() + text
        text = self._finish_binds(text)
        compiled = Compiled(self.dialect, self.statement, text, self.binds, self.result_columns,
                            self.kind, self.returning, self.implicit_returning,
                            self.for_executemany)
        compiled._crud_defaults = self.crud_defaults
        compiled._returning_text = getattr(self, "returning_text", "")
        compiled._sentinel_text = getattr(self, "sentinel_text", None)
        compiled._insert_meta = [self._insert_meta_entry(c, r)
                                 for c, r in getattr(self, "insert_meta", [])]
        compiled._expanding_ops = self.expanding_ops
        compiled._anon_keep = self.anon
        return compiled

    def process(self, element, **kw):
        if hasattr(element, "__clause_element__") and not isinstance(element, E.ClauseElement):
            element = element.__clause_element__()
        visit = getattr(self, "visit_" + element.__visit_name__, None)
        if visit is None:
            raise exc.UnsupportedCompilationError(
                "Compiler %r can't render element of type %s" % (self, type(element)))
        return visit(element, **kw)

    def _finish_binds(self, text):
        # Bind markers are \x00<index>\x00; put in the dialect's own spelling.
        if _BIND_TOKEN not in text:
            return text
        parts = text.split(_BIND_TOKEN)
        out = [parts[0]]
        numbers = {}
        style = self.dialect.paramstyle
        for i in range(1, len(parts), 2):
            name, bp, cast = self._bind_slots[int(parts[i])]
            if bp.expanding or (bp.literal_execute and not self.literal_binds):
                rendered = "__[POSTCOMPILE_%s]" % name
            elif style == "numeric_dollar":
                if name not in numbers:
                    numbers[name] = len(numbers) + 1
                rendered = "$%d" % numbers[name]
            elif style == "pyformat":
                rendered = "%%(%s)s" % name
            else:
                rendered = ":" + name
            if cast and not bp.expanding:
                rendered = rendered + "::" + cast
            out.append(rendered)
            out.append(parts[i + 1])
        if style == "numeric_dollar":
            order = sorted(numbers, key=numbers.get)
            ordered = [(n, self.bind_by_name[n]) for n in order]
            rest = [(n, b) for n, b in self.binds if n not in numbers]
            self.binds = ordered + rest
        return "".join(out)

    # -- binds --

    def _bind_name(self, bp):
        key = bp.key
        if isinstance(key, E._anon_name):
            return self.anon.get(key)
        return key

    def visit_bindparam(self, bp, literal_binds=False, within_columns_clause=False,
                        skip_bind_expression=False, **kw):
        if literal_binds or self.literal_binds:
            if bp.expanding:
                return "(%s)" % ", ".join(self.render_literal_value(v, bp.type)
                                          for v in (bp.effective_value or []))
            return self.render_literal_value(bp.effective_value, bp.type)
        name = self._bind_name(bp)
        existing = self.bind_by_name.get(name)
        if existing is None:
            self.bind_by_name[name] = bp
            self.binds.append((name, bp))
        elif existing is not bp:
            if existing.expanding != bp.expanding:
                raise exc.CompileError(
                    "Can't reuse bound parameter name '%s' in both 'expanding' (e.g. within "
                    "an IN expression) and non-expanding contexts.  If this parameter is to "
                    "receive a list/array value, set 'expanding=True' on it for expressions "
                    "that aren't IN, otherwise use a different parameter name." % name)
            if (existing.unique or bp.unique) and not isinstance(bp.key, str):
                raise exc.CompileError(
                    "Bind parameter '%s' conflicts with unique bind parameter of the same name"
                    % name)
            if bp._is_crud or existing._is_crud:
                raise exc.CompileError(
                    "bindparam() name '%s' is reserved for automatic usage in the VALUES or "
                    "SET clause of this insert/update statement.   Please use a name other "
                    "than column name when using bindparam() with insert() or update() (for "
                    "example, 'b_%s')." % (bp.key, bp.key))
        return self._bind_marker(name, bp)

    def _bind_marker(self, name, bp):
        cast = None
        if self.dialect.render_bind_cast and bp.type.render_bind_cast:
            cast = self._bind_cast_type(bp.type)
        slots = self.__dict__.setdefault("_bind_slots", [])
        slots.append((name, bp, cast))
        text = "%s%d%s" % (_BIND_TOKEN, len(slots) - 1, _BIND_TOKEN)
        if bp.expanding:
            return "(" + text + ")"
        return text

    def _insert_meta_entry(self, col, rendered):
        """(column, bind name or None, text, cast) for one value of a single-row INSERT."""
        if rendered.startswith(_BIND_TOKEN) and rendered.endswith(_BIND_TOKEN) and \
                rendered.count(_BIND_TOKEN) == 2:
            name, bp, cast = self._bind_slots[int(rendered.strip(_BIND_TOKEN))]
            if not cast and self.dialect.render_bind_cast and col.type.render_bind_cast:
                cast = self._bind_cast_type(col.type)
            return (col, name, None, cast)
        cast = self._bind_cast_type(col.type) if (self.dialect.render_bind_cast and
                                                  col.type.render_bind_cast) else None
        return (col, None, self._finish_binds(rendered), cast)

    def _bind_cast_type(self, type_):
        if isinstance(type_, sqltypes.TypeDecorator):
            type_ = type_.impl
        if type_._type_affinity is sqltypes.String and not isinstance(type_, sqltypes.Enum):
            type_ = sqltypes.STRINGTYPE
        return self.dialect.type_compiler.process(type_)

    def render_literal_value(self, value, type_):
        if value is None:
            return "NULL"
        if isinstance(type_, sqltypes.TypeDecorator):
            value = type_.process_bind_param(value, self.dialect)
            type_ = type_.impl
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, (int, float, _decimal.Decimal)):
            if isinstance(type_, sqltypes.String):
                return "'%s'" % value
            return str(value) if not isinstance(value, float) else repr(value)
        if isinstance(value, str):
            value = value.replace("'", "''")
            if self.dialect.name == "postgresql" and "\\" in value:
                value = value.replace("\\", "\\\\")
            return "'%s'" % value
        if isinstance(value, _dt.datetime):
            return "'%s'" % value.isoformat(" ")
        if isinstance(value, (_dt.date, _dt.time)):
            return "'%s'" % value.isoformat()
        if isinstance(value, (list, tuple)):
            return "ARRAY[%s]" % ", ".join(self.render_literal_value(v, sqltypes.NULLTYPE)
                                           for v in value)
        if isinstance(type_, sqltypes.JSON):
            import json
            return "'%s'" % json.dumps(value).replace("'", "''")
        raise exc.CompileError(
            "No literal value renderer is available for literal value \"%r\" with datatype %s"
            % (value, type_))

    # -- simple elements --

    def visit_textclause(self, tc, **kw):
        text = tc.text
        binds = tc._bindparams
        out = []
        i = 0
        n = len(text)
        while i < n:
            ch = text[i]
            if ch == "\\" and i + 1 < n and text[i + 1] == ":":
                out.append(":")
                i += 2
                continue
            if ch == ":":
                if i + 1 < n and text[i + 1] == ":":
                    out.append("::")
                    i += 2
                    continue
                prev = text[i - 1] if i > 0 else ""
                if i + 1 < n and (text[i + 1].isalnum() or text[i + 1] == "_") and \
                        not (prev.isalnum() or prev == "_" or prev == ":"):
                    j = i + 1
                    while j < n and (text[j].isalnum() or text[j] == "_"):
                        j += 1
                    name = text[i + 1:j]
                    bp = binds.get(name)
                    if bp is None:
                        bp = E.BindParameter(name, required=True)
                    out.append(self.process(bp, **kw))
                    i = j
                    continue
            if ch == "%" and self.dialect.paramstyle == "pyformat":
                out.append("%%")
                i += 1
                continue
            out.append(ch)
            i += 1
        result = "".join(out)
        if kw.get("toplevel"):
            self.kind = "text"
        return result

    def visit_null(self, e, **kw):
        return "NULL"

    def visit_true(self, e, **kw):
        return "true" if self.dialect.supports_native_boolean else "1"

    def visit_false(self, e, **kw):
        return "false" if self.dialect.supports_native_boolean else "0"

    def visit_column(self, col, include_table=True, add_to_result_map=None, **kw):
        name = col.name
        if isinstance(name, E._anon_name):
            name = self.anon.get(name)
        if col.is_literal:
            text = name
        else:
            text = self.preparer.quote(name)
        table = col.table
        if table is None or not include_table or not self.include_table or \
                not getattr(table, "named_with_column", False):
            return text
        tname = self._from_name(table)
        if tname is None:
            return text
        return tname + "." + text

    def _from_name(self, table):
        if isinstance(table, S.TableClause):
            name = self.preparer.quote(table.name)
            if getattr(table, "schema", None):
                name = self.preparer.quote(table.schema) + "." + name
            return name
        name = getattr(table, "name", None)
        if isinstance(name, E._anon_name):
            return self._alias_name(table)
        if name is None:
            return None
        return self.preparer.quote(name)

    def _alias_name(self, alias):
        name = alias.name
        if isinstance(name, E._anon_name):
            if name.base == "anon" and isinstance(alias, S.Alias) and \
                    isinstance(alias.element, S.TableClause):
                name.base = alias.element.name
            return self.anon.get(name)
        return self.preparer.quote(name)

    def visit_grouping(self, g, **kw):
        inner = g.element
        if isinstance(inner, S.ScalarSelect):
            inner = inner.element
        if isinstance(g, S.ScalarSelect):
            inner = g.element
        return "(" + self.process(inner, **_nested(kw)) + ")"

    def visit_select_statement_grouping(self, g, **kw):
        return "(" + self.process(g.element, **_nested(kw)) + ")"

    def visit_label(self, label, within_columns_clause=False, render_label_as_label=None,
                    within_label_clause=False, **kw):
        name = label.name
        if isinstance(name, E._anon_name):
            name = self.anon.get(name)
        if within_columns_clause and not within_label_clause:
            inner = self.process(label.element, within_columns_clause=True,
                                 within_label_clause=True, **kw)
            return inner + " AS " + self._label_quote(name)
        if render_label_as_label is label:
            return self._label_quote(name)
        return self.process(label.element, within_columns_clause=False, **kw)

    def _label_quote(self, name):
        return self.preparer.quote(name)

    def visit_textual_label_reference(self, ref, **kw):
        labels = kw.get("_label_names") or {}
        cols = kw.get("_column_keys") or {}
        name = ref.element
        if name in labels:
            return self._label_quote(name)
        if name in cols and isinstance(cols[name], E.Label):
            return self._label_quote(name)
        if name in cols:
            return self.process(cols[name], **_plain(kw))
        raise exc.CompileError(
            "Can't resolve label reference for ORDER BY / GROUP BY / DISTINCT etc. Textual "
            "SQL expression %r should be explicitly declared as text(%r)" % (name, name))

    def visit_clauselist(self, cl, **kw):
        sep = OPERATORS.get(cl.operator, " ") if cl.operator is not None else " "
        return sep.join(s for s in (self.process(c, **kw) for c in cl.clauses) if s)

    def visit_expression_clauselist(self, cl, **kw):
        sep = OPERATORS[cl.operator]
        return sep.join(s for s in (self.process(c, **kw) for c in cl.clauses) if s)

    def visit_tuple(self, t, **kw):
        return "(" + ", ".join(self.process(c, **kw) for c in t.clauses) + ")"

    def visit_case(self, case, **kw):
        text = "CASE "
        if case.value is not None:
            text += self.process(case.value, **kw) + " "
        for cond, result in case.whens:
            text += "WHEN " + self.process(cond, **kw) + " THEN " + \
                self.process(result, **kw) + " "
        if case.else_ is not None:
            text += "ELSE " + self.process(case.else_, **kw) + " "
        return text + "END"

    def visit_cast(self, cast, **kw):
        plain = getattr(cast, "_json_plain", None)
        if plain is not None and self.dialect.name != "postgresql":
            return self.process(plain, **kw)
        inner = self.process(cast.clause, **_plain(kw))
        return "CAST(%s AS %s)" % (inner, self.dialect.type_compiler.process(cast.type))

    def visit_type_coerce(self, tc, **kw):
        return self.process(tc.clause, **kw)

    def visit_typeclause(self, tc, **kw):
        return self.dialect.type_compiler.process(tc.type)

    def visit_extract(self, ext, **kw):
        return "EXTRACT(%s FROM %s)" % (ext.field, self.process(ext.expr, **_plain(kw)))

    def visit_collation(self, c, **kw):
        return c.collation

    def visit_over(self, over, **kw):
        parts = []
        if over.partition_by:
            parts.append("PARTITION BY " + ", ".join(self.process(p, **_plain(kw))
                                                     for p in over.partition_by))
        if over.order_by:
            parts.append("ORDER BY " + ", ".join(self.process(p, **_plain(kw))
                                                 for p in over.order_by))
        for kind, spec in (("RANGE", over.range_), ("ROWS", over.rows)):
            if spec is not None:
                parts.append(kind + " BETWEEN " + _frame(spec[0], True) + " AND " +
                             _frame(spec[1], False))
        return "%s OVER (%s)" % (self.process(over.element, **_plain(kw)), " ".join(parts))

    def visit_funcfilter(self, ff, **kw):
        return "%s FILTER (WHERE %s)" % (self.process(ff.func, **_plain(kw)),
                                         self.process(ff.criterion, **_plain(kw)))

    def visit_withingroup(self, wg, **kw):
        return "%s WITHIN GROUP (ORDER BY %s)" % (
            self.process(wg.element, **_plain(kw)),
            ", ".join(self.process(o, **_plain(kw)) for o in wg.order_by))

    def visit_function(self, fn, **kw):
        kw = _plain(kw)
        name = fn.name
        if getattr(fn, "_ansi", False) and not fn._has_args:
            return name.upper()
        if self.preparer._requires_quotes(name) and name.lower() != name:
            name = self.preparer.quote(name)
        if fn.packagenames:
            name = ".".join(list(fn.packagenames) + [name])
        return name + self.process(fn.clause_expr, **kw)

    def visit_next_value(self, nv, **kw):
        return "nextval('%s')" % nv.sequence.name

    def visit_slice(self, s, **kw):
        return "%s:%s" % (self.process(s.start, **kw), self.process(s.stop, **kw))

    # -- operators --

    def visit_unary(self, u, **kw):
        if u.operator is operators.is_true or u.operator is operators.is_false:
            inner = self.process(u.element, **kw)
            if u.operator is operators.is_true:
                return inner
            return "NOT " + inner
        if u.operator is not None:
            if u.operator in (operators.any_op, operators.all_op):
                return OPERATORS[u.operator] + self.process(u.element, **kw)
            return OPERATORS[u.operator] + self.process(u.element, **kw)
        text = self.process(u.element, **kw)
        if u.modifier is not None:
            text += OPERATORS[u.modifier]
        return text

    def visit_exists_unary(self, e, **kw):
        return "EXISTS " + self.process(e.element, **kw)

    def visit_binary(self, b, **kw):
        kw = _plain(kw)
        op = b.operator
        special = getattr(self, "_binary_" + op.__name__, None)
        if special is not None:
            return special(b, **kw)
        if isinstance(op, operators.custom_op):
            inner = dict(kw, _in_op=True)
            return self.process(b.left, **inner) + " " + op.opstring + " " + \
                self.process(b.right, **inner)
        text = OPERATORS.get(op)
        if text is None:
            raise exc.UnsupportedCompilationError(
                "Compiler can't render operator %r" % (op,))
        inner = dict(kw, _in_op=True)
        return self.process(b.left, **inner) + text + self.process(b.right, **inner)

    def _escape(self, b):
        esc = b.modifiers.get("escape")
        if esc is None:
            return ""
        return " ESCAPE " + self.render_literal_value(esc, sqltypes.STRINGTYPE)

    def _binary_like_op(self, b, **kw):
        return "%s LIKE %s%s" % (self.process(b.left, **kw), self.process(b.right, **kw),
                                 self._escape(b))

    def _binary_not_like_op(self, b, **kw):
        return "%s NOT LIKE %s%s" % (self.process(b.left, **kw), self.process(b.right, **kw),
                                     self._escape(b))

    def _binary_ilike_op(self, b, **kw):
        if self.dialect.native_ilike:
            return "%s ILIKE %s%s" % (self.process(b.left, **kw), self.process(b.right, **kw),
                                      self._escape(b))
        return "lower(%s) LIKE lower(%s)%s" % (self.process(b.left, **kw),
                                               self.process(b.right, **kw), self._escape(b))

    def _binary_not_ilike_op(self, b, **kw):
        if self.dialect.native_ilike:
            return "%s NOT ILIKE %s%s" % (self.process(b.left, **kw),
                                          self.process(b.right, **kw), self._escape(b))
        return "lower(%s) NOT LIKE lower(%s)%s" % (self.process(b.left, **kw),
                                                   self.process(b.right, **kw), self._escape(b))

    def _like_pattern(self, b, before, after, kw):
        right = self.process(b.right, **kw)
        parts = []
        if before:
            parts.append("'%'")
        parts.append(right)
        if after:
            parts.append("'%'")
        return " || ".join(parts)

    def _binary_startswith_op(self, b, **kw):
        return "%s LIKE %s%s" % (self.process(b.left, **kw),
                                 self._like_pattern(b, False, True, kw), self._escape(b))

    def _binary_not_startswith_op(self, b, **kw):
        return "%s NOT LIKE %s%s" % (self.process(b.left, **kw),
                                     self._like_pattern(b, False, True, kw), self._escape(b))

    def _binary_endswith_op(self, b, **kw):
        return "%s LIKE %s%s" % (self.process(b.left, **kw),
                                 self._like_pattern(b, True, False, kw), self._escape(b))

    def _binary_not_endswith_op(self, b, **kw):
        return "%s NOT LIKE %s%s" % (self.process(b.left, **kw),
                                     self._like_pattern(b, True, False, kw), self._escape(b))

    def _binary_contains_op(self, b, **kw):
        return "%s LIKE %s%s" % (self.process(b.left, **kw),
                                 self._like_pattern(b, True, True, kw), self._escape(b))

    def _binary_not_contains_op(self, b, **kw):
        return "%s NOT LIKE %s%s" % (self.process(b.left, **kw),
                                     self._like_pattern(b, True, True, kw), self._escape(b))

    def _ilike_wrap(self, b, before, after, kw, negate=False):
        if self.dialect.native_ilike:
            return "%s %sILIKE %s%s" % (self.process(b.left, **kw), "NOT " if negate else "",
                                        self._like_pattern(b, before, after, kw), self._escape(b))
        right = self.process(b.right, **kw)
        parts = (["'%'"] if before else []) + ["lower(%s)" % right] + (["'%'"] if after else [])
        return "lower(%s) %sLIKE %s%s" % (self.process(b.left, **kw), "NOT " if negate else "",
                                          " || ".join(parts), self._escape(b))

    def _binary_istartswith_op(self, b, **kw):
        return self._ilike_wrap(b, False, True, kw)

    def _binary_iendswith_op(self, b, **kw):
        return self._ilike_wrap(b, True, False, kw)

    def _binary_icontains_op(self, b, **kw):
        return self._ilike_wrap(b, True, True, kw)

    def _binary_not_icontains_op(self, b, **kw):
        return self._ilike_wrap(b, True, True, kw, negate=True)

    def _binary_not_in_op(self, b, **kw):
        if isinstance(b.right, E.BindParameter) and b.right.expanding:
            self.expanding_ops[self._bind_name(b.right)] = "notin"
        return "(%s NOT IN %s)" % (self.process(b.left, **kw), self.process(b.right, **kw))

    def _binary_between_op(self, b, **kw):
        sym = " SYMMETRIC" if b.modifiers.get("symmetric") else ""
        return "%s BETWEEN%s %s" % (self.process(b.left, **kw), sym, self.process(b.right, **kw))

    def _binary_not_between_op(self, b, **kw):
        sym = " SYMMETRIC" if b.modifiers.get("symmetric") else ""
        return "%s NOT BETWEEN%s %s" % (self.process(b.left, **kw), sym,
                                        self.process(b.right, **kw))

    def _json_operands(self, b, kw):
        inner = dict(kw, _in_op=True)
        return self.process(b.left, **inner), self.process(b.right, **inner)

    def _binary_json_getitem_op(self, b, _in_op=False, **kw):
        left, right = self._json_operands(b, kw)
        astext = b.modifiers.get("astext")
        if self.dialect.name != "postgresql" and not astext:
            return "%s[%s]" % (left, right)
        if not astext and getattr(b.left.type, "__visit_name__", None) == "JSONB":
            return "%s[%s]" % (left, right)
        text = "%s %s %s" % (left, "->>" if astext else "->", right)
        return "(%s)" % text if _in_op else text

    def _binary_json_path_getitem_op(self, b, _in_op=False, **kw):
        left, right = self._json_operands(b, kw)
        if self.dialect.name != "postgresql":
            return "%s[%s]" % (left, right)
        text = "%s %s %s" % (left, "#>>" if b.modifiers.get("astext") else "#>", right)
        return "(%s)" % text if _in_op else text

    def _binary_getitem(self, b, **kw):
        return "%s[%s]" % (self.process(b.left, **kw), self.process(b.right, **kw))

    def _binary_regexp_match_op(self, b, **kw):
        if self.dialect.name == "postgresql":
            flags = b.modifiers.get("flags")
            op = " ~* " if flags and "i" in flags else " ~ "
            return self.process(b.left, **kw) + op + self.process(b.right, **kw)
        return "%s <regexp> %s" % (self.process(b.left, **kw), self.process(b.right, **kw))

    def _binary_not_regexp_match_op(self, b, **kw):
        return self.process(b.left, **kw) + " !~ " + self.process(b.right, **kw)

    def _binary_match_op(self, b, **kw):
        if self.dialect.name == "postgresql":
            return "%s @@ plainto_tsquery(%s)" % (self.process(b.left, **kw),
                                                  self.process(b.right, **kw))
        return "%s MATCH %s" % (self.process(b.left, **kw), self.process(b.right, **kw))

    def _binary_mod(self, b, **kw):
        op = " %% " if self.dialect.paramstyle == "pyformat" else " % "
        return self.process(b.left, **kw) + op + self.process(b.right, **kw)

    def _binary_truediv(self, b, **kw):
        if b.left.type._type_affinity is sqltypes.Integer and \
                b.right.type._type_affinity is sqltypes.Integer and \
                self.dialect.name != "default":
            return "%s / CAST(%s AS NUMERIC)" % (self.process(b.left, **kw),
                                                 self.process(b.right, **kw))
        return self.process(b.left, **kw) + " / " + self.process(b.right, **kw)

    def _binary_floordiv(self, b, **kw):
        if b.left.type._type_affinity is sqltypes.Integer and \
                b.right.type._type_affinity is sqltypes.Integer:
            return self.process(b.left, **kw) + " / " + self.process(b.right, **kw)
        return "FLOOR(%s / %s)" % (self.process(b.left, **kw), self.process(b.right, **kw))

    def visit_empty_set_expr(self, *a, **kw):
        return ""

    # -- FROM clauses --

    def visit_table(self, table, asfrom=False, **kw):
        if asfrom or kw.get("ashint"):
            return self.preparer.format_table(table)
        return ""

    def visit_alias(self, alias, asfrom=False, **kw):
        if kw.get("toplevel") and not asfrom:
            return self.process(alias.element, asfrom=True, **_strip(kw))
        name = self._alias_name(alias)
        if asfrom:
            inner = self.process(alias.element, asfrom=True, **_nested(kw))
            return inner + " AS " + name
        return name

    def visit_subquery(self, sq, asfrom=False, **kw):
        if kw.get("toplevel") and not asfrom:
            return self.process(sq.element, **kw)
        name = self._alias_name(sq)
        if asfrom:
            inner = self.process(sq.element, asfrom_subquery=True, **_nested(kw))
            return "(" + inner + ") AS " + name
        return name

    def visit_cte(self, cte, asfrom=False, **kw):
        name = self._alias_name(cte)
        if id(cte) not in self.cte_names:
            self.cte_names[id(cte)] = name
            inner = self.process(cte.element, asfrom_subquery=True, **_nested(kw))
            self.ctes.append((cte, name, inner))
        return name

    def _render_ctes(self):
        recursive = any(c.recursive for c, _, _ in self.ctes)
        parts = []
        for cte, name, inner in self.ctes:
            cols = ""
            if cte.recursive:
                cols = "(%s)" % ", ".join(self.preparer.quote(k) for k, _ in
                                          cte.element._exported_columns())
            parts.append("%s%s AS \n(%s)" % (name, cols, inner))
        return ("WITH RECURSIVE " if recursive else "WITH ") + ", \n".join(parts) + "\n "

    def visit_join(self, join, asfrom=False, **kw):
        if join.full:
            jtype = " FULL OUTER JOIN "
        elif join.isouter:
            jtype = " LEFT OUTER JOIN "
        else:
            jtype = " JOIN "
        return (self.process(join.left, asfrom=True, **kw) + jtype +
                self.process(join.right, asfrom=True, **kw) + " ON " +
                self.process(join.onclause, **_plain(kw)))

    def visit_values(self, v, asfrom=False, **kw):
        rows = []
        for chunk in v._data:
            for row in chunk:
                rows.append("(%s)" % ", ".join(
                    self.render_literal_value(val, c.type) if v.literal_binds else
                    self.process(E.BindParameter(None, val, type_=c.type, unique=True))
                    for val, c in zip(row, v._column_args)))
        text = "(VALUES %s)" % ", ".join(rows)
        if v.name:
            text += " AS %s (%s)" % (self.preparer.quote(v.name),
                                     ", ".join(self.preparer.quote(c.name) for c in v._column_args))
        return text

    # -- SELECT --

    def visit_compound_select(self, cs, asfrom=False, toplevel=False, **kw):
        kw = _nested(kw)
        parts = []
        for i, s in enumerate(cs.selects):
            parts.append(self.process(s, compound_index=i, toplevel=toplevel and i == 0,
                                      asfrom_subquery=kw.get("asfrom_subquery", False), **_strip(kw)))
        text = (" " + cs.keyword + " ").join(parts)
        labels, keys = self._label_maps(cs.selects[0]) if cs.selects else ({}, {})
        # ORDER BY "name" on a compound names the column, without its table.
        labels = dict(labels)
        for k in keys:
            labels.setdefault(k, None)
        keys = {}
        if cs._group_by_clauses:
            text += " GROUP BY " + ", ".join(self.process(g, **kw) for g in cs._group_by_clauses)
        if cs._order_by_clauses:
            text += " ORDER BY " + ", ".join(
                self.process(o, _label_names=labels, _column_keys=keys, **_strip(kw))
                for o in cs._order_by_clauses)
        text += self._limit_clause(cs, **kw)
        if toplevel:
            self.kind = "select"
        return text

    def _label_maps(self, select):
        cols = getattr(select, "_compiled_labels", None)
        return cols or ({}, {})

    def visit_select(self, select, asfrom=False, toplevel=False, compound_index=None,
                     asfrom_subquery=False, **kw):
        kw = _strip(kw)
        select = self._orm_hook(select)
        enclosing = self.stack[-1]["froms"] if self.stack else []
        correlate = not asfrom and not asfrom_subquery and bool(self.stack)
        froms = _select_froms(select, enclosing if correlate else (),
                              explicit=select._correlate if self.stack else ())
        all_enclosing = list(enclosing) + [f for f in froms if f not in enclosing]
        self.stack.append({"froms": all_enclosing, "select": select})

        text = "SELECT "
        if select._prefixes:
            text += " ".join(self.process(p) if not isinstance(p, str) else p
                             for p in select._prefixes) + " "
        if select._distinct_on:
            text += "DISTINCT ON (" + ", ".join(self.process(c, **kw) for c in select._distinct_on) + ") "
        elif select._distinct:
            text += "DISTINCT "

        label_all = asfrom or asfrom_subquery
        columns, labels, keys = self._columns_clause(select, toplevel and compound_index in (None, 0),
                                                     label_all, kw)
        select._compiled_labels = (labels, keys)
        text += ", ".join(columns)
        if not columns:
            text = text.rstrip()

        if froms:
            text += " \nFROM " + ", ".join(self.process(f, asfrom=True, **kw) for f in froms)
        where = E.BooleanClauseList._for_where(select._where_criteria) \
            if select._where_criteria else None
        if where is not None:
            t = self.process(where, **kw)
            if t:
                text += " \nWHERE " + t
        if select._group_by_clauses:
            text += " GROUP BY " + ", ".join(
                self.process(g, _label_names=labels, _column_keys=keys, **kw)
                for g in select._group_by_clauses)
        if select._having_criteria:
            having = E.BooleanClauseList._for_where(select._having_criteria)
            text += " \nHAVING " + self.process(having, **kw)
        if select._order_by_clauses:
            text += " ORDER BY " + ", ".join(
                self._order_by_item(o, labels, keys, kw) for o in select._order_by_clauses)
        text += self._limit_clause(select, **kw)
        if select._for_update_arg is not None:
            text += self._for_update(select._for_update_arg)
        if select._suffixes:
            text += " " + " ".join(p if isinstance(p, str) else self.process(p)
                                   for p in select._suffixes)
        self.stack.pop()
        if toplevel and compound_index is None:
            self.kind = "select"
        return text

    def _orm_hook(self, select):
        hook = getattr(select, "_sa_compile_hook", None)
        if hook is not None:
            return hook()
        return select

    def _order_by_item(self, o, labels, keys, kw):
        target = o
        label_target = None
        inner = o
        while isinstance(inner, E.UnaryExpression) and inner.modifier is not None:
            inner = inner.element
        if isinstance(inner, E.Label) and isinstance(inner.name, (str, E._anon_name)):
            name = inner.name if isinstance(inner.name, str) else None
            if (name is not None and name in labels and labels[name] is inner) or \
                    any(v is inner for v in labels.values()):
                label_target = inner
        return self.process(target, render_label_as_label=label_target, _label_names=labels,
                            _column_keys=keys, **kw)

    def _limit_clause(self, select, **kw):
        text = ""
        dialect = self.dialect
        if getattr(select, "_fetch_clause", None) is not None:
            if select._offset_clause is not None:
                text += "\n OFFSET %s ROWS" % self.process(select._offset_clause, **kw)
            opts = getattr(select, "_fetch_options", {})
            text += "\n FETCH FIRST %s%s ROWS %s" % (
                self.process(select._fetch_clause, **kw), " PERCENT" if opts.get("percent") else "",
                "WITH TIES" if opts.get("with_ties") else "ONLY")
            return text
        if select._limit_clause is not None:
            text += dialect.limit_space + "\n LIMIT " + self.process(select._limit_clause, **kw)
        if select._offset_clause is not None:
            if select._limit_clause is None:
                text += "\n LIMIT " + dialect.limit_all
            text += " OFFSET " + self.process(select._offset_clause, **kw)
        return text

    def _for_update(self, arg):
        text = " FOR SHARE" if arg["read"] else " FOR UPDATE"
        if self.dialect.name == "postgresql" and arg.get("key_share"):
            text = " FOR KEY SHARE" if arg["read"] else " FOR NO KEY UPDATE"
        if arg.get("of") is not None:
            of = arg["of"] if isinstance(arg["of"], (list, tuple)) else [arg["of"]]
            names = []
            for o in of:
                if hasattr(o, "__clause_element__"):
                    o = o.__clause_element__()
                t = o.table if isinstance(o, E.ColumnClause) else o
                if hasattr(t, "_sa_from_clause"):
                    t = t._sa_from_clause()
                names.append(self._from_name(t))
            text += " OF " + ", ".join(names)
        if arg.get("nowait"):
            text += " NOWAIT"
        if arg.get("skip_locked"):
            text += " SKIP LOCKED"
        return text

    def _columns_clause(self, select, toplevel, label_all, kw):
        columns = []
        labels = {}
        keys = {}
        used = {}
        for col in select._expanded_columns():
            rendered, key, name_obj = self._column_entry(col, label_all, used, kw)
            columns.append(rendered)
            if isinstance(col, E.Label):
                labels[key] = col
            elif key is not None and key not in keys:
                keys[key] = col
            if toplevel:
                textual = isinstance(col, E.TextClause) or (
                    isinstance(col, E.ColumnClause) and col.is_literal)
                self.result_columns.append(_ResultColumn(None if textual else key, key,
                                                         (col,), col.type))
        return columns, labels, keys

    def _column_entry(self, col, label_all, used, kw):
        ckw = dict(kw)
        ckw["within_columns_clause"] = True
        if isinstance(col, E.Label):
            name = col.name if isinstance(col.name, str) else self.anon.get(col.name)
            used[name] = col
            return self.process(col, **ckw), name, col
        if isinstance(col, E.TextClause) or (isinstance(col, E.ColumnClause) and col.is_literal):
            text = self.process(col, **_plain(ckw))
            return text, col.text if isinstance(col, E.TextClause) else col.name, None
        name = col._non_anon_label if hasattr(col, "_non_anon_label") else None
        if isinstance(col, E.ColumnClause) and not col.is_literal:
            name = col.name
        if name is None:
            # an anonymous label takes its number before the expression's parameters
            label = self.anon.get(E._anon_name(getattr(col, "_label_base", "anon") or "anon"))
            used[label] = col
            return self.process(col, **_plain(ckw)) + " AS " + label, label, None
        rendered = self.process(col, **_plain(ckw))
        if name is not None:
            if name in used:
                if used[name] is col:
                    label = self.anon.get(E._anon_name(name + "_"))
                else:
                    label = self.anon.get(E._anon_name(name))
                used[label] = col
                return rendered + " AS " + label, label, None
            used[name] = col
            if label_all or not isinstance(col, E.ColumnClause):
                return rendered + " AS " + self._label_quote(name), name, None
            return rendered, name, None
        label = self.anon.get(E._anon_name(getattr(col, "_label_base", "anon") or "anon"))
        used[label] = col
        return rendered + " AS " + label, label, None

    def visit_textual_select(self, ts, toplevel=False, **kw):
        text = self.process(ts.element, **kw)
        if toplevel:
            for c in ts.column_args:
                self.result_columns.append(_ResultColumn(c.key, c.key, (c,), c.type))
            self.kind = "select"
        return text

    # -- INSERT / UPDATE / DELETE --

    def _crud_bind(self, col, value, name=None, required=False):
        if isinstance(value, E.ClauseElement) or hasattr(value, "__clause_element__"):
            if hasattr(value, "__clause_element__"):
                value = value.__clause_element__()
            if isinstance(value, S.Select):
                value = value.scalar_subquery()
            return value, False
        bp = E.BindParameter(name or col.key, value, type_=col.type, required=required)
        bp._is_crud = True
        return bp, True

    def _stmt_values(self, stmt):
        """The statement's own values() as {column: value}, keyed by Column."""
        out = []
        table = stmt.table
        for key, value in (stmt._values or []):
            col = _resolve_dml_column(table, key)
            out.append((col, value))
        return out

    def visit_insert(self, stmt, toplevel=False, **kw):
        self.kind = "insert"
        table = stmt.table
        prep = self.preparer
        text = "INSERT INTO " + prep.format_table(table)
        if stmt.select is not None:
            names = [_resolve_dml_column(table, n) for n in stmt._select_names]
            text += " (%s) " % ", ".join(prep.quote(c.name) for c in names)
            text += self.process(stmt.select, **_nested(kw))
            text += self._returning(stmt, kw)
            return text
        if stmt._multi_values:
            rows = stmt._multi_values[0]
            first = {}
            for col_key, value in rows[0]:
                col = _resolve_dml_column(table, col_key)
                first[col] = value
            defaults = [c for c in table.columns if c not in first and
                        c.default is not None and not getattr(c.default, "is_sequence", False)]
            cols = [c for c in table.columns if c in first or c in defaults]
            text += " (%s)" % ", ".join(prep.quote(c.name) for c in cols)
            row_texts = []
            for i, row in enumerate(rows):
                values = {_resolve_dml_column(table, k): v for k, v in row}
                parts = []
                for c in cols:
                    if c in values:
                        v = values[c]
                        if isinstance(v, E.ClauseElement):
                            parts.append(self.process(v.self_group(), **kw))
                        else:
                            bp = E.BindParameter("%s_m%d" % (c.key, i), v, type_=c.type)
                            bp._is_crud = True
                            parts.append(self.process(bp, **kw))
                    else:
                        parts.append(self._default_render(c, c.key if i == 0 else "%s_m%d" % (c.key, i), kw))
                row_texts.append("(" + ", ".join(parts) + ")")
            text += " VALUES " + ", ".join(row_texts)
            text += self._returning(stmt, kw)
            return text

        given = self._stmt_values(stmt)
        given_cols = {c: v for c, v in given}
        param_keys = self.column_keys
        cols = []
        rendered = []
        for c in table.columns:
            if c in given_cols:
                value = given_cols[c]
                bind, is_bind = self._crud_bind(c, value)
                cols.append(c)
                rendered.append(self.process(bind.self_group() if not is_bind else bind, **kw))
            elif param_keys is not None and c.key in param_keys:
                bp = E.BindParameter(c.key, type_=c.type, required=True)
                bp._is_crud = True
                cols.append(c)
                rendered.append(self.process(bp, **kw))
            elif param_keys is None and not stmt._values:
                bp = E.BindParameter(c.key, type_=c.type, required=True)
                bp._is_crud = True
                cols.append(c)
                rendered.append(self.process(bp, **kw))
            elif c.default is not None and not getattr(c.default, "is_sequence", False):
                cols.append(c)
                rendered.append(self._default_render(c, c.key, kw))
            elif c.default is not None and getattr(c.default, "is_sequence", False) and \
                    c.primary_key:
                cols.append(c)
                rendered.append("nextval('%s')" % c.default.name)
        self._insert_implicit_returning(stmt, table, cols)
        self.insert_meta = list(zip(cols, rendered))
        if not cols:
            text += " DEFAULT VALUES"
        else:
            text += " (%s) VALUES (%s)" % (", ".join(prep.quote(c.name) for c in cols),
                                          ", ".join(rendered))
        if getattr(stmt, "_post_values_clause", None) is not None:
            clause = self.process(stmt._post_values_clause, **kw)
            if clause:
                text += " " + clause
        text += self._returning(stmt, kw)
        return text

    def _insert_implicit_returning(self, stmt, table, cols):
        if stmt._returning or self.for_executemany or not self.dialect.implicit_returning:
            if stmt._return_defaults and not self.for_executemany and not stmt._returning:
                pass
            else:
                return
        if not getattr(table, "implicit_returning", True):
            return
        if self.dialect.name == "default":
            return
        pks = [c for c in getattr(table, "primary_key", None) or []]
        auto = getattr(table, "_autoincrement_column", None)
        want = []
        for c in pks:
            if c in cols:
                continue
            if c is auto or c.server_default is not None or (
                    c.default is not None and getattr(c.default, "is_sequence", False)):
                want.append(c)
        extra = []
        if stmt._return_defaults:
            for c in (stmt._return_defaults_columns or []):
                if hasattr(c, "__clause_element__"):
                    c = c.__clause_element__()
                if c not in want:
                    extra.append(c)
        self.implicit_returning = want + extra

    def _default_render(self, c, name, kw):
        d = c.default
        if d.is_clause_element:
            return self.process(d.arg.self_group(), **kw)
        bp = E.BindParameter(name, type_=c.type)
        bp._is_crud = True
        bp.required = False
        self.crud_defaults[name] = d
        return self.process(bp, **kw)

    def _returning(self, stmt, kw):
        cols = stmt._expanded_returning() or list(self.implicit_returning)
        if not cols:
            return ""
        used = {}
        parts = []
        for c in cols:
            r, key, _ = self._column_entry(c, False, used, dict(kw, include_table=True))
            parts.append(r)
            self.result_columns.append(_ResultColumn(key, key, (c,), c.type))
        self.returning = cols
        if self.kind == "insert":
            # what an "insertmanyvalues" batch adds: the sentinel, the autoincrement key
            pk = list(getattr(stmt.table, "primary_key", None) or [])
            if pk:
                sentinel, _, _ = self._column_entry(pk[0], False, used,
                                                    dict(kw, include_table=True))
                self.sentinel_text = sentinel
        self.returning_text = " RETURNING " + ", ".join(parts)
        return self.returning_text

    def visit_update(self, stmt, toplevel=False, **kw):
        self.kind = "update"
        table = stmt.table
        prep = self.preparer
        text = "UPDATE " + prep.format_table(table)
        given = self._stmt_values(stmt)
        given_cols = {}
        for c, v in given:
            given_cols[c] = v
        param_keys = self.column_keys
        sets = []
        ordered = [c for c, _ in given] if getattr(stmt, "_ordered_values", None) else None
        self.stack.append({"froms": [table], "select": None})
        columns = ordered if ordered is not None else list(table.columns)
        for c in columns:
            if c in given_cols:
                value = given_cols[c]
                bind, is_bind = self._crud_bind(c, value)
                if is_bind:
                    sets.append(prep.quote(c.name) + "=" + self.process(bind, **kw))
                else:
                    sets.append(prep.quote(c.name) + "=" + self.process(bind.self_group(), **kw))
            elif param_keys is not None and c.key in param_keys:
                bp = E.BindParameter(c.key, type_=c.type, required=True)
                bp._is_crud = True
                sets.append(prep.quote(c.name) + "=" + self.process(bp, **kw))
            elif c.onupdate is not None:
                d = c.onupdate
                if d.is_clause_element:
                    sets.append(prep.quote(c.name) + "=" + self.process(d.arg.self_group(), **kw))
                else:
                    bp = E.BindParameter(c.key, type_=c.type)
                    bp._is_crud = True
                    self.crud_defaults[c.key] = d
                    sets.append(prep.quote(c.name) + "=" + self.process(bp, **kw))
        if param_keys is None and not given and not sets:
            for c in table.columns:
                bp = E.BindParameter(c.key, type_=c.type, required=True)
                bp._is_crud = True
                sets.append(prep.quote(c.name) + "=" + self.process(bp, **kw))
        text += " SET " + ", ".join(sets)
        extra_froms = self._dml_extra_froms(stmt, table)
        if extra_froms:
            text += " FROM " + ", ".join(self.process(f, asfrom=True, **kw) for f in extra_froms)
        if stmt._where_criteria:
            where = E.BooleanClauseList._for_where(stmt._where_criteria)
            text += " WHERE " + self.process(where, **kw)
        text += self._returning(stmt, kw)
        self.stack.pop()
        return text

    def _dml_extra_froms(self, stmt, table):
        out = []
        for crit in stmt._where_criteria:
            for f in _froms_of(crit):
                if f is not table and f not in out and not _covers(table, f):
                    out.append(f)
        return out

    def visit_delete(self, stmt, toplevel=False, **kw):
        self.kind = "delete"
        table = stmt.table
        text = "DELETE FROM " + self.preparer.format_table(table)
        self.stack.append({"froms": [table], "select": None})
        extra_froms = self._dml_extra_froms(stmt, table)
        if extra_froms:
            text += " USING " + ", ".join(self.process(f, asfrom=True, **kw) for f in extra_froms)
        if stmt._where_criteria:
            where = E.BooleanClauseList._for_where(stmt._where_criteria)
            text += " WHERE " + self.process(where, **kw)
        text += self._returning(stmt, kw)
        self.stack.pop()
        return text

    def visit_on_conflict_do_nothing(self, oc, **kw):
        target = self._conflict_target(oc, kw)
        return "ON CONFLICT %sDO NOTHING" % target

    def visit_on_conflict_do_update(self, oc, **kw):
        target = self._conflict_target(oc, kw)
        table = oc._table
        sets = []
        for key, value in oc.update_values_to_set:
            col = _resolve_dml_column(table, key)
            if isinstance(value, E.ClauseElement) or hasattr(value, "__clause_element__"):
                if hasattr(value, "__clause_element__"):
                    value = value.__clause_element__()
                rendered = self.process(value.self_group(), **kw)
            else:
                bp = E.BindParameter(None, value, type_=col.type, unique=True)
                rendered = self.process(bp, **kw)
            sets.append("%s = %s" % (self.preparer.quote(col.name), rendered))
        text = "ON CONFLICT %sDO UPDATE SET %s" % (target, ", ".join(sets))
        if oc.update_whereclause is not None:
            text += " WHERE %s" % self.process(oc.update_whereclause, include_table=True, **kw)
        return text

    def _conflict_target(self, oc, kw):
        if oc.constraint_target is not None:
            return "ON CONSTRAINT %s " % self.preparer.quote(oc.constraint_target)
        if oc.inferred_target_elements:
            text = "(%s) " % ", ".join(
                self.preparer.quote(c) if isinstance(c, str) else
                self.process(c, include_table=False, **kw) for c in oc.inferred_target_elements)
            if oc.inferred_target_whereclause is not None:
                text += "WHERE %s " % self.process(oc.inferred_target_whereclause,
                                                   include_table=False, **kw)
            return text
        return ""

    def visit_excluded_column(self, col, **kw):
        return "excluded." + self.preparer.quote(col.name)

    def visit_ddl(self, ddl, **kw):
        self.kind = "ddl"
        return ddl.statement


def _frame(value, lower):
    if value is None:
        return "UNBOUNDED PRECEDING" if lower else "UNBOUNDED FOLLOWING"
    if value == 0:
        return "CURRENT ROW"
    if value < 0:
        return "%d PRECEDING" % -value
    return "%d FOLLOWING" % value


def _plain(kw):
    """Keyword arguments for rendering below the columns clause."""
    if kw.get("within_columns_clause") or kw.get("render_label_as_label") is not None:
        kw = dict(kw)
        kw.pop("within_columns_clause", None)
        kw.pop("within_label_clause", None)
        kw.pop("render_label_as_label", None)
    return kw


def _strip(kw):
    kw = dict(kw)
    for k in ("within_columns_clause", "within_label_clause", "render_label_as_label",
              "_label_names", "_column_keys", "toplevel", "asfrom", "compound_index",
              "asfrom_subquery"):
        kw.pop(k, None)
    return kw


def _nested(kw):
    return _strip(kw)


def _resolve_dml_column(table, key):
    if hasattr(key, "__clause_element__"):
        key = key.__clause_element__()
    if isinstance(key, str):
        col = table.columns.get(key)
        if col is None:
            for c in table.columns:
                if c.name == key:
                    return c
            raise exc.CompileError("Unconsumed column names: %s" % key)
        return col
    if isinstance(key, E.ColumnClause):
        if key.table is table:
            return key
        col = table.corresponding_column(key) if hasattr(table, "corresponding_column") else None
        if col is not None:
            return col
        col = table.columns.get(key.key)
        if col is not None:
            return col
    raise exc.CompileError("Unconsumed column names: %s" % (key,))


def _froms_of(element):
    out = []
    for el in element._traverse():
        if isinstance(el, E.ColumnClause) and el.table is not None:
            if el.table not in out:
                out.append(el.table)
    return out


def _covers(table, f):
    return f is table


# -- which FROMs a SELECT shows ---------------------------------------------------------

def _select_froms(select, enclosing, explicit=()):
    candidates = []

    def add(f):
        for x in f._from_objects if not isinstance(f, S.FromClause) else [f]:
            if x not in candidates:
                candidates.append(x)

    joined = _apply_joins(select)
    eager = getattr(select, "_sa_eager_joins", None)
    for f in joined:
        add(f)
    for c in select._raw_columns:
        for f in _column_froms(c):
            if f not in candidates:
                candidates.append(f)
    for crit in select._where_criteria:
        for f in _column_froms(crit):
            if f not in candidates:
                candidates.append(f)
    hidden = []
    for f in candidates:
        for h in f._hide_froms:
            hidden.append(h)
    froms = [f for f in candidates if not any(f is h for h in hidden)]
    if eager:
        # joined eager loads: each onto the FROM holding its parent entity
        for alias, on, parent_sel, outer in eager:
            for i, f in enumerate(froms):
                if f is parent_sel or (isinstance(f, S.Join) and _in_join(f, parent_sel)):
                    froms[i] = S.Join(f, alias, on, isouter=outer)
                    break
    if select._correlate_except is not None and enclosing:
        keep = []
        for e in select._correlate_except:
            keep.extend(e._from_objects)
        froms = [f for f in froms if not (f in enclosing and f not in keep)] or froms
    elif explicit:
        exp = []
        for e in explicit:
            exp.extend(e._from_objects)
        froms = [f for f in froms if not (f in exp and f in enclosing)] or froms
    elif enclosing and select._auto_correlate and len(froms) > 1:
        kept = [f for f in froms if f not in enclosing]
        if not kept:
            raise exc.InvalidRequestError(
                "Select statement '%s' returned no FROM clauses due to auto-correlation; "
                "specify correlate(<tables>) to control correlation manually." % select)
        froms = kept
    return froms


def _column_froms(element):
    """The FROMs an expression brings to a SELECT: its columns' tables, but not those of
    SELECTs nested in it."""
    out = []
    stack = [element]
    while stack:
        el = stack.pop()
        if isinstance(el, (S.ScalarSelect, S.Select, S.Exists, S.SelectStatementGrouping,
                           S.CompoundSelect)):
            continue
        if isinstance(el, E.ColumnClause):
            if el.table is not None and el.table not in out:
                out.append(el.table)
            continue
        if hasattr(el, "_sa_expand_columns") and not isinstance(el, E.ColumnElement):
            for f in el._from_objects:
                if f not in out:
                    out.append(f)
            continue
        froms = getattr(el, "_sa_extra_froms", None)
        if froms:
            for f in froms:
                if f not in out:
                    out.append(f)
        stack.extend(reversed(list(el.get_children())))
    return out


def _apply_joins(select):
    """select_from() and join() as FROM clauses: each join joins onto the FROM it
    continues (the last join, or the FROM its left side is in)."""
    froms = list(select._from_obj)
    for target, onclause, left, isouter, full in select._setup_joins:
        right = _join_target(target)
        if onclause is not None and hasattr(onclause, "_sa_join_target"):
            right_, onclause = onclause._sa_join_target(right)
            right = right_ or right
        if left is not None:
            left_from = S._expect_from_or_entity(left)
            replaced = False
            for i, f in enumerate(froms):
                if f is left_from or (isinstance(f, S.Join) and _in_join(f, left_from)):
                    froms[i] = _make_join(f, right, onclause, isouter, full, target, left_from)
                    replaced = True
                    break
            if not replaced:
                froms.append(_make_join(left_from, right, onclause, isouter, full, target,
                                        left_from))
            continue
        if not froms:
            cols_froms = []
            for c in select._raw_columns:
                for f in _column_froms(c):
                    if f not in cols_froms:
                        cols_froms.append(f)
            for crit in select._where_criteria:
                for f in _column_froms(crit):
                    if f not in cols_froms:
                        cols_froms.append(f)
            cols_froms = [f for f in cols_froms if f is not right]
            left_from = _choose_left(cols_froms, right, onclause, target)
            if left_from is None:
                raise exc.InvalidRequestError(
                    "Don't know how to join to %r. Please use the .select_from() method to "
                    "establish an explicit left side, as well as providing an explicit ON "
                    "clause if not present already to help resolve the ambiguity." % (target,))
            froms.append(_make_join(left_from, right, onclause, isouter, full, target, left_from))
        else:
            idx = len(froms) - 1
            if len(froms) > 1:
                for i, f in enumerate(froms):
                    if _can_join(f, right, onclause, target):
                        idx = i
                        break
            froms[idx] = _make_join(froms[idx], right, onclause, isouter, full, target, froms[idx])
    return froms


def _in_join(j, f):
    if j is f:
        return True
    if isinstance(j, S.Join):
        return _in_join(j.left, f) or _in_join(j.right, f)
    return False


def _join_target(target):
    if hasattr(target, "_sa_join_target_info"):
        return target._sa_join_target_info()
    return S._expect_from_or_entity(target)


def _make_join(left, right, onclause, isouter, full, target, left_from):
    if onclause is None and hasattr(target, "_sa_relationship_onclause"):
        right, onclause = target._sa_relationship_onclause(left_from)
    if onclause is not None and hasattr(onclause, "_sa_relationship_onclause"):
        right_for, onclause = onclause._sa_relationship_onclause(left_from, right)
        right = right_for or right
    if isinstance(right, tuple):
        right = right[0]
    if hasattr(right, "secondary") and hasattr(right, "crit2"):
        # a many-to-many relationship: through its secondary table
        inner = S.Join(left, right.secondary, right.crit1, isouter, full)
        return S.Join(inner, right.target, right.crit2, isouter, full)
    return S.Join(left, right, onclause, isouter, full)


def _can_join(f, right, onclause, target):
    if onclause is not None:
        if hasattr(onclause, "_sa_relationship_onclause"):
            return True
        return any(x in _column_froms(onclause) for x in f._from_objects) if \
            not isinstance(onclause, str) else True
    if hasattr(target, "_sa_relationship_onclause"):
        return True
    try:
        S._join_condition(f, right if not isinstance(right, tuple) else right[0])
        return True
    except exc.ArgumentError:
        return False


def _choose_left(candidates, right, onclause, target):
    if not candidates:
        return None
    if onclause is not None and not hasattr(onclause, "_sa_relationship_onclause"):
        onfroms = _column_froms(onclause)
        for c in candidates:
            if c in onfroms:
                return c
        return candidates[0]
    if hasattr(onclause, "_sa_relationship_onclause") or hasattr(target, "_sa_relationship_onclause"):
        owner = getattr(onclause if onclause is not None else target, "_sa_parent_from", None)
        if owner is not None:
            for c in candidates:
                if c is owner or (isinstance(c, S.Join) and _in_join(c, owner)):
                    return c
        return candidates[0]
    for c in candidates:
        try:
            S._join_condition(c, right if not isinstance(right, tuple) else right[0])
            return c
        except exc.ArgumentError:
            continue
    return candidates[0]


def _column_keys(columns):
    """(key, column) for the columns a SELECT exports (`.selected_columns`, `.c`)."""
    out = []
    used = set()
    for c in columns:
        if isinstance(c, E.Label):
            key = c.name if isinstance(c.name, str) else None
        elif isinstance(c, E.ColumnClause):
            key = c.key
        else:
            key = getattr(c, "_non_anon_label", None) or getattr(c, "key", None)
        if key is None:
            key = getattr(c, "_label_base", None) or "anon"
            if not isinstance(key, str):
                key = "anon"
            base = key
            n = 1
            key = "%s_%d" % (base, n)
            while key in used:
                n += 1
                key = "%s_%d" % (base, n)
        if key in used:
            n = 1
            while "%s_%d" % (key, n) in used:
                n += 1
            key = "%s_%d" % (key, n)
        used.add(key)
        out.append((key, c))
    return out


# -- DDL -----------------------------------------------------------------------------

class DDLCompiler:
    def __init__(self, dialect, statement, **kw):
        self.dialect = dialect
        self.statement = statement
        self.preparer = dialect.identifier_preparer
        self.sql = SQLCompiler(dialect, None, literal_binds=True)

    def compile(self):
        text = self.process(self.statement)
        c = Compiled(self.dialect, self.statement, text, [], [], "ddl")
        return c

    def process(self, element):
        return getattr(self, "visit_" + element.__visit_name__)(element)

    def visit_ddl(self, ddl):
        return ddl.statement

    def visit_create_table(self, create):
        table = create.element
        text = "\nCREATE "
        if table._prefixes:
            text += " ".join(table._prefixes) + " "
        text += "TABLE "
        if create.if_not_exists:
            text += "IF NOT EXISTS "
        text += self.preparer.format_table(table) + " ("
        sep = "\n"
        for col in table.columns:
            spec = self.column_spec(col)
            if spec is None:
                continue
            text += sep + "\t" + spec
            sep = ", \n"
        consts = self.table_constraints(table)
        if consts:
            text += sep + "\t" + consts
        text += "\n)\n\n"
        return text

    def column_spec(self, column):
        if column.system:
            return None
        from sqlalchemy.schema import Sequence
        prep = self.preparer
        spec = prep.quote(column.name)
        impl = column.type
        if isinstance(impl, sqltypes.TypeDecorator):
            impl = impl.impl
        pg = self.dialect.name == "postgresql"
        is_serial = pg and column.primary_key and column is column.table._autoincrement_column \
            and column.identity is None and (
                column.default is None or (isinstance(column.default, Sequence)
                                           and column.default.optional))
        if is_serial:
            if isinstance(impl, sqltypes.BigInteger):
                spec += " BIGSERIAL"
            elif isinstance(impl, sqltypes.SmallInteger):
                spec += " SMALLSERIAL"
            else:
                spec += " SERIAL"
        else:
            spec += " " + self.dialect.type_compiler.process(column.type)
            default = self.default_string(column)
            if default is not None:
                spec += " DEFAULT " + default
        if column.computed is not None:
            spec += " GENERATED ALWAYS AS (%s)" % self.sql.process(column.computed.sqltext,
                                                                   include_table=False)
            if column.computed.persisted is not False and pg:
                spec += " STORED"
        if column.identity is not None:
            ident = column.identity
            spec += " GENERATED %s AS IDENTITY" % ("ALWAYS" if ident.always else "BY DEFAULT")
            opts = []
            if ident.start is not None:
                opts.append("START WITH %d" % ident.start)
            if ident.increment is not None:
                opts.append("INCREMENT BY %d" % ident.increment)
            if opts:
                spec += " (%s)" % " ".join(opts)
        if not column.nullable and column.identity is None:
            spec += " NOT NULL"
        for c in column.constraints:
            rendered = self.process_constraint(c)
            if rendered:
                spec += " " + rendered
        return spec

    def default_string(self, column):
        from sqlalchemy.schema import DefaultClause
        sd = column.server_default
        if isinstance(sd, DefaultClause):
            arg = sd.arg
            if isinstance(arg, str):
                return self.sql.render_literal_value(arg, sqltypes.STRINGTYPE)
            return self.sql.process(arg, literal_binds=True)
        return None

    def table_constraints(self, table):
        from sqlalchemy.schema import PrimaryKeyConstraint
        consts = []
        if table.primary_key:
            consts.append(table.primary_key)
        others = [c for c in table.constraints if c is not table.primary_key and
                  not isinstance(c, PrimaryKeyConstraint) and not c._column_level]
        others.sort(key=lambda c: c._creation_order)
        consts.extend(others)
        rendered = [self.process_constraint(c) for c in consts]
        return ", \n\t".join(r for r in rendered if r)

    def process_constraint(self, c):
        return getattr(self, "visit_" + c.__visit_name__)(c)

    def _preamble(self, c):
        if c.name is not None:
            return "CONSTRAINT %s " % self.preparer.quote(c.name)
        return ""

    def _deferrable(self, c):
        text = ""
        if c.deferrable is not None:
            text += " DEFERRABLE" if c.deferrable else " NOT DEFERRABLE"
        if c.initially is not None:
            text += " INITIALLY %s" % c.initially
        return text

    def visit_primary_key_constraint(self, c):
        if len(c) == 0:
            return ""
        cols = c.columns_autoinc_first if c._implicit_generated else list(c.columns)
        return self._preamble(c) + "PRIMARY KEY (%s)" % ", ".join(
            self.preparer.quote(col.name) for col in cols) + self._deferrable(c)

    def visit_unique_constraint(self, c):
        if len(c) == 0:
            return ""
        return self._preamble(c) + "UNIQUE (%s)" % ", ".join(
            self.preparer.quote(col.name) for col in c.columns) + self._deferrable(c)

    def visit_check_constraint(self, c):
        return self._preamble(c) + "CHECK (%s)" % self.sql.process(
            c.sqltext, include_table=False) + self._deferrable(c)

    def visit_foreign_key_constraint(self, c):
        elements = c.elements
        remote = elements[0].column.table
        text = self._preamble(c) + "FOREIGN KEY(%s) REFERENCES %s (%s)" % (
            ", ".join(self.preparer.quote(f.parent.name) for f in elements),
            self.preparer.format_table(remote),
            ", ".join(self.preparer.quote(f.column.name) for f in elements))
        if c.ondelete is not None:
            text += " ON DELETE %s" % c.ondelete
        if c.onupdate is not None:
            text += " ON UPDATE %s" % c.onupdate
        return text + self._deferrable(c)

    def visit_drop_table(self, drop):
        text = "\nDROP TABLE "
        if drop.if_exists:
            text += "IF EXISTS "
        return text + self.preparer.format_table(drop.element)

    def visit_create_index(self, create):
        index = create.element
        text = "CREATE "
        if index.unique:
            text += "UNIQUE "
        text += "INDEX "
        if create.if_not_exists:
            text += "IF NOT EXISTS "
        exprs = []
        for e in index.expressions:
            if isinstance(e, E.ColumnClause):
                exprs.append(self.sql.process(e, include_table=False))
            else:
                exprs.append(self.sql.process(e.self_group(), include_table=False))
        text += "%s ON %s (%s)" % (self.preparer.quote(index.name),
                                   self.preparer.format_table(index.table), ", ".join(exprs))
        return text

    def visit_drop_index(self, drop):
        text = "\nDROP INDEX "
        if drop.if_exists:
            text += "IF EXISTS "
        return text + self.preparer.quote(drop.element.name)

    def visit_create_schema(self, create):
        return "CREATE SCHEMA %s%s" % ("IF NOT EXISTS " if create.if_not_exists else "",
                                       self.preparer.quote(create.element))

    def visit_drop_schema(self, drop):
        return "DROP SCHEMA %s%s%s" % ("IF EXISTS " if drop.if_exists else "",
                                       self.preparer.quote(drop.element),
                                       " CASCADE" if drop.cascade else "")

    def visit_create_enum_type(self, create):
        t = create.element
        return "CREATE TYPE %s AS ENUM (%s)" % (
            self.preparer.quote(t.name),
            ", ".join(self.sql.render_literal_value(e, sqltypes.STRINGTYPE) for e in t.enums))

    def visit_drop_enum_type(self, drop):
        return "DROP TYPE %s" % self.preparer.quote(drop.element.name)


def compile_element(element, dialect, compile_kwargs=None, column_keys=None,
                    for_executemany=False, **kw):
    if getattr(element, "is_ddl", False):
        return DDLCompiler(dialect, element).compile()
    options = dict(compile_kwargs or {})
    literal_binds = options.pop("literal_binds", False)
    options.pop("render_postcompile", None)
    comp = SQLCompiler(dialect, element, literal_binds=literal_binds,
                       for_executemany=for_executemany, column_keys=column_keys)
    return comp.compile()
