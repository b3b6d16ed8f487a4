# The current context: localcontext (with keywords), setcontext, and one per asyncio task.
import asyncio
from decimal import *

with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 3, ctx.prec, getcontext() is ctx)
print(Decimal(1) / 3)
with localcontext(prec=3, rounding=ROUND_UP) as ctx:
    print(Decimal(1) / 3, ctx)
with localcontext(Context(prec=4), Emax=10) as ctx:
    print(Decimal(2).sqrt(), ctx.Emax, ctx.prec)
print(getcontext().prec, type(localcontext()).__name__)

saved = getcontext()
setcontext(ExtendedContext)
print(getcontext() is ExtendedContext, getcontext().prec, Decimal(1) / 0)
setcontext(saved)
print(getcontext() is saved)

for bad in [lambda: localcontext(foo=1), lambda: localcontext(prec='x'),
            lambda: localcontext(prec=0), lambda: localcontext(1), lambda: setcontext(1)]:
    try:
        bad()
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)


async def worker(name, prec, delay):
    with localcontext(prec=prec):
        await asyncio.sleep(delay)
        result = Decimal(2).sqrt()
        await asyncio.sleep(delay)
        return name, str(result), getcontext().prec


async def shared():
    getcontext().rounding = ROUND_FLOOR
    await asyncio.sleep(0)
    return getcontext().rounding


async def main():
    results = await asyncio.gather(worker('a', 3, 0.02), worker('b', 10, 0.01),
                                   worker('c', 6, 0.015))
    print(results, getcontext().prec)
    print(await asyncio.create_task(shared()), getcontext().rounding)

asyncio.run(main())
