# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's ORM mapping (orm/decl_api.py,
# decl_base.py, mapper.py, properties.py, relationships.py, attributes.py, state.py,
# collections.py, strategy_options.py, util.py): declarative classes (DeclarativeBase,
# `Mapped[...]` annotations, mapped_column, relationship), the Mapper, instrumented
# attributes and each object's InstanceState, collections that keep both sides of a
# relationship in step, loader options, and aliased classes.
#
# Reading an attribute that needs the database (an expired column, a lazy relationship)
# cannot wait in a sync attribute access, in real SQLAlchemy's asyncio layer as here: the
# statement is logged as SQLAlchemy would start to run it, and MissingGreenlet is raised.

import sys
import typing
import itertools

from sqlalchemy import exc as sa_exc
from sqlalchemy import types as sqltypes
from sqlalchemy.orm import exc as orm_exc
from sqlalchemy.schema import MetaData, Table, Column, ForeignKey
from sqlalchemy.sql import operators
from sqlalchemy.sql import elements as E
from sqlalchemy.sql import selectable as S

_creation = itertools.count(1)
_insert_order = itertools.count(1)


class _Symbol:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "symbol(%r)" % self.name

    def __bool__(self):
        return False


NO_VALUE = _Symbol("NO_VALUE")
NEVER_SET = NO_VALUE

ONETOMANY = _Symbol("ONETOMANY")
MANYTOONE = _Symbol("MANYTOONE")
MANYTOMANY = _Symbol("MANYTOMANY")


def state_str(state):
    return "<%s at 0x%x>" % (state.class_.__name__, id(state.obj()))


def _missing_greenlet():
    return sa_exc.MissingGreenlet(
        "greenlet_spawn has not been called; can't call await_() here. Was IO attempted in "
        "an unexpected place?")


def _corr(selectable, col):
    """The column of `selectable` standing for `col` (`col` itself when none does)."""
    found = selectable.corresponding_column(col)
    return col if found is None else found


# -- Mapped[...] ------------------------------------------------------------------------

class _MappedAlias:
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        return "%s[%s]" % (self.__origin__.__name__, ", ".join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        return isinstance(other, _MappedAlias) and other.__origin__ is self.__origin__ and \
            other.__args__ == self.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))


def _type_repr(t):
    if isinstance(t, type):
        if t.__module__ == "builtins":
            return t.__name__
        return "%s.%s" % (t.__module__, t.__qualname__)
    return repr(t)


class Mapped:
    """`Mapped[int]`: the annotation of a mapped attribute."""
    __module__ = "sqlalchemy.orm.base"

    def __class_getitem__(cls, item):
        return _MappedAlias(cls, (item,))


class WriteOnlyMapped(Mapped):
    pass


class DynamicMapped(Mapped):
    pass


class _MappedSQLExpression:
    pass


# -- declared attributes ----------------------------------------------------------------

class MappedColumn:
    """What `mapped_column()` returns: the column to be, until the class is mapped."""

    def __init__(self, *args, **kw):
        self.name = kw.pop("name", None)
        self.type_ = kw.pop("type_", None)
        args = list(args)
        if args and isinstance(args[0], str):
            self.name = args.pop(0)
        if args and (isinstance(args[0], sqltypes.TypeEngine) or
                     (isinstance(args[0], type) and issubclass(args[0], sqltypes.TypeEngine))):
            self.type_ = args.pop(0)
        self.args = args
        self.nullable = kw.pop("nullable", _UNSET)
        self.primary_key = kw.pop("primary_key", False)
        self.deferred = kw.pop("deferred", False)
        self.deferred_group = kw.pop("deferred_group", None)
        self.deferred_raiseload = kw.pop("deferred_raiseload", False)
        self.init = kw.pop("init", _UNSET)
        self.repr = kw.pop("repr", True)
        self.default_factory = kw.pop("default_factory", _UNSET)
        self.compare = kw.pop("compare", True)
        self.kw_only = kw.pop("kw_only", _UNSET)
        self.hash = kw.pop("hash", _UNSET)
        self.dataclass_metadata = kw.pop("dataclass_metadata", None)
        self.sort_order = kw.pop("sort_order", 0)
        self.use_existing_column = kw.pop("use_existing_column", False)
        self.active_history = kw.pop("active_history", False)
        self.doc = kw.pop("doc", None)
        self.default = kw.get("default", _UNSET)
        self.kw = kw
        self._creation_order = next(_creation)

    def _make_column(self, key, annotation_type, annotation_nullable, registry):
        type_ = self.type_
        if type_ is None and annotation_type is not None:
            type_ = registry._resolve_type(annotation_type)
        kw = dict(self.kw)
        if self.nullable is not _UNSET:
            kw["nullable"] = self.nullable
        elif self.primary_key:
            kw["nullable"] = False
        elif annotation_nullable is not None:
            kw["nullable"] = annotation_nullable
        args = [a for a in self.args]
        col = Column(self.name or key, type_, *args, primary_key=self.primary_key, key=key,
                     **kw)
        if self.name is not None:
            col.key = key
        self._column = col
        return col


_UNSET = object()


def mapped_column(*args, **kw):
    return MappedColumn(*args, **kw)


def column_property(*columns, **kw):
    return ColumnProperty(*columns, **kw)


def deferred(column, *additional, **kw):
    kw["deferred"] = True
    return ColumnProperty(column, *additional, **kw)


def query_expression(default_expr=None, **kw):
    return ColumnProperty(E.null() if default_expr is None else default_expr, **kw)


class declared_attr:
    """A class-level attribute computed per mapped class (`@declared_attr`)."""

    def __init__(self, fn, cascading=False):
        self.fget = fn
        self._cascading = cascading
        self.__doc__ = fn.__doc__

    def __get__(self, obj, cls):
        return self.fget(cls)

    @classmethod
    def _stateful(cls, **kw):
        def wrap(fn):
            return declared_attr(fn, kw.get("cascading", False))
        return wrap

    @staticmethod
    def cascading(fn):
        return declared_attr(fn, cascading=True)

    @staticmethod
    def directive(fn):
        return declared_attr(fn)


class _ClassPropertyDirective(declared_attr):
    pass


def synonym(name, map_column=None, descriptor=None, **kw):
    return _Synonym(name)


class _Synonym:
    def __init__(self, name):
        self.name = name


def validates(*names, include_removes=False, include_backrefs=True):
    def wrap(fn):
        fn.__sa_validators__ = (names, include_removes)
        return fn
    return wrap


# -- relationships ------------------------------------------------------------------------

class RelationshipProperty:
    """`relationship()`: configured when the mappers are (targets, joins, direction)."""

    def __init__(self, argument=None, secondary=None, *, uselist=None, back_populates=None,
                 backref=None, lazy="select", cascade=False, order_by=False,
                 foreign_keys=None, primaryjoin=None, secondaryjoin=None, viewonly=False,
                 passive_deletes=False, passive_updates=True, single_parent=False,
                 collection_class=None, innerjoin=False, remote_side=None, post_update=False,
                 overlaps=None, cascade_backrefs=False, sync_backref=None, join_depth=None,
                 distinct_target_key=None, enable_typechecks=True, info=None, doc=None,
                 init=_UNSET, repr=True, default=_UNSET, default_factory=_UNSET,
                 compare=True, kw_only=_UNSET, hash=_UNSET, active_history=False,
                 bake_queries=True, omit_join=None, comparator_factory=None, query_class=None,
                 raiseload=False, dataclass_metadata=None):
        self.argument = argument
        self.secondary = secondary
        self.uselist = uselist
        self.back_populates = back_populates
        self.backref = backref
        self.lazy = lazy
        self.cascade_text = cascade if cascade is not False else "save-update, merge"
        self.cascade = _parse_cascade(self.cascade_text)
        self.order_by = order_by
        self._foreign_keys_arg = foreign_keys
        self._primaryjoin_arg = primaryjoin
        self._secondaryjoin_arg = secondaryjoin
        self.viewonly = viewonly
        self.passive_deletes = passive_deletes
        self.single_parent = single_parent
        self.collection_class = collection_class
        self.innerjoin = innerjoin
        self.remote_side = remote_side
        self.post_update = post_update
        self.info = info or {}
        self.doc = doc
        self.init = init
        self.repr = repr
        self.default = default
        self.default_factory = default_factory
        self._creation_order = next(_creation)
        self._configured = False
        self.key = None
        self.parent = None
        self.mapper = None
        self.direction = None
        self._reverse_property = None

    # -- configuration --

    def _setup(self, key, parent, annotation_target=None, annotation_uselist=None,
               annotation_collection=None):
        self.key = key
        self.parent = parent
        if self.argument is None and annotation_target is not None:
            self.argument = annotation_target
        if self.uselist is None and annotation_uselist is not None:
            self._annotation_uselist = annotation_uselist
        if self.collection_class is None and annotation_collection is not None:
            self.collection_class = annotation_collection

    def _resolve_target(self):
        arg = self.argument
        registry = self.parent.registry
        if callable(arg) and not isinstance(arg, type) and not hasattr(arg, "__mapper__") and \
                not isinstance(arg, str):
            arg = arg()
        if isinstance(arg, str):
            name = arg
            target = registry._class_by_name(name, self.parent.class_)
            if target is None:
                raise sa_exc.InvalidRequestError(
                    "When initializing mapper %s, expression %r failed to locate a name (%r). "
                    "If this is a class name, consider adding this relationship() to the %r "
                    "class after both dependent classes have been defined." % (
                        self.parent, name, name, self.parent.class_))
            arg = target
        if isinstance(arg, AliasedClass):
            return arg._mapper
        mapper = getattr(arg, "__mapper__", None)
        if mapper is None:
            raise sa_exc.ArgumentError(
                "relationship '%s' expects a class or a mapper argument (received: %s)" % (
                    self.key, type(arg)))
        return mapper

    def _configure(self):
        if self._configured:
            return
        self._configured = True
        self.mapper = self._resolve_target()
        self.target = self.mapper.local_table
        secondary = self.secondary
        if isinstance(secondary, str):
            secondary = self.parent.registry.metadata.tables.get(secondary) or \
                self.parent.registry._eval(secondary, self.parent.class_)
        elif callable(secondary) and not isinstance(secondary, S.FromClause):
            secondary = secondary()
        self.secondary = secondary
        parent_table = self.parent.local_table
        target = self.target
        fks = self._foreign_key_columns()
        if secondary is not None:
            self.direction = MANYTOMANY
            self.local_remote_pairs = []
            self.synchronize_pairs = []
            self.secondary_synchronize_pairs = []
            pj = self._resolve_join(self._primaryjoin_arg)
            sj = self._resolve_join(self._secondaryjoin_arg)
            if pj is None:
                pj_pairs = _fk_pairs(parent_table, secondary)
                pj = _and_pairs(pj_pairs)
            else:
                pj_pairs = _pairs_from_expr(pj, parent_table, secondary)
            if sj is None:
                sj_pairs = _fk_pairs(target, secondary)
                sj = _and_pairs(sj_pairs)
            else:
                sj_pairs = _pairs_from_expr(sj, target, secondary)
            self.primaryjoin = pj
            self.secondaryjoin = sj
            self.synchronize_pairs = pj_pairs          # (parent col, secondary col)
            self.secondary_synchronize_pairs = sj_pairs  # (target col, secondary col)
        else:
            pj = self._resolve_join(self._primaryjoin_arg)
            if pj is not None:
                pairs, direction = _analyze_join(pj, parent_table, target, fks, self.remote_side)
            else:
                pairs, direction = _infer_join(parent_table, target, fks, self.remote_side,
                                               self)
            self.direction = direction
            # pairs: (parent-side column, child-side column) where for ONETOMANY the child
            # side holds the foreign key and for MANYTOONE the parent side does.
            self.local_remote_pairs = pairs
            if pj is None:
                if direction is ONETOMANY:
                    pj = _and_pairs([(p, c) for p, c in pairs])
                else:
                    pj = _and_pairs([(c, p) for p, c in pairs])
            self.primaryjoin = pj
            self.secondaryjoin = None
        if self.uselist is None:
            ann = getattr(self, "_annotation_uselist", None)
            if ann is not None:
                self.uselist = ann
            else:
                self.uselist = self.direction is not MANYTOONE
        if self.back_populates:
            other = self.mapper._props.get(self.back_populates)
            if other is None:
                raise sa_exc.InvalidRequestError(
                    "Mapper '%s' has no property '%s'.  If this property was indicated from "
                    "other mappers or configure events, make sure those mappers have been "
                    "initialized." % (self.mapper, self.back_populates))
            self._reverse_property = other
            other._reverse_property = self
        if self.order_by is not False and self.order_by is not None:
            ob = self.order_by
            if isinstance(ob, str):
                ob = self.parent.registry._eval(ob, self.parent.class_)
            if not isinstance(ob, (list, tuple)):
                ob = [ob]
            self._order_by = [E._expect_order_by(o) for o in ob]
        else:
            self._order_by = None

    def _resolve_join(self, arg):
        if arg is None:
            return None
        if isinstance(arg, str):
            arg = self.parent.registry._eval(arg, self.parent.class_)
        elif callable(arg) and not isinstance(arg, E.ClauseElement):
            arg = arg()
        return E._expect_where(arg)

    def _foreign_key_columns(self):
        arg = self._foreign_keys_arg
        if arg is None:
            return None
        if isinstance(arg, str):
            arg = self.parent.registry._eval(arg, self.parent.class_)
        if not isinstance(arg, (list, tuple, set)):
            arg = [arg]
        out = []
        for a in arg:
            if hasattr(a, "__clause_element__"):
                a = a.__clause_element__()
            out.append(a)
        return out

    # -- reading pairs --

    @property
    def _fk_columns_on_child(self):
        return [c for _, c in self.local_remote_pairs]

    def __str__(self):
        return "%s.%s" % (self.parent.class_.__name__, self.key)

    def _lazy_clause(self, parent_state_values=None):
        """WHERE for loading this relationship of one parent: `$1 = child.fk`."""
        if self.direction is ONETOMANY:
            crits = []
            for p, c in self.local_remote_pairs:
                bp = E.BindParameter(None, None, type_=p.type, unique=True)
                crits.append(E.BinaryExpression(bp, c, operators.eq, type_=sqltypes.BOOLEANTYPE,
                                                negate=operators.ne))
            return crits
        if self.direction is MANYTOMANY:
            crits = []
            for p, s in self.synchronize_pairs:
                bp = E.BindParameter(None, None, type_=p.type, unique=True)
                crits.append(E.BinaryExpression(bp, s, operators.eq, type_=sqltypes.BOOLEANTYPE,
                                                negate=operators.ne))
            for t, s in self.secondary_synchronize_pairs:
                crits.append(t == s)
            return crits
        crits = []
        for p, c in self.local_remote_pairs:
            crits.append(c == E.BindParameter(None, None, type_=c.type, unique=True))
        return crits


