# A line-echo server and two clients with asyncio streams: the order of their steps,
# write_eof and read() to the end, readexactly at the end of a stream, a refused connect.
import asyncio

async def handle(reader, writer):
    print("server: connection from", writer.get_extra_info("peername")[0])
    while True:
        line = await reader.readline()
        if not line:
            break
        print("server got", line)
        writer.write(line.upper())
        await writer.drain()
    print("server: client closed; at_eof", reader.at_eof())
    writer.close()
    await writer.wait_closed()
    print("server: closed")

async def client(n):
    reader, writer = await asyncio.open_connection("127.0.0.1", 8765)
    print(f"client {n} connected", writer.get_extra_info("peername"))
    for word in ("hello", "world"):
        writer.write(f"{word} {n}\n".encode())
        await writer.drain()
        print(f"client {n} echo", await reader.readline())
    writer.close()
    await writer.wait_closed()
    print(f"client {n} closed")

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 8765)
    print(server.sockets[0].getsockname(), server.is_serving())
    print(server.sockets[0])
    async with server:
        await asyncio.gather(client(1), client(2))
        r, w = await asyncio.open_connection("127.0.0.1", 8765)
        print(w.transport.__class__.__name__, w.can_write_eof())
        w.write(b"abc")
        w.write_eof()
        print(await r.read())
        try:
            await r.readexactly(5)
        except asyncio.IncompleteReadError as e:
            print("incomplete", e, e.partial)
        w.close()
        await w.wait_closed()
    print("serving?", server.is_serving())
    try:
        await asyncio.open_connection("127.0.0.1", 8766)
    except OSError as e:
        print(type(e).__name__, e)

asyncio.run(main())
