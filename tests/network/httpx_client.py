# expected: loopscope (simulated network)
# httpx against the simulated network: AsyncClient and its settings, responses, status
# errors with httpx's messages, transport errors, timeouts, streaming and the sync form.
import asyncio
import httpx


async def main():
    print(httpx.Timeout(30.0, connect=5.0), httpx.Timeout(5.0))
    print(httpx.Limits(max_connections=100, max_keepalive_connections=20))
    async with httpx.AsyncClient(timeout=httpx.Timeout(30.0, connect=5.0),
                                 headers={"User-Agent": "my-service/1.0"}) as client:
        r = await client.get("https://httpbin.org/get", params={"page": 2})
        print(r, r.status_code, r.reason_phrase, r.http_version, r.is_success)
        print(r.url, r.headers["Content-Type"], r.headers.get("content-length"))
        print(r.json()["headers"]["User-Agent"], r.json()["args"])
        print(r.request, r.elapsed.total_seconds() > 0)

        r = await client.post("https://api.example.com/create", json={"name": "widget"})
        print(r, r.json())

        async with asyncio.TaskGroup() as tg:
            users = tg.create_task(client.get("https://api.example.com/users"))
            orders = tg.create_task(client.get("https://api.example.com/orders"))
        print(len(users.result().json()), orders.result().json()[0])

        r = await client.get("https://httpbin.org/status/404")
        print(r, r.is_client_error)
        try:
            r.raise_for_status()
        except httpx.HTTPStatusError as e:
            print(type(e).__name__, e.response.status_code, e.request.url)
            print(e)
        r = await client.get("https://httpbin.org/status/503")
        try:
            r.raise_for_status()
        except httpx.HTTPError as e:
            print(str(e).splitlines()[0])
        print((await client.get("https://httpbin.org/json")).raise_for_status().json()["slideshow"]["title"])

        try:
            await client.get("https://no-such-host.invalid/")
        except httpx.ConnectError as e:
            print(type(e).__name__, e, isinstance(e, httpx.TransportError), e.request)

        try:
            await client.get("https://httpbin.org/delay/3", timeout=1.0)
        except httpx.ReadTimeout as e:
            print(type(e).__name__, repr(str(e)), isinstance(e, httpx.TimeoutException))

        try:
            await client.get("https://httpbin.org/delay/3", timeout=httpx.Timeout(5.0, connect=0.001))
        except httpx.TimeoutException as e:
            print(type(e).__name__)

        try:
            await client.get("example.com")
        except httpx.UnsupportedProtocol as e:
            print(type(e).__name__, e)

        async with client.stream("GET", "https://httpbin.org/bytes/20000") as response:
            sizes = [len(chunk) async for chunk in response.aiter_bytes(chunk_size=8192)]
        print(response, sizes)

    try:
        await client.get("https://example.com/")
    except RuntimeError as e:
        print(e)

    # httpx's default timeout is 5 seconds.
    async with httpx.AsyncClient() as client:
        try:
            await client.get("https://httpbin.org/delay/10")
        except httpx.ReadTimeout:
            print("default timeout:", client.timeout)


asyncio.run(main())

r = httpx.get("https://api.example.com/products/3")
print(r, r.json())
with httpx.Client(base_url="https://httpbin.org") as client:
    print(client.get("/uuid").json()["uuid"])
try:
    httpx.get("https://httpbin.org/delay/2", timeout=0.5)
except httpx.ReadTimeout as e:
    print("sync:", repr(e))
