import asyncio
import concurrent.futures
import time


def task(tag, delay):
    time.sleep(delay)
    return f"{tag} slept"


def fails():
    raise ValueError("in worker thread")


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        a = loop.run_in_executor(pool, task, "a", 0.05)
        b = loop.run_in_executor(pool, task, "b", 0.01)
        done_order = []
        for fut in asyncio.as_completed([a, b]):
            done_order.append(await fut)
        print("completion order:", done_order)
        try:
            await loop.run_in_executor(pool, fails)
        except ValueError as exc:
            print("exception from thread:", exc)
    print("pool shut down")


asyncio.run(main())
