# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.sql.selectable`: FROM
# clauses (tables, joins, aliases, subqueries, CTEs) and SELECT. Every method of a Select
# returns a new Select; the compiler decides which FROMs show (those a join or an
# enclosing query already covers do not) and how the selected columns are labelled.

from sqlalchemy import exc
from sqlalchemy import types as sqltypes
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import (
    ClauseElement, ColumnElement, ColumnClause, BindParameter, BooleanClauseList,
    TextClause, UnaryExpression, _anon_name, _expect_column, _expect_where,
    _expect_order_by, and_, literal_column,
)


class ColumnCollection:
    """A selectable's `.c`: columns by key, in order."""

    def __init__(self, columns=()):
        self._cols = []
        self._index = {}
        for key, col in columns:
            self._add(key, col)

    def _add(self, key, col):
        if key in self._index:
            old = self._index[key]
            self._cols = [(k, c) if c is not old else (key, col) for k, c in self._cols]
        else:
            self._cols.append((key, col))
        self._index[key] = col

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self._index[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(self, key):
        if isinstance(key, int):
            return self._cols[key][1]
        if isinstance(key, (tuple, list)):
            return ReadOnlyColumnCollection([(k, self._index[k]) for k in key])
        return self._index[key]

    def get(self, key, default=None):
        return self._index.get(key, default)

    def __contains__(self, key):
        if isinstance(key, str):
            return key in self._index
        raise exc.ArgumentError(
            "__contains__ requires a string argument")

    def contains_column(self, col):
        return any(c is col for _, c in self._cols)

    def __iter__(self):
        return iter([c for _, c in self._cols])

    def __len__(self):
        return len(self._cols)

    def keys(self):
        return [k for k, _ in self._cols]

    def values(self):
        return [c for _, c in self._cols]

    def items(self):
        return list(self._cols)

    def __bool__(self):
        return bool(self._cols)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join(str(c) for c in self))

    def as_readonly(self):
        return self


class ReadOnlyColumnCollection(ColumnCollection):
    pass


class Selectable(ClauseElement):
    is_selectable = True


class FromClause(Selectable):
    __visit_name__ = "fromclause"
    named_with_column = False
    _is_join = False
    schema = None

    @property
    def _from_objects(self):
        return [self]

    @property
    def _hide_froms(self):
        return []

    @property
    def c(self):
        return self.columns

    @property
    def columns(self):
        cols = self.__dict__.get("_columns")
        if cols is None:
            cols = self._populate_columns()
            self.__dict__["_columns"] = cols
        return cols

    @property
    def exported_columns(self):
        return self.columns

    @property
    def primary_key(self):
        return [c for c in self.columns if c.primary_key]

    @property
    def foreign_keys(self):
        out = []
        for c in self.columns:
            out.extend(c.foreign_keys)
        return out

    def _populate_columns(self):
        return ReadOnlyColumnCollection()

    def select(self):
        return Select(self)

    def join(self, right, onclause=None, isouter=False, full=False):
        return Join(self, right, onclause, isouter, full)

    def outerjoin(self, right, onclause=None, full=False):
        return Join(self, right, onclause, True, full)

    def alias(self, name=None, flat=False):
        return Alias(self, name)

    def subquery(self, name=None):
        return Subquery(self, name)

    def corresponding_column(self, column, require_embedded=False):
        for c in self.columns:
            if c is column:
                return c
        target = column.proxy_set
        for c in self.columns:
            if c.proxy_set & target:
                return c
        return None

    def is_derived_from(self, fromclause):
        return fromclause is self

    def _refresh_for_new_column(self, column):
        self.__dict__.pop("_columns", None)

    def tablesample(self, *a, **kw):
        raise NotImplementedError()


class _ProxyColumn(ColumnClause):
    """A column of an alias or subquery, standing for the column it came from."""

    def __init__(self, name, source, selectable, key=None):
        ColumnClause.__init__(self, name, getattr(source, "type", sqltypes.NULLTYPE),
                              _selectable=selectable)
        self.key = key or name
        self._source = source
        self.primary_key = getattr(source, "primary_key", False)
        self._fks = getattr(source, "foreign_keys", set())

    @property
    def foreign_keys(self):
        return self._fks

    @property
    def proxy_set(self):
        return {self} | getattr(self._source, "proxy_set", {self._source})

    def _compare_same(self, other):
        return self is other

    def __str__(self):
        return str(self.compile())


