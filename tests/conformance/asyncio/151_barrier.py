import asyncio


async def party(name, barrier, delay):
    await asyncio.sleep(delay)
    print(name, "arrived; waiting:", barrier.n_waiting)
    idx = await barrier.wait()
    print(name, "passed with index", idx)


async def main():
    barrier = asyncio.Barrier(3)
    print("parties:", barrier.parties, "broken:", barrier.broken)
    await asyncio.gather(
        party("p1", barrier, 0.01),
        party("p2", barrier, 0.03),
        party("p3", barrier, 0.05),
    )
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0.01)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError:
        print("BrokenBarrierError after abort; broken:", b2.broken)


asyncio.run(main())
