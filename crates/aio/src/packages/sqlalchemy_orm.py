# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.orm`: the ORM's public
# names (see `sqlalchemy.orm.mapper` for mapping and attributes, `sqlalchemy.orm.session`
# for the Session, loading and flush).

from sqlalchemy.orm import exc  # noqa: F401
from sqlalchemy.orm.mapper import (  # noqa: F401
    Mapped, WriteOnlyMapped, DynamicMapped, MappedColumn, mapped_column, column_property,
    deferred, query_expression, declared_attr, synonym, validates, relationship, backref,
    RelationshipProperty, ColumnProperty, Mapper, registry, DeclarativeBase,
    DeclarativeBaseNoMeta, DeclarativeMeta, declarative_base, as_declarative,
    MappedAsDataclass, InstanceState, InstrumentedAttribute, QueryableAttribute,
    Load, selectinload, joinedload, subqueryload, immediateload, lazyload, noload, raiseload,
    contains_eager, load_only, defer, undefer, undefer_group, with_expression,
    selectin_polymorphic, with_loader_criteria, aliased, AliasedClass, with_polymorphic,
    object_mapper, class_mapper, configure_mappers, foreign, remote, make_transient,
    make_transient_to_detached, History, flag_modified,
    set_committed_value, ONETOMANY, MANYTOONE, MANYTOMANY,
)
from sqlalchemy.orm.session import (  # noqa: F401
    Session, sessionmaker, SessionTransaction, object_session, close_all_sessions,
)
from sqlalchemy.orm.mapper import AsyncAttrs as _AsyncAttrs  # noqa: F401
from sqlalchemy.orm import attributes  # noqa: F401

Relationship = RelationshipProperty
relationship_property = RelationshipProperty
