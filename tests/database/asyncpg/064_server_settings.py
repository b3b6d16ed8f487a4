# Session settings from the DSN's query string and from server_settings.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb?application_name=reports")
    print(await conn.fetchval("SELECT current_setting('application_name')"))
    await conn.close()
    conn = await asyncpg.connect(
        "postgresql://user:pass@localhost:5432/mydb",
        server_settings={"application_name": "loopscope", "search_path": "public"},
    )
    print(await conn.fetchval("SHOW application_name"))
    print(await conn.fetchval("SHOW search_path"))
    print(await conn.execute("SET TIME ZONE 'UTC'"))
    print(await conn.fetchval("SELECT '2024-01-01 12:00:00+03'::timestamptz::text"))
    await conn.close()


asyncio.run(main())
