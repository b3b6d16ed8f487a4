# A Record is read by column name or by position.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    r = await conn.fetchrow("SELECT id, name, email, is_active FROM users WHERE id = 1")
    print(r["name"], r[1], r[0], r[-1])
    print(r[1:3])
    print(len(r))
    print("name" in r, "nope" in r, "Ada" in r)
    print(r.get("email"), r.get("nope"), r.get("nope", "fallback"))
    print(list(r), tuple(r))
    print(r == (1, "Ada", "ada@example.com", True))
    for value in r:
        print(" ", repr(value))
    await conn.close()


asyncio.run(main())
