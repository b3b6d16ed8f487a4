# Where asyncio's debug mode comes from: asyncio.run(debug=...), Runner(debug=...),
# loop.set_debug (which keeps the value it is given), and the default (off unless
# PYTHONASYNCIODEBUG is set). slow_callback_duration belongs to each loop; a loop's repr
# says whether it is in debug mode.
import asyncio


async def report(label):
    loop = asyncio.get_running_loop()
    print(label, loop.get_debug(), loop.slow_callback_duration, loop)
    return label


print(asyncio.run(report("run default:")))
print(asyncio.run(report("run debug=True:"), debug=True))
print(asyncio.run(report("run debug=False:"), debug=False))

with asyncio.Runner(debug=True) as runner:
    loop = runner.get_loop()
    print("runner:", loop.get_debug())
    loop.slow_callback_duration = 0.25
    runner.run(report("runner run:"))
    loop.set_debug(0)
    runner.run(report("after set_debug(0):"))
    loop.set_debug("yes")
    runner.run(report("after set_debug('yes'):"))

loop = asyncio.new_event_loop()
print("new loop:", loop.get_debug(), loop)
loop.set_debug(True)
print("set:", loop.get_debug(), loop)
loop.run_until_complete(report("run_until_complete:"))
loop.close()
print("closed:", loop)
