import asyncio


async def main():
    print("hello")
    await asyncio.sleep(0)
    print("world")
