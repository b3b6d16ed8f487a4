# A semaphore lets at most two jobs into the guarded block at once, however
# many are started together. We count how many were inside at the busiest
# moment.
import asyncio

gate = asyncio.Semaphore(2)
inside = 0
busiest = 0


async def job(number):
    global inside, busiest
    async with gate:
        inside += 1
        busiest = max(busiest, inside)
        await asyncio.sleep(0.05)
        inside -= 1
    return number


async def main():
    finished = await asyncio.gather(*(job(n) for n in range(10)))
    print("jobs finished:", len(finished))
    print("most jobs inside at once:", busiest)


asyncio.run(main())
