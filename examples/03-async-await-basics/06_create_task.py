# create_task puts a coroutine on the loop's queue straight away and returns a
# Task; the caller keeps going and collects the result later by awaiting the
# task.
import asyncio


async def brew(drink, seconds):
    print(f"brewing {drink}")
    await asyncio.sleep(seconds)
    print(f"{drink} ready")
    return drink


async def main():
    tea = asyncio.create_task(brew("tea", 1))
    print("task created; main keeps going")
    await asyncio.sleep(0.5)
    print("main did other things for half a second")
    print("got", await tea)


asyncio.run(main())