def relationship(argument=None, secondary=None, **kw):
    return RelationshipProperty(argument, secondary, **kw)


def backref(name, **kwargs):
    return (name, kwargs)


def _parse_cascade(text):
    if isinstance(text, (list, tuple, set)):
        parts = set(text)
    else:
        parts = {p.strip() for p in text.split(",") if p.strip()}
    if "all" in parts:
        parts.discard("all")
        parts |= {"save-update", "merge", "refresh-expire", "expunge", "delete"}
    if "none" in parts:
        parts.discard("none")
    return parts


def _fk_pairs(referenced_table, fk_table):
    """(referenced column, referencing column) for fk_table's foreign keys into
    referenced_table."""
    out = []
    for c in fk_table.columns:
        for fk in sorted(c.foreign_keys, key=lambda f: f._creation_order):
            col = fk._resolve(quiet=True)
            if col is not None and col.table is referenced_table:
                out.append((col, c))
    return out


def _and_pairs(pairs):
    crits = [a == b for a, b in pairs]
    if len(crits) == 1:
        return crits[0]
    return E.and_(*crits)


def _infer_join(parent_table, target, fks, remote_side, prop):
    if parent_table is target:
        # self-referential: remote_side decides; default one-to-many.
        pairs = _fk_pairs(parent_table, target)
        if remote_side is not None:
            rs = remote_side if isinstance(remote_side, (list, tuple, set)) else [remote_side]
            rs = [getattr(r, "_column", r) if isinstance(r, MappedColumn) else r for r in rs]
            rs = [r.__clause_element__() if hasattr(r, "__clause_element__") else r for r in rs]
            if isinstance(rs[0], str):
                rs = [prop.parent.registry._eval(r, prop.parent.class_) for r in rs]
                rs = [r.__clause_element__() if hasattr(r, "__clause_element__") else r
                      for r in rs]
            if any(r is ref for r in rs for ref, _ in pairs):
                # remote side is the referenced column: many-to-one
                return [(fk, ref) for ref, fk in pairs], MANYTOONE
        return pairs, ONETOMANY
    child_fks = _fk_pairs(parent_table, target)       # target has FK to parent
    parent_fks = _fk_pairs(target, parent_table)      # parent has FK to target
    if fks:
        child_fks = [(r, c) for r, c in child_fks if any(c is f for f in fks)]
        parent_fks = [(r, c) for r, c in parent_fks if any(c is f for f in fks)]
    if child_fks and not parent_fks:
        return child_fks, ONETOMANY
    if parent_fks and not child_fks:
        return [(c, r) for r, c in parent_fks], MANYTOONE
    if not child_fks and not parent_fks:
        raise sa_exc.NoForeignKeysError(
            "Could not determine join condition between parent/child tables on relationship "
            "%s - there are no foreign keys linking these tables.  Ensure that referencing "
            "columns are associated with a ForeignKey or ForeignKeyConstraint, or specify a "
            "'primaryjoin' expression." % prop)
    raise sa_exc.AmbiguousForeignKeysError(
        "Could not determine join condition between parent/child tables on relationship %s "
        "- there are multiple foreign key paths linking the tables.  Specify the "
        "'foreign_keys' argument, providing a list of those columns which should be counted "
        "as containing a foreign key reference to the parent table." % prop)


def _analyze_join(pj, parent_table, target, fks, remote_side):
    pairs = []
    for el in _flatten_and(pj):
        if isinstance(el, E.BinaryExpression) and el.operator is operators.eq:
            left, right = el.left, el.right
            if isinstance(left, E.ColumnClause) and isinstance(right, E.ColumnClause):
                pairs.append((left, right))
    out = []
    direction = None
    for a, b in pairs:
        # orient as (parent column, target column)
        if a.table is target and b.table is parent_table:
            a, b = b, a
        fk_on_target = bool(b.foreign_keys) or (fks and any(b is f for f in fks))
        fk_on_parent = bool(a.foreign_keys) or (fks and any(a is f for f in fks))
        if fks:
            fk_on_target = any(b is f for f in fks)
            fk_on_parent = any(a is f for f in fks)
        if fk_on_target and not fk_on_parent:
            direction = direction or ONETOMANY
            out.append((a, b))
        elif fk_on_parent:
            direction = direction or MANYTOONE
            out.append((a, b))
        else:
            out.append((a, b))
    if direction is None:
        direction = ONETOMANY
    if direction is MANYTOONE:
        # (parent fk column, target referenced column)
        return out, MANYTOONE
    return out, ONETOMANY


def _pairs_from_expr(expr, table, secondary):
    out = []
    for el in _flatten_and(expr):
        if isinstance(el, E.BinaryExpression) and el.operator is operators.eq:
            a, b = el.left, el.right
            if getattr(a, "table", None) is secondary:
                a, b = b, a
            out.append((a, b))
    return out


def _flatten_and(expr):
    if isinstance(expr, E.Grouping):
        expr = expr.element
    if isinstance(expr, E.BooleanClauseList) and expr.operator is operators.and_:
        out = []
        for c in expr.clauses:
            out.extend(_flatten_and(c))
        return out
    return [expr]


# -- properties and the mapper ------------------------------------------------------------

class ColumnProperty:
    def __init__(self, *columns, **kw):
        self.columns = [E._expect_column(c) for c in columns]
        self.deferred = kw.pop("deferred", False)
        self.group = kw.pop("group", None)
        self.raiseload = kw.pop("raiseload", False)
        self.active_history = kw.pop("active_history", False)
        self.expire_on_flush = kw.pop("expire_on_flush", True)
        self.info = kw.pop("info", {})
        self.doc = kw.pop("doc", None)
        self.key = None
        self.parent = None
        self._creation_order = next(_creation)

    @property
    def expression(self):
        return self.columns[0]

    @property
    def _is_plain_column(self):
        return isinstance(self.columns[0], Column) and self.columns[0].table is self.parent.local_table


