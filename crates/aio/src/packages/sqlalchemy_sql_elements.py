# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.sql.elements` and
# `sqlalchemy.sql.functions`: the SQL expression tree. Python operators on a column build
# BinaryExpressions whose parameters are BindParameters typed after the column;
# `self_group` puts parentheses where the precedence table says; the compiler
# (`sqlalchemy.sql.compiler`) renders every node by its `__visit_name__`.

from sqlalchemy import exc
from sqlalchemy import types as sqltypes
from sqlalchemy.sql import operators

_NONE = object()


class _anon_name:
    """An anonymous name: the compiler turns it into `<base>_<n>`, counting per base."""
    __slots__ = ("base",)

    def __init__(self, base):
        self.base = base

    def __str__(self):
        return "%%(%d %s)s" % (id(self), self.base)

    __repr__ = __str__


def _coerce_clause(value, type_=None, name=None):
    """A Python value where an expression is expected becomes a literal parameter."""
    if hasattr(value, "__clause_element__"):
        return value.__clause_element__()
    if isinstance(value, ClauseElement):
        return value
    return BindParameter(name, value, type_=type_, unique=True)


def _expect_column(value):
    """Anything that can be a column expression (ORM attributes, mapped classes excepted)."""
    if isinstance(value, ClauseElement):
        return value
    if hasattr(value, "__clause_element__"):
        return value.__clause_element__()
    if isinstance(value, str):
        raise exc.ArgumentError(
            "Textual column expression %r should be explicitly declared with "
            "text(%r), or use column(%r) for more specificity" % (value, value, value))
    return literal(value)


def _expect_where(value):
    if hasattr(value, "__clause_element__"):
        value = value.__clause_element__()
    if isinstance(value, ClauseElement):
        return value
    if value is True:
        return True_._singleton
    if value is False:
        return False_._singleton
    if isinstance(value, str):
        raise exc.ArgumentError(
            "Textual SQL expression %r should be explicitly declared as text(%r)"
            % (value if len(value) < 20 else value[:17] + "...", value if len(value) < 20 else value[:17] + "..."))
    raise exc.ArgumentError(
        "SQL expression for WHERE/HAVING role expected, got %r." % (value,))


def _expect_order_by(value):
    if hasattr(value, "__clause_element__"):
        value = value.__clause_element__()
    if isinstance(value, str):
        return _textual_label_reference(value)
    if isinstance(value, ClauseElement):
        return value
    return literal(value)


class ClauseElement:
    __visit_name__ = "clause"
    is_selectable = False
    is_clause_element = True
    _is_column = False
    _is_text = False
    supports_execution = False

    @property
    def _from_objects(self):
        return []

    def get_children(self):
        return []

    def self_group(self, against=None):
        return self

    def _negate(self):
        return UnaryExpression(self.self_group(against=operators.inv), operator=operators.inv)

    def __invert__(self):
        return self._negate()

    def __bool__(self):
        raise TypeError("Boolean value of this clause is not defined")

    def compile(self, bind=None, dialect=None, **kw):
        from sqlalchemy.sql import compiler
        if dialect is None:
            if bind is not None:
                dialect = bind.dialect
            else:
                # a dialect's own construct (postgresql.insert) prints in that dialect
                own = getattr(self, "_sa_default_dialect", None)
                dialect = own() if own is not None else compiler.StrCompileDialect()
        return compiler.compile_element(self, dialect, **kw)

    def __str__(self):
        return str(self.compile())

    def _clone(self):
        new = type(self).__new__(type(self))
        new.__dict__.update(self.__dict__)
        return new

    def _traverse(self):
        """Every element under this one, this one first."""
        stack = [self]
        seen = set()
        while stack:
            el = stack.pop()
            if id(el) in seen:
                continue
            seen.add(id(el))
            yield el
            stack.extend(reversed(list(el.get_children())))

    def __repr__(self):
        return "<%s.%s object at 0x%x>" % (type(self).__module__.replace("sqlalchemy.sql.elements", "sqlalchemy.sql.elements"),
                                           type(self).__name__, id(self))


