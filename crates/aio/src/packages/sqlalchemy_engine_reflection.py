# Loopscope's SQLAlchemy, following SQLAlchemy 2.1's `sqlalchemy.engine.reflection`: the
# Inspector, for the questions tutorials ask (`get_table_names`, `get_columns`,
# `has_table`). Inside `run_sync` its methods return awaitables, which run_sync awaits.

from sqlalchemy import exc


class Inspector:
    __module__ = "sqlalchemy.engine.reflection"

    def __init__(self, bind):
        self.bind = bind
        conn = getattr(bind, "_conn", None)
        if conn is None:
            raise exc.NoInspectionAvailable(
                "Inspection on an AsyncConnection is currently not supported. Please use "
                "``run_sync`` to pass a callable where it's possible to call ``inspect`` on "
                "the passed connection.", code="xd3s")
        self._conn = conn
        self.dialect = conn.dialect

    async def _rows(self, sql, *params):
        result = await self._conn.exec_driver_sql(sql, params) if params else \
            await self._conn.exec_driver_sql(sql)
        return result.all()

    def get_table_names(self, schema=None):
        async def go():
            rows = await self._rows(
                "SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                "ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') "
                "ORDER BY c.relname", schema or "public")
            return [r[0] for r in rows]
        return go()

    def has_table(self, table_name, schema=None):
        async def go():
            rows = await self._rows(
                "SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                "ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2 AND "
                "c.relkind IN ('r', 'p', 'f', 'v', 'm')", schema or "public", table_name)
            return bool(rows)
        return go()

    def get_columns(self, table_name, schema=None):
        async def go():
            rows = await self._rows(
                "SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), "
                "a.attnotnull, pg_catalog.pg_get_expr(d.adbin, d.adrelid) "
                "FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
                "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                "LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
                "WHERE c.relname = $1 AND n.nspname = $2 AND a.attnum > 0 AND NOT a.attisdropped "
                "ORDER BY a.attnum", table_name, schema or "public")
            out = []
            for name, typ, notnull, default in rows:
                out.append({"name": name, "type": typ, "nullable": not notnull,
                            "default": default, "autoincrement": bool(default and "nextval" in default),
                            "comment": None})
            return out
        return go()


def reflect_metadata(conn, metadata, only):
    raise NotImplementedError("MetaData.reflect() is not supported by Loopscope's SQLAlchemy")
