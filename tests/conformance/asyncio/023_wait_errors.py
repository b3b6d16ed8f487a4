import asyncio


async def job():
    await asyncio.sleep(0)


async def main():
    try:
        await asyncio.wait([])
    except ValueError as exc:
        print("empty:", exc)
    t = asyncio.create_task(job())
    try:
        await asyncio.wait([t], return_when="SOMETIMES")
    except ValueError as exc:
        print("bad return_when:", exc)
    await t
    try:
        await asyncio.wait(t)
    except TypeError as exc:
        print("single future:", exc)
    done, pending = await asyncio.wait([t])
    print("already done:", len(done), len(pending))


asyncio.run(main())
