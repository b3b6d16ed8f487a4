# The done set of a wait for downloads of different lengths.
import asyncio
import time
async def download(site):
    await asyncio.sleep(len(site) / 10)
    return site
async def main():
    sites = ["python.org", "docs.python.org", "pypi.org", "peps.python.org"]
    tasks = [asyncio.create_task(download(s)) for s in sites]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    print([t.result() for t in done])
asyncio.run(main())
