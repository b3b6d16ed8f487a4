# With max_size=2, a third task waits until a connection comes back.
import asyncio

import asyncpg

log = []


async def job(pool, name, seconds):
    async with pool.acquire() as conn:
        log.append(f"{name} got a connection")
        await conn.execute("SELECT pg_sleep($1)", seconds)
        log.append(f"{name} done")


async def main():
    pool = await asyncpg.create_pool("postgresql://user:pass@localhost:5432/mydb", min_size=2, max_size=2)
    await asyncio.gather(job(pool, "A", 0.5), job(pool, "B", 0.1), job(pool, "C", 0.1))
    for line in log:
        print(line)
    print("size", pool.get_size())
    await pool.close()


asyncio.run(main())
