# json and jsonb come back as str (jsonb normalised by the server); they go in as str.
import asyncio
import json

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    print(repr(await conn.fetchval("SELECT '{\"b\": 2, \"a\": [1, null]}'::json")))
    print(repr(await conn.fetchval("SELECT '{\"b\": 2, \"a\": [1, null]}'::jsonb")))
    payload = await conn.fetchval("SELECT payload FROM events WHERE id = 2")
    print(type(payload).__name__, json.loads(payload)["ip"])
    await conn.execute(
        "INSERT INTO events (type, payload) VALUES ($1, $2)", "user.login", json.dumps({"ip": "1.2.3.4"})
    )
    print(await conn.fetchval("SELECT payload->>'ip' FROM events WHERE id = 5"))
    rows = await conn.fetch("SELECT id, payload->'user_id' AS who FROM events WHERE payload ? 'user_id' ORDER BY id")
    print([(r["id"], r["who"]) for r in rows])
    try:
        await conn.execute("INSERT INTO events (type, payload) VALUES ($1, $2)", "x", {"a": 1})
    except asyncpg.DataError as e:
        print(type(e).__name__, e)
    await conn.close()


asyncio.run(main())
