# LISTEN/NOTIFY: a listener callback gets each notification's channel and payload.
import asyncio

import asyncpg


async def main():
    conn = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    other = await asyncpg.connect("postgresql://user:pass@localhost:5432/mydb")
    received = asyncio.Queue()

    def on_news(connection, pid, channel, payload):
        received.put_nowait((channel, payload, connection is conn, pid == other.get_server_pid()))

    await conn.add_listener("news", on_news)
    await other.execute("NOTIFY news, 'hello'")
    await other.execute("SELECT pg_notify('news', $1)", "world")
    for _ in range(2):
        print(await asyncio.wait_for(received.get(), 5))
    await conn.remove_listener("news", on_news)
    await other.execute("NOTIFY news, 'unheard'")
    await asyncio.sleep(0.2)
    print("queued:", received.qsize())
    await other.close()
    await conn.close()


asyncio.run(main())
