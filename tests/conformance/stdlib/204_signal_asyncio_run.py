# asyncio.run under signal: while the default SIGINT handler is installed, the first SIGINT
# cancels the main task and asyncio.run raises KeyboardInterrupt; the handler is restored.
import signal, asyncio
async def main():
    print(type(signal.getsignal(signal.SIGINT)).__name__)
    signal.raise_signal(signal.SIGINT)
    print("after")
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("cancelled")
        raise
    print("never")
try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KI", signal.getsignal(signal.SIGINT))
async def twice():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("first cancel")
    signal.raise_signal(signal.SIGINT)
    await asyncio.sleep(0)
    print("still")
async def starter():
    asyncio.get_running_loop().call_later(0.01, signal.raise_signal, signal.SIGINT)
    await twice()
try:
    asyncio.run(starter())
except KeyboardInterrupt:
    print("KI 2")