class TableClause(FromClause):
    __visit_name__ = "table"
    named_with_column = True
    implicit_returning = True

    def __init__(self, name, *columns, schema=None):
        self.name = name
        self.schema = schema
        self.fullname = name if schema is None else f"{schema}.{name}"
        self._colmap = ReadOnlyColumnCollection()
        for c in columns:
            self.append_column(c)

    def append_column(self, c):
        c.table = self
        self._colmap._add(c.key, c)

    @property
    def columns(self):
        return self._colmap

    @property
    def description(self):
        return self.name

    def insert(self):
        from sqlalchemy.sql.dml import Insert
        return Insert(self)

    def update(self):
        from sqlalchemy.sql.dml import Update
        return Update(self)

    def delete(self):
        from sqlalchemy.sql.dml import Delete
        return Delete(self)

    def __str__(self):
        return self.fullname


def table(name, *columns, schema=None):
    return TableClause(name, *columns, schema=schema)


class Join(FromClause):
    __visit_name__ = "join"
    _is_join = True

    def __init__(self, left, right, onclause=None, isouter=False, full=False):
        self.left = _expect_from(left)
        self.right = _expect_from(right).self_group()
        if onclause is None:
            onclause = _join_condition(self.left, self.right)
        else:
            onclause = _expect_where(onclause).self_group(against=operators._asbool)
        self.onclause = onclause
        self.isouter = isouter
        self.full = full

    @property
    def _from_objects(self):
        return [self] + self.left._from_objects + self.right._from_objects

    @property
    def _hide_froms(self):
        out = []
        for side in (self.left, self.right):
            out.extend(side._from_objects)
            out.extend(side._hide_froms)
        return out

    def _populate_columns(self):
        cc = ReadOnlyColumnCollection()
        for side in (self.left, self.right):
            for c in side.columns:
                name = f"{side.name}_{c.key}" if getattr(side, "name", None) else c.key
                cc._add(name, c)
        return cc

    def get_children(self):
        return [self.left, self.right, self.onclause]

    def self_group(self, against=None):
        return self


def _find_fk_pairs(a, b):
    """(referenced, referencing) column pairs of b's foreign keys that point into a."""
    pairs = []
    for fk in _all_fks(b):
        col = fk.get_referent(a)
        if col is not None:
            pairs.append((col, fk.parent_for(b)))
    return pairs


def _all_fks(selectable):
    if isinstance(selectable, Join):
        return _all_fks(selectable.left) + _all_fks(selectable.right)
    out = []
    for c in selectable.columns:
        out.extend(sorted(c.foreign_keys, key=lambda f: f._creation_order))
    return out


def _join_condition(left, right):
    candidates = []
    lefts = _join_sides(left)
    for lf in lefts:
        pairs = _find_fk_pairs(lf, right)
        if not pairs:
            pairs = _find_fk_pairs(right, lf)
        if pairs:
            candidates = pairs
            break
    if not candidates:
        raise exc.NoForeignKeysError(
            "Can't find any foreign key relationships between '%s' and '%s'." %
            (_display_name(left), _display_name(right)))
    crit = [a == b for a, b in candidates]
    if len(crit) == 1:
        return crit[0]
    return and_(*crit)


def _join_sides(left):
    """Where to look for the ON clause of a join to `left`: its most recent right side
    first, then every table in it."""
    if isinstance(left, Join):
        out = [left.right]
        for f in _join_tables(left):
            if f not in out:
                out.append(f)
        return out
    return [left]


def _join_tables(j):
    if isinstance(j, Join):
        return _join_tables(j.left) + _join_tables(j.right)
    return [j]


def _display_name(f):
    if isinstance(f, Join):
        return "Join object on %s(%d) and %s(%d)" % (
            _display_name(f.left), id(f.left), _display_name(f.right), id(f.right))
    return getattr(f, "description", None) or getattr(f, "name", "?")


