# float4 and float8 come back as float (float4 at single precision).
import asyncio
import math

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    r = await conn.fetchrow("SELECT 1.5::float4 AS a, 1.1::float4 AS b, 0.1::float8 AS c, 1e300::float8 AS d")
    for key, value in r.items():
        print(key, type(value).__name__, repr(value))
    print(await conn.fetchval("SELECT 'Infinity'::float8"), await conn.fetchval("SELECT '-Infinity'::float8"))
    print(math.isnan(await conn.fetchval("SELECT 'NaN'::float8")))
    print(await conn.fetchval("SELECT $1::float8 / 3", 1.0))
    print(await conn.fetchval("SELECT $1::float8", 3))
    print(await conn.fetchval("SELECT $1::float4", 0.1))
    print(await conn.fetchval("SELECT $1::float8 = 'Infinity'", math.inf))
    await conn.close()


asyncio.run(main())
