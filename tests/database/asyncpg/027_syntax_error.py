# Broken SQL: PostgresSyntaxError, with the position the server points at.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    for query in ["SELEC 1", "SELECT * FROM users WHERE", "SELECT (1"]:
        try:
            await conn.fetch(query)
        except asyncpg.PostgresSyntaxError as e:
            print(type(e).__name__, e.sqlstate, repr(e.position), e)
    print(asyncpg.PostgresSyntaxError.__mro__[1].__name__)
    print(await conn.fetchval("SELECT 'recovered'"))
    await conn.close()


asyncio.run(main())
