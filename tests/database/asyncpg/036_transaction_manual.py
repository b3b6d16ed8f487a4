# A Transaction object driven by hand: start, commit, rollback, and their misuse.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    tr = conn.transaction()
    await tr.start()
    await conn.execute("DELETE FROM events")
    print(await conn.fetchval("SELECT count(*) FROM events"), conn.is_in_transaction())
    await tr.rollback()
    print(await conn.fetchval("SELECT count(*) FROM events"), conn.is_in_transaction())
    try:
        await tr.commit()
    except asyncpg.InterfaceError as e:
        print(type(e).__name__, e)
    tr = conn.transaction()
    await tr.start()
    await conn.execute("DELETE FROM events WHERE id = 1")
    await tr.commit()
    print(await conn.fetchval("SELECT count(*) FROM events"))
    try:
        await tr.start()
    except asyncpg.InterfaceError as e:
        print(type(e).__name__, e)
    await conn.close()


asyncio.run(main())
