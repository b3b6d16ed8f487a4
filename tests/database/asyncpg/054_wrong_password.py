# A wrong password: InvalidPasswordError from the server.
import asyncio

import asyncpg


async def main():
    try:
        await asyncpg.connect("postgresql://user:nope@localhost:5432/mydb")
    except asyncpg.InvalidPasswordError as e:
        print(type(e).__name__, e.sqlstate)
        print(e)
        print(isinstance(e, asyncpg.InvalidAuthorizationSpecificationError))
    try:
        await asyncpg.create_pool(host="localhost", port=5432, user="user", password="nope", database="mydb")
    except asyncpg.PostgresError as e:
        print("pool:", type(e).__name__, e)


asyncio.run(main())
