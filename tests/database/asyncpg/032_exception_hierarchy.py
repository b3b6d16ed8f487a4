# Where asyncpg's exceptions sit: catching by a base class.
import asyncio

import asyncpg


def chain(cls):
    names = []
    for c in cls.__mro__:
        names.append(c.__name__)
        if c is Exception:
            break
    return " < ".join(names)


async def main():
    for cls in [
        asyncpg.UniqueViolationError,
        asyncpg.UndefinedTableError,
        asyncpg.InvalidTextRepresentationError,
        asyncpg.InvalidPasswordError,
        asyncpg.InterfaceError,
    ]:
        print(chain(cls))
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    for query in ["SELECT 1/0", "SELECT * FROM nowhere", "INSERT INTO users (name, email) VALUES ('A', 'ada@example.com')"]:
        try:
            await conn.execute(query)
        except asyncpg.PostgresError as e:
            print(f"{type(e).__name__:28} {e.sqlstate} {e.severity}")
    await conn.close()


asyncio.run(main())
