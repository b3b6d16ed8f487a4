# Errors in tasks: raise ... from, __cause__ and __context__ seen by the awaiting task,
# add_note, and an uncaught error ending asyncio.run with a traceback.
import asyncio


class FetchError(Exception):
    pass


async def fetch(url):
    await asyncio.sleep(0.01)
    try:
        {}["missing"]
    except KeyError as e:
        raise FetchError(f"cannot fetch {url}") from e


async def parse():
    try:
        await fetch("a")
    except FetchError as e:
        e.add_note("while parsing")
        raise


async def main():
    try:
        await asyncio.create_task(parse())
    except FetchError as e:
        print(type(e).__name__, e, repr(e.__cause__), e.__notes__)
        print(e.__context__ is e.__cause__, e.__suppress_context__)
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("during handling")
    except ValueError as e:
        print(type(e.__context__).__name__, e.__cause__)
    await fetch("b")


asyncio.run(main())
