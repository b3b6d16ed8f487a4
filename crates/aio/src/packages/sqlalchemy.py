# Loopscope's SQLAlchemy, following SQLAlchemy 2.1 (the oracle's 2.1.9): the Core and ORM
# that tutorials use, async over our own asyncpg (`postgresql+asyncpg://`). Python source
# of our own, one file per module (`sqlalchemy_ext_asyncio.py` is
# `sqlalchemy.ext.asyncio`): the SQL expression language and its compiler (SQL text as
# SQLAlchemy's PostgreSQL dialect writes it), engines, pools and results, the asyncio
# extension, and the declarative ORM with its unit of work. Real SQLAlchemy's asyncio
# layer runs sync code in greenlets; ours is coroutines all the way down.

from sqlalchemy import exc  # noqa: F401
from sqlalchemy import types  # noqa: F401
from sqlalchemy.types import *  # noqa: F401,F403
from sqlalchemy.types import (  # noqa: F401
    TypeDecorator, NullType, Integer, SmallInteger, BigInteger, Numeric, Float, Double, String,
    Text, Unicode, UnicodeText, Boolean, DateTime, Date, Time, Interval, LargeBinary, JSON,
    Uuid, Enum, ARRAY, INTEGER, INT, SMALLINT, BIGINT, NUMERIC, DECIMAL, FLOAT, REAL, DOUBLE,
    DOUBLE_PRECISION, VARCHAR, NVARCHAR, CHAR, NCHAR, TEXT, CLOB, BOOLEAN, DATETIME, TIMESTAMP,
    DATE, TIME, BLOB, BINARY, VARBINARY, UUID, TupleType,
)
from sqlalchemy.sql.elements import (  # noqa: F401
    and_, or_, not_, text, literal, literal_column, column, bindparam, null, true, false, case,
    cast, type_coerce, extract, desc, asc, nulls_first, nulls_last, distinct, func, tuple_,
    any_, all_, over, within_group, funcfilter, collate, between, ColumnElement, BindParameter,
    TextClause, Label,
)
from sqlalchemy.sql.selectable import (  # noqa: F401
    select, union, union_all, except_, except_all, intersect, intersect_all, exists, table,
    join, outerjoin, alias, lateral, values, Select, Subquery, Join, CTE,
    LABEL_STYLE_NONE, LABEL_STYLE_TABLENAME_PLUS_COL, LABEL_STYLE_DISAMBIGUATE_ONLY,
    LABEL_STYLE_DEFAULT,
)
from sqlalchemy.sql.dml import insert, update, delete, Insert, Update, Delete  # noqa: F401
from sqlalchemy.schema import (  # noqa: F401
    MetaData, Table, Column, ForeignKey, ForeignKeyConstraint, PrimaryKeyConstraint,
    UniqueConstraint, CheckConstraint, Constraint, Index, Sequence, Identity, Computed,
    ColumnDefault, DefaultClause, FetchedValue, DDL, BLANK_SCHEMA,
)
from sqlalchemy.engine import (  # noqa: F401
    create_engine, engine_from_config, Engine, Connection, Result, CursorResult, Row,
    RowMapping, ScalarResult, MappingResult, URL, make_url,
)
from sqlalchemy.inspection import inspect  # noqa: F401

__version__ = "2.1.9"
