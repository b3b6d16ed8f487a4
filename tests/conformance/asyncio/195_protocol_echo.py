# The low-level API: loop.create_server and loop.create_connection with Protocol
# classes, the callbacks' order, eof_received and connection_lost.
import asyncio


class ReverseServer(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print("server: connection made", type(transport).__name__)

    def data_received(self, data):
        print("server: received", data.decode())
        self.transport.write(data[::-1])
        self.transport.close()

    def connection_lost(self, exc):
        print("server: lost", exc)


class Client(asyncio.Protocol):
    def __init__(self, message, on_lost):
        self.message, self.on_lost = message, on_lost

    def connection_made(self, transport):
        transport.write(self.message.encode())
        print("client: sent", self.message)

    def data_received(self, data):
        print("client: received", data.decode())

    def eof_received(self):
        print("client: eof")

    def connection_lost(self, exc):
        print("client: lost", exc)
        self.on_lost.set_result(True)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(ReverseServer, "127.0.0.1", 8888)
    for word in ("hello", "stressed"):
        done = loop.create_future()
        transport, protocol = await loop.create_connection(
            lambda: Client(word, done), "127.0.0.1", 8888)
        print("client transport closing?", transport.is_closing(),
              transport.get_extra_info("peername"))
        await done
    print("closing server")
    server.close()
    await server.wait_closed()
    print(server.is_serving(), server.sockets)


asyncio.run(main())
