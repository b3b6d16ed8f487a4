# StreamReader's edges: readuntil beyond the limit, readline turning that into
# ValueError, readexactly at the end of the stream, read(n) pieces, async for over lines,
# and what a failing client_connected_cb reports.
import asyncio


async def main():
    async def reply(reader, writer):
        async for line in reader:
            writer.write(b"> " + line)
        writer.close()

    server = await asyncio.start_server(reply, "127.0.0.1", 9000, limit=8)
    print(server)
    reader, writer = await asyncio.open_connection("127.0.0.1", 9000, limit=10)
    writer.writelines([b"a\n", b"bb\n", b"ccc\n"])
    writer.write_eof()
    print([line async for line in reader])
    print(reader.at_eof(), await reader.read(), await reader.readline())

    r2, w2 = await asyncio.open_connection("127.0.0.1", 9000, limit=4)
    w2.write(b"0123456789\nxy")
    await asyncio.sleep(0.01)
    try:
        await r2.readuntil(b"\n")
    except asyncio.IncompleteReadError as e:
        print("incomplete", e.partial, e.expected)
    w2.close()
    await w2.wait_closed()
    try:
        await w2.drain()
    except ConnectionResetError as e:
        print("drain:", e)
    try:
        w2.write("text")
    except TypeError as e:
        print(e)

    async def chunks(reader, writer):
        writer.write(b"0123456789abcdef\nrest")
        writer.close()

    server2 = await asyncio.start_server(chunks, "127.0.0.1", 9001)
    r3, w3 = await asyncio.open_connection("127.0.0.1", 9001, limit=5)
    print(await r3.read(4), await r3.readexactly(3))
    try:
        await r3.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print("overrun:", e, e.consumed)
    print(await r3.read(100))
    try:
        await r3.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print("incomplete:", e, e.partial)
    try:
        await r3.readuntil(b"")
    except ValueError as e:
        print(e)
    w3.close()
    for s in (server, server2):
        s.close()
        await s.wait_closed()


asyncio.run(main())
