# numeric comes back as decimal.Decimal, keeping the column's scale.
import asyncio
from decimal import Decimal

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    rows = await conn.fetch("SELECT id, total FROM orders WHERE user_id = 1 ORDER BY id")
    for r in rows:
        print(r["id"], repr(r["total"]))
    total = await conn.fetchval("SELECT sum(total) FROM orders")
    print(type(total).__name__, total)
    print(repr(await conn.fetchval("SELECT 1.10::numeric")))
    print(repr(await conn.fetchval("SELECT 'NaN'::numeric")))
    print(repr(await conn.fetchval("SELECT 10::numeric / 3")))
    print(repr(await conn.fetchval("SELECT 123456789012345678901234567890.123456789::numeric")))
    print(repr(await conn.fetchval("SELECT $1::numeric * 2", Decimal("2.50"))))
    print(repr(await conn.fetchval("SELECT $1::numeric", 3)))
    print(repr(await conn.fetchval("SELECT $1::numeric", "0.5")))
    print(repr(await conn.fetchval("SELECT $1::numeric(10, 2)", Decimal("1.005"))))
    print(repr(await conn.fetchval("SELECT $1::numeric", 1.5)))
    await conn.close()


asyncio.run(main())
