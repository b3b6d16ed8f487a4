# Server notices (RAISE NOTICE, harmless warnings) reach a log listener.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    messages = []
    conn.add_log_listener(lambda c, m: messages.append(m))
    await conn.execute("DO $$ BEGIN RAISE NOTICE 'balance is %', 42; END $$")
    await conn.execute("DROP TABLE IF EXISTS nothing_here")
    for m in messages:
        print(m.severity, m.sqlstate, m.message)
        print("   ", isinstance(m, asyncpg.PostgresLogMessage), str(m))
    await conn.close()


asyncio.run(main())
