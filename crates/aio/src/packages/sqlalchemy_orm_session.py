# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.orm.session` with its
# unit of work (orm/unitofwork.py, persistence.py, dependency.py) and loading
# (orm/loading.py, strategies.py, context.py): the Session's identity map and
# transaction, ORM SELECTs that build objects, eager loading (selectin and joined), lazy
# loads, and flush — INSERTs grouped as SQLAlchemy groups them (one statement per object,
# or "insertmanyvalues" batches with a sentinel), UPDATEs and DELETEs per table in
# dependency order, foreign keys kept in step with relationships. Its IO methods are
# coroutines; AsyncSession (`sqlalchemy.ext.asyncio.session`) awaits them.

import itertools

from sqlalchemy import exc as sa_exc
from sqlalchemy import types as sqltypes
from sqlalchemy.orm import exc as orm_exc
from sqlalchemy.orm import mapper as M
from sqlalchemy.orm.mapper import (
    instance_state, configure_mappers, RelationshipProperty, NO_VALUE,
    ONETOMANY, MANYTOONE, MANYTOMANY, Load, AliasedClass, state_str, _mapper_of,
)
from sqlalchemy.sql import elements as E
from sqlalchemy.sql import selectable as S
from sqlalchemy.sql import dml as D
from sqlalchemy.sql import compiler as C
from sqlalchemy.sql import operators
from sqlalchemy.engine.result import Result, ResultMetaData, CursorResult
from sqlalchemy.engine.row import Row
from sqlalchemy.schema import sort_tables

_insert_counter = itertools.count(1)
_session_ids = itertools.count(1)


def _corr(selectable, col):
    """The column of `selectable` standing for `col` (`col` itself when none does)."""
    found = selectable.corresponding_column(col)
    return col if found is None else found


# -- entities in statements ----------------------------------------------------------------

class _ORMEntity(E.ClauseElement):
    """A mapped class (or aliased class) among a SELECT's columns."""
    __visit_name__ = "orm_entity"

    def __init__(self, entity):
        self.entity = entity
        if isinstance(entity, AliasedClass):
            self.mapper = entity._mapper
            self.selectable = entity._selectable
            self.name = entity._name or self.mapper.class_.__name__
        else:
            self.mapper = _mapper_of(entity)
            self.selectable = self.mapper.local_table
            self.name = self.mapper.class_.__name__
        configure_mappers()

    def _columns(self):
        cols = self.mapper._loaded_columns()
        if self.selectable is self.mapper.local_table:
            return cols
        return [self.selectable.corresponding_column(c) for c in cols]

    def _sa_expand_columns(self):
        return self._columns() + self._joined_columns()

    def _joined_columns(self):
        out = []
        for j in getattr(self, "_joined", ()):
            out.extend(j.columns)
        return out

    @property
    def _from_objects(self):
        return [self.selectable]

    @property
    def _sa_filter_target(self):
        return self.entity

    @property
    def type(self):
        return sqltypes.NULLTYPE

    def get_children(self):
        return []

    def _sa_column_description(self):
        return {"name": self.name, "type": self.mapper.class_, "aliased":
                isinstance(self.entity, AliasedClass), "expr": self.entity,
                "entity": self.entity}


def _select_entity_hook(value):
    if isinstance(value, type) and value.__dict__.get("__mapper__") is not None or (
            isinstance(value, type) and getattr(value, "__mapper__", None) is not None):
        return _ORMEntity(value)
    if isinstance(value, AliasedClass):
        return _ORMEntity(value)
    if isinstance(value, M.Mapper):
        return _ORMEntity(value.class_)
    return None


def _from_hook(value):
    if isinstance(value, AliasedClass):
        return value._selectable
    if isinstance(value, type) and getattr(value, "__mapper__", None) is not None:
        return value.__mapper__.local_table
    if isinstance(value, M.Mapper):
        return value.local_table
    if isinstance(value, M.QueryableAttribute):
        return value._sa_join_target_info()
    return None


def _dml_hook(value):
    if isinstance(value, type) and getattr(value, "__mapper__", None) is not None:
        return value.__mapper__.local_table, value.__mapper__
    if isinstance(value, AliasedClass):
        return value._selectable, value._mapper
    return None


def _attr_for_key_hook(target, key):
    if isinstance(target, (type, AliasedClass)) and _mapper_of(target) is not None:
        attr = getattr(target, key, None)
        if attr is None or not isinstance(attr, M.QueryableAttribute):
            raise sa_exc.InvalidRequestError(
                'Entity namespace for "%s" has no property "%s"' % (
                    _mapper_of(target).local_table.description, key))
        return attr
    if isinstance(target, M.QueryableAttribute) and isinstance(target.prop, RelationshipProperty):
        configure_mappers()
        of = getattr(target, "_of_type", None)
        return _attr_for_key_hook(of if of is not None else target.prop.mapper.class_, key)
    return None


S._orm_hooks = {"entity": _select_entity_hook, "from": _from_hook, "dml": _dml_hook,
                "attr": _attr_for_key_hook}


# -- the session --------------------------------------------------------------------------

class _TxState:
    def __init__(self, session, nested=False, parent=None):
        self.session = session
        self.nested = nested
        self.parent = parent
        self.connection = None        # engine Connection
        self._begun_sync = False      # BEGIN logged before the connection came
        self.active = True
        self._rollback_exception = None
        self._new = {}                # states inserted during this transaction
        self._deleted = {}            # states deleted during this transaction
        self._nested_tx = None
        self._explicit = False


class SessionTransaction:
    """`session.begin()`: commits when its block ends, rolls back on an exception."""
    __module__ = "sqlalchemy.orm.session"

    def __init__(self, session, tx, nested=False):
        self.session = session
        self._tx = tx
        self.nested = nested

    @property
    def is_active(self):
        return self._tx.active and self.session._tx is self._tx or (
            self.nested and self._tx.active)

    async def commit(self):
        if self.nested:
            await self.session._commit_nested(self._tx)
        else:
            await self.session.commit()

    async def rollback(self):
        if self.nested:
            await self.session._rollback_nested(self._tx)
        else:
            await self.session.rollback()

    async def close(self):
        await self.rollback()