class Mapper:
    __module__ = "sqlalchemy.orm.mapper"

    def __init__(self, class_, local_table, registry, properties=None, primary_key=None,
                 eager_defaults="auto", polymorphic_on=None, polymorphic_identity=None,
                 inherits=None, version_id_col=None, **kw):
        self.class_ = class_
        self.local_table = local_table
        self.persist_selectable = local_table
        self.registry = registry
        self.eager_defaults = eager_defaults
        self._props = {}
        self._column_props = []
        self._relationships = []
        self.configured = False
        self.inherits = inherits
        self.polymorphic_on = polymorphic_on
        self.polymorphic_identity = polymorphic_identity
        self._pk_override = primary_key
        self.version_id_col = version_id_col
        self._validators = {}

    # -- setup --

    def _add_column_prop(self, key, prop):
        prop.key = key
        prop.parent = self
        self._props[key] = prop
        self._column_props.append(prop)

    def _add_relationship(self, key, prop):
        prop.key = key
        prop.parent = self
        self._props[key] = prop
        self._relationships.append(prop)

    @property
    def primary_key(self):
        if self._pk_override:
            return [c.__clause_element__() if hasattr(c, "__clause_element__") else c
                    for c in self._pk_override]
        return list(self.local_table.primary_key.columns)

    @property
    def tables(self):
        return [self.local_table]

    @property
    def base_mapper(self):
        return self

    @property
    def mapper(self):
        return self

    @property
    def entity(self):
        return self.class_

    @property
    def attrs(self):
        return _ReadOnlyProps(self._props)

    @property
    def column_attrs(self):
        return _ReadOnlyProps({p.key: p for p in self._column_props})

    @property
    def relationships(self):
        return _ReadOnlyProps({p.key: p for p in self._relationships})

    @property
    def columns(self):
        return S.ReadOnlyColumnCollection([(p.key, p.columns[0]) for p in self._column_props])

    c = columns

    @property
    def selectable(self):
        return self.local_table

    def get_property(self, key):
        return self._props[key]

    def iterate_properties(self):
        return iter(self._props.values())

    def _col_to_prop(self):
        out = {}
        for p in self._column_props:
            for c in p.columns:
                out[c] = p
        return out

    def _prop_for_column(self, col):
        for p in self._column_props:
            if any(c is col for c in p.columns):
                return p
        return None

    def _loaded_columns(self):
        """The columns a SELECT of this entity loads, in mapper order."""
        return [p.columns[0] for p in self._column_props if not p.deferred]

    def _identity_key_from_row_values(self, values):
        return (self.class_, tuple(values), None)

    def identity_key_from_instance(self, obj):
        state = instance_state(obj)
        return (self.class_, tuple(state.obj().__dict__.get(self._prop_for_column(c).key)
                                   for c in self.primary_key), None)

    def primary_key_from_instance(self, obj):
        return self.identity_key_from_instance(obj)[1]

    def _pk_keys(self):
        return [self._prop_for_column(c).key for c in self.primary_key]

    def __str__(self):
        return "Mapper[%s(%s)]" % (self.class_.__name__, self.local_table.description)

    def __repr__(self):
        return "<Mapper at 0x%x; %s>" % (id(self), self.class_.__name__)

    def _sa_inspect(self):
        return self

    def isa(self, other):
        return self is other

    def common_parent(self, other):
        return self is other

    @property
    def _sa_entity_name(self):
        return self.class_.__name__


class _ReadOnlyProps:
    def __init__(self, props):
        self._props = props

    def __getattr__(self, key):
        if key.startswith("_"):
            raise AttributeError(key)
        try:
            return self._props[key]
        except KeyError:
            raise AttributeError(key) from None

    def __getitem__(self, key):
        return self._props[key]

    def __iter__(self):
        return iter(self._props.values())

    def __len__(self):
        return len(self._props)

    def keys(self):
        return list(self._props.keys())

    def values(self):
        return list(self._props.values())

    def items(self):
        return list(self._props.items())

    def __contains__(self, key):
        return key in self._props


def class_mapper(cls, configure=True):
    mapper = cls.__dict__.get("__mapper__") if isinstance(cls, type) else None
    if mapper is None:
        mapper = getattr(cls, "__mapper__", None)
    if mapper is None:
        raise orm_exc.UnmappedClassError(cls)
    if configure:
        configure_mappers()
    return mapper


def _mapper_of(entity):
    if isinstance(entity, Mapper):
        return entity
    if isinstance(entity, AliasedClass):
        return entity._mapper
    return getattr(entity, "__mapper__", None)


# -- instance state -----------------------------------------------------------------------

class InstanceState:
    __module__ = "sqlalchemy.orm.state"

    def __init__(self, obj, mapper):
        self._obj = obj
        self.class_ = type(obj)
        self.mapper = mapper
        self.key = None
        self.session = None
        self._session_ref = None
        self.insert_order = None
        self.committed_state = {}
        self.expired_attributes = set()
        self.modified = False
        self._deleted = False
        self._was_deleted = False
        self._orphaned = False
        self._pending_removals = {}
        self.load_options = ()
        self._detached_by_delete = False

    def obj(self):
        return self._obj

    @property
    def object(self):
        return self._obj

    @property
    def dict(self):
        return self._obj.__dict__

    @property
    def transient(self):
        return self.key is None and self.session is None

    @property
    def pending(self):
        return self.key is None and self.session is not None

    @property
    def persistent(self):
        return self.key is not None and self.session is not None and not self._deleted

    @property
    def deleted(self):
        return self.key is not None and self.session is not None and self._deleted

    @property
    def detached(self):
        return self.key is not None and self.session is None

    @property
    def was_deleted(self):
        return self._was_deleted

    @property
    def has_identity(self):
        return self.key is not None

    @property
    def identity(self):
        return None if self.key is None else self.key[1]

    @property
    def identity_key(self):
        return self.key

    @property
    def expired(self):
        return bool(self.expired_attributes) and \
            self.expired_attributes >= set(self.mapper._props)

    @property
    def unloaded(self):
        d = self._obj.__dict__
        return {k for k in self.mapper._props if k not in d}

    @property
    def unmodified(self):
        return set(self.mapper._props) - set(self.committed_state)

    @property
    def attrs(self):
        return _ReadOnlyProps({k: AttributeState(self, k) for k in self.mapper._props})

    @property
    def async_session(self):
        s = self.session
        return getattr(s, "_async_owner", None) if s is not None else None

    def _str(self):
        return state_str(self)

    def __repr__(self):
        return "<sqlalchemy.orm.state.InstanceState object at 0x%x>" % id(self)

    def _modified_event(self, key, old):
        if key not in self.committed_state:
            self.committed_state[key] = old
        self.modified = True
        if self.session is not None:
            self.session._note_modified(self)

    def _expire(self, keys=None):
        d = self._obj.__dict__
        props = self.mapper._props
        keys = list(props) if keys is None else keys
        for k in keys:
            d.pop(k, None)
            self.expired_attributes.add(k)
        for k in keys:
            self.committed_state.pop(k, None)
        self.modified = bool(self.committed_state)

    def _commit_all(self):
        self.committed_state.clear()
        self.modified = False
        self._pending_removals.clear()


class AttributeState:
    def __init__(self, state, key):
        self.state = state
        self.key = key

    @property
    def value(self):
        return getattr(self.state.obj(), self.key)

    @property
    def loaded_value(self):
        return self.state.dict.get(self.key, NO_VALUE)

    @property
    def history(self):
        return _history(self.state, self.key)

    def load_history(self):
        return self.history


class History(tuple):
    __module__ = "sqlalchemy.orm.attributes"

    def __new__(cls, added, unchanged, deleted):
        return tuple.__new__(cls, (added, unchanged, deleted))

    added = property(lambda self: self[0])
    unchanged = property(lambda self: self[1])
    deleted = property(lambda self: self[2])

    def __repr__(self):
        return "History(added=%r, unchanged=%r, deleted=%r)" % (self[0], self[1], self[2])

    def has_changes(self):
        return bool(self[0] or self[2])

    def empty(self):
        return not (self[0] or self[1] or self[2])

    def sum(self):
        return (self[0] or []) + (self[1] or []) + (self[2] or [])

    def non_deleted(self):
        return (self[0] or []) + (self[1] or [])

    def non_added(self):
        return (self[1] or []) + (self[2] or [])


def _history(state, key):
    d = state.dict
    prop = state.mapper._props[key]
    current = d.get(key, NO_VALUE)
    if isinstance(prop, RelationshipProperty) and prop.uselist:
        if current is NO_VALUE:
            return History((), (), ())
        original = state.committed_state.get(key, NO_VALUE)
        if original is NO_VALUE:
            if state.key is None:
                return History(list(current), (), ())
            return History((), list(current), ())
        orig = list(original)
        added = [x for x in current if not any(x is o for o in orig)]
        removed = [x for x in orig if not any(x is c for c in current)]
        unchanged = [x for x in current if any(x is o for o in orig)]
        return History(added, unchanged, removed)
    if key in state.committed_state:
        original = state.committed_state[key]
        if current is NO_VALUE:
            return History((), (), [original] if original is not NO_VALUE else ())
        if original is NO_VALUE:
            return History([current], (), ())
        if _values_equal(original, current):
            return History((), [current], ())
        return History([current], (), [original])
    if current is NO_VALUE:
        return History((), (), ())
    if state.key is None:
        return History([current], (), ())
    return History((), [current], ())


def _values_equal(a, b):
    if a is b:
        return True
    try:
        return bool(a == b) and type(a) is type(b) or (a == b and not isinstance(a, bool)
                                                      and not isinstance(b, bool))
    except Exception:
        return False


def instance_state(obj):
    try:
        return obj.__dict__["_sa_instance_state"]
    except (AttributeError, KeyError):
        pass
    mapper = getattr(type(obj), "__mapper__", None)
    if mapper is None:
        raise orm_exc.UnmappedInstanceError(obj)
    state = InstanceState(obj, mapper)
    obj.__dict__["_sa_instance_state"] = state
    return state


def instance_dict(obj):
    return obj.__dict__


def object_state(obj):
    return instance_state(obj)


def _state_values(obj):
    return obj.__dict__


# -- instrumented attributes ---------------------------------------------------------------

