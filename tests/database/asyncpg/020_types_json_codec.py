# set_type_codec makes jsonb come and go as Python objects.
import asyncio
import json

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    await conn.set_type_codec("jsonb", encoder=json.dumps, decoder=json.loads, schema="pg_catalog")
    payload = await conn.fetchval("SELECT payload FROM events WHERE id = 1")
    print(type(payload).__name__, payload)
    await conn.execute(
        "INSERT INTO events (type, payload) VALUES ($1, $2)", "order.created", {"order_id": 9, "items": [1, 2]}
    )
    rows = await conn.fetch("SELECT id, payload FROM events WHERE type = $1 ORDER BY id", "order.created")
    for r in rows:
        print(r["id"], r["payload"])
    print(await conn.fetchval("SELECT '{\"x\": 1}'::json"))
    await conn.close()


asyncio.run(main())
