# bench-database
# 1,000 queries through a pool of 10 connections to a real PostgreSQL (issue 15): the same
# program under CPython with the real asyncpg and under Loopscope with ours, both against
# the throwaway cluster the native suite starts (xtask/src/bench/native.rs), each run on a
# fresh `mydb` holding the sample tables (www/pglite/sample.sql). The timing covers the
# queries only; opening the pool's ten connections (ten password handshakes) is not in it.
import asyncio
import time

import asyncpg

DSN = "postgresql://user:pass@localhost:5432/mydb"
QUERIES = 1_000
USERS = 7

SUMMARY = """
    SELECT u.name, count(o.id) AS orders, coalesce(sum(o.total), 0) AS spent
    FROM users u LEFT JOIN orders o ON o.user_id = u.id
    WHERE u.id = $1
    GROUP BY u.id, u.name
"""


async def main():
    pool = await asyncpg.create_pool(DSN, min_size=10, max_size=10)
    start = time.perf_counter()
    rows = await asyncio.gather(
        *(pool.fetchrow(SUMMARY, i % USERS + 1) for i in range(QUERIES))
    )
    elapsed = time.perf_counter() - start
    await pool.close()
    print(len(rows), "rows")
    print("orders counted:", sum(r["orders"] for r in rows))
    print("spent:", sum(r["spent"] for r in rows))
    print("names:", sorted({r["name"] for r in rows}))
    print("#t", elapsed)


asyncio.run(main())
