# In debug mode the loop's default exception handler says where the object a report is
# about was made: "Object created at (most recent call last):" and the stack for a task
# destroyed while pending, a task whose exception nobody retrieved, and a callback that
# raised; "Handle created at" for a report made while a callback runs. Reports go to
# sys.stderr, pointed at stdout here; this file's path is shown as PROGRAM.
import asyncio
import sys


class Shown:
    def write(self, text):
        sys.stdout.write(text.replace(__file__, "PROGRAM"))

    def flush(self):
        sys.stdout.flush()


sys.stderr = Shown()


async def never_started():
    await asyncio.sleep(1)


async def fails():
    raise ValueError("nobody asked")


def raises():
    raise KeyError("in a callback")


def reports(loop):
    loop.call_exception_handler({"message": "reported from a callback"})


def destroyed_pending():
    loop = asyncio.new_event_loop()
    loop.set_debug(True)
    task = loop.create_task(never_started())
    loop.close()
    task.get_coro().close()
    del task
    print("-- after the pending task went")


async def main():
    loop = asyncio.get_running_loop()
    failed = loop.create_task(fails())
    await asyncio.sleep(0)
    del failed
    print("-- after the failed task went")
    loop.call_soon(raises)
    await asyncio.sleep(0)
    print("-- after the callback raised")
    loop.call_soon(reports, loop)
    await asyncio.sleep(0)
    print("-- after the callback reported")


destroyed_pending()
asyncio.run(main(), debug=True)