class Session:
    __module__ = "sqlalchemy.orm.session"

    def __init__(self, bind=None, *, autoflush=True, expire_on_commit=True,
                 autobegin=True, twophase=False, binds=None, enable_baked_queries=True,
                 info=None, query_cls=None, autocommit=False, join_transaction_mode=None,
                 close_resets_only=None):
        self.bind = bind
        self.autoflush = autoflush
        self.expire_on_commit = expire_on_commit
        self.autobegin = autobegin
        self.binds = binds or {}
        self.info = dict(info or {})
        self.hash_key = next(_session_ids)
        self._identity_map = {}
        self._new = {}                 # id(state) -> state, insertion order
        self._deleted = {}             # id(state) -> state marked for deletion
        self._tx = None
        self._flushing = False
        self._no_autoflush = 0
        self._async_owner = None
        self._closed = False

    # -- bookkeeping --

    @property
    def identity_map(self):
        return _IdentityMap(self._identity_map)

    @property
    def new(self):
        return _IdentitySet(s.obj() for s in self._new.values())

    @property
    def dirty(self):
        return _IdentitySet(s.obj() for s in self._identity_map_states()
                            if s.modified and id(s) not in self._deleted and
                            self._is_modified(s))

    @property
    def deleted(self):
        return _IdentitySet(s.obj() for s in self._deleted.values())

    def _identity_map_states(self):
        return [instance_state(o) for o in list(self._identity_map.values())]

    def _is_modified(self, state):
        for key in state.committed_state:
            h = M._history(state, key)
            if h.has_changes():
                return True
        return False

    def is_modified(self, instance, include_collections=True):
        return self._is_modified(instance_state(instance))

    def __contains__(self, instance):
        state = instance_state(instance)
        return state.session is self and (id(state) in self._new or state.key in
                                          self._identity_map and
                                          self._identity_map[state.key] is instance)

    def __iter__(self):
        return iter([s.obj() for s in self._new.values()] + list(self._identity_map.values()))

    @property
    def is_active(self):
        return self._tx is None or self._tx.active

    def in_transaction(self):
        return self._tx is not None

    def in_nested_transaction(self):
        return self._tx is not None and self._tx._nested_tx is not None

    def get_transaction(self):
        return SessionTransaction(self, self._tx) if self._tx is not None else None

    def get_nested_transaction(self):
        if self._tx is None or self._tx._nested_tx is None:
            return None
        return SessionTransaction(self, self._tx._nested_tx, nested=True)

    def _note_modified(self, state):
        pass

    @property
    def no_autoflush(self):
        return _NoAutoflush(self)

    def get_bind(self, mapper=None, clause=None, **kw):
        if self.bind is None:
            raise sa_exc.UnboundExecutionError(
                "Could not locate a bind configured on SQL expression or this Session.")
        return self.bind

    # -- adding and removing objects --

    def add(self, instance, _warn=True):
        state = instance_state(instance)
        self._save_or_update(state)
        self._cascade_add_children(state, set())

    def add_all(self, instances):
        for i in instances:
            self.add(i)

    def _save_or_update(self, state):
        if state.session is self:
            if id(state) in self._deleted and state.key is not None:
                return
            return
        if state.session is not None:
            raise sa_exc.InvalidRequestError(
                "Object '%s' is already attached to session '%s' (this is '%s')" % (
                    state_str(state), state.session.hash_key, self.hash_key))
        if state.key is None:
            state.session = self
            if state.insert_order is None:
                state.insert_order = next(_insert_counter)
            self._new[id(state)] = state
        else:
            if state.key in self._identity_map and self._identity_map[state.key] is not state.obj():
                raise sa_exc.InvalidRequestError(
                    "Can't attach instance %s; another instance with key %s is already present "
                    "in this session." % (state_str(state), state.key))
            state.session = self
            self._identity_map[state.key] = state.obj()
            state._deleted = False

    def _cascade_add(self, obj):
        state = instance_state(obj)
        if state.session is self:
            return
        if state.session is not None:
            return
        self._save_or_update(state)
        self._cascade_add_children(state, set())

    def _cascade_add_children(self, state, seen):
        if id(state) in seen:
            return
        seen.add(id(state))
        configure_mappers()
        d = state.dict
        for prop in state.mapper._relationships:
            if "save-update" not in prop.cascade:
                continue
            value = d.get(prop.key)
            if value is None:
                continue
            items = list(value) if prop.uselist else [value]
            for child in items:
                cstate = instance_state(child)
                if cstate.session is None:
                    self._save_or_update(cstate)
                if cstate.session is self:
                    self._cascade_add_children(cstate, seen)

    async def delete(self, instance):
        state = instance_state(instance)
        if state.key is None:
            raise sa_exc.InvalidRequestError(
                "Instance '%s' is not persisted" % state_str(state))
        if state.session is not self:
            if state.session is not None:
                raise sa_exc.InvalidRequestError(
                    "Object '%s' is already attached to session '%s' (this is '%s')" % (
                        state_str(state), state.session.hash_key, self.hash_key))
            self._save_or_update(state)
        await self._delete_cascade(state, set())

    async def _delete_cascade(self, state, seen):
        if id(state) in seen:
            return
        seen.add(id(state))
        if state.key is None:
            self._expunge_state(state)
            return
        self._deleted[id(state)] = state
        configure_mappers()
        for prop in state.mapper._relationships:
            if "delete" not in prop.cascade:
                continue
            value = await self._relationship_value(state, prop)
            items = (list(value) if value is not None else []) if prop.uselist else (
                [value] if value is not None else [])
            for child in items:
                cstate = instance_state(child)
                if cstate.session is None:
                    self._save_or_update(cstate)
                await self._delete_cascade(cstate, seen)

    async def _relationship_value(self, state, prop):
        d = state.dict
        if prop.key in d:
            return d[prop.key]
        if state.key is None:
            return None
        await self._load_relationship_async(state, prop)
        return d.get(prop.key)

    def expunge(self, instance):
        state = instance_state(instance)
        if state.session is not self:
            raise sa_exc.InvalidRequestError(
                "Instance %s is not present in this Session" % state_str(state))
        self._expunge_state(state)
        for prop in state.mapper._relationships:
            if "expunge" in prop.cascade:
                value = state.dict.get(prop.key)
                items = list(value) if prop.uselist and value is not None else (
                    [value] if value is not None else [])
                for child in items:
                    cs = instance_state(child)
                    if cs.session is self:
                        self._expunge_state(cs)

    def _expunge_state(self, state):
        self._new.pop(id(state), None)
        self._deleted.pop(id(state), None)
        if state.key is not None and self._identity_map.get(state.key) is state.obj():
            del self._identity_map[state.key]
        state.session = None

    def expunge_all(self):
        for state in list(self._new.values()):
            state.session = None
        for obj in list(self._identity_map.values()):
            instance_state(obj).session = None
        for state in list(self._deleted.values()):
            state.session = None
        self._new.clear()
        self._identity_map.clear()
        self._deleted.clear()

    def expire(self, instance, attribute_names=None):
        state = instance_state(instance)
        if state.key is None:
            raise sa_exc.InvalidRequestError(
                "Instance '%s' is not persistent within this Session" % state_str(state))
        state._expire(attribute_names)

    def expire_all(self):
        for obj in list(self._identity_map.values()):
            instance_state(obj)._expire()

    # -- the transaction --

    def _autobegin(self):
        if self._tx is None:
            if not self.autobegin:
                raise sa_exc.InvalidRequestError(
                    "Autobegin is disabled on this Session; please call session.begin() to "
                    "start a new transaction")
            self._tx = _TxState(self)
        elif not self._tx.active:
            exc = self._tx._rollback_exception
            raise sa_exc.PendingRollbackError(
                "This Session's transaction has been rolled back due to a previous exception "
                "during flush. To begin a new transaction with this Session, first issue "
                "Session.rollback(). Original exception was: %s" % exc, code="7s2a")
        return self._tx

    def begin(self, nested=False):
        if nested:
            return self.begin_nested()
        if self._tx is not None:
            raise sa_exc.InvalidRequestError(
                "A transaction is already begun on this Session.")
        self._tx = _TxState(self)
        self._tx._explicit = True
        return SessionTransaction(self, self._tx)

    async def begin_nested(self):
        tx = self._autobegin()
        await self._flush()
        conn = await self._connection()
        nested = _TxState(self, nested=True, parent=tx)
        nested._engine_nested = await conn.begin_nested()
        nested._outer = tx._nested_tx
        tx._nested_tx = nested
        return SessionTransaction(self, nested, nested=True)

    async def _commit_nested(self, nested):
        if not nested.active:
            return
        await self._flush()
        await nested._engine_nested.commit()
        nested.active = False
        self._tx._nested_tx = nested._outer

    async def _rollback_nested(self, nested):
        if not nested.active:
            return
        await nested._engine_nested.rollback()
        nested.active = False
        self._tx._nested_tx = nested._outer
        for obj in list(self._identity_map.values()):
            instance_state(obj)._expire()

    async def _connection(self, execution_options=None):
        tx = self._autobegin()
        if tx.connection is None:
            engine = self.get_bind()
            engine = getattr(engine, "sync_engine", engine)
            conn = await engine.connect()
            if execution_options:
                conn.execution_options(**execution_options)
            if tx._begun_sync:
                conn._transaction = conn._begin_root_silently()
            else:
                conn.begin()
            tx.connection = conn
        return tx.connection

    async def connection(self, execution_options=None, **kw):
        return await self._connection(execution_options)

    def _log_begin_sync(self):
        """The transaction begins (and logs BEGIN) before a sync attribute access finds it
        must not wait: the connection comes with the next awaited operation."""
        tx = self._autobegin()
        if tx.connection is None and not tx._begun_sync:
            tx._begun_sync = True
            engine = self.get_bind()
            engine = getattr(engine, "sync_engine", engine)
            if engine._should_log_info():
                engine._log_info("BEGIN (implicit)")
        return tx

    async def commit(self):
        if self._tx is None:
            if not self.autobegin:
                raise sa_exc.InvalidRequestError("No transaction is begun.")
            self._autobegin()
        tx = self._tx
        if not tx.active:
            self._autobegin()
        while tx._nested_tx is not None:
            await self._commit_nested(tx._nested_tx)
        await self._flush()
        if tx.connection is not None:
            try:
                await tx.connection.commit()
            finally:
                await tx.connection.close()
        self._tx = None
        for state in list(tx._deleted.values()):
            state.session = None
            state._deleted = True
            state._was_deleted = True
        if self.expire_on_commit:
            for obj in list(self._identity_map.values()):
                instance_state(obj)._expire()

    async def rollback(self):
        tx = self._tx
        if tx is None:
            return
        self._tx = None
        if tx.connection is not None and (tx.active or tx._rollback_exception is None):
            try:
                await tx.connection.rollback()
            finally:
                await tx.connection.close()
        elif tx.connection is not None:
            await tx.connection.close()
        self._restore_after_rollback(tx)

    def _restore_after_rollback(self, tx):
        # objects inserted in the transaction become transient again; deleted ones come
        # back; everything else is expired.
        for state in list(tx._new.values()):
            if state.key is not None and self._identity_map.get(state.key) is state.obj():
                del self._identity_map[state.key]
            state.key = None
            state.session = None
        for state in list(self._new.values()):
            state.session = None
        self._new.clear()
        for state in list(tx._deleted.values()):
            state._deleted = False
            if state.key is not None:
                self._identity_map[state.key] = state.obj()
                state.session = self
        self._deleted.clear()
        for obj in list(self._identity_map.values()):
            st = instance_state(obj)
            st._expire()
            st._orphaned = False

    async def close(self):
        tx = self._tx
        self._tx = None
        if tx is not None and tx.connection is not None:
            try:
                if tx.active:
                    await tx.connection.rollback()
            finally:
                await tx.connection.close()
        if tx is not None:
            for state in list(tx._new.values()):
                if state.key is not None and self._identity_map.get(state.key) is state.obj():
                    pass
        self.expunge_all()

    async def reset(self):
        await self.close()

    async def invalidate(self):
        tx = self._tx
        if tx is not None and tx.connection is not None:
            await tx.connection.invalidate()
        await self.close()

    def _fail_transaction(self, exc):
        tx = self._tx
        if tx is not None:
            tx.active = False
            tx._rollback_exception = exc

    # -- executing statements --

    async def execute(self, statement, params=None, *, execution_options=None,
                      bind_arguments=None, _scalar=False, **kw):
        opts = dict(getattr(statement, "_execution_options", {}) or {})
        opts.update(execution_options or {})
        if isinstance(statement, D.UpdateBase):
            return await self._execute_dml(statement, params, opts)
        if self.autoflush and not self._no_autoflush and (
                opts.get("autoflush", True)):
            await self._autoflush()
        conn = await self._connection()
        if isinstance(statement, S.Select) and _has_orm_entities(statement):
            return await self._execute_orm_select(conn, statement, params, opts)
        result = await conn.execute(statement, params)
        if isinstance(statement, S.Select) and statement._with_options:
            return result
        return result

    async def scalars(self, statement, params=None, **kw):
        result = await self.execute(statement, params, **kw)
        return result.scalars()

    async def scalar(self, statement, params=None, **kw):
        result = await self.execute(statement, params, **kw)
        return result.scalar()

    async def _autoflush(self):
        if self._flushing:
            return
        if self._new or self._deleted or any(
                instance_state(o).modified for o in self._identity_map.values()):
            try:
                await self._flush()
            except sa_exc.StatementError as e:
                raise e

    async def get(self, entity, ident, *, options=None, populate_existing=False,
                  with_for_update=None, identity_token=None, execution_options=None,
                  bind_arguments=None):
        mapper = _mapper_of(entity)
        if mapper is None:
            raise orm_exc.UnmappedClassError(entity)
        configure_mappers()
        pk = _normalize_ident(mapper, ident)
        key = (mapper.class_, pk, None)
        obj = self._identity_map.get(key)
        if obj is not None and not populate_existing and not options:
            state = instance_state(obj)
            if id(state) in self._deleted:
                return None
            if not state.expired_attributes:
                return obj
        if any(v is None for v in pk):
            return None
        stmt = S.Select(mapper.class_)
        crits = []
        for col, v in zip(mapper.primary_key, pk):
            crits.append(col == E.BindParameter("pk_%d" % (len(crits) + 1), v, type_=col.type))
        stmt = stmt.where(*crits)
        if options:
            stmt = stmt.options(*options)
        stmt._cache_extra = ("get",)
        if with_for_update:
            stmt = stmt.with_for_update(**(with_for_update if isinstance(with_for_update, dict) else {}))
        if self.autoflush and not self._no_autoflush:
            await self._autoflush()
        conn = await self._connection()
        result = await self._execute_orm_select(conn, stmt, None, {"populate_existing": populate_existing or bool(options)})
        return result.scalars().one_or_none()

    async def get_one(self, entity, ident, **kw):
        obj = await self.get(entity, ident, **kw)
        if obj is None:
            raise sa_exc.NoResultFound("No row was found when one was required")
        return obj

    async def refresh(self, instance, attribute_names=None, with_for_update=None):
        state = instance_state(instance)
        if state.session is not self or state.key is None:
            raise sa_exc.InvalidRequestError(
                "Instance '%s' is not persistent within this Session" % state_str(state))
        await self._refresh_async(state, attribute_names, with_for_update)

    async def _refresh_async(self, state, attribute_names, with_for_update=None):
        mapper = state.mapper
        configure_mappers()
        names = attribute_names
        if names is None:
            cols = mapper._loaded_columns()
            rels = [r for r in mapper._relationships if r.lazy in ("selectin", "joined", "immediate", "subquery")]
            lazy_rels = []
        else:
            wanted = set(names)
            for n in names:
                if n not in mapper._props:
                    raise sa_exc.InvalidRequestError(
                        "No such attribute: %r" % n)
            cols = [p.columns[0] for p in mapper._column_props
                    if p.key in wanted or any(p.columns[0] is pk for pk in mapper.primary_key)]
            rels = []
            lazy_rels = [r for r in mapper._relationships if r.key in wanted]
        stmt = S.Select(*cols).where(*_pk_criteria(mapper, state))
        stmt._cache_extra = ("refresh", tuple(names or ()))
        if with_for_update:
            stmt = stmt.with_for_update()
        conn = await self._connection()
        result = await conn.execute(stmt)
        row = result.first()
        if row is None:
            raise sa_exc.InvalidRequestError(
                "Could not refresh instance '%s'" % state_str(state))
        d = state.dict
        for col, value in zip(cols, row):
            prop = mapper._prop_for_column(col)
            d[prop.key] = value
            state.committed_state.pop(prop.key, None)
            state.expired_attributes.discard(prop.key)
        if names is None:
            for r in mapper._relationships:
                if r not in rels:
                    d.pop(r.key, None)
                    state.committed_state.pop(r.key, None)
            state.expired_attributes.clear()
            state.committed_state.clear()
            state.modified = False
            for r in rels:
                d.pop(r.key, None)
                await self._eager_load([state], r, Load(), conn)
        for r in lazy_rels:
            d.pop(r.key, None)
            await self._load_relationship_async(state, r)
            state.expired_attributes.discard(r.key)

    async def merge(self, instance, load=True, options=None):
        state = instance_state(instance)
        mapper = state.mapper
        pk = tuple(state.dict.get(k) for k in mapper._pk_keys())
        target = None
        if all(v is not None for v in pk):
            target = await self.get(mapper.class_, pk if len(pk) > 1 else pk[0])
        if target is None:
            target = mapper.class_.__new__(mapper.class_)
            self.add(target)
        for p in mapper._column_props:
            if p.key in state.dict:
                setattr(target, p.key, state.dict[p.key])
        return target

    async def flush(self, objects=None):
        await self._flush()

    async def run_sync(self, fn, *args, **kw):
        return fn(self, *args, **kw)

    # -- ORM SELECT --

    async def _execute_orm_select(self, conn, stmt, params, opts):
        plan = _LoadPlan(self, stmt)
        core = plan.core_statement()
        if core is stmt:
            core = stmt._generate()
        core._cache_extra = ("orm",) + _options_key(plan._flat_options()) + \
            tuple(getattr(stmt, "_cache_extra", ()))
        result = await conn.execute(core, params)
        rows = result.all()
        out_rows = plan.build_rows(rows, opts.get("populate_existing", False))
        await plan.run_eager_loads(conn)
        meta = ResultMetaData(plan.keys(result), plan.key_objects())
        keymap = meta._keymap
        return Result(meta, [Row(keymap, r) for r in out_rows])

    async def _execute_dml(self, statement, params, opts):
        if self.autoflush and not self._no_autoflush:
            await self._autoflush()
        conn = await self._connection()
        mapper = getattr(statement, "_entity", None)
        mapper = _mapper_of(mapper) if mapper is not None else None
        if mapper is None:
            return await conn.execute(statement, params)
        configure_mappers()
        if isinstance(statement, D.Insert):
            return await self._orm_insert(conn, statement, params, mapper)
        sync = opts.get("synchronize_session", "auto")
        if isinstance(params, list) and isinstance(statement, D.Update) and \
                not statement._where_criteria:
            return await self._orm_bulk_update(conn, statement, params, mapper)
        matched = None
        if sync in ("auto", "evaluate"):
            matched = _evaluate_matches(self, mapper, statement._where_criteria)
            if matched is None and sync == "evaluate":
                raise sa_exc.ArgumentError(
                    "Could not evaluate current criteria in Python; use synchronize_session='fetch'")
        stmt = statement
        fetch = matched is None and sync in ("auto", "fetch") and not statement._returning
        if fetch:
            stmt = statement.returning(*mapper.primary_key)
        result = await conn.execute(stmt, params)
        if fetch:
            ids = [tuple(r) for r in result.all()]
            matched = [self._identity_map[(mapper.class_, pk, None)] for pk in ids
                       if (mapper.class_, pk, None) in self._identity_map]
            result = CursorResult(ResultMetaData([]), [], rowcount=result.rowcount,
                                  returns_rows=False, context=result.context)
        if matched:
            if isinstance(statement, D.Update):
                _apply_update_values(mapper, matched, statement)
            else:
                for obj in matched:
                    st = instance_state(obj)
                    st._deleted = True
                    if st.key in self._identity_map:
                        del self._identity_map[st.key]
                    self._tx._deleted[id(st)] = st
        if statement._returning and not fetch:
            return await self._orm_returning_result(result, statement, mapper)
        return result

    async def _orm_insert(self, conn, statement, params, mapper):
        returning = statement._returning
        if isinstance(params, list) and len(params) > 1:
            if returning:
                result = await conn._execute_insertmanyvalues(statement, params, ordered=False)
            else:
                return await conn.execute(statement, params)
        else:
            result = await conn.execute(statement, params)
        if returning:
            return await self._orm_returning_result(result, statement, mapper)
        return result

    async def _orm_bulk_update(self, conn, statement, params, mapper):
        pk_keys = mapper._pk_keys()
        table = mapper.local_table
        groups = []
        for p in params:
            keys = tuple(k for k in p if k not in pk_keys)
            if groups and groups[-1][0] == keys:
                groups[-1][1].append(p)
            else:
                groups.append((keys, [p]))
        for keys, items in groups:
            stmt = D.Update(table).where(*[
                col == E.BindParameter(table.name + "_" + col.key, type_=col.type, required=True)
                for col in mapper.primary_key])
            rows = []
            for p in items:
                row = {k: p[k] for k in keys}
                for col, k in zip(mapper.primary_key, pk_keys):
                    row[table.name + "_" + col.key] = p[k]
                rows.append(row)
            await conn.execute(stmt, rows if len(rows) > 1 else rows[0])
        return CursorResult(ResultMetaData([]), [], rowcount=-1, returns_rows=False)

    async def _orm_returning_result(self, result, statement, mapper):
        entities = [c for c in statement._returning if isinstance(c, _ORMEntity)]
        if not entities:
            return result
        plan = _LoadPlan(self, None, raw=list(statement._returning))
        rows = result.all()
        out = plan.build_rows(rows, True)
        meta = ResultMetaData(plan.keys(result), plan.key_objects())
        return Result(meta, [Row(meta._keymap, r) for r in out])

    # -- loading relationships and attributes --

    async def _load_relationship_async(self, state, prop):
        conn = await self._connection()
        stmt, params = _lazy_statement(state, prop)
        if stmt is None:
            state.dict[prop.key] = M._new_collection(state, prop) if prop.uselist else None
            return
        result = await conn.execute(stmt, params)
        rows = result.all()
        plan = _LoadPlan(self, stmt)
        objs = [r[0] for r in plan.build_rows(rows, False)]
        await plan.run_eager_loads(conn)
        if prop.uselist:
            state.dict[prop.key] = M._new_collection(state, prop, objs)
        else:
            state.dict[prop.key] = objs[0] if objs else None
        state.committed_state.pop(prop.key, None)

    def _sync_load_attribute(self, state, key):
        """An expired or unloaded column read outside an await: log, then MissingGreenlet."""
        mapper = state.mapper
        cols = mapper._loaded_columns()
        stmt = S.Select(*cols).where(*_pk_criteria(mapper, state))
        stmt._cache_extra = ("load_expired",)
        self._log_sync(stmt)
        raise M._missing_greenlet()

    def _sync_lazy_load(self, state, prop):
        stmt, params = _lazy_statement(state, prop)
        if stmt is None:
            return M._init_empty(state, prop)
        self._log_sync(stmt, params)
        raise M._missing_greenlet()

    def _log_sync(self, stmt, params=None):
        engine = self.get_bind()
        engine = getattr(engine, "sync_engine", engine)
        self._log_begin_sync()
        tx = self._tx
        conn = tx.connection
        if conn is None:
            from sqlalchemy.engine.base import Connection
            conn = Connection.__new__(Connection)
            conn.engine = engine
            conn.dialect = engine.dialect
        from sqlalchemy.engine.base import Connection as _C
        sets, many = _C._distill(conn, params)
        compiled, stats = _C._compile(conn, stmt, sets, many)
        sql, positional, _ = _C._prepare_params(conn, compiled, sets, many)
        if engine._should_log_info():
            from sqlalchemy import exc
            engine._log_info(sql)
            engine._log_info("[%s] %r", stats.text(), exc._repr_params(positional[0], 10, ismulti=False))

    async def _eager_load(self, states, prop, load, conn):
        await _selectin_load(self, conn, states, prop, load)

    # -- flush --

    async def _flush(self):
        if self._flushing:
            raise sa_exc.InvalidRequestError("Session is already flushing")
        configure_mappers()
        self._flushing = True
        try:
            uow = _UnitOfWork(self)
            await uow.prepare()
            if uow.empty():
                return
            conn = await self._connection()
            try:
                await uow.execute(conn)
            except BaseException as e:
                tx = self._tx
                if tx is not None and tx.connection is not None:
                    try:
                        await tx.connection.rollback()
                    except Exception:
                        pass
                if isinstance(e, Exception):
                    self._fail_transaction(e)
                raise
            uow.finish()
        finally:
            self._flushing = False


