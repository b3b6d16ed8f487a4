# Five queries through a connection pool, awaited one after another: each waits for the
# answer to the one before, so the round trips add up even though the pool has five
# connections ready. Compare it with the next example, which sends the same five at once.
# In Loopscope each round trip here takes 50 ms, as with a database across a network
# (under CPython the database is wherever DSN says); the timeline shows each query as a
# lane with its SQL.
import asyncio

import asyncpg

DSN = "postgresql://user:pass@localhost:5432/mydb"

try:
    import loopscope.network

    loopscope.network.configure(database_latency=0.05)
except ImportError:  # not in Loopscope
    pass

SPENT = """
    SELECT u.name, coalesce(sum(o.total), 0) AS spent
    FROM users u LEFT JOIN orders o ON o.user_id = u.id
    WHERE u.id = $1
    GROUP BY u.id, u.name
"""


async def main():
    pool = await asyncpg.create_pool(DSN, min_size=5, max_size=5)
    rows = []
    for user_id in range(1, 6):
        rows.append(await pool.fetchrow(SPENT, user_id))
    for row in rows:
        print(f"{row['name']} spent {row['spent']}")
    await pool.close()


asyncio.run(main())
