# The engine's logger without echo: levels, propagation, and what logging itself prints.
import asyncio
import logging
import sys

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


class Keep(logging.Handler):
    def __init__(self):
        super().__init__()
        self.messages = []

    def emit(self, record):
        self.messages.append((record.name, record.levelname, record.getMessage()))


async def main():
    keep = Keep()
    logger = logging.getLogger("sqlalchemy.engine")
    logger.addHandler(keep)
    print(logging.getLogger("sqlalchemy").level, logger.getEffectiveLevel())
    engine = create_async_engine(DSN)
    async with engine.connect() as conn:
        await conn.execute(text("SELECT 1"))
    print(len(keep.messages))
    logger.setLevel(logging.INFO)
    async with engine.connect() as conn:
        await conn.execute(text("SELECT CAST(:x AS integer)"), {"x": 7})
    for name, level, message in keep.messages:
        if not message.startswith("[generated"):
            print(name, level, message)
    logger.setLevel(logging.WARNING)
    logging.warning("a warning goes to stderr, %s", "formatted")
    log = logging.getLogger("app")
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.DEBUG)
    log.debug("debug %d", 1)
    log.info("info %s", {"a": 1})
    log.propagate = False
    log.error("error")
    await engine.dispose()


asyncio.run(main())
