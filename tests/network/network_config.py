# expected: loopscope (simulated network)
# loopscope.network: the simulated network's settings — fixed latency, a rate limit that
# answers 429, dropped connections, and seeds — and connection limits in the clients.
import asyncio
import aiohttp
import httpx
import loopscope.network as network

print(network.mode(), network.hosts()[:3])
print(network.settings())


async def timed(coro):
    loop = asyncio.get_running_loop()
    start = loop.time()
    result = await coro
    return result, round(loop.time() - start, 3)


async def statuses(client, n):
    responses = await asyncio.gather(*(client.get(f"https://api.example.com/item/{i}") for i in range(n)))
    return [r.status_code for r in responses], responses[-1]


async def main():
    network.configure(latency=0.5, jitter=0)
    async with httpx.AsyncClient() as client:
        r, secs = await timed(client.get("https://api.example.com/users"))
        print("one request:", r.status_code, secs)
        r, secs = await timed(client.get("https://httpbin.org/delay/1"))
        print("with /delay/1:", r.status_code, secs)

        network.configure(rate_limit=3)
        codes, last = await statuses(client, 5)
        print("rate limited:", codes, last.json(), last.headers["retry-after"])
        r = await client.get("https://api.example.com/item/9")
        print("after the burst:", r.status_code)
        three = httpx.AsyncClient(limits=httpx.Limits(max_connections=3))
        (codes, _), secs = await timed(statuses(three, 6))
        print("at most 3 at once:", codes, secs)
        network.configure(rate_limit=None)

    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=2)) as session:
        async def get(i):
            async with session.get(f"https://api.example.com/item/{i}") as resp:
                return resp.status
        codes, secs = await timed(asyncio.gather(*(get(i) for i in range(6))))
        print("TCPConnector(limit=2):", codes, secs)

    network.configure(failure_rate=0.5, seed=1)
    async with httpx.AsyncClient() as client:
        results = await asyncio.gather(*(client.get(f"https://example.com/{i}") for i in range(8)),
                                       return_exceptions=True)
        print([type(r).__name__ if isinstance(r, Exception) else r.status_code for r in results])
        print(next(r for r in results if isinstance(r, Exception)))
    network.configure(failure_rate=0)

    async with httpx.AsyncClient() as client:
        a = (await client.get("https://httpbin.org/uuid")).json()["uuid"]
        network.configure(seed=2)
        b = (await client.get("https://httpbin.org/uuid")).json()["uuid"]
        print(a != b, len(a), a[14])

    for bad in ({"jitter": 2}, {"rate_limit": 0}, {"speed": 1}, {"latency": -1}):
        try:
            network.configure(**bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)

    try:
        network.site_url("data/users.json")
    except RuntimeError as e:
        print(e)


asyncio.run(main())
