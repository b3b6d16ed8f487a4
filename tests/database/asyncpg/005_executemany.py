# executemany runs one statement for each tuple of arguments and returns None.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    people = [("Alan", "alan@example.com"), ("Edsger", "edsger@example.com"), ("Donald", "donald@example.com")]
    result = await conn.executemany("INSERT INTO users (name, email) VALUES ($1, $2)", people)
    print("result:", result)
    rows = await conn.fetch("SELECT id, name FROM users WHERE id > 7 ORDER BY id")
    for r in rows:
        print(r["id"], r["name"])
    await conn.executemany(
        "UPDATE users SET is_active = $2 WHERE name = $1", [("Alan", False), ("Donald", False)]
    )
    print(await conn.fetchval("SELECT count(*) FROM users WHERE NOT is_active"))
    await conn.close()


asyncio.run(main())
