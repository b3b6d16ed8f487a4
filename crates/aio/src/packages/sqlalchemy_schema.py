# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.schema` (sql/schema.py,
# sql/ddl.py): MetaData, Table, Column, ForeignKey, constraints, indexes, defaults, and the
# DDL elements `create_all`/`drop_all` emit. `create_all(conn)` on the connection that
# `AsyncConnection.run_sync` passes returns an awaitable, which run_sync awaits: our
# engine is async all the way down instead of running sync code in a greenlet.

import itertools

from sqlalchemy import exc
from sqlalchemy import types as sqltypes
from sqlalchemy.sql.elements import ClauseElement, ColumnClause, _coerce_clause, text
from sqlalchemy.sql.selectable import TableClause, ReadOnlyColumnCollection

_counter = itertools.count(1)

BLANK_SCHEMA = object()
RETAIN_SCHEMA = object()


class SchemaItem:
    def _set_parent(self, parent):
        pass


class MetaData(SchemaItem):
    def __init__(self, schema=None, quote_schema=None, naming_convention=None, info=None):
        self.tables = _FacadeDict()
        self.schema = schema
        self.naming_convention = naming_convention or {}
        self.info = info or {}
        self._fk_memos = {}

    def __repr__(self):
        return "MetaData()"

    def __contains__(self, table_or_key):
        if not isinstance(table_or_key, str):
            table_or_key = table_or_key.key
        return table_or_key in self.tables

    def _add_table(self, name, schema, table):
        key = name if schema is None else f"{schema}.{name}"
        dict.__setitem__(self.tables, key, table)

    def remove(self, table):
        dict.pop(self.tables, table.key, None)

    def clear(self):
        dict.clear(self.tables)

    @property
    def sorted_tables(self):
        return sort_tables(sorted(self.tables.values(), key=lambda t: t.key))

    def create_all(self, bind, tables=None, checkfirst=True):
        return bind._sa_run_ddl("create", self, tables, checkfirst)

    def drop_all(self, bind, tables=None, checkfirst=True):
        return bind._sa_run_ddl("drop", self, tables, checkfirst)

    def reflect(self, bind, schema=None, views=False, only=None, **kw):
        return bind._sa_reflect(self, only)


class _FacadeDict(dict):
    def __setitem__(self, key, value):
        raise TypeError("%s object is immutable" % type(self).__name__)

    def __repr__(self):
        return "FacadeDict(%s)" % dict.__repr__(self)


def sort_tables(tables, skip_fn=None, extra_dependencies=None):
    """Tables in dependency order (a table after those its foreign keys point to), ties
    in the order given, as SQLAlchemy's topological sort leaves them."""
    tables = list(tables)
    deps = {id(t): set() for t in tables}
    ids = {id(t) for t in tables}
    for t in tables:
        for fk in t.foreign_keys:
            target = fk._resolved_table()
            if target is not None and target is not t and id(target) in ids:
                deps[id(t)].add(id(target))
    out = []
    todo = list(tables)
    remaining = set(ids)
    while remaining:
        batch = [t for t in todo if not (deps[id(t)] & remaining)]
        if not batch:
            # A cycle: SQLAlchemy leaves the rest in order (with a warning).
            batch = todo
        for t in batch:
            remaining.discard(id(t))
        todo = [t for t in todo if id(t) in remaining]
        out.extend(batch)
    return out


