# An uncaught error whose message has a DETAIL line: stderr ends with that line.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    await conn.execute("INSERT INTO users (name, email) VALUES ($1, $2)", "Grace II", "grace@example.com")
    print("not reached")


asyncio.run(main())
