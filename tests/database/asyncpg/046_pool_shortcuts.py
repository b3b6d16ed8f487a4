# The pool's own fetch/fetchrow/fetchval/execute/executemany borrow a connection each time.
import asyncio

import asyncpg


async def main():
    pool = await asyncpg.create_pool("postgresql://user:pass@localhost:5432/mydb", min_size=1, max_size=2)
    print(await pool.fetchval("SELECT count(*) FROM users"))
    print(await pool.fetchrow("SELECT name, email FROM users WHERE id = $1", 3))
    rows = await pool.fetch("SELECT status, count(*) AS n FROM orders GROUP BY status ORDER BY status COLLATE \"C\"")
    print([(r["status"], r["n"]) for r in rows])
    print(await pool.execute("UPDATE orders SET status = 'shipped' WHERE status = $1", "active"))
    print(await pool.executemany("INSERT INTO accounts (owner, balance) VALUES ($1, $2)", [("A", 1), ("B", 2)]))
    print(await pool.fetchval("SELECT count(*) FROM accounts"))
    await pool.close()


asyncio.run(main())
