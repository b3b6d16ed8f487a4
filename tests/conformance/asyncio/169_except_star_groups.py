# Exception groups: except* splitting by type, re-raising what is left, nested groups,
# subgroup/split, and TaskGroup failures handled with except*.
import asyncio


def show(eg, indent=0):
    print(" " * indent + f"{type(eg).__name__}: {eg}")
    if isinstance(eg, BaseExceptionGroup):
        for e in eg.exceptions:
            show(e, indent + 2)


eg = ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2"),
                              ExceptionGroup("inner", [KeyError("k"), ValueError("v3")])])
show(eg)
try:
    raise eg
except* ValueError as g:
    print("values:", [str(e) for e in g.exceptions], type(g).__name__)
except* (TypeError, KeyError) as g:
    print("others:", repr(g.exceptions[0]), len(g.exceptions))

match, rest = eg.split(ValueError)
show(match)
show(rest)
print(eg.subgroup(lambda e: isinstance(e, KeyError)).exceptions[0].exceptions)
print(eg.subgroup(OSError))

try:
    try:
        raise ExceptionGroup("two", [ValueError("a"), OSError("b")])
    except* ValueError:
        print("handled ValueError")
except ExceptionGroup as leftover:
    print("left over:", leftover, [type(e).__name__ for e in leftover.exceptions])

try:
    raise ValueError("plain")
except* ValueError as g:
    print("plain wrapped:", type(g).__name__, g.exceptions)

try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError:", e)
print(type(BaseExceptionGroup("m", [ValueError()])).__name__,
      type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)


async def boom(kind, delay):
    await asyncio.sleep(delay)
    raise kind(f"{kind.__name__} after {delay}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(ValueError, 0.01))
            tg.create_task(boom(TypeError, 0.01))
            tg.create_task(asyncio.sleep(1))
    except* ValueError as g:
        print("task values:", [str(e) for e in g.exceptions])
    except* TypeError as g:
        print("task types:", [str(e) for e in g.exceptions])


asyncio.run(main())
