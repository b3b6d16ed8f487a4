# Queue reprs and strs as CPython builds them: maxsize, the items in the container's own
# order (a PriorityQueue shows its heap), waiting getters and putters, unfinished tasks.
# Addresses are masked.
import asyncio


def shown(obj):
    head, *tails = repr(obj).split(" at 0x")
    return head + "".join(" at 0x?" + t.lstrip("0123456789abcdef") for t in tails)


class CountingQueue(asyncio.Queue):
    """A subclass whose container is a plain list and whose qsize lies."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop(0)

    def qsize(self):
        return 0 if not self._queue else len(self._queue)


async def main():
    q = asyncio.Queue()
    print(shown(q), str(q))
    getters = [asyncio.create_task(q.get()) for _ in range(2)]
    await asyncio.sleep(0)
    print(shown(q))
    q.put_nowait("first")
    print(str(q))
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait("second")
    await asyncio.gather(*getters)
    print(str(q))
    q.task_done()
    print(str(q))
    q.task_done()
    print(str(q))

    bounded = asyncio.Queue(maxsize=2)
    for item in ["a", ("b", 2)]:
        await bounded.put(item)
    putters = [asyncio.create_task(bounded.put(n)) for n in range(3)]
    await asyncio.sleep(0)
    print(shown(bounded))
    print(str(bounded))
    print(bounded.get_nowait(), str(bounded))
    await asyncio.sleep(0)
    print(str(bounded))
    while not bounded.empty():
        bounded.get_nowait()
        bounded.task_done()
        await asyncio.sleep(0)
    print(str(bounded))
    await asyncio.gather(*putters)
    print(str(bounded))

    pq = asyncio.PriorityQueue()
    for item in [5, 3, 8, 1, 9, 2]:
        pq.put_nowait(item)
    print(str(pq))
    print(pq.get_nowait(), str(pq))

    lq = asyncio.LifoQueue(maxsize=10)
    for item in "xyz":
        lq.put_nowait(item)
    print(shown(lq))
    print(lq.get_nowait(), str(lq))

    big = asyncio.Queue()
    for n in range(12):
        big.put_nowait("item-%d" % n)
    print(str(big))

    cq = CountingQueue(maxsize=4)
    print(str(cq))
    cq.put_nowait({"k": 1})
    print(shown(cq), cq.qsize())


asyncio.run(main())
