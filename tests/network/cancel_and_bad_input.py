# expected: loopscope (simulated network)
# A fetch under asyncio's own timeouts and cancellation, and bad arguments: each gives the
# exception the libraries give, never a crash.
import asyncio
import aiohttp
import httpx
import requests


async def main():
    loop = asyncio.get_running_loop()
    async with aiohttp.ClientSession() as session:
        start = loop.time()
        try:
            await asyncio.wait_for(session.get("https://httpbin.org/delay/3"), timeout=0.5)
        except asyncio.TimeoutError:
            print(f"wait_for gave up after {loop.time() - start:.2f}s")

        task = asyncio.create_task(session.get("https://httpbin.org/delay/1"))
        await asyncio.sleep(0.1)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            print("cancelled:", task.cancelled())

        try:
            async with asyncio.timeout(0.05):
                await session.get("https://example.com/")
        except TimeoutError:
            print("asyncio.timeout expired")

        for bad in (123, None, "http://", "http://example.com:99999/"):
            try:
                await session.get(bad)
            except (aiohttp.InvalidURL, TypeError) as e:
                print(type(e).__name__, e)
        try:
            await session.post("https://httpbin.org/post", data="x", json={"a": 1})
        except ValueError as e:
            print(e)
        try:
            await session.post("https://httpbin.org/post", json={"ids": {1, 2}})
        except TypeError as e:
            print("TypeError:", e)

    async with httpx.AsyncClient() as client:
        for bad in ("ftp://example.com/", "http://example.com:port/"):
            try:
                await client.get(bad)
            except (httpx.UnsupportedProtocol, httpx.InvalidURL) as e:
                print(type(e).__name__, e)
        try:
            await client.get("https://example.com/", timeout=-1)
        except ValueError as e:
            print("ValueError:", e)
    try:
        async with client:
            pass
    except RuntimeError as e:
        print(e)
    try:
        httpx.Timeout(connect=5.0)
    except ValueError as e:
        print(e)


asyncio.run(main())

for bad in (None, "https://", "mailto:someone@example.com"):
    try:
        requests.get(bad)
    except requests.exceptions.RequestException as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
try:
    requests.get("https://example.com/", timeout=(1, 2, 3))
except ValueError as e:
    print("ValueError:", e)
