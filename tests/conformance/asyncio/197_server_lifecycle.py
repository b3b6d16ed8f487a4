# A server's life: async with, serve_forever until cancelled, an address already in use,
# a refused connection once closed, and a chat whose three clients take turns.
import asyncio

clients = []


async def chat(reader, writer):
    clients.append(writer)
    name = (await reader.readline()).decode().strip()
    for other in clients:
        if other is not writer:
            other.write(f"* {name} joined\n".encode())
    async for line in reader:
        for other in clients:
            if other is not writer:
                other.write(f"{name}: {line.decode()}".encode())
    clients.remove(writer)
    writer.close()


async def member(name, lines, delay):
    reader, writer = await asyncio.open_connection("127.0.0.1", 7000)
    writer.write(f"{name}\n".encode())
    await asyncio.sleep(delay)
    for line in lines:
        writer.write(f"{line}\n".encode())
        await writer.drain()
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.05)
    writer.write_eof()
    heard = [line.decode().rstrip() async for line in reader]
    print(name, "heard", heard)
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(chat, "127.0.0.1", 7000)
    try:
        await asyncio.start_server(chat, "127.0.0.1", 7000)
    except OSError as e:
        print("second server:", e.errno)
    forever = asyncio.create_task(server.serve_forever())
    await asyncio.gather(
        member("ann", ["hi", "bye"], 0.02),
        member("bob", ["hello"], 0.03),
        member("cy", [], 0.04),
    )
    forever.cancel()
    try:
        await forever
    except asyncio.CancelledError:
        print("serve_forever cancelled; serving:", server.is_serving())
    try:
        await asyncio.open_connection("127.0.0.1", 7000)
    except ConnectionRefusedError as e:
        print("refused:", e)
    async with await asyncio.start_server(chat, "127.0.0.1", 7001) as again:
        print("again serving:", again.is_serving(), again.sockets[0].getsockname())
    print("after async with:", again.is_serving())


asyncio.run(main())
