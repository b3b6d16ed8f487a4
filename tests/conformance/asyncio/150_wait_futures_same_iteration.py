import asyncio


async def main():
    loop = asyncio.get_running_loop()
    futs = {name: loop.create_future() for name in ("a", "b", "c")}

    def resolve_two():
        futs["a"].set_result(1)
        futs["c"].set_result(3)

    loop.call_later(0.01, resolve_two)
    done, pending = await asyncio.wait(futs.values(), return_when=asyncio.FIRST_COMPLETED)
    label = {id(f): n for n, f in futs.items()}
    print("done:", sorted(label[id(f)] for f in done))
    print("pending:", sorted(label[id(f)] for f in pending))
    futs["b"].set_result(2)
    print("values:", [futs[n].result() for n in "abc"])


asyncio.run(main())
