import asyncio


async def which():
    return asyncio.get_event_loop()


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
got = loop.run_until_complete(which())
print("inside matches:", got is loop)
print("get_event_loop outside matches:", asyncio.get_event_loop() is loop)
loop.close()
asyncio.set_event_loop(None)
loop2 = asyncio.new_event_loop()
print("distinct loops:", loop2 is not loop)
print(loop2.run_until_complete(asyncio.sleep(0, result="ok on loop2")))
loop2.close()
