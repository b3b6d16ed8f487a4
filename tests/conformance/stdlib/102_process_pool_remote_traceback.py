# An exception in a worker re-raises in the caller, with the worker's traceback attached
# as its __cause__ (a _RemoteTraceback), as CPython's process pool does.
import asyncio
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


class OrderError(Exception):
    pass


def divide(a, b):
    return a / b


def check(order):
    if order < 0:
        raise OrderError('bad order', order)
    return order


async def main(pool):
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(pool, divide, 1, 0)
    except ZeroDivisionError as e:
        print('awaited:', repr(e))
        print(e.__cause__.tb.splitlines()[-2:])


if __name__ == "__main__":
    # Spawned workers run this file as __mp_main__, as ours do.
    spawn = multiprocessing.get_context('spawn')
    with ProcessPoolExecutor(max_workers=2, mp_context=spawn) as pool:
        future = pool.submit(check, -3)
        try:
            future.result()
        except OrderError as e:
            print('caught', repr(e), e.args)
            cause = e.__cause__
            print(type(cause).__module__, type(cause).__qualname__)
            lines = str(cause).splitlines()
            print(lines[0] == '', lines[1], lines[2], lines[-1])
            print(lines[-2])
            print(any("raise OrderError('bad order', order)" in line for line in lines))
        print(repr(future.exception()))
        asyncio.run(main(pool))
        pool.submit(divide, 1, 0).result()
