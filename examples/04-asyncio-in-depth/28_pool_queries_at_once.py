# The same five queries as the example before, sent at once with gather: the pool gives
# each its own connection, so the five round trips overlap and the whole takes about as
# long as one. The results come back in the order they were asked for, as gather promises.
# In Loopscope each round trip here takes 50 ms, as with a database across a network
# (under CPython the database is wherever DSN says); the timeline shows the five query
# lanes side by side. (Loopscope's database in the page, PGlite, runs one statement at a
# time, so the database's own work still takes turns; the waiting overlaps.)
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
    rows = await asyncio.gather(*(pool.fetchrow(SPENT, user_id) for user_id in range(1, 6)))
    for row in rows:
        print(f"{row['name']} spent {row['spent']}")
    await pool.close()


asyncio.run(main())
