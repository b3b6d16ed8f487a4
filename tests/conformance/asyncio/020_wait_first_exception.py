import asyncio


async def job(d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(f"failed after {d}")
    return d


async def main():
    tasks = [
        asyncio.create_task(job(0.01), name="a"),
        asyncio.create_task(job(0.04, fail=True), name="b"),
        asyncio.create_task(job(0.2), name="c"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        exc = t.exception()
        print(t.get_name(), "->", repr(exc) if exc else t.result())
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)

    ok = [asyncio.create_task(job(0.01), name="x"), asyncio.create_task(job(0.02), name="y")]
    done, pending = await asyncio.wait(ok, return_when=asyncio.FIRST_EXCEPTION)
    print("no failure -> done:", sorted(t.get_name() for t in done), "pending:", len(pending))


asyncio.run(main())