def _expect_from(value):
    if hasattr(value, "__clause_element__"):
        value = value.__clause_element__()
    if isinstance(value, FromClause):
        return value
    if hasattr(value, "_sa_from_clause"):
        return value._sa_from_clause()
    if isinstance(value, Select):
        return value.subquery()
    if isinstance(value, TextClause):
        return value
    raise exc.ArgumentError("FROM expression, such as a Table or alias() object expected, got %r." % (value,))


class AliasedReturnsRows(FromClause):
    named_with_column = True

    def __init__(self, element, name=None):
        self.element = element
        self._given_name = name
        self.name = name if name is not None else _anon_name("anon")

    @property
    def description(self):
        return self.name if isinstance(self.name, str) else "anon_1"

    @property
    def original(self):
        return self.element

    def _populate_columns(self):
        cc = ReadOnlyColumnCollection()
        for key, col in self._source_columns():
            cc._add(key, _ProxyColumn(getattr(col, "name", key) if isinstance(getattr(col, "name", None), str) else key,
                                      col, self, key=key))
        return cc

    def _source_columns(self):
        return [(c.key, c) for c in self.element.columns]

    def get_children(self):
        return [self.element]

    def is_derived_from(self, fromclause):
        return fromclause is self or self.element.is_derived_from(fromclause)


class Alias(AliasedReturnsRows):
    __visit_name__ = "alias"

    @property
    def _hide_froms(self):
        return []


def alias(selectable, name=None, flat=False):
    return _expect_from(selectable).alias(name)


class Subquery(AliasedReturnsRows):
    __visit_name__ = "subquery"

    def _source_columns(self):
        return self.element._exported_columns()

    def _populate_columns(self):
        cc = ReadOnlyColumnCollection()
        for key, col in self._source_columns():
            cc._add(key, _ProxyColumn(key, col, self, key=key))
        return cc


class CTE(AliasedReturnsRows):
    __visit_name__ = "cte"

    def __init__(self, element, name=None, recursive=False, nesting=False):
        AliasedReturnsRows.__init__(self, element, name)
        self.recursive = recursive
        self.nesting = nesting

    def _source_columns(self):
        return self.element._exported_columns()

    def _populate_columns(self):
        cc = ReadOnlyColumnCollection()
        for key, col in self._source_columns():
            cc._add(key, _ProxyColumn(key, col, self, key=key))
        return cc

    def union(self, *others):
        return CTE(self.element.union(*others), self.name, self.recursive)

    def union_all(self, *others):
        return CTE(self.element.union_all(*others), self.name, self.recursive)


class ReturnsRows(Selectable):
    is_select = False

    def subquery(self, name=None):
        return Subquery(self, name)

    def alias(self, name=None, flat=False):
        return self.subquery(name)

    def cte(self, name=None, recursive=False, nesting=False):
        return CTE(self, name, recursive, nesting)

    def scalar_subquery(self):
        return ScalarSelect(self)

    def label(self, name):
        return self.scalar_subquery().label(name)

    def exists(self):
        return Exists(self)

    def is_derived_from(self, fromclause):
        return False


class _Generative:
    def _generate(self):
        new = type(self).__new__(type(self))
        new.__dict__.update(self.__dict__)
        return new


class HasCTE:
    pass