class _NoAutoflush:
    def __init__(self, session):
        self.session = session

    def __enter__(self):
        self.session._no_autoflush += 1
        return self.session

    def __exit__(self, *a):
        self.session._no_autoflush -= 1

    async def __aenter__(self):
        return self.__enter__()

    async def __aexit__(self, *a):
        self.__exit__(*a)


class _IdentitySet:
    def __init__(self, items):
        self._items = list(items)

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __contains__(self, item):
        return any(x is item for x in self._items)

    def __bool__(self):
        return bool(self._items)

    def __repr__(self):
        return "IdentitySet(%r)" % (self._items,)


class _IdentityMap:
    def __init__(self, d):
        self._d = d

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, key):
        return key in self._d

    def __getitem__(self, key):
        return self._d[key]

    def get(self, key, default=None):
        return self._d.get(key, default)

    def keys(self):
        return list(self._d.keys())

    def values(self):
        return list(self._d.values())

    def items(self):
        return list(self._d.items())

    def all_states(self):
        return [instance_state(o) for o in self._d.values()]


def _normalize_ident(mapper, ident):
    pk = mapper.primary_key
    if isinstance(ident, dict):
        keys = mapper._pk_keys()
        try:
            return tuple(ident[k] for k in keys)
        except KeyError:
            raise sa_exc.InvalidRequestError(
                "Incorrect names of values in identifier to formulate primary key for "
                "session.get(); primary key attribute names are %s" % ", ".join(
                    "'%s'" % k for k in keys)) from None
    if not isinstance(ident, (tuple, list)):
        ident = (ident,)
    if len(ident) != len(pk):
        raise sa_exc.InvalidRequestError(
            "Incorrect number of values in identifier to formulate primary key for "
            "session.get(); primary key columns are %s" % ",".join("'%s'" % c for c in pk))
    return tuple(ident)


