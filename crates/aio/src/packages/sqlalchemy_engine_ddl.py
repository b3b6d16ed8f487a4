# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.sql.ddl` schema generator
# and dropper as the PostgreSQL dialect runs them: `create_all` asks the server which of
# the tables exist (one query, logged as SQLAlchemy logs it), then creates the missing
# ones in dependency order, each followed by its indexes; `drop_all` drops the existing
# ones in reverse order.

import time

from sqlalchemy.schema import (
    sort_tables, CreateTable, DropTable, CreateIndex, _EnumDDL,
)
from sqlalchemy import types as sqltypes

_HAS_TABLES_SQL = (
    "SELECT pg_catalog.pg_class.relname \n"
    "FROM pg_catalog.pg_class JOIN pg_catalog.pg_namespace ON "
    "pg_catalog.pg_namespace.oid = pg_catalog.pg_class.relnamespace \n"
    "WHERE pg_catalog.pg_class.relname IN (__[POSTCOMPILE_filter_names]) AND "
    "pg_catalog.pg_class.relkind = ANY (ARRAY[$1::VARCHAR, $2::VARCHAR, $3::VARCHAR, "
    "$4::VARCHAR, $5::VARCHAR]) AND pg_catalog.pg_table_is_visible(pg_catalog.pg_class.oid) "
    "AND pg_catalog.pg_namespace.nspname != $6::VARCHAR")

_HAS_TYPE_SQL = (
    "SELECT pg_catalog.pg_type.typname \n"
    "FROM pg_catalog.pg_type JOIN pg_catalog.pg_namespace ON "
    "pg_catalog.pg_namespace.oid = pg_catalog.pg_type.typnamespace \n"
    "WHERE pg_catalog.pg_type.typname = $1::VARCHAR AND "
    "pg_catalog.pg_type_is_visible(pg_catalog.pg_type.oid) AND "
    "pg_catalog.pg_namespace.nspname != $2::VARCHAR")


async def _query(conn, template, sql, params):
    from sqlalchemy.engine.base import _Stats
    from sqlalchemy import exc
    cache = conn.engine._compiled_cache
    key = (template, False, None)
    start = time.perf_counter()
    if key in cache:
        stats = _Stats("cached", start, cached_at=cache[key])
    else:
        cache[key] = start
        stats = _Stats("generated", start)
    conn._log_info(sql)
    conn._log_info("[%s] %r", stats.text(), exc._repr_params(tuple(params), 10, ismulti=False))
    result = await conn._run(sql, [tuple(params)], False, None, None, raw=True)
    return [r[0] for r in result.all()]


async def existing_tables(conn, names):
    if not names:
        return set()
    marks = ", ".join("$%d::VARCHAR" % (7 + i) for i in range(len(names)))
    sql = _HAS_TABLES_SQL.replace("__[POSTCOMPILE_filter_names]", marks)
    params = ["r", "p", "f", "v", "m", "pg_catalog"] + list(names)
    return set(await _query(conn, _HAS_TABLES_SQL, sql, params))


async def has_type(conn, name):
    rows = await _query(conn, _HAS_TYPE_SQL, _HAS_TYPE_SQL, [name, "pg_catalog"])
    return bool(rows)


def _enums(tables):
    out = []
    seen = set()
    for t in tables:
        for c in t.columns:
            typ = c.type
            if isinstance(typ, sqltypes.Enum) and typ.native_enum and typ.name and \
                    typ.name not in seen:
                seen.add(typ.name)
                out.append(typ)
    return out


async def run_ddl(conn, kind, metadata, tables, checkfirst):
    conn._autobegin()
    effective = list(tables) if tables is not None else list(metadata.tables.values())
    if kind == "create":
        existing = await existing_tables(conn, [t.name for t in effective]) if checkfirst else set()
        to_create = [t for t in effective if t.name not in existing]
        ordered = sort_tables(sorted(to_create, key=lambda t: t.key))
        for enum in _enums(ordered):
            if checkfirst and await has_type(conn, enum.name):
                continue
            await conn._execute_ddl(_EnumDDL("create", enum))
        for t in ordered:
            await conn._execute_ddl(CreateTable(t))
            for ix in t.indexes:
                await conn._execute_ddl(CreateIndex(ix))
    else:
        existing = await existing_tables(conn, [t.name for t in effective]) if checkfirst \
            else {t.name for t in effective}
        to_drop = [t for t in effective if t.name in existing]
        ordered = sort_tables(sorted(to_drop, key=lambda t: t.key))
        for t in reversed(ordered):
            await conn._execute_ddl(DropTable(t))
        for enum in _enums(ordered):
            if checkfirst and not await has_type(conn, enum.name):
                continue
            await conn._execute_ddl(_EnumDDL("drop", enum))