class Select(_Generative, ReturnsRows):
    __visit_name__ = "select"
    is_select = True
    supports_execution = True
    _is_orm = False

    def __init__(self, *entities):
        if len(entities) == 1 and isinstance(entities[0], (list, tuple)) and not \
                hasattr(entities[0], "__clause_element__"):
            entities = entities[0]
        self._raw_columns = [_expect_column_or_entity(e) for e in entities]
        self._where_criteria = ()
        self._having_criteria = ()
        self._order_by_clauses = ()
        self._group_by_clauses = ()
        self._from_obj = ()
        self._setup_joins = ()
        self._limit_clause = None
        self._offset_clause = None
        self._distinct = False
        self._distinct_on = ()
        self._for_update_arg = None
        self._correlate = ()
        self._correlate_except = None
        self._auto_correlate = True
        self._execution_options = {}
        self._with_options = ()
        self._prefixes = ()
        self._suffixes = ()
        self._fetch_clause = None
        self._label_style = "disambiguate"
        self._independent_ctes = ()

    # -- columns --

    def _expanded_columns(self):
        """The selected column expressions, ORM entities expanded to their columns."""
        out = []
        for raw in self._raw_columns:
            expand = getattr(raw, "_sa_expand_columns", None)
            if expand is not None:
                out.extend(expand())
            else:
                out.append(raw)
        return out

    @property
    def selected_columns(self):
        cc = ReadOnlyColumnCollection()
        for key, col in self._exported_columns():
            cc._add(key, col)
        return cc

    def _exported_columns(self):
        from sqlalchemy.sql.compiler import _column_keys
        return _column_keys(self._expanded_columns())

    @property
    def exported_columns(self):
        return self.selected_columns

    @property
    def c(self):
        return self.selected_columns

    @property
    def column_descriptions(self):
        out = []
        for raw in self._raw_columns:
            desc = getattr(raw, "_sa_column_description", None)
            if desc is not None:
                out.append(desc())
            else:
                out.append({"name": getattr(raw, "name", None) if isinstance(getattr(raw, "name", None), str) else None,
                            "type": raw.type, "aliased": False, "expr": raw, "entity": None})
        return out

    def add_columns(self, *entities):
        new = self._generate()
        new._raw_columns = self._raw_columns + [_expect_column_or_entity(e) for e in entities]
        return new

    def column(self, column):
        return self.add_columns(column)

    def with_only_columns(self, *entities, maintain_column_froms=False):
        new = self._generate()
        if len(entities) == 1 and isinstance(entities[0], (list, tuple)):
            entities = entities[0]
        if maintain_column_froms:
            new._from_obj = tuple(self.columns_clause_froms) + tuple(
                f for f in self._from_obj if f not in self.columns_clause_froms)
        new._raw_columns = [_expect_column_or_entity(e) for e in entities]
        return new

    @property
    def columns_clause_froms(self):
        out = []
        for c in self._expanded_columns():
            for f in c._from_objects:
                if f not in out:
                    out.append(f)
        return out

    # -- criteria --

    def where(self, *criteria):
        new = self._generate()
        new._where_criteria = self._where_criteria + tuple(_expect_where(c) for c in criteria)
        return new

    filter = where

    def filter_by(self, **kwargs):
        target = self._filter_by_target()
        crit = []
        for key, value in kwargs.items():
            attr = _entity_attr(target, key)
            crit.append(attr == value)
        return self.where(*crit)

    def _filter_by_target(self):
        if self._setup_joins:
            target = self._setup_joins[-1][0]
            if hasattr(target, "__clause_element__") and not hasattr(target, "prop") and \
                    not isinstance(target, type):
                target = target.__clause_element__()
            return target
        if self._from_obj:
            return self._from_obj[-1]
        if self._raw_columns:
            raw = self._raw_columns[0]
            entity = getattr(raw, "_sa_filter_target", None) if hasattr(raw, "_sa_expand_columns") else None
            if entity is not None:
                return entity
            froms = raw._from_objects
            if froms:
                return froms[0]
        raise exc.InvalidRequestError("Can't use filter_by() without a FROM")

    def having(self, *criteria):
        new = self._generate()
        new._having_criteria = self._having_criteria + tuple(_expect_where(c) for c in criteria)
        return new

    def order_by(self, *clauses):
        new = self._generate()
        if len(clauses) == 1 and clauses[0] is None:
            new._order_by_clauses = ()
        else:
            new._order_by_clauses = self._order_by_clauses + tuple(
                _expect_order_by(c) for c in clauses)
        return new

    def group_by(self, *clauses):
        new = self._generate()
        if len(clauses) == 1 and clauses[0] is None:
            new._group_by_clauses = ()
        else:
            new._group_by_clauses = self._group_by_clauses + tuple(
                _expect_order_by(c) for c in clauses)
        return new

    def limit(self, limit):
        new = self._generate()
        new._limit_clause = _offset_or_limit(limit)
        new._fetch_clause = None
        return new

    def offset(self, offset):
        new = self._generate()
        new._offset_clause = _offset_or_limit(offset)
        return new

    def slice(self, start, stop):
        new = self._generate()
        start = start or 0
        if start:
            new._offset_clause = _offset_or_limit(start)
        new._limit_clause = _offset_or_limit(stop - start)
        return new

    def fetch(self, count, with_ties=False, percent=False):
        new = self._generate()
        new._limit_clause = None
        new._fetch_clause = _offset_or_limit(count)
        new._fetch_options = {"with_ties": with_ties, "percent": percent}
        return new

    def distinct(self, *expr):
        new = self._generate()
        if expr:
            new._distinct_on = self._distinct_on + tuple(_expect_column(e) for e in expr)
        new._distinct = True
        return new

    def with_for_update(self, nowait=False, read=False, of=None, skip_locked=False,
                        key_share=False):
        new = self._generate()
        new._for_update_arg = {"nowait": nowait, "read": read, "of": of,
                               "skip_locked": skip_locked, "key_share": key_share}
        return new

    def select_from(self, *froms):
        new = self._generate()
        new._from_obj = self._from_obj + tuple(_expect_from_or_entity(f) for f in froms)
        return new

    def join(self, target, onclause=None, isouter=False, full=False):
        new = self._generate()
        new._setup_joins = self._setup_joins + ((target, onclause, None, isouter, full),)
        return new

    def outerjoin(self, target, onclause=None, full=False):
        return self.join(target, onclause, isouter=True, full=full)

    def join_from(self, from_, target, onclause=None, isouter=False, full=False):
        new = self._generate()
        new._setup_joins = self._setup_joins + ((target, onclause, from_, isouter, full),)
        return new

    def outerjoin_from(self, from_, target, onclause=None, full=False):
        return self.join_from(from_, target, onclause, isouter=True, full=full)

    def correlate(self, *froms):
        new = self._generate()
        if froms and froms[0] is None:
            new._correlate = ()
            new._auto_correlate = False
        else:
            new._correlate = self._correlate + tuple(_expect_from_or_entity(f) for f in froms)
            new._auto_correlate = False
        return new

    def correlate_except(self, *froms):
        new = self._generate()
        new._correlate_except = tuple(_expect_from_or_entity(f) for f in froms)
        new._auto_correlate = False
        return new

    def execution_options(self, **kw):
        new = self._generate()
        new._execution_options = dict(self._execution_options, **kw)
        return new

    def get_execution_options(self):
        return dict(self._execution_options)

    def options(self, *opts):
        new = self._generate()
        new._with_options = self._with_options + opts
        return new

    def prefix_with(self, *prefixes, dialect="*"):
        new = self._generate()
        new._prefixes = self._prefixes + tuple(prefixes)
        return new

    def suffix_with(self, *suffixes, dialect="*"):
        new = self._generate()
        new._suffixes = self._suffixes + tuple(suffixes)
        return new

    def set_label_style(self, style):
        new = self._generate()
        new._label_style = style
        return new

    def get_label_style(self):
        return self._label_style

    def add_cte(self, *ctes, nest_here=False):
        new = self._generate()
        new._independent_ctes = self._independent_ctes + ctes
        return new

    def union(self, *others):
        return CompoundSelect("UNION", self, *others)

    def union_all(self, *others):
        return CompoundSelect("UNION ALL", self, *others)

    def except_(self, *others):
        return CompoundSelect("EXCEPT", self, *others)

    def except_all(self, *others):
        return CompoundSelect("EXCEPT ALL", self, *others)

    def intersect(self, *others):
        return CompoundSelect("INTERSECT", self, *others)

    def intersect_all(self, *others):
        return CompoundSelect("INTERSECT ALL", self, *others)

    def self_group(self, against=None):
        if isinstance(against, CompoundSelect):
            return self
        return SelectStatementGrouping(self)

    @property
    def _from_objects(self):
        return []

    def get_children(self):
        out = list(self._expanded_columns()) + list(self._where_criteria) + \
            list(self._having_criteria) + list(self._order_by_clauses) + \
            list(self._group_by_clauses)
        return out

    def get_final_froms(self):
        from sqlalchemy.sql.compiler import _select_froms
        return _select_froms(self, ())

    @property
    def froms(self):
        return self.get_final_froms()

    @property
    def whereclause(self):
        return BooleanClauseList._for_where(self._where_criteria)

    def __repr__(self):
        return "<sqlalchemy.sql.selectable.Select object at 0x%x>" % id(self)


