# Two fetches overlap on the loop; a failing one ends with its error; then requests.get
# blocks the loop for its whole round trip.
import asyncio
import aiohttp
import requests


async def status(session, url):
    async with session.get(url) as response:
        return response.status


async def main():
    async with aiohttp.ClientSession() as session:
        print(await asyncio.gather(status(session, "https://example.com/"),
                                   status(session, "https://api.example.com/users")))
        try:
            await session.get("https://nowhere.invalid/")
        except aiohttp.ClientConnectorError:
            print("no such host")
    print(requests.get("https://httpbin.org/status/404").status_code)


asyncio.run(main())
