import asyncio


class Connection:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        print(f"[{self.name}] enter")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print(f"[{self.name}] exit with", exc_type.__name__ if exc_type else None)
        return self.suppress


async def main():
    async with Connection("a") as c:
        print("using", c.name)
    async with Connection("outer") as o, Connection("inner") as i:
        print("using both", o.name, i.name)
    async with Connection("quiet", suppress=True):
        raise KeyError("suppressed")
    print("after suppressed exception")
    try:
        async with Connection("loud"):
            raise KeyError("propagates")
    except KeyError as exc:
        print("caught", exc)


asyncio.run(main())
