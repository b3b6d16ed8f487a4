# expected: loopscope (simulated network)
# aiohttp against the simulated network: responses, JSON, parameters, POST bodies,
# status errors, and the errors a bad host, a timeout or a wrong content type give.
import asyncio
import aiohttp


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get("https://httpbin.org/get", params={"q": "asyncio loop", "n": 3}) as resp:
            print(resp.status, resp.reason, resp.ok, resp.content_type)
            print(resp.url)
            data = await resp.json()
            print(data["args"], data["headers"]["User-Agent"])
            print(resp.headers["content-type"], resp.headers.get("X-Missing"))

        resp = await session.get("https://api.example.com/users/2")
        print(repr(resp).splitlines()[0])
        print(await resp.json())

        async with session.post("https://httpbin.org/post", json={"name": "test", "value": 42},
                                headers={"Authorization": "Bearer token"}) as resp:
            echo = await resp.json()
            print(echo["json"], echo["headers"]["Authorization"], echo["headers"]["Content-Type"])

        async with session.post("https://httpbin.org/post", data={"a": "1", "b": "two words"}) as resp:
            echo = await resp.json()
            print(echo["form"], repr(echo["data"]))

        async with session.get("https://example.com/") as resp:
            text = await resp.text()
            print(len(text), text.splitlines()[3].strip())
            try:
                await resp.json()
            except aiohttp.ContentTypeError as e:
                print("ContentTypeError:", e)
            body = await resp.read()
            print(type(body).__name__, len(body))

        async with session.get("https://httpbin.org/status/404") as resp:
            print(resp.status, resp.reason)
            try:
                resp.raise_for_status()
            except aiohttp.ClientResponseError as e:
                print(type(e).__name__, e.status, e.message)
                print(e)

        try:
            await session.get("https://no-such-host.invalid/")
        except aiohttp.ClientConnectorError as e:
            print(isinstance(e, aiohttp.ClientError), isinstance(e, OSError))
            print(e)

        try:
            await session.get("http://localhost:8000/")
        except aiohttp.ClientConnectionError as e:
            print(type(e).__name__, e)

        loop = asyncio.get_running_loop()
        start = loop.time()
        try:
            await session.get("https://httpbin.org/delay/5", timeout=aiohttp.ClientTimeout(total=1))
        except asyncio.TimeoutError as e:
            print("total timeout:", type(e).__name__, f"after {loop.time() - start:.2f}s")

        try:
            await session.get("https://httpbin.org/delay/5", timeout=aiohttp.ClientTimeout(sock_read=0.5))
        except aiohttp.ServerTimeoutError as e:
            print("read timeout:", e)

        try:
            await session.get("not a url")
        except aiohttp.InvalidURL as e:
            print("InvalidURL:", e)

        async with session.get("https://httpbin.org/bytes/100") as resp:
            chunks = [len(c) async for c in resp.content.iter_chunked(32)]
            print(chunks)

    print(session.closed, aiohttp.ClientTimeout(total=5))
    try:
        await session.get("https://example.com/")
    except RuntimeError as e:
        print("RuntimeError:", e)

    async with aiohttp.ClientSession(raise_for_status=True) as session:
        try:
            await session.get("https://httpbin.org/status/500")
        except aiohttp.ClientResponseError as e:
            print(e.status, e.message)


asyncio.run(main())
