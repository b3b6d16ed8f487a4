# NotNullViolationError and CheckViolationError, with the failing row in the detail.
import asyncio
from decimal import Decimal

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    try:
        await conn.execute("INSERT INTO accounts (owner, balance) VALUES ($1, $2)", None, Decimal("5"))
    except asyncpg.NotNullViolationError as e:
        print(type(e).__name__, e.sqlstate, e.column_name, e.table_name)
        print(e)
    try:
        await conn.execute("UPDATE accounts SET balance = balance - $1 WHERE id = $2", Decimal("500"), 2)
    except asyncpg.CheckViolationError as e:
        print(type(e).__name__, e.sqlstate, e.constraint_name)
        print(e.detail)
    print(await conn.fetch("SELECT owner, balance FROM accounts ORDER BY id"))
    await conn.close()


asyncio.run(main())
