# A transaction commits when its block ends without an exception.
import asyncio
from decimal import Decimal

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    print("in transaction:", conn.is_in_transaction())
    async with conn.transaction():
        print("in transaction:", conn.is_in_transaction())
        await conn.execute("UPDATE accounts SET balance = balance - $1 WHERE id = $2", Decimal("30"), 1)
        await conn.execute("UPDATE accounts SET balance = balance + $1 WHERE id = $2", Decimal("30"), 2)
    print("in transaction:", conn.is_in_transaction())
    for r in await conn.fetch("SELECT owner, balance FROM accounts ORDER BY id"):
        print(r["owner"], r["balance"])
    await conn.close()


asyncio.run(main())