class ColumnOperators:
    """The Python operators of SQL expressions."""
    __slots__ = ()

    def operate(self, op, *other, **kw):
        raise NotImplementedError()

    def reverse_operate(self, op, other, **kw):
        raise NotImplementedError()

    def __eq__(self, other):
        return self.operate(operators.eq, other)

    def __ne__(self, other):
        return self.operate(operators.ne, other)

    def __lt__(self, other):
        return self.operate(operators.lt, other)

    def __le__(self, other):
        return self.operate(operators.le, other)

    def __gt__(self, other):
        return self.operate(operators.gt, other)

    def __ge__(self, other):
        return self.operate(operators.ge, other)

    __hash__ = object.__hash__

    def __neg__(self):
        return self.operate(operators.neg)

    def __add__(self, other):
        return self.operate(operators.add, other)

    def __radd__(self, other):
        return self.reverse_operate(operators.add, other)

    def __sub__(self, other):
        return self.operate(operators.sub, other)

    def __rsub__(self, other):
        return self.reverse_operate(operators.sub, other)

    def __mul__(self, other):
        return self.operate(operators.mul, other)

    def __rmul__(self, other):
        return self.reverse_operate(operators.mul, other)

    def __truediv__(self, other):
        return self.operate(operators.truediv, other)

    def __rtruediv__(self, other):
        return self.reverse_operate(operators.truediv, other)

    def __floordiv__(self, other):
        return self.operate(operators.floordiv, other)

    def __mod__(self, other):
        return self.operate(operators.mod, other)

    def __rmod__(self, other):
        return self.reverse_operate(operators.mod, other)

    def __pow__(self, other):
        return self.operate(operators.pow_, other)

    def __getitem__(self, index):
        return self.operate(operators.getitem, index)

    def __and__(self, other):
        return and_(self, other)

    def __rand__(self, other):
        return and_(other, self)

    def __or__(self, other):
        return or_(self, other)

    def __ror__(self, other):
        return or_(other, self)

    def concat(self, other):
        return self.operate(operators.concat_op, other)

    def like(self, other, escape=None):
        return self.operate(operators.like_op, other, escape=escape)

    def ilike(self, other, escape=None):
        return self.operate(operators.ilike_op, other, escape=escape)

    def not_like(self, other, escape=None):
        return self.operate(operators.not_like_op, other, escape=escape)

    notlike = not_like

    def not_ilike(self, other, escape=None):
        return self.operate(operators.not_ilike_op, other, escape=escape)

    notilike = not_ilike

    def in_(self, other):
        return self.operate(operators.in_op, other)

    def not_in(self, other):
        return self.operate(operators.not_in_op, other)

    notin_ = not_in

    def is_(self, other):
        return self.operate(operators.is_, other)

    def is_not(self, other):
        return self.operate(operators.is_not, other)

    isnot = is_not

    def is_distinct_from(self, other):
        return self.operate(operators.is_distinct_from, other)

    def is_not_distinct_from(self, other):
        return self.operate(operators.is_not_distinct_from, other)

    def startswith(self, other, escape=None, autoescape=False):
        return self.operate(operators.startswith_op, other, escape=escape, autoescape=autoescape)

    def istartswith(self, other, escape=None, autoescape=False):
        return self.operate(operators.istartswith_op, other, escape=escape, autoescape=autoescape)

    def endswith(self, other, escape=None, autoescape=False):
        return self.operate(operators.endswith_op, other, escape=escape, autoescape=autoescape)

    def iendswith(self, other, escape=None, autoescape=False):
        return self.operate(operators.iendswith_op, other, escape=escape, autoescape=autoescape)

    def contains(self, other, escape=None, autoescape=False):
        return self.operate(operators.contains_op, other, escape=escape, autoescape=autoescape)

    def icontains(self, other, escape=None, autoescape=False):
        return self.operate(operators.icontains_op, other, escape=escape, autoescape=autoescape)

    def between(self, cleft, cright, symmetric=False):
        return self.operate(operators.between_op, cleft, cright, symmetric=symmetric)

    def match(self, other, **kw):
        return self.operate(operators.match_op, other, **kw)

    def regexp_match(self, pattern, flags=None):
        return self.operate(operators.regexp_match_op, pattern, flags=flags)

    def collate(self, collation):
        return self.operate(operators.collate, collation)

    def desc(self):
        return self.operate(operators.desc_op)

    def asc(self):
        return self.operate(operators.asc_op)

    def nulls_first(self):
        return self.operate(operators.nulls_first_op)

    nullsfirst = nulls_first

    def nulls_last(self):
        return self.operate(operators.nulls_last_op)

    nullslast = nulls_last

    def distinct(self):
        return self.operate(operators.distinct_op)

    def any_(self):
        return CollectionAggregate._create_any(self)

    def all_(self):
        return CollectionAggregate._create_all(self)

    def op(self, opstring, precedence=0, is_comparison=False, return_type=None,
           python_impl=None):
        operator = operators.custom_op(opstring, precedence, is_comparison, return_type)

        def against(other):
            return operator(self, other)
        return against

    def bool_op(self, opstring, precedence=0, python_impl=None):
        return self.op(opstring, precedence=precedence, is_comparison=True)


class ColumnElement(ColumnOperators, ClauseElement):
    __visit_name__ = "column_element"
    primary_key = False
    _is_column = True
    key = None
    type = sqltypes.NULLTYPE
    _label_base = "anon"       # an anonymous label is <base>_<n>
    _bind_base = None          # a compared value's parameter is <base>_<n> (None: param)
    table = None

    @property
    def foreign_keys(self):
        return set()

    @property
    def _proxy_key(self):
        return self.key

    @property
    def _non_anon_label(self):
        # The name a select gives this column without an anonymous label (Cast keeps
        # its column's name).
        return None

    @property
    def comparator(self):
        return self

    @property
    def expression(self):
        return self

    def operate(self, op, *other, **kw):
        return _operate(self, op, *other, **kw)

    def reverse_operate(self, op, other, **kw):
        return _operate(self, op, other, reverse=True, **kw)

    def _bind_param(self, operator, obj, type_=None, expanding=False):
        return BindParameter(self._bind_base, obj, _compared_to_operator=operator,
                             type_=type_, _compared_to_type=self.type, unique=True,
                             expanding=expanding)

    def self_group(self, against=None):
        if against in (operators.and_, operators.or_, operators._asbool) and \
                self.type._type_affinity is sqltypes.Boolean:
            return AsBoolean(self, operators.is_true, operators.is_false)
        if against in (operators.any_op, operators.all_op):
            return Grouping(self)
        return self

    def _negate(self):
        if self.type._type_affinity is sqltypes.Boolean:
            return AsBoolean(self, operators.is_false, operators.is_true)
        return super()._negate()

    def label(self, name):
        return Label(name, self, self.type)

    def cast(self, type_):
        return Cast(self, type_)

    def _anon_label(self):
        return _anon_name(self._label_base)

    @property
    def _from_objects(self):
        out = []
        for child in self.get_children():
            for f in child._from_objects:
                if f not in out:
                    out.append(f)
        return out

    def _compare_same(self, other):
        return self is other

    @property
    def proxy_set(self):
        return {self}

    def shares_lineage(self, other):
        return bool(self.proxy_set & other.proxy_set)


# -- the comparator: what each operator builds -----------------------------------------

_NULL_OK = (operators.eq, operators.ne, operators.is_, operators.is_not,
            operators.is_distinct_from, operators.is_not_distinct_from)