class QueryableAttribute(E.ColumnOperators):
    __module__ = "sqlalchemy.orm.attributes"
    is_attribute = True

    def __init__(self, class_, key, prop, entity=None):
        self.class_ = class_
        self.key = key
        self.prop = prop
        self._entity = entity

    @property
    def parent(self):
        return self._entity if self._entity is not None else self.prop.parent

    @property
    def mapper(self):
        if isinstance(self.prop, RelationshipProperty):
            configure_mappers()
            return self.prop.mapper
        return self.prop.parent

    @property
    def info(self):
        return self.prop.info

    @property
    def expression(self):
        return self.__clause_element__()

    @property
    def comparator(self):
        return self

    def __clause_element__(self):
        prop = self.prop
        if isinstance(prop, RelationshipProperty):
            configure_mappers()
            return _RelationshipClause(self)
        col = prop.columns[0]
        if self._entity is not None:
            adapted = self._entity._adapt_column(col)
            if adapted is not None:
                return adapted
        return col

    def _sa_column(self):
        return self.__clause_element__()

    def operate(self, op, *other, **kw):
        if isinstance(self.prop, RelationshipProperty):
            return _relationship_operate(self, op, *other, **kw)
        return self.__clause_element__().operate(op, *other, **kw)

    def reverse_operate(self, op, other, **kw):
        return self.__clause_element__().reverse_operate(op, other, **kw)

    def label(self, name):
        return self.__clause_element__().label(name)

    def cast(self, type_):
        return E.Cast(self.__clause_element__(), type_)

    def __str__(self):
        owner = self._entity._name_for_str() if self._entity is not None else self.class_.__name__
        return "%s.%s" % (owner, self.key)

    def __repr__(self):
        return "<%s.%s object at 0x%x>" % (self.__module__, type(self).__name__, id(self))

    def of_type(self, entity):
        attr = type(self)(self.class_, self.key, self.prop, self._entity)
        attr._of_type = entity
        return attr

    def and_(self, *criteria):
        attr = type(self)(self.class_, self.key, self.prop, self._entity)
        attr._and_criteria = criteria
        attr._of_type = getattr(self, "_of_type", None)
        return attr

    def any(self, criterion=None, **kwargs):
        return _relationship_any(self, criterion, kwargs)

    def has(self, criterion=None, **kwargs):
        return _relationship_any(self, criterion, kwargs, has=True)

    def contains(self, other, **kw):
        if isinstance(self.prop, RelationshipProperty):
            return _relationship_contains(self, other)
        return self.__clause_element__().contains(other, **kw)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        clause = self.__clause_element__()
        try:
            return getattr(clause, name)
        except AttributeError:
            raise AttributeError(
                "Neither %r object nor %r object associated with %s has an attribute %r" % (
                    type(self).__name__, type(clause).__name__, self, name)) from None

    __hash__ = object.__hash__

    # the join target of join(User.orders)
    def _sa_relationship_onclause(self, left_from, right=None):
        return _relationship_join(self, left_from, right)

    @property
    def _sa_parent_from(self):
        return self._entity._selectable if self._entity is not None else \
            self.prop.parent.local_table

    def _sa_join_target_info(self):
        configure_mappers()
        of_type = getattr(self, "_of_type", None)
        if of_type is not None:
            return _entity_from(of_type)
        return self.prop.mapper.local_table


# (after the class body, where `property` is still the builtin)
QueryableAttribute.property = property(lambda self: self.prop)


class InstrumentedAttribute(QueryableAttribute):
    __module__ = "sqlalchemy.orm.attributes"

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return _get_value(obj, self.key, self.prop)

    def __set__(self, obj, value):
        _set_value(obj, self.key, self.prop, value)

    def __delete__(self, obj):
        _set_value(obj, self.key, self.prop, None)


class _RelationshipClause(E.ClauseElement):
    """What a relationship attribute stands for in a statement: not a column."""

    def __init__(self, attr):
        self.attr = attr

    def _sa_relationship_onclause(self, left_from, right=None):
        return _relationship_join(self.attr, left_from, right)

    def _sa_join_target_info(self):
        return self.attr._sa_join_target_info()


def _entity_from(entity):
    if isinstance(entity, AliasedClass):
        return entity._selectable
    mapper = _mapper_of(entity)
    if mapper is not None:
        return mapper.local_table
    return S._expect_from(entity)


def _relationship_join(attr, left_from, right=None):
    """(target FROM, ON clause) for join(Parent.rel)."""
    configure_mappers()
    prop = attr.prop
    of_type = getattr(attr, "_of_type", None)
    target = _entity_from(of_type) if of_type is not None else (right or prop.mapper.local_table)
    if isinstance(target, tuple):
        target = target[0]
    parent_sel = attr._entity._selectable if attr._entity is not None else prop.parent.local_table

    def adapt_parent(col):
        if parent_sel is prop.parent.local_table:
            return col
        return _corr(parent_sel, col)

    def adapt_target(col):
        if target is prop.mapper.local_table:
            return col
        return _corr(target, col)

    extra = list(getattr(attr, "_and_criteria", ()) or ())
    if prop.direction is MANYTOMANY:
        # JOIN secondary (aliased), then target: join(Parent.rel) makes two joins.
        sec = prop.secondary.alias()
        crit1 = _and_pairs([(adapt_parent(p), _corr(sec, s)) for p, s in prop.synchronize_pairs])
        crit2 = _and_pairs([(adapt_target(t), _corr(sec, s))
                            for t, s in prop.secondary_synchronize_pairs])
        if extra:
            crit2 = E.and_(crit2, *extra)
        return _TwoStepJoin(sec, crit1, target, crit2), None
    if prop.direction is ONETOMANY:
        pairs = [(adapt_parent(p), adapt_target(c)) for p, c in prop.local_remote_pairs]
    else:
        pairs = [(adapt_target(c), adapt_parent(p)) for p, c in prop.local_remote_pairs]
        pairs = [(a, b) for a, b in pairs]
    if prop._primaryjoin_arg is not None:
        on = prop.primaryjoin
    else:
        on = _and_pairs(pairs)
    if extra:
        on = E.and_(on, *extra)
    return target, on


class _TwoStepJoin:
    def __init__(self, secondary, crit1, target, crit2):
        self.secondary = secondary
        self.crit1 = crit1
        self.target = target
        self.crit2 = crit2


def _relationship_operate(attr, op, *other, **kw):
    prop = attr.prop
    configure_mappers()
    if op in (operators.eq, operators.ne):
        obj = other[0]
        if prop.direction is MANYTOONE:
            if obj is None:
                crits = [(p == None) for p, c in prop.local_remote_pairs]  # noqa: E711
                if op is operators.ne:
                    crits = [(p != None) for p, c in prop.local_remote_pairs]  # noqa: E711
                return crits[0] if len(crits) == 1 else E.and_(*crits)
            crits = []
            for p, c in prop.local_remote_pairs:
                target_prop = prop.mapper._prop_for_column(c)
                value = obj.__dict__.get(target_prop.key)
                bp = E.BindParameter(None, value, type_=p.type, unique=True,
                                     _compared_to_operator=op, _compared_to_type=p.type)
                if op is operators.eq:
                    crits.append(E.BinaryExpression(p, bp, operators.eq,
                                                    type_=sqltypes.BOOLEANTYPE, negate=operators.ne))
                else:
                    crits.append(E.BinaryExpression(p, bp, operators.ne,
                                                    type_=sqltypes.BOOLEANTYPE, negate=operators.eq))
            return crits[0] if len(crits) == 1 else E.and_(*crits)
        if obj is None and prop.direction is ONETOMANY:
            expr = ~_relationship_any(attr, None, {})
            return expr if op is operators.eq else ~expr
        raise sa_exc.InvalidRequestError(
            "Can't compare a collection to an object or collection; use contains() to test "
            "for membership.")
    raise NotImplementedError("Operator %r is not supported on relationship %s" % (op, prop))


def _relationship_any(attr, criterion, kwargs, has=False):
    configure_mappers()
    prop = attr.prop
    target = prop.mapper.local_table
    parent = attr._entity._selectable if attr._entity is not None else prop.parent.local_table
    crits = []
    if prop.direction is MANYTOMANY:
        crits.append(_and_pairs([(_corr(parent, p), s)
                                 for p, s in prop.synchronize_pairs]))
        crits.append(_and_pairs(prop.secondary_synchronize_pairs))
    elif prop.direction is ONETOMANY:
        crits.append(_and_pairs([(_corr(parent, p), c)
                                 for p, c in prop.local_remote_pairs]))
    else:
        crits.append(_and_pairs([(c, _corr(parent, p))
                                 for p, c in prop.local_remote_pairs]))
    if criterion is not None:
        crits.append(E._expect_where(criterion))
    for k, v in kwargs.items():
        crits.append(getattr(prop.mapper.class_, k) == v)
    inner = S.Select(E.literal_column("1"))
    if prop.direction is MANYTOMANY:
        inner = inner.select_from(target, prop.secondary)
    inner = inner.where(*crits)
    inner = inner.correlate_except(target, *([prop.secondary] if prop.secondary is not None else []))
    return S.Exists(inner)


def _relationship_contains(attr, obj):
    prop = attr.prop
    configure_mappers()
    if prop.direction is ONETOMANY:
        # parent.id = <child's fk>
        crits = []
        for p, c in prop.local_remote_pairs:
            value = obj.__dict__.get(prop.mapper._prop_for_column(c).key)
            crits.append(p == value)
        return crits[0] if len(crits) == 1 else E.and_(*crits)
    if prop.direction is MANYTOMANY:
        crits = [p == s for p, s in prop.synchronize_pairs]
        for t, s in prop.secondary_synchronize_pairs:
            value = obj.__dict__.get(prop.mapper._prop_for_column(t).key)
            crits.append(s == value)
        return E.and_(*crits)
    raise sa_exc.InvalidRequestError("'contains' not implemented for scalar attributes.  Use ==")


# -- reading and writing attributes --------------------------------------------------------

def _get_value(obj, key, prop):
    d = obj.__dict__
    if key in d:
        return d[key]
    state = instance_state(obj)
    if isinstance(prop, RelationshipProperty):
        return _load_relationship(state, prop)
    # A column attribute that is not loaded.
    if state.key is None:
        return None
    if state.session is None:
        raise orm_exc.DetachedInstanceError(
            "Instance %s is not bound to a Session; attribute refresh operation cannot "
            "proceed" % state_str(state))
    return state.session._sync_load_attribute(state, key)


def _load_relationship(state, prop):
    configure_mappers()
    d = state.dict
    if state.key is None or (state.session is None and not state._detached_by_delete and False):
        return _init_empty(state, prop)
    if prop.lazy in ("noload",):
        return _init_empty(state, prop)
    if prop.lazy in ("raise", "raise_on_sql") or prop.lazy is False and False:
        raise sa_exc.InvalidRequestError(
            "'%s.%s' is not available due to lazy='%s'" % (state.class_.__name__, prop.key,
                                                           prop.lazy))
    if prop.direction is MANYTOONE and not prop.uselist:
        # Many-to-one: nothing to load when the foreign key is NULL, nor when the target
        # is already in the identity map.
        values = []
        for p, c in prop.local_remote_pairs:
            pp = prop.parent._prop_for_column(p)
            if pp is None or pp.key not in d:
                values = None
                break
            values.append(d[pp.key])
        if values is not None and all(v is None for v in values):
            d[prop.key] = None
            return None
        if values is not None and state.session is not None:
            if prop.local_remote_pairs and all(
                    any(c is pk for pk in prop.mapper.primary_key)
                    for _, c in prop.local_remote_pairs):
                key = (prop.mapper.class_, tuple(values), None)
                found = state.session._identity_map.get(key)
                if found is not None:
                    d[prop.key] = found
                    return found
    if state.session is None:
        raise orm_exc.DetachedInstanceError(
            "Parent instance %s is not bound to a Session; lazy load operation of attribute "
            "'%s' cannot proceed" % (state_str(state), prop.key))
    return state.session._sync_lazy_load(state, prop)


def _init_empty(state, prop):
    d = state.dict
    if prop.uselist:
        coll = _new_collection(state, prop)
        d[prop.key] = coll
        return coll
    return None