def _entity_attr(target, key):
    hook = _orm_hooks.get("attr")
    if hook is not None:
        found = hook(target, key)
        if found is not None:
            return found
    if hasattr(target, "c"):
        try:
            return target.c[key]
        except KeyError:
            pass
    if hasattr(target, "columns"):
        for c in target.columns:
            if c.key == key:
                return c
    raise exc.InvalidRequestError(
        'Entity namespace for "%s" has no property "%s"' % (_display_name(target), key))


def _offset_or_limit(value):
    if value is None:
        return None
    if isinstance(value, ClauseElement):
        return value
    if hasattr(value, "__index__"):
        value = value.__index__()
    else:
        raise ValueError(f"Invalid value for limit/offset: {value!r}")
    return BindParameter(None, value, type_=sqltypes.Integer(), unique=True)


_orm_hooks = {}


def _expect_column_or_entity(value):
    hook = _orm_hooks.get("entity")
    if hook is not None and not isinstance(value, ClauseElement):
        entity = hook(value)
        if entity is not None:
            return entity
    if hasattr(value, "__clause_element__"):
        value = value.__clause_element__()
    if isinstance(value, FromClause):
        return _FromColumns(value)
    if isinstance(value, Select):
        return value.scalar_subquery()
    if isinstance(value, ClauseElement):
        return value
    if isinstance(value, str):
        raise exc.ArgumentError(
            "Textual column expression %r should be explicitly declared with text(%r), "
            "or use column(%r) for more specificity" % (value, value, value))
    raise exc.ArgumentError(
        "Column expression, FROM clause, or other columns clause element expected, got %r."
        % (value,))


