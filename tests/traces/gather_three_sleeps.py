import asyncio


async def fetch(name, delay):
    print(f"start {name}")
    await asyncio.sleep(delay)
    print(f"done {name}")
    return name


async def main():
    print(await asyncio.gather(fetch("a", 0.2), fetch("b", 0.1), fetch("c", 0.3)))


asyncio.run(main())
