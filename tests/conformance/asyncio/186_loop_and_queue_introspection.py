# What tutorials print while poking at the machinery: the running loop's repr and class,
# the event loop policy, a Queue's internal deque and str, a semaphore's counter.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(loop)
    print(type(loop).__module__, type(loop).__name__)
    print(isinstance(loop, asyncio.AbstractEventLoop), isinstance(loop, asyncio.BaseEventLoop))
    policy = asyncio.get_event_loop_policy()
    print(type(policy).__name__, isinstance(policy, asyncio.AbstractEventLoopPolicy))
    q = asyncio.Queue(maxsize=3)
    for i in range(3):
        q.put_nowait(i)
    print(q._queue, list(q._queue), str(q))
    print(q.get_nowait(), q._queue)
    sem = asyncio.Semaphore(2)
    async with sem:
        print("value inside:", sem._value)
    print("value after:", sem._value)
    pq = asyncio.PriorityQueue()
    pq.put_nowait((2, "b"))
    pq.put_nowait((1, "a"))
    print(pq._queue, str(pq))


asyncio.run(main())
loop = asyncio.new_event_loop()
print(loop, type(loop).__name__)
loop.close()
print(loop)