def _operate(expr, op, *other, reverse=False, **kw):
    comparator_type = expr.type
    handler = getattr(comparator_type, "_sa_operate", None)
    if handler is not None:
        result = handler(expr, op, *other, reverse=reverse, **kw)
        if result is not NotImplemented:
            return result
    if isinstance(op, operators.custom_op):
        obj = _as_operand(expr, op, other[0])
        left, right = (obj, expr) if reverse else (expr, obj)
        rtype = op.return_type
        if rtype is None:
            rtype = sqltypes.BOOLEANTYPE if op.is_comparison else expr.type
        elif isinstance(rtype, type):
            rtype = rtype()
        return BinaryExpression(left, right, op, type_=rtype)
    if op in (operators.eq, operators.ne, operators.lt, operators.le, operators.gt,
              operators.ge, operators.is_, operators.is_not, operators.is_distinct_from,
              operators.is_not_distinct_from):
        return _boolean_compare(expr, op, other[0], reverse=reverse)
    if op in (operators.like_op, operators.not_like_op, operators.ilike_op,
              operators.not_ilike_op, operators.match_op, operators.regexp_match_op):
        escape = kw.get("escape")
        flags = kw.get("flags")
        modifiers = {}
        if escape is not None:
            modifiers["escape"] = escape
        if flags is not None:
            modifiers["flags"] = flags
        return _boolean_compare(expr, op, other[0], modifiers=modifiers)
    if op in (operators.startswith_op, operators.endswith_op, operators.contains_op,
              operators.istartswith_op, operators.iendswith_op, operators.icontains_op):
        escape = kw.get("escape")
        value = other[0]
        if kw.get("autoescape"):
            if escape is None:
                escape = "/"
            if isinstance(value, str):
                value = value.replace(escape, escape + escape).replace("%", escape + "%") \
                    .replace("_", escape + "_")
        modifiers = {"escape": escape} if escape is not None else {}
        return _boolean_compare(expr, op, value, modifiers=modifiers)
    if op in (operators.in_op, operators.not_in_op):
        return _in_impl(expr, op, other[0])
    if op in (operators.between_op, operators.not_between_op):
        cleft, cright = other[0], other[1]
        lo = _as_operand(expr, operators.and_, cleft)
        hi = _as_operand(expr, operators.and_, cright)
        return BinaryExpression(expr, ClauseList(lo, hi, operator=operators.and_, group=False,
                                                 group_contents=False),
                                op, type_=sqltypes.BOOLEANTYPE,
                                negate=operators.not_between_op if op is operators.between_op
                                else operators.between_op,
                                modifiers={"symmetric": kw.get("symmetric", False)})
    if op in (operators.desc_op, operators.asc_op, operators.nulls_first_op,
              operators.nulls_last_op):
        return UnaryExpression(expr, modifier=op)
    if op is operators.distinct_op:
        return UnaryExpression(expr, operator=op, type_=expr.type)
    if op is operators.neg:
        return UnaryExpression(expr, operator=op, type_=expr.type)
    if op is operators.collate:
        return CollationClause._create_collation_expression(expr, other[0])
    if op is operators.getitem:
        return _getitem(expr, other[0])
    if op is operators.concat_op:
        obj = _as_operand(expr, op, other[0])
        left, right = (obj, expr) if reverse else (expr, obj)
        return BinaryExpression(left, right, operators.concat_op, type_=expr.type)
    # arithmetic
    obj = _as_operand(expr, op, other[0])
    if op is operators.add and expr.type._type_affinity is sqltypes.String:
        op = operators.concat_op
    left, right = (obj, expr) if reverse else (expr, obj)
    rtype = left.type._adapt_expression(op, right.type)
    if op is operators.concat_op:
        rtype = expr.type
    return BinaryExpression(left, right, op, type_=rtype)


def _as_operand(expr, op, value, type_=None):
    if hasattr(value, "__clause_element__"):
        value = value.__clause_element__()
    if isinstance(value, ClauseElement):
        if getattr(value, "is_selectable", False) and hasattr(value, "scalar_subquery"):
            return value.scalar_subquery()
        if isinstance(value, BindParameter) and value.type._is_null and \
                not getattr(expr, "type", sqltypes.NULLTYPE)._is_null:
            value = value._clone()
            value.type = expr.type
        return value
    return expr._bind_param(op, value, type_=type_)


def _boolean_compare(expr, op, obj, reverse=False, modifiers=None):
    if hasattr(obj, "__clause_element__"):
        obj = obj.__clause_element__()
    negate = op.negate
    if obj is None or isinstance(obj, Null) or obj is True or obj is False or \
            isinstance(obj, (True_, False_)):
        if op not in _NULL_OK:
            if obj is None or isinstance(obj, Null):
                raise exc.ArgumentError(
                    "Only '=', '!=', 'is_()', 'is_not()', 'is_distinct_from()', "
                    "'is_not_distinct_from()' operators can be used with None/True/False")
            obj = expr._bind_param(op, obj)
        elif obj is None or isinstance(obj, Null):
            if op in (operators.eq, operators.is_):
                return BinaryExpression(expr, Null._singleton, operators.is_,
                                        negate=operators.is_not, type_=sqltypes.BOOLEANTYPE)
            if op in (operators.ne, operators.is_not):
                return BinaryExpression(expr, Null._singleton, operators.is_not,
                                        negate=operators.is_, type_=sqltypes.BOOLEANTYPE)
            return BinaryExpression(expr, Null._singleton, op, negate=negate,
                                    type_=sqltypes.BOOLEANTYPE)
        else:
            value = obj if isinstance(obj, (True_, False_)) else \
                (True_._singleton if obj else False_._singleton)
            return BinaryExpression(expr, value, op, negate=negate, type_=sqltypes.BOOLEANTYPE)
    else:
        obj = _as_operand(expr, op, obj)
    if reverse:
        return BinaryExpression(obj, expr, op, type_=sqltypes.BOOLEANTYPE, negate=negate,
                                modifiers=modifiers)
    return BinaryExpression(expr, obj, op, type_=sqltypes.BOOLEANTYPE, negate=negate,
                            modifiers=modifiers)


def _in_impl(expr, op, seq):
    negate = op.negate
    if hasattr(seq, "__clause_element__"):
        seq = seq.__clause_element__()
    if isinstance(seq, ClauseElement):
        if getattr(seq, "is_selectable", False):
            from sqlalchemy.sql.selectable import Select
            if isinstance(seq, Select):
                seq = seq.scalar_subquery()
            return BinaryExpression(expr, seq.self_group(against=op), op, negate=negate,
                                    type_=sqltypes.BOOLEANTYPE)
        if isinstance(seq, BindParameter):
            if not seq.expanding:
                seq = seq._with_expanding()
            return BinaryExpression(expr, seq, op, negate=negate, type_=sqltypes.BOOLEANTYPE)
        return BinaryExpression(expr, seq.self_group(against=op), op, negate=negate,
                                type_=sqltypes.BOOLEANTYPE)
    if isinstance(seq, str) or not hasattr(seq, "__iter__"):
        raise exc.ArgumentError(
            "IN expression list, SELECT construct, or bound parameter object expected, "
            "got %r." % (seq,))
    values = list(seq)
    if any(isinstance(v, ClauseElement) or hasattr(v, "__clause_element__") for v in values):
        items = [_as_operand(expr, op, v) for v in values]
        return BinaryExpression(expr, Grouping(ClauseList(*items)), op, negate=negate,
                                type_=sqltypes.BOOLEANTYPE)
    bind = expr._bind_param(op, values, expanding=True)
    return BinaryExpression(expr, bind, op, negate=negate, type_=sqltypes.BOOLEANTYPE)