def _new_collection(state, prop, items=()):
    kind = prop.collection_class
    if kind is set or (isinstance(kind, type) and issubclass(kind, set)):
        coll = InstrumentedSet()
    else:
        coll = InstrumentedList()
    coll._sa_state = state
    coll._sa_prop = prop
    for x in items:
        coll._raw_append(x)
    return coll


def _set_value(obj, key, prop, value):
    state = instance_state(obj)
    d = obj.__dict__
    validator = state.mapper._validators.get(key)
    if isinstance(prop, RelationshipProperty):
        configure_mappers()
        if prop.uselist:
            old = d.get(key, NO_VALUE)
            if old is NO_VALUE and state.key is not None and state.session is not None:
                old = NO_VALUE
            items = list(value) if value is not None else []
            if validator is not None:
                items = [validator(obj, key, v) for v in items]
            if old is not NO_VALUE and old is not None:
                if key not in state.committed_state:
                    state.committed_state[key] = list(old)
                for x in list(old):
                    if not any(x is y for y in items):
                        _on_remove(state, prop, x)
            else:
                if state.key is not None and key not in state.committed_state:
                    state.committed_state[key] = NO_VALUE
            coll = _new_collection(state, prop)
            d[key] = coll
            for x in items:
                coll._raw_append(x)
                if old is NO_VALUE or old is None or not any(x is y for y in old):
                    _on_append(state, prop, x)
            state.modified = True
            if state.session is not None:
                state.session._note_modified(state)
            return
        if validator is not None:
            value = validator(obj, key, value)
        old = d.get(key, NO_VALUE)
        if old is value:
            return
        state._modified_event(key, old)
        d[key] = value
        _scalar_rel_changed(state, prop, old, value)
        return
    if validator is not None:
        value = validator(obj, key, value)
    old = d.get(key, NO_VALUE)
    if key in state.expired_attributes:
        state.expired_attributes.discard(key)
    state._modified_event(key, old)
    d[key] = value


def _scalar_rel_changed(state, prop, old, new):
    reverse = prop._reverse_property
    if reverse is not None:
        if old is not NO_VALUE and old is not None:
            od = old.__dict__
            if reverse.uselist:
                coll = od.get(reverse.key)
                if coll is not None:
                    coll._remove_no_event(state.obj())
                    ostate = instance_state(old)
                    ostate.modified = True
            else:
                if od.get(reverse.key) is state.obj():
                    instance_state(old)._modified_event(reverse.key, state.obj())
                    od[reverse.key] = None
        if new is not None:
            nd = new.__dict__
            nstate = instance_state(new)
            if reverse.uselist:
                coll = nd.get(reverse.key)
                if coll is None and nstate.key is None:
                    coll = _init_empty(nstate, reverse)
                if coll is not None and not coll._contains_same(state.obj()):
                    if reverse.key not in nstate.committed_state:
                        nstate.committed_state[reverse.key] = list(coll) if nstate.key is not None else NO_VALUE
                    coll._raw_append(state.obj())
                    nstate.modified = True
                    if nstate.session is not None:
                        nstate.session._note_modified(nstate)
            else:
                nstate._modified_event(reverse.key, nd.get(reverse.key, NO_VALUE))
                nd[reverse.key] = state.obj()
    if new is not None and state.session is not None and "save-update" in prop.cascade:
        state.session._cascade_add(new)


def _on_append(state, prop, child):
    """A child joined a parent's collection: the other side follows, the session too."""
    reverse = prop._reverse_property
    if child is None:
        return
    cstate = instance_state(child)
    if reverse is not None:
        cd = child.__dict__
        if reverse.uselist:
            coll = cd.get(reverse.key)
            if coll is None and cstate.key is None:
                coll = _init_empty(cstate, reverse)
            if coll is not None and not coll._contains_same(state.obj()):
                if reverse.key not in cstate.committed_state:
                    cstate.committed_state[reverse.key] = list(coll) if cstate.key is not None else NO_VALUE
                coll._raw_append(state.obj())
        else:
            old = cd.get(reverse.key, NO_VALUE)
            if old is not state.obj():
                if old is not NO_VALUE and old is not None and old is not state.obj():
                    ocoll = old.__dict__.get(prop.key)
                    if ocoll is not None:
                        ocoll._remove_no_event(child)
                cstate._modified_event(reverse.key, old)
                cd[reverse.key] = state.obj()
    cstate._orphaned = False
    if state.session is not None and "save-update" in prop.cascade:
        state.session._cascade_add(child)


def _on_remove(state, prop, child):
    reverse = prop._reverse_property
    cstate = instance_state(child)
    if reverse is not None:
        cd = child.__dict__
        if reverse.uselist:
            coll = cd.get(reverse.key)
            if coll is not None:
                coll._remove_no_event(state.obj())
        else:
            if cd.get(reverse.key) is state.obj():
                cstate._modified_event(reverse.key, state.obj())
                cd[reverse.key] = None
    if "delete-orphan" in prop.cascade:
        cstate._orphaned = True
    state.modified = True
    if state.session is not None:
        state.session._note_modified(state)


class InstrumentedList(list):
    __module__ = "sqlalchemy.orm.collections"

    def _begin(self):
        state = self._sa_state
        key = self._sa_prop.key
        if key not in state.committed_state:
            state.committed_state[key] = list(self) if state.key is not None else NO_VALUE
        state.modified = True
        if state.session is not None:
            state.session._note_modified(state)

    def _raw_append(self, item):
        list.append(self, item)

    def _contains_same(self, item):
        return any(x is item for x in self)

    def _remove_no_event(self, item):
        for i, x in enumerate(self):
            if x is item:
                self._begin()
                list.__delitem__(self, i)
                return

    def _validate(self, item):
        v = self._sa_state.mapper._validators.get(self._sa_prop.key)
        if v is not None:
            return v(self._sa_state.obj(), self._sa_prop.key, item)
        return item

    def append(self, item):
        item = self._validate(item)
        self._begin()
        list.append(self, item)
        _on_append(self._sa_state, self._sa_prop, item)

    def extend(self, items):
        for x in list(items):
            self.append(x)

    def __iadd__(self, items):
        self.extend(items)
        return self

    def insert(self, index, item):
        item = self._validate(item)
        self._begin()
        list.insert(self, index, item)
        _on_append(self._sa_state, self._sa_prop, item)

    def remove(self, item):
        for i, x in enumerate(self):
            if x is item or x == item:
                self._begin()
                list.__delitem__(self, i)
                _on_remove(self._sa_state, self._sa_prop, x)
                return
        raise ValueError("list.remove(x): x not in list")

    def pop(self, index=-1):
        self._begin()
        item = list.pop(self, index)
        _on_remove(self._sa_state, self._sa_prop, item)
        return item

    def clear(self):
        self._begin()
        items = list(self)
        list.clear(self)
        for x in items:
            _on_remove(self._sa_state, self._sa_prop, x)

    def __setitem__(self, index, value):
        self._begin()
        if isinstance(index, slice):
            old = list.__getitem__(self, index)
            list.__setitem__(self, index, value)
            for x in old:
                _on_remove(self._sa_state, self._sa_prop, x)
            for x in value:
                _on_append(self._sa_state, self._sa_prop, x)
            return
        old = list.__getitem__(self, index)
        list.__setitem__(self, index, value)
        _on_remove(self._sa_state, self._sa_prop, old)
        _on_append(self._sa_state, self._sa_prop, value)

    def __delitem__(self, index):
        self._begin()
        if isinstance(index, slice):
            old = list.__getitem__(self, index)
            list.__delitem__(self, index)
            for x in old:
                _on_remove(self._sa_state, self._sa_prop, x)
            return
        old = list.__getitem__(self, index)
        list.__delitem__(self, index)
        _on_remove(self._sa_state, self._sa_prop, old)


class InstrumentedSet(list):
    """A set-like collection (`Mapped[set[...]]`), kept as a list of distinct objects."""
    __module__ = "sqlalchemy.orm.collections"
    _begin = InstrumentedList._begin
    _contains_same = InstrumentedList._contains_same
    _remove_no_event = InstrumentedList._remove_no_event
    _validate = InstrumentedList._validate

    def _raw_append(self, item):
        if not self._contains_same(item):
            list.append(self, item)

    def add(self, item):
        if self._contains_same(item):
            return
        item = self._validate(item)
        self._begin()
        list.append(self, item)
        _on_append(self._sa_state, self._sa_prop, item)

    def discard(self, item):
        for i, x in enumerate(self):
            if x is item:
                self._begin()
                list.__delitem__(self, i)
                _on_remove(self._sa_state, self._sa_prop, x)
                return

    def remove(self, item):
        if not self._contains_same(item):
            raise KeyError(item)
        self.discard(item)

    def update(self, items):
        for x in items:
            self.add(x)

    def __repr__(self):
        return "{%s}" % ", ".join(repr(x) for x in self) if self else "set()"


def flag_modified(instance, key):
    state = instance_state(instance)
    state._modified_event(key, state.dict.get(key, NO_VALUE))
    state.committed_state[key] = NO_VALUE


def flag_dirty(instance):
    state = instance_state(instance)
    state.modified = True
    if state.session is not None:
        state.session._note_modified(state)


def set_committed_value(instance, key, value):
    state = instance_state(instance)
    prop = state.mapper._props[key]
    if isinstance(prop, RelationshipProperty) and prop.uselist:
        value = _new_collection(state, prop, value or ())
    state.dict[key] = value
    state.committed_state.pop(key, None)
    state.expired_attributes.discard(key)


def get_history(instance, key, passive=None):
    return _history(instance_state(instance), key)


def set_attribute(instance, key, value):
    setattr(instance, key, value)


def get_attribute(instance, key):
    return getattr(instance, key)


def del_attribute(instance, key):
    delattr(instance, key)


# -- declarative -------------------------------------------------------------------------

_DEFAULT_TYPE_MAP = None


def _default_type_map():
    global _DEFAULT_TYPE_MAP
    if _DEFAULT_TYPE_MAP is None:
        import datetime
        import decimal
        import uuid
        _DEFAULT_TYPE_MAP = {
            int: sqltypes.Integer(), float: sqltypes.Float(), bool: sqltypes.Boolean(),
            decimal.Decimal: sqltypes.Numeric(), datetime.date: sqltypes.Date(),
            datetime.datetime: sqltypes.DateTime(), datetime.time: sqltypes.Time(),
            datetime.timedelta: sqltypes.Interval(), bytes: sqltypes.LargeBinary(),
            str: sqltypes.String(), uuid.UUID: sqltypes.Uuid(),
        }
    return _DEFAULT_TYPE_MAP


