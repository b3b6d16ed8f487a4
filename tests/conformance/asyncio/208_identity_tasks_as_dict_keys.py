# Tasks as dict keys, and the done set of wait over the dict.
import asyncio
import random
import time
async def fetch(url):
    await asyncio.sleep(0.2)
    return url.upper()
async def main():
    urls = ["a", "b", "c", "d"]
    tasks = {asyncio.create_task(fetch(u)): u for u in urls}
    done, _ = await asyncio.wait(tasks)
    for t in done:
        print(tasks[t], t.result())
asyncio.run(main())
