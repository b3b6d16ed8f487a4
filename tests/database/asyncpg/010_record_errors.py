# What a Record refuses: unknown keys, positions out of range, assignment, attributes.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    r = await conn.fetchrow("SELECT id, name FROM users WHERE id = 1")
    try:
        r["email"]
    except KeyError as e:
        print("KeyError", e)
    try:
        r[5]
    except IndexError as e:
        print("IndexError", e)
    try:
        r["name"] = "Bob"
    except TypeError as e:
        print("TypeError", e)
    try:
        r.name
    except AttributeError as e:
        print("AttributeError", e)
    print(type(r).__name__, isinstance(r, tuple))
    await conn.close()


asyncio.run(main())