class registry:
    __module__ = "sqlalchemy.orm.decl_api"

    def __init__(self, metadata=None, class_registry=None, type_annotation_map=None,
                 constructor=None):
        self.metadata = metadata if metadata is not None else MetaData()
        self._class_registry = class_registry if class_registry is not None else {}
        self.type_annotation_map = dict(type_annotation_map or {})
        self.mappers = []
        self._unconfigured = []
        self.constructor = constructor
        _registries.append(self)

    def _class_by_name(self, name, context_cls=None):
        if "." in name:
            tail = name.rsplit(".", 1)[1]
        else:
            tail = name
        found = self._class_registry.get(tail)
        if found is not None:
            return found
        if context_cls is not None:
            mod = sys.modules.get(context_cls.__module__)
            if mod is not None:
                obj = getattr(mod, name, None)
                if obj is not None and hasattr(obj, "__mapper__"):
                    return obj
        return None

    def _eval(self, text, context_cls):
        namespace = {}
        for name, cls in self._class_registry.items():
            namespace[name] = cls
        for t in self.metadata.tables.values():
            namespace.setdefault(t.name, t)
        mod = sys.modules.get(context_cls.__module__) if context_cls is not None else None
        glob = dict(mod.__dict__) if mod is not None else {}
        glob.update(namespace)
        import sqlalchemy
        for k in ("and_", "or_", "not_", "func", "desc", "asc", "text"):
            glob.setdefault(k, getattr(sqlalchemy, k))
        return eval(text, glob, _ClassNamespace(self))

    def _resolve_type(self, pytype):
        tmap = self.type_annotation_map
        if pytype in tmap:
            t = tmap[pytype]
            return t() if isinstance(t, type) else t
        base = _default_type_map()
        if pytype in base:
            return base[pytype].copy()
        import enum
        if isinstance(pytype, type) and issubclass(pytype, enum.Enum):
            if enum.Enum in tmap:
                return tmap[enum.Enum]
            return sqltypes.Enum(pytype)
        if isinstance(pytype, type):
            for klass in pytype.__mro__[1:]:
                if klass in tmap:
                    t = tmap[klass]
                    return t() if isinstance(t, type) else t
                if klass in base and klass is not object:
                    return base[klass].copy()
        origin = getattr(pytype, "__origin__", None)
        if origin is typing.Literal if hasattr(typing, "Literal") else False:
            return sqltypes.Enum(*typing.get_args(pytype), native_enum=False, length=None)
        raise sa_exc.ArgumentError(
            "Could not locate SQLAlchemy Core type for Python type %s inside the %r attribute "
            "Mapped annotation" % (_type_repr(pytype), "?"))

    def map_imperatively(self, class_, local_table=None, **kw):
        mapper = Mapper(class_, local_table, self, **kw)
        class_.__mapper__ = mapper
        for c in local_table.columns:
            prop = ColumnProperty(c)
            mapper._add_column_prop(c.key, prop)
            setattr(class_, c.key, InstrumentedAttribute(class_, c.key, prop))
        for key, rel in (kw.get("properties") or {}).items():
            mapper._add_relationship(key, rel)
            setattr(class_, key, InstrumentedAttribute(class_, key, rel))
        self.mappers.append(mapper)
        self._unconfigured.append(mapper)
        return mapper

    def generate_base(self, **kw):
        reg = self

        class Base(metaclass=DeclarativeMeta):
            registry = reg
            metadata = reg.metadata
            __abstract__ = True
        return Base

    def configure(self, cascade=False):
        configure_mappers()

    def dispose(self, cascade=False):
        pass


class _ClassNamespace(dict):
    def __init__(self, reg):
        dict.__init__(self)
        self._reg = reg

    def __missing__(self, key):
        found = self._reg._class_registry.get(key)
        if found is not None:
            return found
        raise KeyError(key)


_registries = []


def configure_mappers():
    pending = []
    for reg in _registries:
        if reg._unconfigured:
            pending.extend(reg._unconfigured)
            reg._unconfigured = []
    for mapper in pending:
        for rel in mapper._relationships:
            rel._configure()
        mapper.configured = True
    for mapper in pending:
        for rel in mapper._relationships:
            if rel.backref and not rel._backref_done:
                _setup_backref(rel)


def _setup_backref(rel):
    rel._backref_done = True
    if isinstance(rel.backref, tuple):
        name, kw = rel.backref
    else:
        name, kw = rel.backref, {}
    target = rel.mapper
    if name in target._props:
        return
    other = RelationshipProperty(rel.parent.class_, rel.secondary, back_populates=rel.key, **kw)
    other._primaryjoin_arg = kw.get("primaryjoin")
    target._add_relationship(name, other)
    setattr(target.class_, name, InstrumentedAttribute(target.class_, name, other))
    rel.back_populates = name
    other._configure()
    rel._reverse_property = other
    other._reverse_property = rel


RelationshipProperty._backref_done = False


def _default_constructor(self, **kwargs):
    cls = type(self)
    for key, value in kwargs.items():
        if not hasattr(cls, key):
            raise TypeError("%r is an invalid keyword argument for %s" % (key, cls.__name__))
        setattr(self, key, value)


_default_constructor.__name__ = "__init__"


def _parse_annotation(annotation, cls):
    """(is_mapped, inner) from an annotation; strings are looked at as text."""
    if isinstance(annotation, str):
        text = annotation.strip()
        for prefix in ("Mapped[", "orm.Mapped[", "sqlalchemy.orm.Mapped[", "so.Mapped[",
                       "WriteOnlyMapped[", "DynamicMapped["):
            if text.startswith(prefix) and text.endswith("]"):
                return True, text[len(prefix):-1]
        return False, None
    if isinstance(annotation, _MappedAlias) and issubclass(annotation.__origin__, Mapped):
        return True, annotation.__args__[0]
    origin = getattr(annotation, "__origin__", None)
    if isinstance(origin, type) and issubclass(origin, Mapped):
        return True, annotation.__args__[0]
    return False, None


_NONE_TYPE = type(None)


def _unwrap_optional(inner):
    """(inner without None, nullable?)"""
    if isinstance(inner, str):
        text = inner.strip()
        if text.startswith("Optional[") and text.endswith("]"):
            return text[9:-1], True
        if text.startswith("typing.Optional[") and text.endswith("]"):
            return text[16:-1], True
        parts = [p.strip() for p in _split_top(text, "|")]
        if len(parts) > 1:
            rest = [p for p in parts if p != "None"]
            if len(rest) != len(parts):
                return " | ".join(rest), True
        if text.startswith("Union[") and text.endswith("]"):
            parts = [p.strip() for p in _split_top(text[6:-1], ",")]
            rest = [p for p in parts if p not in ("None", "NoneType")]
            if len(rest) != len(parts):
                return ", ".join(rest) if len(rest) > 1 else rest[0], True
        return text, False
    args = getattr(inner, "__args__", None)
    origin = getattr(inner, "__origin__", None)
    if args and (origin is typing.Union or type(inner).__name__ in ("UnionType", "_UnionGenericAlias")
                 or origin is None and _NONE_TYPE in args):
        if _NONE_TYPE in args:
            rest = [a for a in args if a is not _NONE_TYPE]
            if len(rest) == 1:
                return rest[0], True
            return typing.Union[tuple(rest)], True
    return inner, False


def _split_top(text, sep):
    out = []
    depth = 0
    cur = ""
    for ch in text:
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        if ch == sep and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return out


def _strip_quotes(text):
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return text


def _collection_of(inner):
    """(is collection, collection class, element) for a relationship's annotation."""
    if isinstance(inner, str):
        text = inner.strip()
        for name, kind in (("List[", list), ("list[", list), ("typing.List[", list),
                           ("Set[", set), ("set[", set), ("typing.Set[", set)):
            if text.startswith(name) and text.endswith("]"):
                return True, kind, _strip_quotes(text[len(name):-1])
        return False, None, _strip_quotes(text)
    origin = getattr(inner, "__origin__", None)
    if origin in (list, set) or origin is typing.List or origin is typing.Set:
        elem = inner.__args__[0]
        kind = set if origin in (set, typing.Set) else list
        return True, kind, _forward_name(elem)
    if inner in (list, set):
        return True, inner, None
    return False, None, _forward_name(inner)


def _forward_name(x):
    if isinstance(x, str):
        return _strip_quotes(x)
    fwd = getattr(x, "__forward_arg__", None)
    if fwd is not None:
        return fwd
    return x


def _resolve_scalar_type(inner, cls):
    if isinstance(inner, str):
        text = _strip_quotes(inner)
        mod = sys.modules.get(cls.__module__)
        glob = dict(mod.__dict__) if mod is not None else {}
        try:
            return eval(text, glob)
        except Exception:
            raise sa_exc.ArgumentError(
                "Could not interpret annotation %s.  Check that it uses names that are "
                "correctly imported at the module level." % text)
    fwd = getattr(inner, "__forward_arg__", None)
    if fwd is not None:
        return _resolve_scalar_type(fwd, cls)
    return inner


def _merge_order(dict_keys, annotation_keys):
    """The order declarative reads a class in: along the class's own attributes until one
    is also annotated, then along the annotations from the start, switching back and forth
    at each name the two share (SQLAlchemy's merge of the two orders)."""
    shared = set(dict_keys) & set(annotation_keys)
    out = []
    current, other = iter(dict_keys), iter(annotation_keys)
    while True:
        for name in current:
            if name in shared:
                shared.discard(name)
                current, other = other, current
                break
            out.append(name)
        else:
            out.extend(other)
            break
    seen = set()
    return [n for n in out if not (n in seen or seen.add(n))]


def _is_mapped_class(cls):
    return cls.__dict__.get("__mapper__") is not None


def _scan_class(cls, reg):
    """Everything a declarative class maps: (name, attribute value, annotation) in order,
    its own attributes first, then those of its mixins and abstract bases."""
    out = []
    seen = set()
    for klass in cls.__mro__:
        if klass is object:
            continue
        if klass is not cls and (_is_mapped_class(klass) or klass.__dict__.get("_sa_framework")):
            continue
        if klass is not cls and klass.__dict__.get("__tablename__") and not klass.__dict__.get("__abstract__"):
            continue
        anns = klass.__dict__.get("__annotations__", {})
        names = _merge_order([k for k in klass.__dict__ if not k.startswith("__")], list(anns))
        for name in names:
            if name in seen:
                continue
            value = klass.__dict__.get(name, _UNSET)
            ann = anns.get(name)
            if isinstance(value, declared_attr):
                value = value.fget(cls)
            is_mapped_ann = ann is not None and _parse_annotation(ann, cls)[0]
            if value is _UNSET and not is_mapped_ann:
                continue
            if value is not _UNSET and not isinstance(value, (MappedColumn, Column,
                                                                RelationshipProperty,
                                                                ColumnProperty, _Synonym)):
                if not is_mapped_ann:
                    continue
                if is_mapped_ann and not isinstance(value, (MappedColumn, Column,
                                                            RelationshipProperty, ColumnProperty)):
                    # `x: Mapped[int] = 5` is a default value.
                    value = MappedColumn(default=value)
            seen.add(name)
            from_mixin = klass is not cls
            out.append((name, value, ann, from_mixin))
    return out