def _pk_criteria(mapper, state):
    crits = []
    pk = state.key[1] if state.key is not None else tuple(
        state.dict.get(k) for k in mapper._pk_keys())
    for i, (col, v) in enumerate(zip(mapper.primary_key, pk)):
        crits.append(col == E.BindParameter("pk_%d" % (i + 1), v, type_=col.type))
    return crits


def _options_key(options):
    out = []
    for o in options:
        out.append((tuple(getattr(a, "key", None) for a in o.path), tuple(o.strategies)))
    return tuple(out)


def _has_orm_entities(stmt):
    for c in stmt._raw_columns:
        if isinstance(c, _ORMEntity):
            return True
    return bool(stmt._with_options)


def _lazy_statement(state, prop):
    """The SELECT that loads one parent's relationship, and its parameters."""
    configure_mappers()
    target = prop.mapper
    d = state.dict
    if prop.direction is MANYTOONE:
        values = []
        for p, c in prop.local_remote_pairs:
            pp = prop.parent._prop_for_column(p)
            values.append(d.get(pp.key))
        if all(v is None for v in values):
            return None, None
        crits = []
        for i, ((p, c), v) in enumerate(zip(prop.local_remote_pairs, values)):
            crits.append(c == E.BindParameter("pk_%d" % (i + 1), v, type_=c.type))
        stmt = S.Select(_ORMEntity(target.class_)).where(*crits)
        stmt._cache_extra = ("lazy", prop.key)
        return stmt, None
    if prop.direction is ONETOMANY:
        crits = []
        for p, c in prop.local_remote_pairs:
            pp = prop.parent._prop_for_column(p)
            value = d.get(pp.key)
            bp = E.BindParameter(None, value, type_=p.type, unique=True)
            crits.append(E.BinaryExpression(bp, c, operators.eq, type_=sqltypes.BOOLEANTYPE,
                                            negate=operators.ne))
        stmt = S.Select(_ORMEntity(target.class_)).where(*crits)
    else:
        crits = []
        for p, s in prop.synchronize_pairs:
            pp = prop.parent._prop_for_column(p)
            value = d.get(pp.key)
            bp = E.BindParameter(None, value, type_=p.type, unique=True)
            crits.append(E.BinaryExpression(bp, s, operators.eq, type_=sqltypes.BOOLEANTYPE,
                                            negate=operators.ne))
        for t, s in prop.secondary_synchronize_pairs:
            crits.append(t == s)
        stmt = S.Select(_ORMEntity(target.class_)).select_from(target.local_table, prop.secondary) \
            .where(*crits)
    if prop._order_by:
        stmt = stmt.order_by(*prop._order_by)
    stmt._cache_extra = ("lazy", prop.key)
    return stmt, None


# -- building objects from rows ---------------------------------------------------------------

class _Joined:
    def __init__(self, prop, alias, columns, parent_entity):
        self.prop = prop
        self.alias = alias
        self.columns = columns
        self.parent_entity = parent_entity


