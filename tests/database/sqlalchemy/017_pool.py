# The pool: pool_size and max_overflow limit connections; a checkout waits pool_timeout.
import asyncio

from sqlalchemy import exc, text
from sqlalchemy.ext.asyncio import create_async_engine

DSN = "postgresql+asyncpg://user:pass@localhost:5432/mydb"


async def main():
    engine = create_async_engine(DSN, pool_size=2, max_overflow=1)
    print(engine.pool.status())

    async def worker(n):
        async with engine.connect() as conn:
            await conn.execute(text("SELECT pg_sleep(0.05)"))
            return (await conn.execute(text("SELECT :n * 10"), {"n": n})).scalar()

    print(await asyncio.gather(*(worker(n) for n in range(6))))
    print(engine.pool.status())
    held = [await engine.connect() for _ in range(3)]
    print(engine.pool.checkedout())
    for conn in held:
        await conn.close()
    print(engine.pool.status())
    await engine.dispose()
    print(engine.pool.status())

    small = create_async_engine(DSN, pool_size=1, max_overflow=0, pool_timeout=0.3)
    async with small.connect():
        try:
            await small.connect()
        except exc.TimeoutError as e:
            print(type(e).__name__, e)
    await small.dispose()


asyncio.run(main())