def _map_declarative(cls, reg):
    if cls.__dict__.get("__abstract__"):
        return
    tablename = None
    table = cls.__dict__.get("__table__")
    for klass in cls.__mro__:
        if "__tablename__" in klass.__dict__:
            tn = klass.__dict__["__tablename__"]
            tablename = tn.fget(cls) if isinstance(tn, declared_attr) else tn
            if callable(tablename) and not isinstance(tablename, str):
                tablename = tablename(cls)
            break
    inherits = None
    for base in cls.__mro__[1:]:
        if _is_mapped_class(base):
            inherits = base.__dict__["__mapper__"]
            break
    if tablename is None and table is None:
        if inherits is None:
            raise sa_exc.InvalidRequestError(
                "Class %r does not have a __table__ or __tablename__ specified and does not "
                "inherit from an existing table-mapped class." % cls)
    table_args = None
    for klass in cls.__mro__:
        if "__table_args__" in klass.__dict__:
            table_args = klass.__dict__["__table_args__"]
            if isinstance(table_args, declared_attr):
                table_args = table_args.fget(cls)
            break
    mapper_args = {}
    for klass in reversed(cls.__mro__):
        if "__mapper_args__" in klass.__dict__:
            ma = klass.__dict__["__mapper_args__"]
            if isinstance(ma, declared_attr):
                ma = ma.fget(cls)
            mapper_args.update(ma)

    entries = _scan_class(cls, reg)
    columns = []
    mixin_columns = []
    rels = []
    col_props = []
    for name, value, ann, from_mixin in entries:
        is_mapped, inner = (False, None)
        if ann is not None:
            is_mapped, inner = _parse_annotation(ann, cls)
        if isinstance(value, RelationshipProperty) or (
                value is _UNSET and is_mapped and _looks_like_relationship(inner, reg, cls)):
            rel = value if isinstance(value, RelationshipProperty) else RelationshipProperty()
            if from_mixin and isinstance(value, RelationshipProperty):
                rel = _copy_relationship(value)
            target = None
            uselist = None
            coll = None
            if is_mapped:
                core, nullable = _unwrap_optional(inner)
                is_coll, kind, elem = _collection_of(core)
                target = elem
                uselist = is_coll
                coll = kind if is_coll else None
            rel._setup(name, None, target, uselist, coll)
            rels.append((name, rel))
            continue
        if isinstance(value, ColumnProperty):
            col_props.append((name, value))
            continue
        if isinstance(value, _Synonym):
            continue
        pytype = None
        nullable = None
        if is_mapped:
            core, opt = _unwrap_optional(inner)
            nullable = True if opt else False
            if isinstance(value, MappedColumn) and value.type_ is not None:
                pytype = None
            else:
                pytype = _resolve_scalar_type(core, cls)
        if isinstance(value, Column):
            col = value._copy() if from_mixin else value
            if col.key is None or col.name is None:
                col.name = col.name or name
                col.key = name
            elif col.key != name:
                col.key = name
        else:
            mc = value if isinstance(value, MappedColumn) else MappedColumn()
            if pytype is None and mc.type_ is None and not is_mapped and \
                    not any(isinstance(a, ForeignKey) for a in mc.args):
                pass
            col = mc._make_column(name, pytype, nullable, reg) if (
                mc.type_ is not None or pytype is not None or not mc.args) else \
                mc._make_column(name, None, nullable, reg)
            col._sa_mapped_column = mc
            if mc.deferred:
                col._sa_deferred = True
        (mixin_columns if from_mixin else columns).append((name, col))
    all_columns = columns + mixin_columns
    all_columns.sort(key=lambda nc: getattr(getattr(nc[1], "_sa_mapped_column", None),
                                            "sort_order", 0) or 0)

    if table is None and tablename is not None:
        args = []
        kwargs = {}
        if table_args:
            if isinstance(table_args, dict):
                kwargs = table_args
            else:
                args = list(table_args)
                if args and isinstance(args[-1], dict):
                    kwargs = args.pop()
        table = Table(tablename, reg.metadata, *[c for _, c in all_columns], *args, **kwargs)
    elif table is None and inherits is not None:
        table = inherits.local_table
        for _, c in all_columns:
            table.append_column(c)

    mapper = Mapper(cls, table, reg,
                    primary_key=mapper_args.get("primary_key"),
                    eager_defaults=mapper_args.get("eager_defaults", "auto"),
                    polymorphic_on=mapper_args.get("polymorphic_on"),
                    polymorphic_identity=mapper_args.get("polymorphic_identity"),
                    inherits=inherits,
                    version_id_col=mapper_args.get("version_id_col"))
    cls.__mapper__ = mapper
    if "__table__" not in cls.__dict__:
        cls.__table__ = table
    # column properties: every column of the table, in table order
    if inherits is not None and table is inherits.local_table:
        for p in inherits._column_props:
            prop = ColumnProperty(*p.columns)
            mapper._add_column_prop(p.key, prop)
        for p in inherits._relationships:
            mapper._add_relationship(p.key, p)
    for col in table.columns:
        if col.key in mapper._props:
            continue
        prop = ColumnProperty(col)
        if getattr(col, "_sa_deferred", False):
            prop.deferred = True
        mapper._add_column_prop(col.key, prop)
    for name, prop in col_props:
        mapper._add_column_prop(name, prop)
    for name, rel in rels:
        mapper._add_relationship(name, rel)
        rel.parent = mapper
    # instrument
    for key, prop in mapper._props.items():
        setattr(cls, key, InstrumentedAttribute(cls, key, prop))
    for name in dir(cls):
        fn = getattr(cls, name, None)
        spec = getattr(fn, "__sa_validators__", None)
        if spec is not None:
            for k in spec[0]:
                mapper._validators[k] = _bind_validator(fn)
    reg._class_registry[cls.__name__] = cls
    reg.mappers.append(mapper)
    reg._unconfigured.append(mapper)


def _bind_validator(fn):
    def call(obj, key, value):
        return fn(obj, key, value)
    return call


def _copy_relationship(rel):
    new = RelationshipProperty.__new__(RelationshipProperty)
    new.__dict__.update(rel.__dict__)
    new._configured = False
    new._creation_order = next(_creation)
    return new


def _looks_like_relationship(inner, reg, cls):
    core, _ = _unwrap_optional(inner)
    is_coll, kind, elem = _collection_of(core)
    if is_coll:
        return True
    target = elem
    if isinstance(target, str):
        if target in reg._class_registry:
            return True
        mod = sys.modules.get(cls.__module__)
        obj = getattr(mod, target, None) if mod is not None else None
        if obj is None:
            # a name not defined yet: a class declared later in the module
            builtin_names = {"int", "str", "float", "bool", "bytes", "dict", "list", "set",
                             "Decimal", "datetime", "date", "time", "timedelta", "UUID",
                             "uuid.UUID", "decimal.Decimal", "datetime.datetime",
                             "datetime.date", "datetime.time", "datetime.timedelta", "Any",
                             "dict[str, Any]", "Dict[str, Any]"}
            if target in builtin_names or "." in target or "[" in target:
                return False
            return target[:1].isupper() and target not in reg.type_annotation_map
        return hasattr(obj, "__mapper__") or getattr(obj, "_sa_pending_mapped", False)
    return isinstance(target, type) and hasattr(target, "__mapper__")


class DeclarativeMeta(type):
    def __init__(cls, name, bases, ns, **kw):
        type.__init__(cls, name, bases, ns)
        if ns.get("_sa_decl_base") or ns.get("__abstract__"):
            return
        reg = getattr(cls, "registry", None)
        if reg is not None:
            _map_declarative(cls, reg)


class DeclarativeBase:
    """`class Base(DeclarativeBase): pass`: the base of declarative classes, with a
    `registry` and its `metadata`."""
    __module__ = "sqlalchemy.orm.decl_api"
    _sa_decl_base = True
    _sa_framework = True

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if DeclarativeBase in cls.__bases__ or cls.__dict__.get("_sa_decl_base"):
            _setup_base(cls)
            return
        if cls.__dict__.get("__abstract__"):
            return
        _map_declarative(cls, cls.registry)

    def __init__(self, **kwargs):
        _default_constructor(self, **kwargs)


def _setup_base(cls):
    cls._sa_decl_base = True
    reg = cls.__dict__.get("registry")
    if not isinstance(reg, registry):
        metadata = cls.__dict__.get("metadata")
        tmap = cls.__dict__.get("type_annotation_map")
        reg = registry(metadata=metadata if isinstance(metadata, MetaData) else None,
                       type_annotation_map=tmap)
        cls.registry = reg
    if "metadata" not in cls.__dict__ or not isinstance(cls.__dict__["metadata"], MetaData):
        cls.metadata = reg.metadata
    cls.__mapper__ = cls.__dict__.get("__mapper__")


class DeclarativeBaseNoMeta(DeclarativeBase):
    _sa_decl_base = True
    _sa_framework = True


def declarative_base(metadata=None, mapper=None, cls=object, name="Base",
                     class_registry=None, type_annotation_map=None, constructor=None,
                     metaclass=None):
    reg = registry(metadata=metadata, class_registry=class_registry,
                   type_annotation_map=type_annotation_map)
    ns = {"registry": reg, "metadata": reg.metadata, "_sa_decl_base": True,
          "__init__": _default_constructor}
    bases = (cls,) if cls is not object else ()
    return DeclarativeMeta(name, bases, ns)


def as_declarative(**kw):
    def wrap(cls):
        base = declarative_base(cls=cls, name=cls.__name__, **kw)
        return base
    return wrap


class MappedAsDataclass:
    """Declarative classes that are also dataclasses: an `__init__` taking the fields in
    order (`init=False` leaves one out, `default=` / `default_factory=` make one
    optional), a `__repr__` and an `__eq__` over them."""
    _sa_decl_base = True
    _sa_framework = True

    def __init_subclass__(cls, **kw):
        fields = None
        if not cls.__dict__.get("_sa_decl_base") and not cls.__dict__.get("__abstract__") and \
                DeclarativeBase not in cls.__bases__:
            fields = _dataclass_fields(cls)
        super().__init_subclass__(**kw)
        if fields is not None:
            _install_dataclass_methods(cls, fields)


class _DCField:
    def __init__(self, name, init, default, default_factory, repr_, compare, kw_only):
        self.name = name
        self.init = init
        self.default = default
        self.default_factory = default_factory
        self.repr = repr_
        self.compare = compare
        self.kw_only = kw_only