class _LoadPlan:
    def __init__(self, session, stmt, raw=None):
        self.session = session
        self.stmt = stmt
        self.raw = list(raw if raw is not None else stmt._raw_columns)
        self.options = list(stmt._with_options) if stmt is not None else []
        self.loaded = {}    # entity index -> list of states in order
        self.entity_rows = []
        self._joins = []

    def core_statement(self):
        stmt = self.stmt
        # joined eager loads: LEFT OUTER JOIN aliased targets, their columns after the
        # entity's own.
        joined_any = False
        for idx, raw in enumerate(self.raw):
            if not isinstance(raw, _ORMEntity):
                continue
            raw._joined = []
            for prop, load in self._strategies_for(raw.mapper, ("joined", "joined_inner")):
                alias = prop.mapper.local_table.alias()
                target_cols = [alias.corresponding_column(c) for c in prop.mapper._loaded_columns()]
                j = _Joined(prop, alias, target_cols, raw)
                raw._joined.append(j)
                on = _joined_onclause(prop, raw.selectable, alias)
                self._joins.append((raw, j, on, load))
                joined_any = True
        if joined_any:
            stmt = stmt._generate()
            stmt._raw_columns = list(self.raw)
            extra = []
            for raw, j, on, load in self._joins:
                extra.append((j.alias, on, raw.selectable, not j.prop.innerjoin and load != "joined_inner"))
            stmt._sa_eager_joins = extra
        return stmt

    def _strategies_for(self, mapper, kinds):
        """Relationships of `mapper` to eager-load with one of `kinds`, from the options
        (first step of each path) and the relationships' own `lazy=`."""
        out = []
        seen = set()
        for opt in self._flat_options():
            if not opt.path:
                continue
            attr = opt.path[0]
            prop = getattr(attr, "prop", None)
            if prop is None or prop.parent is not mapper:
                continue
            if opt.strategies[0] in kinds and prop.key not in seen:
                seen.add(prop.key)
                out.append((prop, opt.strategies[0]))
            else:
                seen.add(prop.key)
        for prop in mapper._relationships:
            if prop.key in seen:
                continue
            if prop.lazy in kinds or (prop.lazy is False and "joined" in kinds):
                out.append((prop, "joined" if prop.lazy in ("joined", False) else prop.lazy))
        return out

    def _flat_options(self):
        out = []
        for o in self.options:
            if isinstance(o, M._LoadGroup):
                out.extend(o.loads)
            elif isinstance(o, Load):
                out.append(o)
        return out

    def keys(self, result):
        out = []
        result_keys = list(result.keys()) if result is not None else []
        pos = 0
        for raw in self.raw:
            if isinstance(raw, _ORMEntity):
                out.append(raw.name)
                pos += len(raw._sa_expand_columns())
            else:
                out.append(result_keys[pos] if pos < len(result_keys) else None)
                pos += 1
        return out

    def key_objects(self):
        return [(raw,) if not isinstance(raw, _ORMEntity) else (raw.entity,) for raw in self.raw]

    def build_rows(self, rows, populate_existing):
        session = self.session
        out = []
        for row in rows:
            values = list(row)
            pos = 0
            new_row = []
            for idx, raw in enumerate(self.raw):
                if isinstance(raw, _ORMEntity):
                    cols = raw._columns()
                    n = len(cols)
                    obj = _instance(session, raw.mapper, values[pos:pos + n], populate_existing)
                    pos += n
                    for j in getattr(raw, "_joined", ()):
                        m = len(j.columns)
                        child = _instance(session, j.prop.mapper, values[pos:pos + m],
                                          populate_existing)
                        pos += m
                        if obj is not None:
                            _joined_populate(instance_state(obj), j.prop, child)
                    if obj is not None:
                        self.loaded.setdefault(idx, [])
                        st = instance_state(obj)
                        if not any(s is st for s in self.loaded[idx]):
                            self.loaded[idx].append(st)
                    new_row.append(obj)
                else:
                    new_row.append(values[pos])
                    pos += 1
            out.append(tuple(new_row))
        for idx, raw in enumerate(self.raw):
            for j in getattr(raw, "_joined", ()):
                for st in self.loaded.get(idx, []):
                    if j.prop.key not in st.dict:
                        st.dict[j.prop.key] = M._new_collection(st, j.prop) if j.prop.uselist else None
                    coll = st.dict.get(j.prop.key)
                    if j.prop.uselist and coll is not None:
                        st.committed_state.pop(j.prop.key, None)
        return out

    async def run_eager_loads(self, conn):
        for idx, raw in enumerate(self.raw):
            if not isinstance(raw, _ORMEntity):
                continue
            states = self.loaded.get(idx, [])
            if not states:
                continue
            await _run_selectins(self.session, conn, states, raw.mapper, self._flat_options(), 0)


def _joined_onclause(prop, parent_sel, alias):
    def p(c):
        return _corr(parent_sel, c)

    def a(c):
        return _corr(alias, c)
    if prop.direction is MANYTOONE:
        return M._and_pairs([(a(c), p(pc)) for pc, c in prop.local_remote_pairs])
    if prop.direction is ONETOMANY:
        return M._and_pairs([(p(pc), a(c)) for pc, c in prop.local_remote_pairs])
    raise NotImplementedError("joinedload of many-to-many relationships")


def _joined_populate(state, prop, child):
    d = state.dict
    if prop.uselist:
        coll = d.get(prop.key)
        if coll is None or prop.key not in d:
            coll = M._new_collection(state, prop)
            d[prop.key] = coll
        if child is not None and not coll._contains_same(child):
            coll._raw_append(child)
    else:
        d[prop.key] = child
    state.expired_attributes.discard(prop.key)


async def _run_selectins(session, conn, states, mapper, options, depth):
    """Selectin loads for these states: each relationship the options or `lazy=` name,
    then, for the objects loaded, the next step of each option path."""
    handled = set()
    for opt in options:
        if len(opt.path) <= depth:
            continue
        attr = opt.path[depth]
        prop = getattr(attr, "prop", None)
        if prop is None or prop.parent is not mapper:
            continue
        if any(opt.path[i].prop is not getattr(o, "prop", None) for i, o in
               enumerate(opt.path[:depth])):
            pass
        strategy = opt.strategies[depth]
        if prop.key in handled and strategy not in ("selectin",):
            continue
        if strategy == "selectin":
            if prop.key not in handled:
                await _selectin_load(session, conn, states, prop, opt)
            handled.add(prop.key)
            children = _children_of(states, prop)
            sub = [o for o in options if len(o.path) > depth + 1 and
                   getattr(o.path[depth], "prop", None) is prop]
            if children and sub:
                await _run_selectins(session, conn, children, prop.mapper, sub, depth + 1)
        elif strategy in ("joined", "joined_inner", "contains_eager"):
            handled.add(prop.key)
            children = _children_of(states, prop)
            sub = [o for o in options if len(o.path) > depth + 1 and
                   getattr(o.path[depth], "prop", None) is prop]
            if children and sub:
                await _run_selectins(session, conn, children, prop.mapper, sub, depth + 1)
        elif strategy == "noload":
            handled.add(prop.key)
            for st in states:
                if prop.key not in st.dict:
                    M._init_empty(st, prop)
        else:
            handled.add(prop.key)
    for prop in mapper._relationships:
        if prop.key in handled:
            continue
        if prop.lazy in ("selectin", "immediate", "subquery"):
            await _selectin_load(session, conn, states, prop, None)
            children = _children_of(states, prop)
            if children and depth < 8:
                await _run_selectins(session, conn, children, prop.mapper, [], depth + 1)
        elif prop.lazy == "noload":
            for st in states:
                if prop.key not in st.dict:
                    M._init_empty(st, prop)


def _children_of(states, prop):
    out = []
    seen = set()
    for st in states:
        v = st.dict.get(prop.key)
        if v is None:
            continue
        for child in (v if prop.uselist else [v]):
            cs = instance_state(child)
            if id(cs) not in seen:
                seen.add(id(cs))
                out.append(cs)
    return out