def _expect_from_or_entity(value):
    hook = _orm_hooks.get("from")
    if hook is not None and not isinstance(value, ClauseElement):
        found = hook(value)
        if found is not None:
            return found
    return _expect_from(value)


class _FromColumns(ClauseElement):
    """`select(users)`: all of a FROM clause's columns."""

    def __init__(self, fromclause):
        self.fromclause = fromclause

    def _sa_expand_columns(self):
        return list(self.fromclause.columns)

    @property
    def _from_objects(self):
        return [self.fromclause]

    def _sa_filter_target(self):
        return self.fromclause

    _sa_filter_target = property(_sa_filter_target)


class SelectStatementGrouping(ReturnsRows):
    __visit_name__ = "select_statement_grouping"

    def __init__(self, element):
        self.element = element

    def self_group(self, against=None):
        return self

    @property
    def selected_columns(self):
        return self.element.selected_columns

    def _exported_columns(self):
        return self.element._exported_columns()

    @property
    def type(self):
        cols = self.element._expanded_columns()
        return cols[0].type if cols else sqltypes.NULLTYPE


class CompoundSelect(_Generative, ReturnsRows):
    __visit_name__ = "compound_select"
    supports_execution = True
    is_select = True

    def __init__(self, keyword, *selects):
        self.keyword = keyword
        self.selects = [s.self_group(against=self) if isinstance(s, CompoundSelect) else s
                        for s in selects]
        self._order_by_clauses = ()
        self._group_by_clauses = ()
        self._limit_clause = None
        self._offset_clause = None
        self._fetch_clause = None
        self._for_update_arg = None
        self._execution_options = {}
        self._with_options = ()

    def _exported_columns(self):
        return self.selects[0]._exported_columns()

    @property
    def selected_columns(self):
        return self.selects[0].selected_columns

    def _expanded_columns(self):
        return self.selects[0]._expanded_columns()

    @property
    def _raw_columns(self):
        return self.selects[0]._raw_columns

    order_by = Select.order_by
    limit = Select.limit
    offset = Select.offset
    execution_options = Select.execution_options
    options = Select.options

    def self_group(self, against=None):
        return SelectStatementGrouping(self)

    @property
    def _from_objects(self):
        return []


def union(*selects):
    return CompoundSelect("UNION", *selects)


def union_all(*selects):
    return CompoundSelect("UNION ALL", *selects)


def except_(*selects):
    return CompoundSelect("EXCEPT", *selects)


def except_all(*selects):
    return CompoundSelect("EXCEPT ALL", *selects)


def intersect(*selects):
    return CompoundSelect("INTERSECT", *selects)