class Table(TableClause, SchemaItem):
    __visit_name__ = "table"
    primary_key = None

    def __new__(cls, *args, **kw):
        if not args and not kw:
            return object.__new__(cls)
        name, metadata = args[0], args[1]
        schema = kw.get("schema", metadata.schema)
        key = name if schema is None else f"{schema}.{name}"
        existing = metadata.tables.get(key)
        if existing is not None:
            if not kw.get("extend_existing") and not kw.get("keep_existing") and len(args) > 2:
                raise exc.InvalidRequestError(
                    f"Table '{key}' is already defined for this MetaData instance.  Specify "
                    "'extend_existing=True' to redefine options and columns on an existing "
                    "Table object.")
            existing._pending_existing = True
            return existing
        return object.__new__(cls)

    def __init__(self, name, metadata, *args, schema=None, quote=None, info=None,
                 comment=None, extend_existing=False, keep_existing=False,
                 autoload_with=None, implicit_returning=True, prefixes=None, **kw):
        if getattr(self, "_pending_existing", False):
            self._pending_existing = False
            if extend_existing:
                for item in args:
                    self._add_item(item)
            return
        if schema is None:
            schema = metadata.schema
        TableClause.__init__(self, name, schema=schema)
        self.metadata = metadata
        self.key = name if schema is None else f"{schema}.{name}"
        self.constraints = []
        self.indexes = []
        self.info = info or {}
        self.comment = comment
        self.implicit_returning = implicit_returning
        self._prefixes = prefixes or []
        self._creation_order = next(_counter)
        self.primary_key = PrimaryKeyConstraint(_implicit_generated=True)
        self.primary_key._set_parent(self)
        metadata._add_table(name, schema, self)
        for item in args:
            self._add_item(item)
        self._autoload_with = autoload_with

    def _add_item(self, item):
        if isinstance(item, Column):
            self.append_column(item)
        elif isinstance(item, Constraint):
            self.append_constraint(item)
        elif isinstance(item, Index):
            item._set_parent(self)
        elif item is None:
            pass
        else:
            raise exc.ArgumentError(
                "'SchemaItem' object, such as a 'Column' or a 'Constraint' expected, got %r" % (item,))

    def append_column(self, column, replace_existing=False):
        if column.table is not None and column.table is not self:
            raise exc.ArgumentError(
                "Column object '%s' already assigned to Table '%s'" % (column.key, column.table.description))
        column._set_parent(self)

    def append_constraint(self, constraint):
        constraint._set_parent(self)

    @property
    def foreign_keys(self):
        out = []
        for c in self.columns:
            out.extend(c._fk_list)
        return out

    @property
    def foreign_key_constraints(self):
        return [c for c in self.constraints if isinstance(c, ForeignKeyConstraint)]

    @property
    def _autoincrement_column(self):
        pk = list(self.primary_key.columns)

        def fits(col, explicit):
            if col.type._type_affinity not in (sqltypes.Integer, sqltypes.Numeric):
                return False
            if not explicit:
                if not isinstance(col.default, (type(None), Sequence)):
                    return False
                if col.server_default is not None:
                    return False
                if col.foreign_keys and col.autoincrement != "ignore_fk":
                    return False
            return True

        for c in pk:
            if c.autoincrement is True and fits(c, True):
                return c
        if len(pk) == 1 and pk[0].autoincrement in ("auto", "ignore_fk") and fits(pk[0], False):
            return pk[0]
        return None

    def __repr__(self):
        parts = [repr(self.name), repr(self.metadata)] + [repr(c) for c in self.columns]
        parts.append("schema=%r" % self.schema)
        return "Table(%s)" % ", ".join(parts)

    def __str__(self):
        return self.fullname

    @property
    def description(self):
        return self.name

    def create(self, bind, checkfirst=False):
        return bind._sa_run_ddl("create", self.metadata, [self], checkfirst)

    def drop(self, bind, checkfirst=False):
        return bind._sa_run_ddl("drop", self.metadata, [self], checkfirst)

    def to_metadata(self, metadata, schema=RETAIN_SCHEMA, name=None):
        cols = [c._copy() for c in self.columns]
        return Table(name or self.name, metadata, *cols)

    def tometadata(self, metadata, **kw):
        return self.to_metadata(metadata, **kw)

    def _sa_dml_table(self):
        return self


