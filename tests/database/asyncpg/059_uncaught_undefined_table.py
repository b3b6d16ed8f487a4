# An error nobody catches ends the program with asyncpg's exception.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    print(await conn.fetchval("SELECT count(*) FROM users"))
    try:
        await conn.fetch("SELECT * FROM customers")
    finally:
        await conn.close()
        print("closed")


asyncio.run(main())