async def _selectin_load(session, conn, states, prop, load):
    configure_mappers()
    target = prop.mapper
    states = [s for s in states if prop.key not in s.dict or s.key is None and False]
    if not states:
        return
    if prop.direction is MANYTOONE:
        # the targets by primary key, those not in the identity map yet
        keys = []
        for st in states:
            vals = tuple(st.dict.get(prop.parent._prop_for_column(p).key)
                         for p, c in prop.local_remote_pairs)
            if all(v is None for v in vals):
                continue
            ident = (target.class_, vals, None)
            if ident in session._identity_map and not instance_state(
                    session._identity_map[ident]).expired_attributes:
                continue
            if vals not in keys:
                keys.append(vals)
        if keys:
            cols = [c for p, c in prop.local_remote_pairs]
            if len(cols) == 1:
                crit = cols[0].in_([k[0] for k in keys])
            else:
                crit = E.tuple_(*cols).in_(keys)
            stmt = S.Select(_ORMEntity(target.class_)).where(crit)
            stmt._cache_extra = ("selectin", prop.key, load is not None)
            result = await conn.execute(stmt)
            plan = _LoadPlan(session, stmt)
            plan.build_rows(result.all(), False)
        for st in states:
            vals = tuple(st.dict.get(prop.parent._prop_for_column(p).key)
                         for p, c in prop.local_remote_pairs)
            if all(v is None for v in vals):
                st.dict[prop.key] = None
            else:
                st.dict[prop.key] = session._identity_map.get((target.class_, vals, None))
            st.expired_attributes.discard(prop.key)
        return
    # one-to-many and many-to-many: the children of every parent, grouped by the
    # parent's key
    if prop.direction is ONETOMANY:
        pairs = prop.local_remote_pairs
    else:
        pairs = prop.synchronize_pairs
    parent_keys = []
    by_key = {}
    for st in states:
        vals = tuple(st.dict.get(prop.parent._prop_for_column(p).key) for p, _ in pairs)
        by_key.setdefault(vals, []).append(st)
        if vals not in parent_keys:
            parent_keys.append(vals)
    fk_cols = [c for _, c in pairs]
    target_cols = target._loaded_columns()
    if prop.direction is ONETOMANY:
        lead = [c for c in fk_cols]
        rest = [c for c in target_cols if not any(c is f for f in fk_cols)]
        cols = lead + rest
        from_ = None
    else:
        cols = fk_cols + target_cols
        on = M._and_pairs(prop.secondary_synchronize_pairs)
        from_ = S.Join(prop.secondary, target.local_table, on)
    groups = {k: [] for k in parent_keys}
    chunk = 500
    for start in range(0, len(parent_keys), chunk):
        part = parent_keys[start:start + chunk]
        if len(fk_cols) == 1:
            crit = fk_cols[0].in_([k[0] for k in part])
        else:
            crit = E.tuple_(*fk_cols).in_(part)
        stmt = S.Select(*cols).where(crit)
        stmt._cache_extra = ("selectin", prop.key, load is not None)
        if from_ is not None:
            stmt = stmt.select_from(from_)
        if prop._order_by:
            stmt = stmt.order_by(*prop._order_by)
        result = await conn.execute(stmt)
        n = len(fk_cols)
        for row in result.all():
            vals = list(row)
            key = tuple(vals[:n])
            if prop.direction is ONETOMANY:
                # rebuild the target row in mapper order
                by_col = {}
                for c, v in zip(cols, vals):
                    by_col[id(c)] = v
                tvals = [by_col[id(c)] for c in target_cols]
            else:
                tvals = vals[n:]
            child = _instance(session, target, tvals, False)
            groups.setdefault(key, []).append(child)
    for key, sts in by_key.items():
        children = groups.get(key, [])
        for st in sts:
            if prop.uselist:
                st.dict[prop.key] = M._new_collection(st, prop, children)
            else:
                st.dict[prop.key] = children[0] if children else None
            st.committed_state.pop(prop.key, None)
            st.expired_attributes.discard(prop.key)


def _instance(session, mapper, values, populate_existing):
    pk_positions = []
    cols = mapper._loaded_columns()
    for pkcol in mapper.primary_key:
        for i, c in enumerate(cols):
            if c is pkcol:
                pk_positions.append(i)
    pk = tuple(values[i] for i in pk_positions)
    if all(v is None for v in pk):
        return None
    key = (mapper.class_, pk, None)
    obj = session._identity_map.get(key)
    props = [p for p in mapper._column_props if not p.deferred]
    if obj is not None:
        state = instance_state(obj)
        d = obj.__dict__
        if populate_existing or state.expired_attributes:
            for p, v in zip(props, values):
                if populate_existing or p.key in state.expired_attributes or p.key not in d:
                    if p.key not in state.committed_state:
                        d[p.key] = v
            if populate_existing:
                for p, v in zip(props, values):
                    d[p.key] = v
                    state.committed_state.pop(p.key, None)
            for p in props:
                state.expired_attributes.discard(p.key)
        return obj
    cls = mapper.class_
    obj = cls.__new__(cls)
    state = M.InstanceState(obj, mapper)
    d = obj.__dict__
    d["_sa_instance_state"] = state
    for p, v in zip(props, values):
        d[p.key] = v
    state.key = key
    state.session = session
    session._identity_map[key] = obj
    load = getattr(cls, "__sa_on_load__", None)
    if load is not None:
        load(obj)
    return obj


# -- synchronize_session="evaluate" for ORM UPDATE / DELETE ------------------------------------

class _CannotEvaluate(Exception):
    pass


def _evaluator(mapper, expr):
    if isinstance(expr, E.Grouping):
        return _evaluator(mapper, expr.element)
    if isinstance(expr, E.BooleanClauseList):
        parts = [_evaluator(mapper, c) for c in expr.clauses]
        if expr.operator is operators.and_:
            return lambda o: all(p(o) for p in parts)
        if expr.operator is operators.or_:
            return lambda o: any(p(o) for p in parts)
        raise _CannotEvaluate()
    if isinstance(expr, E.AsBoolean):
        inner = _evaluator(mapper, expr.element)
        if expr.operator is operators.is_true:
            return lambda o: bool(inner(o))
        return lambda o: not inner(o)
    if isinstance(expr, E.UnaryExpression) and expr.operator is operators.inv:
        inner = _evaluator(mapper, expr.element)
        return lambda o: not inner(o)
    if isinstance(expr, E.BinaryExpression):
        op = expr.operator
        left = _evaluator(mapper, expr.left)
        if op in (operators.in_op, operators.not_in_op):
            right = expr.right
            if not (isinstance(right, E.BindParameter) and right.expanding):
                raise _CannotEvaluate()
            values = list(right.effective_value or [])
            if op is operators.in_op:
                return lambda o: left(o) in values
            return lambda o: left(o) not in values
        right = _evaluator(mapper, expr.right)
        fns = {
            operators.eq: lambda a, b: a == b, operators.ne: lambda a, b: a != b,
            operators.lt: lambda a, b: a < b, operators.le: lambda a, b: a <= b,
            operators.gt: lambda a, b: a > b, operators.ge: lambda a, b: a >= b,
            operators.is_: lambda a, b: a is b, operators.is_not: lambda a, b: a is not b,
            operators.add: lambda a, b: a + b, operators.sub: lambda a, b: a - b,
            operators.mul: lambda a, b: a * b, operators.concat_op: lambda a, b: a + b,
        }
        fn = fns.get(op)
        if fn is None:
            raise _CannotEvaluate()

        def evaluate(o):
            a, b = left(o), right(o)
            if op in (operators.is_, operators.is_not):
                return fn(a, b)
            if a is None or b is None:
                return None
            return fn(a, b)
        return evaluate
    if isinstance(expr, E.BindParameter):
        v = expr.effective_value
        return lambda o: v
    if isinstance(expr, E.Null):
        return lambda o: None
    if isinstance(expr, E.True_):
        return lambda o: True
    if isinstance(expr, E.False_):
        return lambda o: False
    if isinstance(expr, E.ColumnClause) and not expr.is_literal:
        prop = mapper._prop_for_column(expr)
        if prop is None:
            raise _CannotEvaluate()
        key = prop.key

        def get(o):
            d = o.__dict__
            if key not in d:
                raise _CannotEvaluate()
            return d[key]
        return get
    raise _CannotEvaluate()


def _evaluate_matches(session, mapper, criteria):
    try:
        fns = [_evaluator(mapper, c) for c in criteria]
    except _CannotEvaluate:
        return None
    out = []
    try:
        for obj in list(session._identity_map.values()):
            st = instance_state(obj)
            if st.mapper is not mapper or id(st) in session._deleted:
                continue
            if all(f(obj) for f in fns):
                out.append(obj)
    except _CannotEvaluate:
        return None
    return out


def _apply_update_values(mapper, objs, statement):
    table = mapper.local_table
    for key, value in statement._values or []:
        col = C._resolve_dml_column(table, key)
        prop = mapper._prop_for_column(col)
        if prop is None:
            continue
        if isinstance(value, E.ClauseElement):
            try:
                fn = _evaluator(mapper, value)
            except _CannotEvaluate:
                for o in objs:
                    instance_state(o)._expire([prop.key])
                continue
        else:
            fn = (lambda v: (lambda o: v))(value)
        for o in objs:
            try:
                new = fn(o)
            except _CannotEvaluate:
                instance_state(o)._expire([prop.key])
                continue
            o.__dict__[prop.key] = new
            instance_state(o).committed_state.pop(prop.key, None)


# -- the unit of work ------------------------------------------------------------------------