class Column(ColumnClause, SchemaItem):
    __visit_name__ = "column"
    _is_table_column = True

    def __init__(self, *args, **kw):
        args = list(args)
        name = None
        type_ = None
        if args and isinstance(args[0], str):
            name = args.pop(0)
        if args:
            first = args[0]
            if first is None or isinstance(first, sqltypes.TypeEngine) or (
                    isinstance(first, type) and issubclass(first, sqltypes.TypeEngine)):
                args.pop(0)
                type_ = first
        self.name = name
        self.key = kw.pop("key", name)
        self.primary_key = kw.pop("primary_key", False)
        nullable = kw.pop("nullable", _NOT_SET)
        self._user_defined_nullable = nullable
        self.nullable = (not self.primary_key) if nullable is _NOT_SET else nullable
        self.default = None
        self.server_default = None
        self.onupdate = None
        self.server_onupdate = None
        default = kw.pop("default", None)
        insert_default = kw.pop("insert_default", None)
        if default is None and insert_default is not None:
            default = insert_default
        server_default = kw.pop("server_default", None)
        onupdate = kw.pop("onupdate", None)
        server_onupdate = kw.pop("server_onupdate", None)
        self.index = kw.pop("index", None)
        self.unique = kw.pop("unique", None)
        self.autoincrement = kw.pop("autoincrement", "auto")
        self.comment = kw.pop("comment", None)
        self.doc = kw.pop("doc", None)
        self.info = kw.pop("info", {})
        self.system = kw.pop("system", False)
        self.quote = kw.pop("quote", None)
        self.computed = None
        self.identity = None
        kw.pop("sort_order", None)
        kw.pop("_proxies", None)
        kw.pop("literal_execute", None)
        if kw:
            raise exc.ArgumentError(
                "Unknown arguments passed to Column: %s" % sorted(kw))
        self.type = sqltypes.to_instance(type_)
        self.table = None
        self.is_literal = False
        self.constraints = []
        self._fk_list = []
        self._creation_order = next(_counter)
        if default is not None:
            self.default = default if isinstance(default, (ColumnDefault, Sequence)) \
                else ColumnDefault(default)
        if server_default is not None:
            self.server_default = server_default if isinstance(server_default, FetchedValue) \
                else DefaultClause(server_default)
        if onupdate is not None:
            self.onupdate = onupdate if isinstance(onupdate, ColumnDefault) \
                else ColumnDefault(onupdate, for_update=True)
        if server_onupdate is not None:
            self.server_onupdate = server_onupdate
        for item in args:
            if isinstance(item, ForeignKey):
                item._set_parent(self)
            elif isinstance(item, Sequence):
                self.default = item
                item.column = self
            elif isinstance(item, (Identity,)):
                self.identity = item
                self.nullable = False if nullable is _NOT_SET else nullable
            elif isinstance(item, Computed):
                self.computed = item
            elif isinstance(item, Constraint):
                self.constraints.append(item)
                item._column_level = True
            elif isinstance(item, FetchedValue):
                self.server_default = item
            else:
                raise exc.ArgumentError("'SchemaItem' object expected, got %r" % (item,))

    @property
    def foreign_keys(self):
        return set(self._fk_list)

    def _set_parent(self, table):
        if self.name is None:
            raise exc.ArgumentError(
                "Column must be constructed with a non-blank name or assign a non-blank "
                ".name before adding to a Table.")
        if self.key is None:
            self.key = self.name
        existing = table.columns.get(self.key)
        if existing is not None and existing is not self:
            raise exc.DuplicateColumnError(
                "A column with name '%s' is already present in table '%s'. Specify "
                "replace_existing=True to Table.append_column() or "
                "append_constraint() to replace an existing column." % (self.key, table.name))
        self.table = table
        table._colmap._add(self.key, self)
        # foreign keys declared before this column's table existed take its type now
        memos = getattr(table, "metadata", None)
        memos = memos._fk_memos if memos is not None else {}
        for spec in ("%s.%s" % (table.fullname, self.name), "%s.%s" % (table.fullname, self.key)):
            for fk in memos.pop(spec, []):
                if fk.parent is not None and fk.parent.type._is_null:
                    fk.parent.type = self.type
        if self.primary_key:
            table.primary_key._add_column(self)
        for fk in self._fk_list:
            fk._attach_table(table)
        if self.unique and not self.index:
            table.constraints.append(UniqueConstraint(self, _column_flag=True, _table=table))
        if self.index:
            Index(None, self, unique=bool(self.unique), _column_flag=True)._set_parent(table)
        for c in self.constraints:
            c.table = table

    def _copy(self):
        c = Column(self.name, self.type, *[ForeignKey(fk._colspec_text()) for fk in self._fk_list],
                   key=self.key, primary_key=self.primary_key, nullable=self.nullable,
                   index=self.index, unique=self.unique, autoincrement=self.autoincrement)
        c.default = self.default
        c.server_default = self.server_default
        c.onupdate = self.onupdate
        return c

    copy = _copy

    @property
    def _label_base(self):
        return self.name

    def references(self, column):
        return any(fk.column is column for fk in self._fk_list)

    def __repr__(self):
        kwarg = []
        if self.key != self.name:
            kwarg.append("key")
        if self.primary_key:
            kwarg.append("primary_key")
        if not self.nullable:
            kwarg.append("nullable")
        if self.onupdate:
            kwarg.append("onupdate")
        if self.default:
            kwarg.append("default")
        if self.server_default:
            kwarg.append("server_default")
        if self.comment:
            kwarg.append("comment")
        parts = [repr(self.name)] + [repr(self.type)] + [repr(fk) for fk in self._fk_list] + \
            ["table=<%s>" % self.table.description if self.table is not None else "table=None"] + \
            ["%s=%r" % (k, getattr(self, k)) for k in kwarg]
        return "Column(%s)" % ", ".join(parts)

    def __str__(self):
        if self.table is not None:
            return f"{self.table.description}.{self.name}"
        return self.name or ""


