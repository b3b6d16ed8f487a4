# record_class: rows as a subclass of asyncpg.Record with methods of our own.
import asyncio

import asyncpg


class User(asyncpg.Record):
    def label(self):
        return f"{self['name']} <{self['email']}>"


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    rows = await conn.fetch("SELECT name, email FROM users WHERE id <= 2 ORDER BY id", record_class=User)
    for r in rows:
        print(type(r).__name__, isinstance(r, asyncpg.Record), r.label())
    print(rows[0])
    row = await conn.fetchrow("SELECT 1 AS one")
    print(type(row) is asyncpg.Record)
    await conn.close()


asyncio.run(main())
