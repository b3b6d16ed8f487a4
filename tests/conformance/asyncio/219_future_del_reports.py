# A freed future with an unretrieved exception reaches the loop's exception handler, through a
# subclass's own __del__ too; a future with a result says nothing.
import asyncio, gc
class MyFut(asyncio.Future):
    def __del__(self):
        print("MyFut.__del__ runs, then Future's")
        super().__del__()
async def main():
    loop = asyncio.get_running_loop()
    seen = []
    loop.set_exception_handler(lambda l, c: seen.append(c["message"]))
    f = loop.create_future(); f.set_exception(ValueError("x")); del f
    g = MyFut(); g.set_exception(KeyError("y")); del g
    h = loop.create_future(); h.set_result(1); del h
    async def forever():
        await asyncio.sleep(100)
    t = asyncio.create_task(forever()); await asyncio.sleep(0)
    t._log_destroy_pending = True
    print(seen)
asyncio.run(main())