_NOT_SET = object()


class ForeignKey(SchemaItem):
    def __init__(self, column, _constraint=None, use_alter=False, name=None, onupdate=None,
                 ondelete=None, deferrable=None, initially=None, link_to_name=False,
                 match=None, info=None, comment=None):
        self._colspec = column
        self.constraint = _constraint
        self.parent = None
        self.name = name
        self.onupdate = onupdate
        self.ondelete = ondelete
        self.deferrable = deferrable
        self.initially = initially
        self.use_alter = use_alter
        self.match = match
        self._creation_order = next(_counter)
        self._column = None

    def _colspec_text(self):
        if isinstance(self._colspec, str):
            return self._colspec
        col = self._colspec
        if hasattr(col, "__clause_element__"):
            col = col.__clause_element__()
        return f"{col.table.fullname}.{col.key}"

    @property
    def target_fullname(self):
        return self._colspec_text()

    def __repr__(self):
        return "ForeignKey(%r)" % self._colspec_text()

    def _set_parent(self, column):
        self.parent = column
        column._fk_list.append(self)
        if column.table is not None:
            self._attach_table(column.table)

    def _attach_table(self, table):
        if self.constraint is None:
            self.constraint = ForeignKeyConstraint(
                [self.parent], [self._colspec], name=self.name, onupdate=self.onupdate,
                ondelete=self.ondelete, deferrable=self.deferrable, initially=self.initially,
                use_alter=self.use_alter, _elements=[self])
            self.constraint.table = table
            table.constraints.append(self.constraint)
        if self.parent.type._is_null:
            col = self._resolve(table.metadata, quiet=True)
            if col is not None:
                self.parent.type = col.type
            else:
                table.metadata._fk_memos.setdefault(self._colspec_text(), []).append(self)

    def _resolve(self, metadata=None, quiet=False):
        if self._column is not None:
            return self._column
        spec = self._colspec
        if not isinstance(spec, str):
            if hasattr(spec, "__clause_element__"):
                spec = spec.__clause_element__()
            self._column = spec
            return spec
        if metadata is None:
            if self.parent is None or self.parent.table is None:
                return None
            metadata = self.parent.table.metadata
        parts = spec.split(".")
        if len(parts) < 2:
            raise exc.ArgumentError(
                "Invalid foreign key column specification: %s" % spec)
        colname = parts[-1]
        tname = ".".join(parts[:-1])
        table = metadata.tables.get(tname)
        if table is None:
            if quiet:
                return None
            raise exc.NoReferencedTableError(
                "Foreign key associated with column '%s' could not find table '%s' with "
                "which to generate a foreign key to target column '%s'"
                % (self.parent, tname, colname), tname)
        col = None
        for c in table.columns:
            if c.name == colname:
                col = c
        if col is None:
            if quiet:
                return None
            raise exc.NoReferencedColumnError(
                "Could not initialize target column for ForeignKey '%s' on table '%s': table "
                "'%s' has no column named '%s'" % (spec, self.parent.table.name, tname, colname),
                tname, colname)
        self._column = col
        return col

    @property
    def column(self):
        return self._resolve()

    def _resolved_table(self):
        col = self._resolve(quiet=True)
        return col.table if col is not None else None

    def get_referent(self, table):
        col = self._resolve(quiet=True)
        if col is None:
            return None
        return table.corresponding_column(col)

    def parent_for(self, selectable):
        found = selectable.corresponding_column(self.parent)
        return found if found is not None else self.parent

    def references(self, table):
        return self._resolved_table() is table


