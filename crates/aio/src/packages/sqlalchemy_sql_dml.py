# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.sql.dml`: INSERT, UPDATE
# and DELETE. Like Select, every method returns a new statement; `values()` takes keyword
# arguments, a dict, or a list of dicts (one multi-row VALUES).

from sqlalchemy import exc
from sqlalchemy.sql.elements import ClauseElement, _expect_where, BooleanClauseList
from sqlalchemy.sql.selectable import _Generative, _expect_from_or_entity, ReadOnlyColumnCollection


class UpdateBase(_Generative, ClauseElement):
    supports_execution = True
    is_dml = True
    _returning = ()
    _return_defaults = False
    _return_defaults_columns = ()
    _execution_options = {}
    _with_options = ()
    _hints = {}

    def _setup_table(self, table):
        from sqlalchemy.sql.selectable import _orm_hooks
        entity = None
        hook = _orm_hooks.get("dml")
        found = hook(table) if hook is not None and not isinstance(table, ClauseElement) else None
        if found is not None:
            entity = table
            table = found[0]
        else:
            table = _expect_from_or_entity(table)
        self.table = table
        self._entity = entity
        self._values = None
        self._multi_values = ()
        self._where_criteria = ()
        self._execution_options = {}

    def returning(self, *cols, sort_by_parameter_order=False, **kw):
        new = self._generate()
        from sqlalchemy.sql.selectable import _orm_hooks
        expanded = []
        for c in cols:
            hook = _orm_hooks.get("entity")
            entity = hook(c) if hook is not None and not isinstance(c, ClauseElement) else None
            if entity is not None:
                c = entity
            elif hasattr(c, "__clause_element__"):
                c = c.__clause_element__()
            if hasattr(c, "columns") and not hasattr(c, "_sa_expand_columns"):
                expanded.append(_TableColumns(c))
            else:
                expanded.append(c)
        new._returning = self._returning + tuple(expanded)
        new._sort_by_parameter_order = sort_by_parameter_order
        return new

    def return_defaults(self, *cols, supplemental_cols=None, sort_by_parameter_order=False):
        new = self._generate()
        new._return_defaults = True
        new._return_defaults_columns = cols
        new._supplemental_returning = supplemental_cols
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

    def _expanded_returning(self):
        out = []
        for c in self._returning:
            expand = getattr(c, "_sa_expand_columns", None)
            if expand is not None:
                out.extend(expand())
            else:
                out.append(c)
        return out

    @property
    def exported_columns(self):
        from sqlalchemy.sql.compiler import _column_keys
        return ReadOnlyColumnCollection(_column_keys(self._expanded_returning()))

    def _expanded_columns(self):
        return self._expanded_returning()

    @property
    def _raw_columns(self):
        return list(self._returning)

    def _exported_columns(self):
        from sqlalchemy.sql.compiler import _column_keys
        return _column_keys(self._expanded_returning())

    def subquery(self, name=None):
        from sqlalchemy.sql.selectable import Subquery
        return Subquery(self, name)

    def cte(self, name=None, recursive=False, nesting=False):
        from sqlalchemy.sql.selectable import CTE
        return CTE(self, name, recursive, nesting)

    def params(self, *a, **kw):
        raise NotImplementedError(
            "params() is not supported for INSERT/UPDATE/DELETE statements. To set the "
            "values for an INSERT or UPDATE statement, use stmt.values(**parameters).")

    @property
    def _from_objects(self):
        return []

    def _values_from(self, args, kwargs, multi_ok):
        if args and kwargs:
            raise exc.ArgumentError(
                "Can't pass positional and kwargs to values() simultaneously")
        if args:
            if len(args) > 1:
                raise exc.ArgumentError("Only a single dictionary/tuple or list of "
                                        "dictionaries/tuples is accepted positionally.")
            arg = args[0]
            if isinstance(arg, (list, tuple)) and arg and isinstance(arg[0], (dict, list, tuple)):
                if not multi_ok:
                    raise exc.InvalidRequestError(
                        "UPDATE construct does not support multiple parameter sets.")
                return None, [self._keyed(a) for a in arg]
            return self._keyed(arg), None
        return self._keyed(kwargs), None

    def _keyed(self, values):
        if isinstance(values, dict):
            items = list(values.items())
        else:
            cols = list(self.table.columns)
            items = list(zip(cols, values))
        out = []
        for key, value in items:
            if hasattr(key, "__clause_element__"):
                key = key.__clause_element__()
            out.append((key, value))
        return out


class _TableColumns:
    def __init__(self, table):
        self.table = table

    def _sa_expand_columns(self):
        return list(self.table.columns)


class ValuesBase(UpdateBase):
    pass


class Insert(ValuesBase):
    __visit_name__ = "insert"
    _inline = False
    _select_names = None
    _post_values_clause = None

    def __init__(self, table):
        self._setup_table(table)
        self.select = None

    def values(self, *args, **kwargs):
        new = self._generate()
        single, multi = self._values_from(args, kwargs, True)
        if multi is not None:
            if new._values:
                raise exc.InvalidRequestError(
                    "Can't mix single and multiple VALUES formats in one INSERT statement; "
                    "one style appends to a list while the other replaces values, so the "
                    "result is ambiguous.")
            new._multi_values = self._multi_values + (multi,)
        else:
            if self._multi_values:
                raise exc.InvalidRequestError(
                    "Can't mix single and multiple VALUES formats in one INSERT statement; "
                    "one style appends to a list while the other replaces values, so the "
                    "result is ambiguous.")
            merged = list(self._values or [])
            for k, v in single:
                merged = [(k2, v2) for k2, v2 in merged if k2 is not k and k2 != k] \
                    if not isinstance(k, ClauseElement) else merged
                merged.append((k, v))
            new._values = merged
        return new

    def inline(self):
        new = self._generate()
        new._inline = True
        return new

    def from_select(self, names, select, include_defaults=True):
        new = self._generate()
        new._select_names = names
        new.select = select
        new._include_select_defaults = include_defaults
        return new


class Update(ValuesBase):
    __visit_name__ = "update"
    _ordered_values = None

    def __init__(self, table):
        self._setup_table(table)

    def values(self, *args, **kwargs):
        new = self._generate()
        single, _ = self._values_from(args, kwargs, False)
        merged = list(self._values or [])
        merged.extend(single)
        new._values = merged
        return new

    def ordered_values(self, *args):
        new = self._generate()
        new._values = [(k.__clause_element__() if hasattr(k, "__clause_element__") else k, v)
                       for k, v in args]
        return new

    def where(self, *criteria):
        new = self._generate()
        new._where_criteria = self._where_criteria + tuple(_expect_where(c) for c in criteria)
        return new

    filter = where

    def filter_by(self, **kwargs):
        from sqlalchemy.sql.selectable import _entity_attr
        target = self._entity if self._entity is not None else self.table
        return self.where(*[_entity_attr(target, k) == v for k, v in kwargs.items()])

    def inline(self):
        return self

    @property
    def whereclause(self):
        return BooleanClauseList._for_where(self._where_criteria)


class Delete(UpdateBase):
    __visit_name__ = "delete"

    def __init__(self, table):
        self._setup_table(table)

    where = Update.where
    filter = Update.where
    filter_by = Update.filter_by
    whereclause = Update.whereclause


def insert(table):
    return Insert(table)


def update(table):
    return Update(table)


def delete(table):
    return Delete(table)