def _getitem(expr, index):
    etype = expr.type
    if isinstance(etype, sqltypes.JSON):
        if isinstance(index, (tuple, list)):
            bind = BindParameter(expr._bind_base, [str(i) for i in index],
                                 type_=sqltypes.ARRAY(sqltypes.Text()), unique=True)
            return _JSONElement(expr, bind, operators.json_path_getitem_op, type_=etype)
        index_type = sqltypes.JSON.JSONIntIndexType() if isinstance(index, int) else \
            sqltypes.JSON.JSONStrIndexType()
        bind = BindParameter(expr._bind_base, index, type_=index_type, unique=True)
        return _JSONElement(expr, bind, operators.json_getitem_op, type_=etype)
    if isinstance(etype, sqltypes.ARRAY):
        if isinstance(index, slice):
            return BinaryExpression(expr, Slice(index.start, index.stop, expr), operators.getitem,
                                    type_=etype)
        bind = BindParameter(expr._bind_base, index, type_=sqltypes.Integer(), unique=True)
        return BinaryExpression(expr, bind, operators.getitem, type_=etype.item_type)
    raise NotImplementedError("Operator 'getitem' is not supported on this expression")


# -- leaves -------------------------------------------------------------------------

class BindParameter(ColumnElement):
    __visit_name__ = "bindparam"
    _is_crud = False

    def __init__(self, key, value=_NONE, type_=None, unique=False, required=_NONE,
                 quote=None, callable_=None, expanding=False, isoutparam=False,
                 literal_execute=False, _compared_to_operator=None, _compared_to_type=None):
        if required is _NONE:
            required = value is _NONE and callable_ is None
        if value is _NONE:
            value = None
        if hasattr(key, "__clause_element__"):
            key = key.__clause_element__()
        if isinstance(key, ColumnClause):
            type_ = key.type
            key = key.key
        self._orig_key = key if not isinstance(key, _anon_name) else None
        if unique:
            self.key = _anon_name(key if isinstance(key, str) else "param")
        elif key is None:
            self.key = _anon_name("param")
        else:
            self.key = key
        self.unique = unique
        self.value = value
        self.callable = callable_
        self.required = required
        self.expanding = expanding
        self.literal_execute = literal_execute
        self.isoutparam = isoutparam
        if type_ is None:
            if expanding and isinstance(value, (list, tuple)):
                check = value[0] if value else None
            else:
                check = value
            if _compared_to_type is not None:
                self.type = _compared_to_type.coerce_compared_value(_compared_to_operator, check)
            else:
                self.type = sqltypes._type_for_value(check)
        elif isinstance(type_, type):
            self.type = type_()
        else:
            self.type = type_

    def _with_expanding(self):
        new = self._clone()
        new.expanding = True
        return new

    def _with_value(self, value, maintain_key=False, required=_NONE):
        new = self._clone()
        new.value = value
        new.callable = None
        new.required = False if required is _NONE else required
        return new

    def render_literal_execute(self):
        new = self._clone()
        new.literal_execute = True
        return new

    @property
    def effective_value(self):
        if self.callable is not None:
            return self.callable()
        return self.value

    def __repr__(self):
        return "%s(%r, %r, type_=%r)" % (type(self).__name__, str(self.key), self.value, self.type)


class TypeClause(ClauseElement):
    __visit_name__ = "typeclause"

    def __init__(self, type_):
        self.type = type_


class TextClause(ColumnElement):
    """`text()`: literal SQL, whose `:name` words are bound parameters."""
    __visit_name__ = "textclause"
    _is_text = True
    supports_execution = True
    is_selectable = False
    _label_base = "anon"

    def __init__(self, text):
        self.text = text
        self._bindparams = {}
        for name in _text_bind_names(text):
            if name not in self._bindparams:
                self._bindparams[name] = BindParameter(name, required=True)
        self.type = sqltypes.NULLTYPE

    @property
    def _select_iterable(self):
        return (self,)

    @property
    def selected_columns(self):
        return []

    def bindparams(self, *binds, **names_to_values):
        new = self._clone()
        new._bindparams = dict(self._bindparams)
        for bind in binds:
            if bind.key not in new._bindparams:
                raise exc.ArgumentError(
                    "This text() construct doesn't define a bound parameter named %r" % bind.key)
            new._bindparams[bind.key] = bind
        for key, value in names_to_values.items():
            if key not in new._bindparams:
                raise exc.ArgumentError(
                    "This text() construct doesn't define a bound parameter named %r" % key)
            new._bindparams[key] = new._bindparams[key]._with_value(value, required=False)
        return new

    def columns(self, *cols, **types):
        from sqlalchemy.sql.selectable import TextualSelect
        positional = []
        for c in cols:
            if hasattr(c, "__clause_element__"):
                c = c.__clause_element__()
            positional.append(c)
        for name, type_ in types.items():
            positional.append(ColumnClause(name, type_))
        return TextualSelect(self, positional)

    def self_group(self, against=None):
        if against is operators.in_op:
            return Grouping(self)
        return self

    def get_children(self):
        return list(self._bindparams.values())

    @property
    def _from_objects(self):
        return []

    def label(self, name):
        return Label(name, self, self.type)

    def __repr__(self):
        return "<sqlalchemy.sql.elements.TextClause object at 0x%x>" % id(self)


def _text_bind_names(text):
    """The `:name` words of a text() in order; `\\:` and `::` are not parameters."""
    names = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n and text[i + 1] == ":":
            i += 2
            continue
        if ch == ":":
            prev = text[i - 1] if i > 0 else ""
            if i + 1 < n and text[i + 1] == ":":
                i += 2
                continue
            if prev != ":" and i + 1 < n and (text[i + 1].isalnum() or text[i + 1] == "_") \
                    and not (prev.isalnum() or prev == "_" or prev == ":"):
                j = i + 1
                while j < n and (text[j].isalnum() or text[j] == "_"):
                    j += 1
                names.append(text[i + 1:j])
                i = j
                continue
        i += 1
    return names


class Null(ColumnElement):
    __visit_name__ = "null"
    type = sqltypes.NULLTYPE

    def _negate(self):
        return self


class False_(ColumnElement):
    __visit_name__ = "false"
    type = sqltypes.BOOLEANTYPE

    def _negate(self):
        return True_._singleton


class True_(ColumnElement):
    __visit_name__ = "true"
    type = sqltypes.BOOLEANTYPE

    def _negate(self):
        return False_._singleton


Null._singleton = Null()
False_._singleton = False_()
True_._singleton = True_()


