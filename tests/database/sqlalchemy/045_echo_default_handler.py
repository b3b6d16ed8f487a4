# echo=True gives the engine's logger a handler of its own, to stdout, with the time in
# front; echo="debug" also logs each result's columns and rows.
import asyncio
import logging
import sys

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Shown(logging.Formatter):
    def format(self, record):
        msg = record.getMessage()
        if msg.startswith("[generated in "):
            msg = "[generated]" + msg.split("]", 1)[1]
        if msg.startswith("Row ('PostgreSQL "):
            msg = "Row (<server version>,)"
        return "%-5s %s" % (record.levelname, msg)


async def main():
    logger = logging.getLogger("sqlalchemy.engine.Engine")
    print(logger.handlers, logger.level, logging.getLogger("sqlalchemy").level)
    engine = create_async_engine(DSN, echo=True)
    handler = logger.handlers[0]
    print(type(handler).__name__, handler.stream is sys.stdout, handler.formatter._fmt)
    print(engine.echo, logger.level, logger.getEffectiveLevel())
    handler.setFormatter(Shown())
    engine.echo = "debug"
    async with engine.connect() as conn:
        result = await conn.execute(text("SELECT id, name FROM users WHERE id < :n ORDER BY id"), {"n": 3})
        print("fetched:", result.fetchone())
        print("rest:", result.all())
        await conn.execute(text("SELECT 1 WHERE false"))
    engine.echo = False
    async with engine.connect() as conn:
        await conn.execute(text("SELECT 2"))
    print(len(logger.handlers))
    await engine.dispose()


asyncio.run(main())
