# Separate connections see each other's committed work, not uncommitted work.
import asyncio

import asyncpg

DSN = "postgresql://user:pass@localhost:5432/mydb"


async def main():
    writer, reader = await asyncio.gather(asyncpg.connect(DSN), asyncpg.connect(DSN))
    tr = writer.transaction()
    await tr.start()
    await writer.execute("UPDATE users SET name = 'Augusta Ada' WHERE id = 1")
    print("reader sees:", await reader.fetchval("SELECT name FROM users WHERE id = 1"))
    await tr.commit()
    print("reader sees:", await reader.fetchval("SELECT name FROM users WHERE id = 1"))
    print(writer.get_server_pid() != reader.get_server_pid())
    await asyncio.gather(writer.close(), reader.close())


asyncio.run(main())
