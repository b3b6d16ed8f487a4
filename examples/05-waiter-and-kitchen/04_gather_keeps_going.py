# gather with return_exceptions=True is the lenient teacher: one failed call is
# noted in the results and the others still finish.
import asyncio


async def call_api(number):
    if number == 2:
        raise ValueError("API Down!")
    await asyncio.sleep(1)
    return f"Data {number}"


async def main():
    results = await asyncio.gather(
        call_api(1),
        call_api(2),
        call_api(3),
        return_exceptions=True,  # a failure becomes a result, not a raise
    )
    print(results)


asyncio.run(main())
