# One coroutine: it starts the coffee, pauses at the await (the waiter is free
# to serve other tables), and picks up where it left off when the coffee is
# done.
import asyncio


async def make_coffee():
    print("Coffee machine on...")
    await asyncio.sleep(1)  # the pause: the loop may run other work meanwhile
    print("Coffee is ready!")
    return "Flat white"


if __name__ == "__main__":
    order = asyncio.run(make_coffee())
    print("Served:", order)