class ClauseList(ClauseElement):
    __visit_name__ = "clauselist"

    def __init__(self, *clauses, operator=operators.comma_op, group=True,
                 group_contents=True, _literal_as_text_role=None):
        self.operator = operator
        self.group = group
        if group_contents:
            self.clauses = [_coerce_clause(c).self_group(against=operator) for c in clauses]
        else:
            self.clauses = [_coerce_clause(c) for c in clauses]

    def __iter__(self):
        return iter(self.clauses)

    def __len__(self):
        return len(self.clauses)

    def get_children(self):
        return list(self.clauses)

    @property
    def _from_objects(self):
        out = []
        for c in self.clauses:
            for f in c._from_objects:
                if f not in out:
                    out.append(f)
        return out

    def self_group(self, against=None):
        if self.group and operators.is_precedent(self.operator, against):
            return Grouping(self)
        return self


class OperatorExpression(ColumnElement):
    group = True

    def self_group(self, against=None):
        if (self.group and operators.is_precedent(self.operator, against)) or (
                against is operators.inv and not self.operator.is_boolean):
            return Grouping(self)
        return self


class BooleanClauseList(OperatorExpression):
    __visit_name__ = "expression_clauselist"

    @classmethod
    def _raw(cls, operator, clauses):
        self = cls.__new__(cls)
        self.clauses = list(clauses)
        self.operator = operator
        self.group = True
        self.type = sqltypes.BOOLEANTYPE
        return self

    @classmethod
    def _process(cls, operator, continue_on, skip_on, clauses):
        has_continue = None
        converted = []
        against = operators._asbool
        count = 0
        for clause in clauses:
            if clause is continue_on:
                has_continue = clause
            elif clause is skip_on:
                converted = [clause]
                count = 1
                break
            else:
                if not count:
                    count = 1
                else:
                    against = operator
                    count = 2
                converted.append(clause)
        if not converted and has_continue is not None:
            converted = [has_continue]
            count = 1
        return count, [c.self_group(against=against) for c in converted]

    @classmethod
    def _construct(cls, operator, continue_on, skip_on, clauses):
        clauses = [_expect_where(c) for c in clauses]
        if not clauses:
            return cls._raw(operator, [])
        count, converted = cls._process(operator, continue_on, skip_on, clauses)
        if count > 1:
            flat = []
            for c in converted:
                if getattr(c, "operator", None) is operator and isinstance(c, BooleanClauseList):
                    flat.extend(c.clauses)
                else:
                    flat.append(c)
            return cls._raw(operator, flat)
        return converted[0]

    @classmethod
    def _for_where(cls, clauses):
        count, converted = cls._process(operators.and_, True_._singleton, False_._singleton,
                                        clauses)
        if count > 1:
            return cls._raw(operators.and_, converted)
        if count == 1:
            return converted[0]
        return None

    def get_children(self):
        return list(self.clauses)

    def self_group(self, against=None):
        if not self.clauses:
            return self
        return super().self_group(against)

    def _negate(self):
        return UnaryExpression(self.self_group(against=operators.inv), operator=operators.inv,
                               type_=sqltypes.BOOLEANTYPE)


def and_(*clauses):
    return BooleanClauseList._construct(operators.and_, True_._singleton, False_._singleton,
                                        clauses)


def or_(*clauses):
    return BooleanClauseList._construct(operators.or_, False_._singleton, True_._singleton,
                                        clauses)


def not_(clause):
    return _expect_where(clause)._negate()


class Tuple(ClauseList, ColumnElement):
    __visit_name__ = "tuple"

    def __init__(self, *clauses, types=None):
        converted = []
        for i, c in enumerate(clauses):
            if isinstance(c, ClauseElement) or hasattr(c, "__clause_element__"):
                converted.append(_coerce_clause(c))
            else:
                t = types[i] if types else None
                converted.append(BindParameter(None, c, type_=t, unique=True))
        self.clauses = converted
        self.operator = operators.comma_op
        self.group = True
        self.type = sqltypes.TupleType(*[c.type for c in converted])

    def self_group(self, against=None):
        return self

    def _bind_param(self, operator, obj, type_=None, expanding=False):
        if expanding:
            return BindParameter(None, obj, _compared_to_operator=operator, unique=True,
                                 expanding=True, type_=self.type)
        return Tuple(*[BindParameter(None, o, _compared_to_operator=operator,
                                     _compared_to_type=c.type, unique=True)
                       for o, c in zip(obj, self.clauses)])


def tuple_(*clauses, types=None):
    return Tuple(*clauses, types=types)


class Case(ColumnElement):
    __visit_name__ = "case"

    def __init__(self, *whens, value=None, else_=None):
        if len(whens) == 1 and isinstance(whens[0], dict):
            whens = list(whens[0].items())
        elif len(whens) == 1 and isinstance(whens[0], list):
            whens = whens[0]
        self.value = _coerce_clause(value) if value is not None else None
        pairs = []
        rtype = None
        for cond, result in whens:
            if self.value is not None:
                cond = _as_operand(self.value, operators.eq, cond) \
                    if not isinstance(cond, ClauseElement) else cond
            else:
                cond = _expect_where(cond).self_group()
            result = _coerce_clause(result)
            if rtype is None and not result.type._is_null:
                rtype = result.type
            pairs.append((cond, result))
        self.whens = pairs
        self.else_ = _coerce_clause(else_) if else_ is not None else None
        if rtype is None and self.else_ is not None:
            rtype = self.else_.type
        self.type = rtype if rtype is not None else sqltypes.NULLTYPE

    def get_children(self):
        out = [self.value] if self.value is not None else []
        for c, r in self.whens:
            out.extend((c, r))
        if self.else_ is not None:
            out.append(self.else_)
        return out


def case(*whens, value=None, else_=None):
    return Case(*whens, value=value, else_=else_)


class Cast(ColumnElement):
    __visit_name__ = "cast"

    def __init__(self, expression, type_):
        self.type = sqltypes.to_instance(type_)
        if isinstance(expression, ClauseElement) or hasattr(expression, "__clause_element__"):
            self.clause = _coerce_clause(expression)
        else:
            self.clause = BindParameter(None, expression, type_=self.type, unique=True)
        self.typeclause = TypeClause(self.type)

    @property
    def _non_anon_label(self):
        return getattr(self.clause, "_non_anon_label", None) or (
            self.clause.name if isinstance(self.clause, ColumnClause) else None)

    @property
    def _label_base(self):
        return self._non_anon_label or "anon"

    def get_children(self):
        return [self.clause]


