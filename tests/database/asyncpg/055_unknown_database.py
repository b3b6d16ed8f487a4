# A database that does not exist: InvalidCatalogNameError.
import asyncio

import asyncpg


async def main():
    try:
        await asyncpg.connect("postgresql://user:pass@localhost:5432/nodb")
    except asyncpg.InvalidCatalogNameError as e:
        print(type(e).__name__, e.sqlstate)
        print(e)


asyncio.run(main())
