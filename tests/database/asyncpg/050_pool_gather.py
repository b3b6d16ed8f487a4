# Queries on different pool connections run at the same time: the shortest finishes first.
import asyncio

import asyncpg

finished = []


async def job(pool, name, seconds):
    async with pool.acquire() as conn:
        await conn.execute("SELECT pg_sleep($1)", seconds)
        finished.append(name)
        return f"{name} slept {seconds}s"


async def main():
    pool = await asyncpg.create_pool("postgresql://user:pass@localhost:5432/mydb", min_size=3, max_size=3)
    results = await asyncio.gather(job(pool, "slow", 0.6), job(pool, "fast", 0.1), job(pool, "medium", 0.35))
    print(results)
    print("completion order:", finished)
    await pool.close()


asyncio.run(main())
