import asyncio


def make_cb(tag):
    def cb(task):
        print("callback", tag, "result =", task.result())
    return cb


async def work():
    await asyncio.sleep(0.01)
    print("work returning")
    return 5


async def main():
    t = asyncio.create_task(work())
    cb_a, cb_b, cb_c = make_cb("a"), make_cb("b"), make_cb("c")
    t.add_done_callback(cb_a)
    t.add_done_callback(cb_b)
    t.add_done_callback(cb_c)
    t.add_done_callback(cb_a)
    print("removed b:", t.remove_done_callback(cb_b))
    print("removed a (both copies):", t.remove_done_callback(cb_a))
    print("removed missing:", t.remove_done_callback(cb_b))
    t.add_done_callback(make_cb("d"))
    await t
    print("main resumed after await")
    await asyncio.sleep(0)
    t.add_done_callback(make_cb("late"))
    print("late callback added to done task")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
