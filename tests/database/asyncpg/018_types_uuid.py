# uuid comes back as a uuid.UUID (a subclass), and goes in as a UUID or a str.
import asyncio
import uuid

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    value = await conn.fetchval("SELECT 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid")
    print(repr(value), str(value), isinstance(value, uuid.UUID))
    print(value == uuid.UUID("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"))
    print(value.hex, value.version)
    print(await conn.fetchval("SELECT $1::uuid", uuid.UUID(int=1)))
    print(await conn.fetchval("SELECT $1::uuid::text", "A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11"))
    await conn.execute("CREATE TABLE tokens (id uuid PRIMARY KEY, label text)")
    await conn.execute("INSERT INTO tokens VALUES ($1, $2)", uuid.UUID(int=42), "answer")
    row = await conn.fetchrow("SELECT * FROM tokens")
    print(row)
    await conn.close()


asyncio.run(main())