class Constraint(SchemaItem):
    _column_level = False

    def __init__(self, *columns, name=None, deferrable=None, initially=None, info=None,
                 _table=None, **kw):
        self.name = name
        self.deferrable = deferrable
        self.initially = initially
        self._pending_columns = list(columns)
        self.table = _table
        self._creation_order = next(_counter)

    def _set_parent(self, table):
        self.table = table
        table.constraints.append(self)

    @property
    def columns(self):
        out = []
        for c in self._pending_columns:
            if isinstance(c, str):
                c = self.table.columns[c]
            elif hasattr(c, "__clause_element__"):
                c = c.__clause_element__()
            out.append(c)
        return ReadOnlyColumnCollection([(c.key, c) for c in out])

    def __len__(self):
        return len(self._pending_columns)

    def __iter__(self):
        return iter(self.columns)

    def __contains__(self, col):
        return self.columns.contains_column(col)


class ColumnCollectionConstraint(Constraint):
    pass


class PrimaryKeyConstraint(ColumnCollectionConstraint):
    __visit_name__ = "primary_key_constraint"

    def __init__(self, *columns, name=None, _implicit_generated=False, **kw):
        Constraint.__init__(self, *columns, name=name, **kw)
        self._implicit_generated = _implicit_generated

    def _set_parent(self, table):
        self.table = table
        if table.__dict__.get("primary_key") is not None and table.primary_key is not self:
            old = table.primary_key
            if old in table.constraints:
                table.constraints.remove(old)
            for c in old._pending_columns:
                if not isinstance(c, str):
                    pass
        table.primary_key = self
        if self not in table.constraints:
            table.constraints.append(self)
        for c in self._pending_columns:
            col = table.columns[c] if isinstance(c, str) else c
            col.primary_key = True
            if col._user_defined_nullable is _NOT_SET:
                col.nullable = False

    def _add_column(self, col):
        if col not in self._pending_columns:
            self._pending_columns.append(col)

    def __repr__(self):
        return "PrimaryKeyConstraint(%s)" % ", ".join(repr(c) for c in self.columns)

    def __bool__(self):
        return bool(self._pending_columns)

    @property
    def columns_autoinc_first(self):
        cols = list(self.columns)
        auto = self.table._autoincrement_column if self.table is not None else None
        if auto is not None and auto in cols:
            cols.remove(auto)
            cols.insert(0, auto)
        return cols


class UniqueConstraint(ColumnCollectionConstraint):
    __visit_name__ = "unique_constraint"

    def __init__(self, *columns, name=None, _column_flag=False, **kw):
        Constraint.__init__(self, *columns, name=name, **kw)
        self._column_flag = _column_flag


class CheckConstraint(Constraint):
    __visit_name__ = "check_constraint"

    def __init__(self, sqltext, name=None, deferrable=None, initially=None, table=None,
                 info=None, _create_rule=None, _autoattach=True, _type_bound=False, **kw):
        Constraint.__init__(self, name=name, deferrable=deferrable, initially=initially)
        self.sqltext = text(sqltext) if isinstance(sqltext, str) else sqltext


