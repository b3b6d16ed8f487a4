# Isolation levels as execution options; AUTOCOMMIT ends each statement's transaction.
import asyncio
import logging
import sys

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"

logging.basicConfig(stream=sys.stdout, format="%(levelname)s:%(name)s:%(message)s")
logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)


class NoTimings(logging.Filter):
    def filter(self, record):
        return not str(record.msg).startswith("[")


logging.getLogger().handlers[0].addFilter(NoTimings())


async def main():
    engine = create_async_engine(DSN)
    auto = engine.execution_options(isolation_level="AUTOCOMMIT")
    async with auto.connect() as conn:
        print(await conn.get_isolation_level())
        await conn.execute(text("UPDATE accounts SET balance = 1 WHERE id = 3"))
        await conn.rollback()
    async with engine.connect() as conn:
        print(await conn.get_isolation_level())
        print((await conn.execute(text("SELECT balance FROM accounts WHERE id = 3"))).scalar())
        print((await conn.execute(text("SHOW transaction_isolation"))).scalar())
    serial = create_async_engine(DSN, isolation_level="SERIALIZABLE")
    async with serial.connect() as conn:
        print((await conn.execute(text("SHOW transaction_isolation"))).scalar())
    await serial.dispose()
    await engine.dispose()


asyncio.run(main())