def cast(expression, type_):
    return Cast(expression, type_)


class TypeCoerce(ColumnElement):
    __visit_name__ = "type_coerce"

    def __init__(self, expression, type_):
        self.type = sqltypes.to_instance(type_)
        if not isinstance(expression, ClauseElement) and not hasattr(expression, "__clause_element__"):
            self.clause = BindParameter(None, expression, type_=self.type, unique=True)
        else:
            self.clause = _coerce_clause(expression)

    @property
    def _non_anon_label(self):
        return getattr(self.clause, "name", None)

    def get_children(self):
        return [self.clause]

    def self_group(self, against=None):
        grouped = self.clause.self_group(against=against)
        if grouped is not self.clause:
            return TypeCoerce(grouped, self.type)
        return self


def type_coerce(expression, type_):
    return TypeCoerce(expression, type_)


class Extract(ColumnElement):
    __visit_name__ = "extract"

    def __init__(self, field, expr):
        self.type = sqltypes.Integer()
        self.field = field
        self.expr = _expect_column(expr)

    def get_children(self):
        return [self.expr]


def extract(field, expr):
    return Extract(field, expr)


class UnaryExpression(ColumnElement):
    __visit_name__ = "unary"

    def __init__(self, element, operator=None, modifier=None, type_=None, wraps_column_expression=False):
        self.operator = operator
        self.modifier = modifier
        against = operator or modifier
        self.element = _coerce_clause(element).self_group(against=against)
        self.type = sqltypes.to_instance(type_) if type_ is not None else sqltypes.NULLTYPE
        if type_ is None and modifier is not None:
            self.type = getattr(self.element, "type", sqltypes.NULLTYPE)

    def get_children(self):
        return [self.element]

    @property
    def _order_by_label_element(self):
        if self.modifier in (operators.desc_op, operators.asc_op, operators.nulls_first_op,
                             operators.nulls_last_op):
            inner = self.element
            return getattr(inner, "_order_by_label_element", None)
        return None

    def _negate(self):
        if self.operator is operators.inv and self.type._type_affinity is sqltypes.Boolean:
            return self.element
        return super()._negate()

    def self_group(self, against=None):
        if self.operator and operators.is_precedent(self.operator, against):
            return Grouping(self)
        return self


def desc(column):
    return UnaryExpression(_expect_order_by(column), modifier=operators.desc_op)


def asc(column):
    return UnaryExpression(_expect_order_by(column), modifier=operators.asc_op)


def nulls_first(column):
    return UnaryExpression(_expect_order_by(column), modifier=operators.nulls_first_op)


def nulls_last(column):
    return UnaryExpression(_expect_order_by(column), modifier=operators.nulls_last_op)


def distinct(expr):
    expr = _expect_column(expr)
    return UnaryExpression(expr, operator=operators.distinct_op, type_=expr.type)


class CollectionAggregate(UnaryExpression):
    @classmethod
    def _create_any(cls, expr):
        expr = _expect_column(expr)
        return cls(expr, operator=operators.any_op, type_=getattr(expr.type, "item_type", sqltypes.NULLTYPE))

    @classmethod
    def _create_all(cls, expr):
        expr = _expect_column(expr)
        return cls(expr, operator=operators.all_op, type_=getattr(expr.type, "item_type", sqltypes.NULLTYPE))

    def operate(self, op, *other, **kw):
        if op not in (operators.eq, operators.ne, operators.lt, operators.le, operators.gt,
                      operators.ge):
            raise NotImplementedError("Only comparison operators may be used with ANY/ALL")
        value = other[0]
        if isinstance(value, ClauseElement) or hasattr(value, "__clause_element__"):
            left = _coerce_clause(value)
        else:
            left = BindParameter(None, value, type_=self.type, unique=True)
        # `x == ANY (arr)` reads from the value's side: `3 < ANY(a)` is `a > 3`-like
        mirror = {operators.lt: operators.gt, operators.gt: operators.lt,
                  operators.le: operators.ge, operators.ge: operators.le}
        return BinaryExpression(left, self, mirror.get(op, op), type_=sqltypes.BOOLEANTYPE)

    def self_group(self, against=None):
        return self


def any_(expr):
    return CollectionAggregate._create_any(expr)


def all_(expr):
    return CollectionAggregate._create_all(expr)


class AsBoolean(UnaryExpression):
    def __init__(self, element, operator, negate):
        self.element = element
        self.type = sqltypes.BOOLEANTYPE
        self.operator = operator
        self.negate = negate
        self.modifier = None

    def self_group(self, against=None):
        return self

    def _negate(self):
        if isinstance(self.element, (True_, False_)):
            return self.element._negate()
        return AsBoolean(self.element, self.negate, self.operator)


class BinaryExpression(OperatorExpression):
    __visit_name__ = "binary"

    def __init__(self, left, right, operator, type_=None, negate=None, modifiers=None):
        self.left = left.self_group(against=operator)
        self.right = right.self_group(against=operator)
        self.operator = operator
        self.type = sqltypes.to_instance(type_) if type_ is not None else sqltypes.NULLTYPE
        self.negate = negate
        self.modifiers = modifiers or {}

    def get_children(self):
        return [self.left, self.right]

    def __bool__(self):
        if self.operator in (operators.eq, operators.ne):
            same = self.left._compare_same(self.right) if hasattr(self.left, "_compare_same") \
                else self.left is self.right
            return same if self.operator is operators.eq else not same
        raise TypeError("Boolean value of this clause is not defined")

    def _negate(self):
        if self.negate is not None:
            return BinaryExpression(self.left, self.right, self.negate, negate=self.operator,
                                    type_=self.type, modifiers=self.modifiers)
        return super()._negate()

    @property
    def is_comparison(self):
        return self.operator.is_comparison


class _JSONElement(BinaryExpression):
    """`col["key"]` of a JSON column, with the JSON comparator's extras."""

    @property
    def astext(self):
        new = _JSONElement(self.left, self.right, self.operator, type_=sqltypes.Text())
        new.modifiers = dict(self.modifiers, astext=True)
        return new

    def _as(self, type_):
        cast = Cast(self.astext, type_)
        cast._json_plain = self
        return cast

    def as_string(self):
        return self._as(sqltypes.String())

    def as_integer(self):
        return self._as(sqltypes.Integer())

    def as_float(self):
        return self._as(sqltypes.Float())

    def as_boolean(self):
        return self._as(sqltypes.Boolean())

    def as_numeric(self, precision, scale, asdecimal=True):
        return self._as(sqltypes.Numeric(precision, scale, asdecimal=asdecimal))

    def as_json(self):
        return self

    def __getitem__(self, index):
        return _getitem(self, index)


