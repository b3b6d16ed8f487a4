import asyncio


async def worker(tag, rounds):
    for i in range(rounds):
        print(f"{tag}{i}")
        await asyncio.sleep(0)
    print(f"{tag} finished")


async def main():
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2))
    t3 = asyncio.create_task(worker("c", 4))
    await asyncio.gather(t1, t2, t3)
    print("all done")


asyncio.run(main())
