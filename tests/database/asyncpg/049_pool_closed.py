# A closed pool lends nothing: InterfaceError.
import asyncio

import asyncpg


async def main():
    pool = await asyncpg.create_pool("postgresql://user:pass@localhost:5432/mydb", min_size=1, max_size=2)
    await pool.close()
    try:
        await pool.acquire()
    except asyncpg.InterfaceError as e:
        print(type(e).__name__, e)
    try:
        await pool.fetchval("SELECT 1")
    except asyncpg.InterfaceError as e:
        print(type(e).__name__, e)
    await pool.close()
    print("closing twice is fine")


asyncio.run(main())
