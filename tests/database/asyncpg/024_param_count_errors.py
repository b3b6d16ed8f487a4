# The wrong number of arguments, and parameters the server does not know.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    try:
        await conn.fetch("SELECT * FROM users WHERE id = $1", 1, 2)
    except asyncpg.InterfaceError as e:
        print(type(e).__name__, e)
    try:
        await conn.fetch("SELECT * FROM users WHERE id = $1 AND name = $2", 1)
    except asyncpg.InterfaceError as e:
        print(type(e).__name__, e)
    try:
        await conn.fetch("SELECT $1::int")
    except asyncpg.InterfaceError as e:
        print(type(e).__name__, e)
    # Without arguments, execute() sends the text as it is: the server finds $1 unknown.
    try:
        await conn.execute("SELECT $1::int")
    except asyncpg.PostgresError as e:
        print(type(e).__name__, e.sqlstate, e)
    try:
        await conn.fetchval("SELECT $1", 5)
    except asyncpg.DataError as e:
        print(type(e).__name__, e)
    print(repr(await conn.fetchval("SELECT $1", "untyped is text")))
    await conn.close()


asyncio.run(main())