def intersect_all(*selects):
    return CompoundSelect("INTERSECT ALL", *selects)


class ScalarSelect(ColumnElement):
    __visit_name__ = "grouping"

    def __init__(self, element):
        self.element = element
        cols = element._expanded_columns()
        self.type = cols[0].type if cols else sqltypes.NULLTYPE

    @property
    def _label_base(self):
        return "anon"

    def self_group(self, against=None):
        return self

    def where(self, *crit):
        return ScalarSelect(self.element.where(*crit))

    def correlate(self, *froms):
        return ScalarSelect(self.element.correlate(*froms))

    def get_children(self):
        return [self.element]

    @property
    def _from_objects(self):
        return []


class Exists(UnaryExpression):
    __visit_name__ = "exists_unary"

    def __init__(self, __argument=None):
        if __argument is None:
            s = Select(literal_column("*"))
        elif isinstance(__argument, (Select, CompoundSelect)):
            s = __argument
        elif isinstance(__argument, ScalarSelect):
            s = __argument.element
        else:
            s = Select(__argument)
        self.element = SelectStatementGrouping(s)
        self.operator = operators.exists
        self.modifier = None
        self.type = sqltypes.BOOLEANTYPE

    @property
    def _select(self):
        return self.element.element

    def where(self, *clause):
        e = self._clone()
        e.element = SelectStatementGrouping(self._select.where(*clause))
        return e

    def select_from(self, *froms):
        e = self._clone()
        e.element = SelectStatementGrouping(self._select.select_from(*froms))
        return e

    def correlate(self, *froms):
        e = self._clone()
        e.element = SelectStatementGrouping(self._select.correlate(*froms))
        return e

    def select(self):
        return Select(self)

    def get_children(self):
        return [self._select]

    @property
    def _from_objects(self):
        return []

    def self_group(self, against=None):
        return self

    def _negate(self):
        return UnaryExpression(self, operator=operators.inv, type_=sqltypes.BOOLEANTYPE)


def exists(__argument=None):
    return Exists(__argument)


class TextualSelect(_Generative, ReturnsRows):
    __visit_name__ = "textual_select"
    supports_execution = True
    is_select = True

    def __init__(self, text, columns):
        self.element = text
        self.column_args = columns
        self._execution_options = {}
        self._with_options = ()

    def _expanded_columns(self):
        return list(self.column_args)

    def _exported_columns(self):
        return [(c.key, c) for c in self.column_args]

    @property
    def selected_columns(self):
        return ReadOnlyColumnCollection(self._exported_columns())

    @property
    def _raw_columns(self):
        return list(self.column_args)

    execution_options = Select.execution_options

    def bindparams(self, *binds, **values):
        new = self._generate()
        new.element = self.element.bindparams(*binds, **values)
        return new

    @property
    def _from_objects(self):
        return []


class Values(FromClause):
    __visit_name__ = "values"

    def __init__(self, *columns, name=None, literal_binds=False):
        self._column_args = columns
        self.name = name
        self._data = []
        self.literal_binds = literal_binds

    def data(self, values):
        new = Values(*self._column_args, name=self.name, literal_binds=self.literal_binds)
        new._data = self._data + [values]
        return new

    def _populate_columns(self):
        cc = ReadOnlyColumnCollection()
        for c in self._column_args:
            cc._add(c.key, _ProxyColumn(c.name, c, self))
        return cc


def values(*columns, name=None, literal_binds=False):
    return Values(*columns, name=name, literal_binds=literal_binds)


def select(*entities):
    return Select(*entities)


def join(left, right, onclause=None, isouter=False, full=False):
    return Join(_expect_from_or_entity(left), _expect_from_or_entity(right), onclause, isouter, full)


def outerjoin(left, right, onclause=None, full=False):
    return Join(_expect_from_or_entity(left), _expect_from_or_entity(right), onclause, True, full)


def lateral(selectable, name=None):
    return _expect_from(selectable).alias(name)


LABEL_STYLE_NONE = "none"
LABEL_STYLE_TABLENAME_PLUS_COL = "tablename_plus_col"
LABEL_STYLE_DISAMBIGUATE_ONLY = "disambiguate"
LABEL_STYLE_DEFAULT = "disambiguate"