class Slice(ColumnElement):
    __visit_name__ = "slice"

    def __init__(self, start, stop, expr):
        self.start = BindParameter(expr._bind_base, start, type_=sqltypes.Integer(), unique=True)
        self.stop = BindParameter(expr._bind_base, stop, type_=sqltypes.Integer(), unique=True)


class Grouping(ColumnElement):
    __visit_name__ = "grouping"

    def __init__(self, element):
        self.element = element
        self.type = getattr(element, "type", sqltypes.NULLTYPE)

    def self_group(self, against=None):
        return self

    def get_children(self):
        return [self.element]

    @property
    def _label_base(self):
        return getattr(self.element, "_label_base", "anon")

    @property
    def _non_anon_label(self):
        return getattr(self.element, "_non_anon_label", None)

    @property
    def key(self):
        return getattr(self.element, "key", None)

    def _negate(self):
        return self.element._negate() if hasattr(self.element, "_negate") else super()._negate()

    @property
    def _from_objects(self):
        return self.element._from_objects


class Label(ColumnElement):
    __visit_name__ = "label"

    def __init__(self, name, element, type_=None):
        if hasattr(element, "__clause_element__"):
            element = element.__clause_element__()
        while isinstance(element, Label):
            element = element.element
        self._element = element
        self.element = element.self_group(against=operators.as_)
        if name is None:
            self.name = _anon_name(getattr(element, "_label_base", "anon"))
            self._anonymous = True
        else:
            self.name = name
            self._anonymous = False
        self.key = self.name if isinstance(self.name, str) else None
        self.type = sqltypes.to_instance(type_) if type_ is not None else element.type

    @property
    def _non_anon_label(self):
        return self.name if isinstance(self.name, str) else None

    @property
    def _order_by_label_element(self):
        return self

    @property
    def _bind_base(self):
        return None

    def get_children(self):
        return [self.element]

    def self_group(self, against=None):
        return self

    @property
    def primary_key(self):
        return getattr(self.element, "primary_key", False)

    @property
    def proxy_set(self):
        return {self} | self._element.proxy_set

    def label(self, name):
        return Label(name, self._element, self.type)


class CollationClause(ColumnElement):
    __visit_name__ = "collation"

    def __init__(self, collation):
        self.collation = collation

    @classmethod
    def _create_collation_expression(cls, expression, collation):
        expr = _expect_column(expression)
        return BinaryExpression(expr, CollationClause(collation), operators.collate,
                                type_=expr.type)


class ColumnClause(ColumnElement):
    """A named column: `column("x")`, and the base of a Table's Column."""
    __visit_name__ = "column"
    is_literal = False
    _is_table_column = False

    def __init__(self, text, type_=None, is_literal=False, _selectable=None):
        self.name = self.key = text
        self.type = sqltypes.to_instance(type_) if type_ is not None else sqltypes.NULLTYPE
        self.is_literal = is_literal
        self.table = _selectable

    @property
    def _label_base(self):
        return self.name if not self.is_literal else "anon"

    @property
    def _bind_base(self):
        return self.key

    @property
    def _non_anon_label(self):
        return None if self.is_literal else self.name

    @property
    def _from_objects(self):
        return [self.table] if self.table is not None else []

    def _compare_same(self, other):
        return self is other

    def __repr__(self):
        return "<sqlalchemy.sql.elements.ColumnClause at 0x%x; %s>" % (id(self), self.name)


def column(text, type_=None, is_literal=False, _selectable=None):
    return ColumnClause(text, type_, is_literal, _selectable)


def literal_column(text, type_=None):
    return ColumnClause(text, type_, is_literal=True)


def literal(value, type_=None, literal_execute=False):
    return BindParameter(None, value, type_=type_, unique=True, literal_execute=literal_execute)


def bindparam(key, value=_NONE, type_=None, unique=False, required=_NONE, quote=None,
              callable_=None, expanding=False, isoutparam=False, literal_execute=False):
    return BindParameter(key, value, type_, unique, required, quote, callable_, expanding,
                         isoutparam, literal_execute)


def text(text):
    return TextClause(text)


def null():
    return Null._singleton


def true():
    return True_._singleton


def false():
    return False_._singleton


class _textual_label_reference(ColumnElement):
    """`order_by("name")`: the label of that name in the columns clause."""
    __visit_name__ = "textual_label_reference"

    def __init__(self, element):
        self.element = element

    @property
    def _order_by_label_element(self):
        return None


class Over(ColumnElement):
    __visit_name__ = "over"

    def __init__(self, element, partition_by=None, order_by=None, range_=None, rows=None):
        self.element = element
        self.type = element.type

        def many(x):
            if x is None:
                return None
            if not isinstance(x, (list, tuple)):
                x = [x]
            return [_expect_order_by(e) for e in x]
        self.partition_by = many(partition_by)
        self.order_by = many(order_by)
        self.range_ = range_
        self.rows = rows

    @property
    def _label_base(self):
        return self.element._label_base

    def get_children(self):
        return [self.element] + (self.partition_by or []) + (self.order_by or [])


class FunctionFilter(ColumnElement):
    __visit_name__ = "funcfilter"

    def __init__(self, func, *criterion):
        self.func = func
        self.criterion = and_(*criterion) if criterion else None
        self.type = func.type

    def over(self, partition_by=None, order_by=None, range_=None, rows=None):
        return Over(self, partition_by, order_by, range_, rows)

    @property
    def _label_base(self):
        return self.func._label_base

    def self_group(self, against=None):
        if operators.is_precedent(operators.filter_op, against):
            return Grouping(self)
        return self


class WithinGroup(ColumnElement):
    __visit_name__ = "withingroup"

    def __init__(self, element, *order_by):
        self.element = element
        self.order_by = [_expect_order_by(o) for o in order_by]
        self.type = element.type

    @property
    def _label_base(self):
        return self.element._label_base


# -- functions -----------------------------------------------------------------------

