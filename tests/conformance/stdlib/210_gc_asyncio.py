# Cyclic garbage made inside tasks is collected while the event loop runs, and tasks,
# futures and coroutines that are still pending are never touched.
import asyncio
import gc
import weakref

gc.set_threshold(100, 5, 5)
refs = []


class Job:
    def __init__(self, n):
        self.n = n
        self.me = self
        self.log = [self]


async def work(n):
    total = 0
    for i in range(50):
        j = Job(i)
        refs.append(weakref.ref(j))
        total += j.n
        await asyncio.sleep(0)
    if n % 5 == 0:
        raise ValueError(n)
    return total


async def main():
    tasks = [asyncio.create_task(work(n)) for n in range(20)]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([r if isinstance(r, int) else repr(r) for r in results])
    q = asyncio.Queue()

    async def producer():
        for i in range(100):
            d = {"i": i}
            d["d"] = d
            await q.put(i)
        await q.put(None)

    async def consumer():
        got = 0
        while (item := await q.get()) is not None:
            got += item
        return got

    _, got = await asyncio.gather(producer(), consumer())
    print("consumed", got)


asyncio.run(main())
gc.collect()
print("jobs left:", sum(r() is not None for r in refs), "of", len(refs))