def _dataclass_fields(cls):
    out = {}
    for klass in reversed(cls.__mro__):
        if klass is object or klass.__dict__.get("_sa_framework"):
            continue
        anns = klass.__dict__.get("__annotations__", {})
        for name, ann in anns.items():
            value = klass.__dict__.get(name, _UNSET)
            if isinstance(ann, str) and ann.startswith("ClassVar"):
                continue
            is_mapped = _parse_annotation(ann, cls)[0]
            if not is_mapped and not isinstance(value, (MappedColumn, RelationshipProperty)):
                continue
            if isinstance(value, InstrumentedAttribute):
                existing = out.get(name)
                if existing is not None:
                    continue
                value = _UNSET
            init = True
            default = _UNSET
            factory = _UNSET
            repr_ = True
            compare = True
            kw_only = False
            if isinstance(value, MappedColumn):
                init = value.init if value.init is not _UNSET else True
                default = value.default
                factory = value.default_factory
                repr_ = value.repr
                compare = value.compare
                kw_only = value.kw_only if value.kw_only is not _UNSET else False
            elif isinstance(value, RelationshipProperty):
                init = value.init if value.init is not _UNSET else True
                default = value.default
                factory = value.default_factory
                repr_ = value.repr
            elif value is not _UNSET:
                default = value
            out.pop(name, None)
            out[name] = _DCField(name, init, default, factory, repr_, compare, kw_only)
    return list(out.values())


def _install_dataclass_methods(cls, fields):
    params = [f for f in fields if f.init]
    seen_default = False
    for f in params:
        has_default = f.default is not _UNSET or f.default_factory is not _UNSET
        if f.kw_only:
            continue
        if has_default:
            seen_default = True
        elif seen_default:
            raise TypeError("non-default argument '%s' follows default argument" % f.name)
    positional = [f for f in params if not f.kw_only]

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            raise TypeError("__init__() takes %d positional arguments but %d were given" % (
                len(positional) + 1, len(args) + 1))
        values = {}
        for f, a in zip(positional, args):
            values[f.name] = a
        for k, v in kwargs.items():
            if k in values:
                raise TypeError("__init__() got multiple values for argument '%s'" % k)
            if not any(f.name == k for f in params):
                raise TypeError("__init__() got an unexpected keyword argument '%s'" % k)
            values[k] = v
        for f in params:
            if f.name in values:
                setattr(self, f.name, values[f.name])
            elif f.default_factory is not _UNSET:
                setattr(self, f.name, f.default_factory())
            elif f.default is not _UNSET:
                setattr(self, f.name, f.default)
            else:
                raise TypeError("__init__() missing 1 required positional argument: '%s'" % f.name)
        post = getattr(self, "__post_init__", None)
        if post is not None:
            post()

    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return "..."
        running.add(key)
        try:
            return "%s(%s)" % (type(self).__qualname__, ", ".join(
                "%s=%r" % (f.name, getattr(self, f.name)) for f in fields if f.repr))
        finally:
            running.discard(key)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return tuple(getattr(self, f.name) for f in fields if f.compare) == \
                tuple(getattr(other, f.name) for f in fields if f.compare)
        return NotImplemented

    if "__init__" not in cls.__dict__:
        cls.__init__ = __init__
    if "__repr__" not in cls.__dict__:
        cls.__repr__ = __repr__
    if "__eq__" not in cls.__dict__:
        cls.__eq__ = __eq__
        cls.__hash__ = None
    cls.__dataclass_fields__ = {f.name: f for f in fields}


class AsyncAttrs:
    """`await obj.awaitable_attrs.name`: loads an attribute that needs the database."""
    _sa_decl_base = True
    _sa_framework = True

    @property
    def awaitable_attrs(self):
        return _AwaitableAttrs(self)


class _AwaitableAttrs:
    def __init__(self, obj):
        self._obj = obj

    def __getattr__(self, name):
        return _load_awaitable(self._obj, name)


async def _load_awaitable(obj, name):
    d = obj.__dict__
    if name in d:
        return d[name]
    state = instance_state(obj)
    prop = state.mapper._props.get(name)
    if prop is None or state.key is None or state.session is None:
        return getattr(obj, name)
    if isinstance(prop, RelationshipProperty):
        configure_mappers()
        value = _try_relationship_without_io(state, prop)
        if value is not _IO_NEEDED:
            return value
        await state.session._load_relationship_async(state, prop)
        return d.get(name)
    await state.session._refresh_async(state, None)
    return d.get(name)


_IO_NEEDED = object()


def _try_relationship_without_io(state, prop):
    try:
        return _load_relationship_no_io(state, prop)
    except _NeedsIO:
        return _IO_NEEDED


class _NeedsIO(Exception):
    pass


def _load_relationship_no_io(state, prop):
    d = state.dict
    if prop.key in d:
        return d[prop.key]
    if state.key is None:
        return _init_empty(state, prop)
    if prop.direction is MANYTOONE and not prop.uselist:
        values = []
        for p, c in prop.local_remote_pairs:
            pp = prop.parent._prop_for_column(p)
            if pp is None or pp.key not in d:
                raise _NeedsIO()
            values.append(d[pp.key])
        if all(v is None for v in values):
            d[prop.key] = None
            return None
        key = (prop.mapper.class_, tuple(values), None)
        found = state.session._identity_map.get(key) if state.session is not None else None
        if found is not None:
            d[prop.key] = found
            return found
    raise _NeedsIO()


# -- loader options ------------------------------------------------------------------------

class Load:
    """A chain of loader options: `selectinload(A.b).selectinload(B.c)`."""
    __module__ = "sqlalchemy.orm.strategy_options"

    def __init__(self, path=(), strategies=()):
        self.path = tuple(path)              # attributes
        self.strategies = tuple(strategies)  # one per attribute

    def _chain(self, attr, strategy):
        return Load(self.path + (attr,), self.strategies + (strategy,))

    def selectinload(self, attr, recursion_depth=None):
        return self._chain(attr, "selectin")

    def joinedload(self, attr, innerjoin=None):
        return self._chain(attr, "joined" if not innerjoin else "joined_inner")

    def subqueryload(self, attr):
        return self._chain(attr, "selectin")

    def lazyload(self, attr):
        return self._chain(attr, "select")

    def noload(self, attr):
        return self._chain(attr, "noload")

    def raiseload(self, attr, sql_only=False):
        return self._chain(attr, "raise")

    def immediateload(self, attr):
        return self._chain(attr, "selectin")

    def contains_eager(self, attr, alias=None):
        return self._chain(attr, "contains_eager")

    def load_only(self, *attrs, raiseload=False):
        return Load(self.path, self.strategies)

    def options(self, *opts):
        out = [self]
        for o in opts:
            out.append(Load(self.path + o.path, self.strategies + o.strategies))
        return _LoadGroup(out)

    def defer(self, attr, raiseload=False):
        return self

    def undefer(self, attr):
        return self

    def __repr__(self):
        return "<%s.Load object at 0x%x>" % (self.__module__, id(self))


class _LoadGroup(Load):
    def __init__(self, loads):
        Load.__init__(self, loads[0].path, loads[0].strategies)
        self.loads = loads


def _option(strategy):
    def make(*attrs, **kw):
        if len(attrs) == 1 and isinstance(attrs[0], str) and attrs[0] == "*":
            return _WildcardLoad(strategy)
        load = Load()
        for attr in attrs:
            if isinstance(attr, str):
                raise sa_exc.ArgumentError(
                    "Strings are not accepted for attribute names in loader options; please "
                    "use class-bound attributes directly.")
            load = load._chain(attr, strategy)
        return load
    return make


class _WildcardLoad(Load):
    def __init__(self, strategy):
        Load.__init__(self)
        self.wildcard = strategy


selectinload = _option("selectin")
joinedload = _option("joined")
subqueryload = _option("selectin")
immediateload = _option("selectin")
lazyload = _option("select")
noload = _option("noload")
raiseload = _option("raise")
contains_eager = _option("contains_eager")


def load_only(*attrs, raiseload=False):
    return _ColumnsOption("load_only", attrs)


def defer(attr, raiseload=False):
    return _ColumnsOption("defer", (attr,))


def undefer(attr):
    return _ColumnsOption("undefer", (attr,))


def undefer_group(name):
    return _ColumnsOption("undefer", ())


def with_expression(attr, expr):
    return _ColumnsOption("expression", (attr,))


class _ColumnsOption(Load):
    def __init__(self, kind, attrs):
        Load.__init__(self)
        self.kind = kind
        self.attrs = attrs


def selectin_polymorphic(*a, **kw):
    return Load()


def with_loader_criteria(*a, **kw):
    return Load()


# -- aliased ---------------------------------------------------------------------------------

class AliasedClass:
    """`aliased(User)`: the mapped class over an alias of its table."""
    __module__ = "sqlalchemy.orm.util"

    def __init__(self, cls, alias=None, name=None, flat=False, adapt_on_names=False):
        mapper = _mapper_of(cls)
        self._mapper = mapper
        self._target = mapper.class_
        if alias is None:
            alias = mapper.local_table.alias(name)
        self._selectable = alias
        self._name = name
        self.__name__ = "aliased(%s)" % mapper.class_.__name__
        self._attrs = {}

    def __getattr__(self, key):
        if key.startswith("__"):
            raise AttributeError(key)
        prop = self._mapper._props.get(key)
        if prop is None:
            attr = getattr(self._target, key)
            return attr
        attr = self._attrs.get(key)
        if attr is None:
            attr = QueryableAttribute(self._target, key, prop, entity=self)
            self._attrs[key] = attr
        return attr

    def _adapt_column(self, col):
        return self._selectable.corresponding_column(col)

    def _name_for_str(self):
        return "aliased(%s)" % self._target.__name__

    def __repr__(self):
        return "<AliasedClass at 0x%x; %s>" % (id(self), self._target.__name__)

    def _sa_inspect(self):
        return _AliasedInsp(self)


class _AliasedInsp:
    def __init__(self, ac):
        self.entity = ac
        self.mapper = ac._mapper
        self.selectable = ac._selectable
        self.name = ac._name
        self.is_aliased_class = True
        self.class_ = ac._target


def aliased(element, alias=None, name=None, flat=False, adapt_on_names=False):
    if _mapper_of(element) is not None and not isinstance(element, S.FromClause):
        return AliasedClass(element, alias, name, flat, adapt_on_names)
    return S._expect_from(element).alias(name)


def with_polymorphic(base, classes, selectable=False, flat=False, polymorphic_on=None,
                     aliased=False, innerjoin=False, adapt_on_names=False, name=None):
    return base


def object_mapper(instance):
    return instance_state(instance).mapper


def foreign(expr):
    return expr


def remote(expr):
    return expr


def make_transient(instance):
    state = instance_state(instance)
    if state.session is not None:
        state.session._expunge_state(state)
    state.key = None
    state._deleted = False
    state.expired_attributes.clear()


def make_transient_to_detached(instance):
    state = instance_state(instance)
    mapper = state.mapper
    state.key = (mapper.class_, tuple(state.dict.get(k) for k in mapper._pk_keys()), None)
    state._deleted = False