class ForeignKeyConstraint(ColumnCollectionConstraint):
    __visit_name__ = "foreign_key_constraint"

    def __init__(self, columns, refcolumns, name=None, onupdate=None, ondelete=None,
                 deferrable=None, initially=None, use_alter=False, link_to_name=False,
                 match=None, table=None, info=None, _elements=None, **kw):
        Constraint.__init__(self, *columns, name=name, deferrable=deferrable, initially=initially)
        self.onupdate = onupdate
        self.ondelete = ondelete
        self.use_alter = use_alter
        self.match = match
        self._refcolumns = list(refcolumns)
        self.elements = _elements

    def _set_parent(self, table):
        self.table = table
        table.constraints.append(self)
        elements = []
        for col, ref in zip(self._pending_columns, self._refcolumns):
            column = table.columns[col] if isinstance(col, str) else col
            fk = ForeignKey(ref, _constraint=self, name=self.name, onupdate=self.onupdate,
                            ondelete=self.ondelete)
            fk.parent = column
            column._fk_list.append(fk)
            if column.type._is_null:
                target = fk._resolve(table.metadata, quiet=True)
                if target is not None:
                    column.type = target.type
                else:
                    table.metadata._fk_memos.setdefault(fk._colspec_text(), []).append(fk)
            elements.append(fk)
        self.elements = elements

    @property
    def referred_table(self):
        return self.elements[0].column.table

    @property
    def column_keys(self):
        return [c.key for c in self.columns]


class Index(SchemaItem):
    __visit_name__ = "index"

    def __init__(self, name, *expressions, unique=False, quote=None, info=None,
                 _column_flag=False, **kw):
        self.name = name
        self._expressions = list(expressions)
        self.unique = unique
        self.table = None
        self._column_flag = _column_flag
        self.dialect_kwargs = kw
        self._creation_order = next(_counter)
        if expressions:
            first = expressions[0]
            if hasattr(first, "__clause_element__"):
                first = first.__clause_element__()
            if isinstance(first, Column) and first.table is not None:
                self._set_parent(first.table)

    def _set_parent(self, table):
        if self.table is table:
            return
        self.table = table
        if self.name is None:
            cols = self.expressions
            self.name = "ix_%s_%s" % (table.name, cols[0].name) if cols else None
        table.indexes.append(self)

    @property
    def expressions(self):
        out = []
        for e in self._expressions:
            if isinstance(e, str):
                e = self.table.columns[e]
            elif hasattr(e, "__clause_element__"):
                e = e.__clause_element__()
            out.append(e)
        return out

    @property
    def columns(self):
        return [e for e in self.expressions if isinstance(e, Column)]

    def __repr__(self):
        return "Index(%r, %s)" % (self.name, ", ".join(repr(e) for e in self.expressions))

    def create(self, bind, checkfirst=False):
        return bind._sa_execute_ddl(CreateIndex(self))

    def drop(self, bind, checkfirst=False):
        return bind._sa_execute_ddl(DropIndex(self))


class DefaultGenerator(SchemaItem):
    is_sequence = False
    is_server_default = False
    is_clause_element = False
    is_callable = False
    is_scalar = False


class ColumnDefault(DefaultGenerator):
    def __init__(self, arg, for_update=False):
        self.for_update = for_update
        if callable(arg) and not isinstance(arg, ClauseElement) and not hasattr(arg, "__clause_element__"):
            self.is_callable = True
            self.arg = _wrap_callable(arg)
        elif isinstance(arg, ClauseElement) or hasattr(arg, "__clause_element__"):
            self.is_clause_element = True
            self.arg = _coerce_clause(arg)
        else:
            self.is_scalar = True
            self.arg = arg

    def __repr__(self):
        if self.is_scalar:
            return "ScalarElementColumnDefault(%r)" % (self.arg,)
        if self.is_callable:
            return "CallableColumnDefault(%r)" % (self.arg,)
        return "ColumnElementColumnDefault(%r)" % (self.arg,)


def _wrap_callable(fn):
    """A default callable takes the execution context, or nothing."""
    try:
        code = fn.__code__
        positional = code.co_argcount
        if hasattr(fn, "__self__"):
            positional -= 1
        defaults = len(fn.__defaults__ or ())
        needs_ctx = positional - defaults >= 1
    except AttributeError:
        needs_ctx = False
    if needs_ctx:
        return fn
    return lambda ctx: fn()


class FetchedValue(SchemaItem):
    is_server_default = True
    reflected = False
    has_argument = False
    is_clause_element = False

    def __init__(self, for_update=False):
        self.for_update = for_update

    def __repr__(self):
        return "FetchedValue()"