class _UnitOfWork:
    def __init__(self, session):
        self.session = session
        self.inserts = []
        self.updates = []
        self.deletes = []
        self.secondary_inserts = []
        self.secondary_deletes = []

    async def prepare(self):
        session = self.session
        # cascade save-update from everything in the session
        for state in list(session._new.values()):
            session._cascade_add_children(state, set())
        for obj in list(session._identity_map.values()):
            st = instance_state(obj)
            if st.modified:
                session._cascade_add_children(st, set())
        # orphans from delete-orphan collections
        for obj in list(session._identity_map.values()):
            st = instance_state(obj)
            if st._orphaned and id(st) not in session._deleted and not self._has_parent(st):
                await session._delete_cascade(st, set())
        for state in list(session._new.values()):
            if state._orphaned and not self._has_parent(state):
                session._expunge_state(state)
        # parents deleted without a delete cascade: their loaded children let go
        for st in list(session._deleted.values()):
            for prop in st.mapper._relationships:
                if prop.direction is ONETOMANY and "delete" not in prop.cascade and \
                        not prop.passive_deletes and not prop.viewonly:
                    value = st.dict.get(prop.key, NO_VALUE)
                    if value is NO_VALUE:
                        await session._load_relationship_async(st, prop)
                        value = st.dict.get(prop.key)
                    for child in list(value or []):
                        cs = instance_state(child)
                        if id(cs) in session._deleted:
                            continue
                        for p, c in prop.local_remote_pairs:
                            cp = prop.mapper._prop_for_column(c)
                            old = child.__dict__.get(cp.key, NO_VALUE)
                            if old is not None:
                                cs._modified_event(cp.key, old)
                                child.__dict__[cp.key] = None
                if prop.direction is MANYTOMANY and not prop.viewonly:
                    value = st.dict.get(prop.key, NO_VALUE)
                    if value is NO_VALUE:
                        await session._load_relationship_async(st, prop)
                        value = st.dict.get(prop.key)
                    for child in list(value or []):
                        self._secondary_row(prop, st, instance_state(child), delete=True)
        self.new_states = sorted(session._new.values(), key=lambda s: s.insert_order)
        self.deleted_states = list(session._deleted.values())
        deleted_ids = {id(s) for s in self.deleted_states}
        self.dirty_states = [instance_state(o) for o in session._identity_map.values()
                             if instance_state(o).modified and id(instance_state(o)) not in deleted_ids]

    def _has_parent(self, state):
        # a delete-orphan child someone still holds
        session = self.session
        for obj in list(session._identity_map.values()) + [s.obj() for s in session._new.values()]:
            ost = instance_state(obj)
            for prop in ost.mapper._relationships:
                if "delete-orphan" in prop.cascade and prop.mapper is state.mapper:
                    v = obj.__dict__.get(prop.key)
                    if v is not None and (v._contains_same(state.obj()) if prop.uselist else v is state.obj()):
                        return True
        return False

    def empty(self):
        return not (self.new_states or self.deleted_states or any(
            self._has_changes(s) for s in self.dirty_states))

    def _has_changes(self, st):
        return bool(st.committed_state) or st.modified

    def _mappers_in_order(self):
        mappers = []
        for st in self.new_states + self.dirty_states + self.deleted_states:
            if st.mapper not in mappers:
                mappers.append(st.mapper)
        by_table = {}
        for m in mappers:
            by_table.setdefault(m.local_table, []).append(m)
        tables = sort_tables(sorted(by_table, key=lambda t: t.key))
        out = []
        for t in tables:
            out.extend(by_table[t])
        return out

    def _secondary_row(self, prop, parent_state, child_state, delete=False):
        row = {}
        for p, s in prop.synchronize_pairs:
            row[s.key] = parent_state.dict.get(prop.parent._prop_for_column(p).key)
        for t, s in prop.secondary_synchronize_pairs:
            row[s.key] = child_state.dict.get(prop.mapper._prop_for_column(t).key)
        entry = (prop.secondary, row, parent_state, child_state, prop)
        target = self.secondary_deletes if delete else self.secondary_inserts
        for e in target:
            if e[0] is prop.secondary and e[1] == row:
                return
        target.append(entry)

    async def execute(self, conn):
        session = self.session
        mappers = self._mappers_in_order()
        deleted_ids = {id(s) for s in self.deleted_states}
        m2m_props = []
        for mapper in mappers:
            states_new = [s for s in self.new_states if s.mapper is mapper]
            states_dirty = [s for s in self.dirty_states if s.mapper is mapper]
            # rows of a self-referential table go parents first, a level at a time
            levels = _self_referential_levels(mapper, states_new)
            first = True
            for level in levels:
                # many-to-one: foreign keys from the parents, already saved
                for st in level + (states_dirty if first else []):
                    _sync_many_to_one(st)
                if first:
                    await _save_updates(conn, mapper, _sort_persistent(mapper, states_dirty))
                await _save_inserts(conn, mapper, level)
                # one-to-many: the children take this parent's key
                for st in level + (states_dirty if first else []):
                    for prop in mapper._relationships:
                        if prop.viewonly:
                            continue
                        if prop.direction is ONETOMANY:
                            _sync_one_to_many(session, st, prop, deleted_ids)
                        elif prop.direction is MANYTOMANY:
                            m2m_props.append((st, prop))
                first = False
        for st, prop in m2m_props:
            h = M._history(st, prop.key)
            for child in h.deleted:
                cs = instance_state(child)
                self._secondary_row(prop, st, cs, delete=True)
            for child in h.added:
                cs = instance_state(child)
                if prop._reverse_property is not None and prop._reverse_property.viewonly:
                    pass
                self._secondary_row(prop, st, cs)
        # a many-to-many pair seen from both sides is written once
        await _secondary(conn, self.secondary_deletes, delete=True)
        await _secondary(conn, self.secondary_inserts, delete=False)
        for mapper in reversed(mappers):
            states = [s for s in self.deleted_states if s.mapper is mapper]
            await _save_deletes(conn, mapper, _sort_persistent(mapper, states))

    def finish(self):
        session = self.session
        tx = session._tx
        for st in self.new_states:
            mapper = st.mapper
            pk = tuple(st.dict.get(k) for k in mapper._pk_keys())
            st.key = (mapper.class_, pk, None)
            session._new.pop(id(st), None)
            session._identity_map[st.key] = st.obj()
            st._commit_all()
            if tx is not None:
                tx._new[id(st)] = st
        for st in self.dirty_states:
            st._commit_all()
        for st in self.deleted_states:
            session._deleted.pop(id(st), None)
            if st.key in session._identity_map and session._identity_map[st.key] is st.obj():
                del session._identity_map[st.key]
            st._deleted = True
            if tx is not None:
                tx._deleted[id(st)] = st
        for obj in list(session._identity_map.values()):
            st = instance_state(obj)
            if st.modified and not st.committed_state:
                st.modified = False


def _self_referential_levels(mapper, states):
    """Pending rows of one table in insert order, split so that a row whose parent (a
    self-referential many-to-one, or a one-to-many holding it) is also pending comes in
    a later level than that parent."""
    selfrels = [p for p in mapper._relationships if p.mapper is mapper and not p.viewonly]
    if not selfrels or len(states) < 2:
        return [states]
    ids = {id(s): s for s in states}
    parents = {id(s): set() for s in states}
    for st in states:
        for prop in selfrels:
            value = st.dict.get(prop.key)
            if value is None:
                continue
            if prop.direction is MANYTOONE:
                ps = instance_state(value)
                if id(ps) in ids and ps is not st:
                    parents[id(st)].add(id(ps))
            elif prop.direction is ONETOMANY:
                for child in value:
                    cs = instance_state(child)
                    if id(cs) in ids and cs is not st:
                        parents[id(cs)].add(id(st))
    levels = []
    placed = set()
    remaining = list(states)
    while remaining:
        level = [s for s in remaining if parents[id(s)] <= placed]
        if not level:
            level = remaining
        levels.append(level)
        placed |= {id(s) for s in level}
        remaining = [s for s in remaining if id(s) not in placed]
    return levels


def _sort_persistent(mapper, states):
    def key(st):
        return tuple((v is None, v) for v in (st.key[1] if st.key else ()))
    try:
        return sorted(states, key=key)
    except TypeError:
        return list(states)


def _sync_many_to_one(st):
    for prop in st.mapper._relationships:
        if prop.direction is not MANYTOONE or prop.viewonly:
            continue
        if prop.key not in st.dict:
            continue
        if prop.key not in st.committed_state and st.key is not None:
            continue
        parent = st.dict.get(prop.key)
        for p, c in prop.local_remote_pairs:
            fk_prop = prop.parent._prop_for_column(p)
            if parent is None:
                value = None
            else:
                value = parent.__dict__.get(prop.mapper._prop_for_column(c).key)
            if st.dict.get(fk_prop.key, NO_VALUE) != value or fk_prop.key not in st.dict:
                st._modified_event(fk_prop.key, st.dict.get(fk_prop.key, NO_VALUE))
                st.dict[fk_prop.key] = value


def _sync_one_to_many(session, st, prop, deleted_ids):
    h = M._history(st, prop.key)
    for child in list(h.added) + (list(h.unchanged) if st.key is None else []):
        cs = instance_state(child)
        for p, c in prop.local_remote_pairs:
            value = st.dict.get(prop.parent._prop_for_column(p).key)
            cp = prop.mapper._prop_for_column(c)
            if child.__dict__.get(cp.key, NO_VALUE) != value:
                cs._modified_event(cp.key, child.__dict__.get(cp.key, NO_VALUE))
                child.__dict__[cp.key] = value
    for child in h.deleted:
        cs = instance_state(child)
        if id(cs) in deleted_ids or cs._orphaned and "delete-orphan" in prop.cascade:
            continue
        # still someone else's child?
        reverse = prop._reverse_property
        if reverse is not None and child.__dict__.get(reverse.key) is not None and \
                child.__dict__.get(reverse.key) is not st.obj():
            continue
        for p, c in prop.local_remote_pairs:
            cp = prop.mapper._prop_for_column(c)
            parent_value = st.dict.get(prop.parent._prop_for_column(p).key)
            if child.__dict__.get(cp.key) == parent_value:
                cs._modified_event(cp.key, child.__dict__.get(cp.key, NO_VALUE))
                child.__dict__[cp.key] = None