class FunctionElement(ColumnElement):
    __visit_name__ = "function"
    _has_args = False
    packagenames = ()

    def __init__(self, *clauses, type_=None):
        args = [_as_operand(_FuncBindNamer(self.name), operators.comma_op, c)
                for c in clauses]
        self.clause_expr = Grouping(ClauseList(*args, operator=operators.comma_op,
                                                group_contents=True))
        self.clauses = self.clause_expr.element
        self._has_args = self._has_args or bool(clauses)
        if type_ is not None:
            self.type = sqltypes.to_instance(type_)

    @property
    def _label_base(self):
        return self.name

    @property
    def _bind_base(self):
        return self.name

    def get_children(self):
        return [self.clause_expr]

    @property
    def _from_objects(self):
        return self.clauses._from_objects

    def over(self, partition_by=None, order_by=None, range_=None, rows=None):
        return Over(self, partition_by, order_by, range_, rows)

    def filter(self, *criterion):
        if not criterion:
            return self
        return FunctionFilter(self, *criterion)

    def within_group(self, *order_by):
        return WithinGroup(self, *order_by)

    def self_group(self, against=None):
        if against is operators.getitem:
            return Grouping(self)
        return super().self_group(against)

    def select(self):
        from sqlalchemy.sql.selectable import select
        return select(self)

    def scalar_table_valued(self, name, type_=None):
        return ColumnClause(name, type_)

    def __repr__(self):
        return "<%s at 0x%x; %s>" % (type(self).__module__ + "." + type(self).__name__, id(self), self.name)


class _FuncBindNamer:
    def __init__(self, name):
        self.name = name

    def _bind_param(self, operator, obj, type_=None, expanding=False):
        return BindParameter(self.name, obj, type_=type_, unique=True)


class Function(FunctionElement):
    __module__ = "sqlalchemy.sql.functions"

    def __init__(self, name, *clauses, type_=None, packagenames=None):
        self.name = name
        self.packagenames = packagenames or ()
        self.type = sqltypes.to_instance(type_) if type_ is not None else sqltypes.NULLTYPE
        FunctionElement.__init__(self, *clauses)


class GenericFunction(Function):
    type = sqltypes.NULLTYPE
    _ansi = False

    def __init__(self, *args, **kw):
        self.name = self.identifier
        self.packagenames = ()
        type_ = kw.pop("type_", None)
        FunctionElement.__init__(self, *args)
        if type_ is not None:
            self.type = sqltypes.to_instance(type_)
        elif self._return_type_from_args:
            first = self.clauses.clauses[0] if self.clauses.clauses else None
            self.type = getattr(first, "type", sqltypes.NULLTYPE) if first is not None \
                else sqltypes.NULLTYPE
        else:
            t = type(self).__dict__.get("type") or type(self).type
            self.type = t

    _return_type_from_args = False


_GENERIC = {}


def _generic(name, type_=None, from_args=False, ansi=False, has_args=False, cls_name=None):
    attrs = {"identifier": name, "_return_type_from_args": from_args, "_ansi": ansi,
             "__module__": "sqlalchemy.sql.functions", "_has_args": has_args}
    if type_ is not None:
        attrs["type"] = type_
    klass = type(cls_name or name, (GenericFunction,), attrs)
    _GENERIC[name] = klass
    return klass


class count(GenericFunction):
    __module__ = "sqlalchemy.sql.functions"
    identifier = "count"
    type = sqltypes.Integer()

    def __init__(self, expression=None, **kw):
        if expression is None:
            expression = literal_column("*")
        GenericFunction.__init__(self, expression, **kw)


_GENERIC["count"] = count
_generic("max", from_args=True)
_generic("min", from_args=True)
_generic("sum", from_args=True)
_generic("coalesce", from_args=True, has_args=True)
_generic("array_agg", from_args=True)
_generic("now", sqltypes.DateTime())
_generic("concat", sqltypes.String())
_generic("char_length", sqltypes.Integer())
_generic("random", has_args=True)
_generic("rank", sqltypes.Integer())
_generic("dense_rank", sqltypes.Integer())
_generic("row_number", sqltypes.Integer())
_generic("percent_rank", sqltypes.Numeric())
_generic("cume_dist", sqltypes.Numeric())
_generic("current_date", sqltypes.Date(), ansi=True)
_generic("current_time", sqltypes.Time(), ansi=True)
_generic("current_timestamp", sqltypes.DateTime(), ansi=True)
_generic("current_user", sqltypes.String(), ansi=True)
_generic("localtime", sqltypes.DateTime(), ansi=True)
_generic("localtimestamp", sqltypes.DateTime(), ansi=True)
_generic("session_user", sqltypes.String(), ansi=True)
_generic("user", sqltypes.String(), ansi=True)
_generic("pow", from_args=True)


class _FunctionGenerator:
    """`func.<name>(...)`: a known function (typed) or any other by its name."""

    def __init__(self, names=()):
        self.__names = list(names)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        if name.endswith("_"):
            name = name[:-1]
        return _FunctionGenerator(self.__names + [name])

    def __call__(self, *args, **kw):
        names = self.__names
        if len(names) == 1:
            klass = _GENERIC.get(names[0].lower())
            if klass is not None:
                return klass(*args, **kw)
            return Function(names[0], *args, **kw)
        return Function(names[-1], *args, packagenames=tuple(names[:-1]), **kw)


func = _FunctionGenerator()


def over(element, partition_by=None, order_by=None, range_=None, rows=None):
    return Over(element, partition_by, order_by, range_, rows)


def within_group(element, *order_by):
    return WithinGroup(element, *order_by)


def funcfilter(func, *criterion):
    return FunctionFilter(func, *criterion)


def collate(expression, collation):
    return CollationClause._create_collation_expression(expression, collation)


def between(expr, lower_bound, upper_bound, symmetric=False):
    return _expect_column(expr).between(lower_bound, upper_bound, symmetric=symmetric)


__all__ = [
    "ClauseElement", "ColumnElement", "ColumnOperators", "BindParameter", "TextClause", "Label",
    "ColumnClause", "Null", "True_", "False_", "ClauseList", "BooleanClauseList", "Tuple",
    "Case", "Cast", "TypeCoerce", "Extract", "UnaryExpression", "BinaryExpression", "Grouping",
    "Over", "FunctionElement", "Function", "GenericFunction", "and_", "or_", "not_", "text",
    "literal", "literal_column", "column", "bindparam", "null", "true", "false", "case", "cast",
    "type_coerce", "extract", "desc", "asc", "nulls_first", "nulls_last", "distinct", "func",
    "tuple_", "any_", "all_", "over", "within_group", "funcfilter", "collate", "between",
]