class DefaultClause(FetchedValue):
    has_argument = True

    def __init__(self, arg, for_update=False, _reflected=False):
        if not isinstance(arg, (str, ClauseElement)) and not hasattr(arg, "__clause_element__"):
            raise exc.ArgumentError(
                "Argument 'arg' is expected to be one of type '<class 'str'>' or "
                "'<class 'sqlalchemy.sql.elements.ClauseElement'>' or "
                "'<class 'sqlalchemy.sql.elements.TextClause'>', got '%s'" % type(arg))
        if hasattr(arg, "__clause_element__"):
            arg = arg.__clause_element__()
        self.arg = arg
        self.for_update = for_update

    def __repr__(self):
        return "DefaultClause(%r, for_update=%r)" % (self.arg, self.for_update)


class Sequence(DefaultGenerator):
    __visit_name__ = "sequence"
    is_sequence = True

    def __init__(self, name, start=None, increment=None, schema=None, optional=False,
                 metadata=None, **kw):
        self.name = name
        self.start = start
        self.increment = increment
        self.schema = schema
        self.optional = optional
        self.metadata = metadata
        self.column = None

    def next_value(self):
        return _NextValue(self)


class _NextValue(ClauseElement):
    __visit_name__ = "next_value"

    def __init__(self, seq):
        self.sequence = seq
        self.type = sqltypes.Integer()


class Identity(SchemaItem):
    __visit_name__ = "identity_column"

    def __init__(self, always=False, on_null=None, start=None, increment=None, **kw):
        self.always = always
        self.start = start
        self.increment = increment


class Computed(SchemaItem):
    __visit_name__ = "computed_column"

    def __init__(self, sqltext, persisted=None):
        self.sqltext = text(sqltext) if isinstance(sqltext, str) else sqltext
        self.persisted = persisted


# -- DDL statements ------------------------------------------------------------------

class ExecutableDDLElement(ClauseElement):
    supports_execution = True
    is_ddl = True
    _execution_options = {}


class DDL(ExecutableDDLElement):
    __visit_name__ = "ddl"

    def __init__(self, statement, context=None):
        self.statement = statement
        self.context = context or {}


class CreateTable(ExecutableDDLElement):
    __visit_name__ = "create_table"

    def __init__(self, element, include_foreign_key_constraints=None, if_not_exists=False):
        self.element = element
        self.if_not_exists = if_not_exists
        self.include_foreign_key_constraints = include_foreign_key_constraints


class DropTable(ExecutableDDLElement):
    __visit_name__ = "drop_table"

    def __init__(self, element, if_exists=False):
        self.element = element
        self.if_exists = if_exists


class CreateIndex(ExecutableDDLElement):
    __visit_name__ = "create_index"

    def __init__(self, element, if_not_exists=False):
        self.element = element
        self.if_not_exists = if_not_exists


class DropIndex(ExecutableDDLElement):
    __visit_name__ = "drop_index"

    def __init__(self, element, if_exists=False):
        self.element = element
        self.if_exists = if_exists


class CreateSchema(ExecutableDDLElement):
    __visit_name__ = "create_schema"

    def __init__(self, name, if_not_exists=False):
        self.element = name
        self.if_not_exists = if_not_exists


class DropSchema(ExecutableDDLElement):
    __visit_name__ = "drop_schema"

    def __init__(self, name, cascade=False, if_exists=False):
        self.element = name
        self.cascade = cascade
        self.if_exists = if_exists


__all__ = [
    "MetaData", "Table", "Column", "ForeignKey", "ForeignKeyConstraint", "PrimaryKeyConstraint",
    "UniqueConstraint", "CheckConstraint", "Constraint", "Index", "Sequence", "Identity",
    "Computed", "ColumnDefault", "DefaultClause", "FetchedValue", "DDL", "CreateTable",
    "DropTable", "CreateIndex", "DropIndex", "CreateSchema", "DropSchema", "BLANK_SCHEMA",
    "sort_tables", "SchemaItem", "DefaultGenerator",
]


class _EnumDDL(ExecutableDDLElement):
    """CREATE TYPE ... AS ENUM / DROP TYPE for PostgreSQL's native enums."""

    def __init__(self, kind, enum):
        self.__visit_name__ = "create_enum_type" if kind == "create" else "drop_enum_type"
        self.element = enum