def _insert_params(mapper, st):
    table = mapper.local_table
    d = st.dict
    params = {}
    values = {}
    for prop in mapper._column_props:
        col = prop.columns[0]
        if col.table is not table:
            continue
        if prop.key in d:
            v = d[prop.key]
            if v is None and not (col.primary_key and False):
                if col.primary_key:
                    continue
                if col.default is not None or col.server_default is not None:
                    if not getattr(col.type, "should_evaluate_none", False):
                        continue
            if isinstance(v, E.ClauseElement) or hasattr(v, "__clause_element__"):
                values[col.key] = v.__clause_element__() if hasattr(v, "__clause_element__") else v
            else:
                params[col.key] = v
    for col in table.columns:
        if col.key in params or col.key in values:
            continue
        if col.primary_key or col.default is not None or col.server_default is not None:
            continue
        if getattr(col.type, "should_evaluate_none", False):
            # None means something for this type (JSON's null): only when set
            continue
        params[col.key] = None
    # table order
    ordered = {}
    for col in table.columns:
        if col.key in params:
            ordered[col.key] = params[col.key]
    return ordered, values


def _returning_for_insert(mapper, keys, values):
    table = mapper.local_table
    out = []
    for col in mapper.primary_key:
        if col.key not in keys and col.key not in values:
            out.append(col)
    for col in table.columns:
        if col in out:
            continue
        if col.key in keys or col.key in values:
            continue
        if col.server_default is not None and mapper.eager_defaults in ("auto", True):
            out.append(col)
    return out


async def _save_inserts(conn, mapper, states):
    if not states:
        return
    table = mapper.local_table
    records = []
    for st in states:
        params, values = _insert_params(mapper, st)
        records.append((st, params, values))
    groups = []
    for rec in records:
        key = (tuple(rec[1].keys()), bool(rec[2]))
        if groups and groups[-1][0] == key and not rec[2]:
            groups[-1][1].append(rec)
        else:
            groups.append((key, [rec]))
    for (keys, has_values), recs in groups:
        returning = _returning_for_insert(mapper, keys, recs[0][2])
        stmt = D.Insert(table)
        if has_values:
            stmt = stmt.values(**recs[0][2])
        if returning:
            stmt = stmt.returning(*returning)
        if len(recs) == 1 or has_values:
            for st, params, values in recs:
                s = stmt if not has_values else D.Insert(table).values(**values)
                if has_values and returning:
                    s = s.returning(*returning)
                result = await conn.execute(s, params)
                _post_insert(mapper, st, params, result, returning, 0)
        elif returning:
            result = await conn._execute_insertmanyvalues(stmt, [r[1] for r in recs],
                                                          ordered=True)
            rows = result.all()
            for i, (st, params, values) in enumerate(recs):
                _apply_params(mapper, st, params)
                _apply_returned(mapper, st, returning, rows[i] if i < len(rows) else None)
                _apply_defaults(mapper, st, result, i)
        else:
            result = await conn.execute(stmt, [r[1] for r in recs])
            for i, (st, params, values) in enumerate(recs):
                _apply_params(mapper, st, params)
                _apply_defaults(mapper, st, result, i)


def _post_insert(mapper, st, params, result, returning, index):
    _apply_params(mapper, st, params)
    row = None
    if returning:
        rows = result.all()
        row = rows[0] if rows else None
    _apply_returned(mapper, st, returning, row)
    _apply_defaults(mapper, st, result, index)


def _apply_params(mapper, st, params):
    """Values the INSERT sent that the object did not hold (None for an unset column)."""
    for prop in mapper._column_props:
        col = prop.columns[0]
        if prop.key not in st.dict and col.key in params:
            st.dict[prop.key] = params[col.key]


def _apply_returned(mapper, st, returning, row):
    if row is None:
        return
    for col, v in zip(returning, row):
        prop = mapper._prop_for_column(col)
        if prop is not None:
            st.dict[prop.key] = v
            st.expired_attributes.discard(prop.key)


def _apply_defaults(mapper, st, result, index):
    ctx = getattr(result, "context", None)
    params = getattr(ctx, "compiled_parameters", None)
    if not params or index >= len(params):
        return
    values = params[index]
    for prop in mapper._column_props:
        col = prop.columns[0]
        if prop.key in st.dict:
            continue
        if col.key in values and col.default is not None:
            st.dict[prop.key] = values[col.key]


async def _save_updates(conn, mapper, states):
    table = mapper.local_table
    records = []
    for st in states:
        d = st.dict
        params = {}
        for prop in mapper._column_props:
            col = prop.columns[0]
            if col.table is not table:
                continue
            if prop.key in st.committed_state:
                h = M._history(st, prop.key)
                if h.added or (h.deleted and prop.key in d):
                    params[col.key] = d.get(prop.key)
                elif prop.key in st.committed_state and st.committed_state[prop.key] is NO_VALUE \
                        and prop.key in d and st.key is not None and not h.unchanged:
                    params[col.key] = d.get(prop.key)
        if not params:
            continue
        for col in table.columns:
            if col.onupdate is not None and col.key not in params:
                pass
        ordered = {}
        for col in table.columns:
            if col.key in params:
                ordered[col.key] = params[col.key]
        pk_names = []
        for col, v in zip(mapper.primary_key, st.key[1]):
            name = "%s_%s" % (table.name, col.key)
            ordered[name] = v
            pk_names.append(name)
        records.append((st, ordered))
    groups = []
    for rec in records:
        key = tuple(rec[1].keys())
        if groups and groups[-1][0] == key:
            groups[-1][1].append(rec)
        else:
            groups.append((key, [rec]))
    for keys, recs in groups:
        stmt = D.Update(table).where(*[
            col == E.BindParameter("%s_%s" % (table.name, col.key), type_=col.type, required=True)
            for col in mapper.primary_key])
        if len(recs) == 1:
            result = await conn.execute(stmt, recs[0][1])
            if result.rowcount != 1 and result.rowcount != -1:
                raise orm_exc.StaleDataError(
                    "UPDATE statement on table '%s' expected to update 1 row(s); %d were matched."
                    % (table.name, result.rowcount))
        else:
            await conn.execute(stmt, [r[1] for r in recs])
        for st, params in recs:
            for col in table.columns:
                if col.onupdate is not None and not col.onupdate.is_scalar:
                    prop = mapper._prop_for_column(col)
                    if prop is not None and col.key not in params:
                        st.dict.pop(prop.key, None)
                        st.expired_attributes.add(prop.key)


async def _save_deletes(conn, mapper, states):
    if not states:
        return
    table = mapper.local_table
    stmt = D.Delete(table).where(*[
        col == E.BindParameter("%s_%s" % (table.name, col.key), type_=col.type, required=True)
        for col in mapper.primary_key])
    params = []
    for st in states:
        p = {}
        for col, v in zip(mapper.primary_key, st.key[1]):
            p["%s_%s" % (table.name, col.key)] = v
        params.append(p)
    await conn.execute(stmt, params if len(params) > 1 else params[0])


async def _secondary(conn, entries, delete):
    by_table = []
    for table, row, ps, cs, prop in entries:
        for t, rows in by_table:
            if t is table:
                rows.append(row)
                break
        else:
            by_table.append((table, [row]))
    for table, rows in by_table:
        if delete:
            cols = [table.columns[k] for k in rows[0]]
            stmt = D.Delete(table).where(*[
                c == E.BindParameter(c.key, type_=c.type, required=True) for c in cols])
        else:
            stmt = D.Insert(table)
        await conn.execute(stmt, rows if len(rows) > 1 else rows[0])


class sessionmaker:
    __module__ = "sqlalchemy.orm.session"

    def __init__(self, bind=None, *, class_=Session, autoflush=True, expire_on_commit=True,
                 info=None, **kw):
        self.bind = bind
        self.class_ = class_
        self.kw = dict(kw, autoflush=autoflush, expire_on_commit=expire_on_commit)
        if info is not None:
            self.kw["info"] = info

    def __call__(self, **local_kw):
        kw = dict(self.kw)
        kw.update(local_kw)
        if "bind" not in kw:
            kw["bind"] = self.bind
        return self.class_(**kw)

    def configure(self, **kw):
        if "bind" in kw:
            self.bind = kw.pop("bind")
        self.kw.update(kw)

    def __repr__(self):
        return "%s(class_=%r, bind=%r, %s)" % (
            type(self).__name__, self.class_.__name__, self.bind,
            ", ".join("%s=%r" % (k, v) for k, v in self.kw.items()))


def object_session(instance):
    return instance_state(instance).session


def close_all_sessions():
    pass
