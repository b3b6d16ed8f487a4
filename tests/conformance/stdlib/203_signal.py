# signal: Signals and Handlers enums, installing and raising handlers, the default SIGINT
# handler's KeyboardInterrupt, and an event loop's add_signal_handler, whose callback runs
# iterations later, as CPython's unix loop reads its wakeup fd.
import signal, asyncio
print(signal.SIGINT, repr(signal.SIGINT), repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.Signals(15), signal.Signals.SIGTERM.name)
print(signal.getsignal(signal.SIGINT), signal.default_int_handler, repr(signal.getsignal(signal.SIGTERM)))
print(isinstance(signal.SIGINT, int), signal.SIGINT == 2, signal.NSIG, repr(signal.SIGIOT), repr(signal.SIGPOLL))
def h(sig, frame):
    print("handler", repr(sig), type(sig).__name__, frame.f_code.co_name)
old = signal.signal(signal.SIGINT, h)
print("old", old, signal.getsignal(signal.SIGINT) is h)
def fire():
    signal.raise_signal(signal.SIGINT)
    print("after")
fire()
print(signal.signal(signal.SIGINT, signal.SIG_IGN) is h)
signal.raise_signal(signal.SIGINT); print("ignored")
print(repr(signal.signal(signal.SIGINT, signal.default_int_handler)))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e), e.args)
print(repr(signal.signal(signal.SIGUSR1, h)), signal.signal(signal.SIGUSR1, signal.SIG_DFL) is h)
for bad in (lambda: signal.signal(signal.SIGKILL, h), lambda: signal.signal(2, 5), lambda: signal.signal(0, h), lambda: signal.getsignal(70), lambda: signal.signal("2", signal.default_int_handler), lambda: signal.raise_signal(-1), lambda: signal.raise_signal(0), lambda: signal.raise_signal(70), lambda: signal.raise_signal("2"), lambda: signal.signal("x", h), lambda: signal.signal(2.5, signal.SIG_DFL), lambda: signal.getsignal("2")):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(signal.strsignal(signal.SIGTERM), signal.strsignal(40), len(signal.valid_signals()), sorted(signal.valid_signals())[:2])
signal.raise_signal(signal.SIGCHLD); print("chld ignored")

async def main():
    loop = asyncio.get_running_loop()
    got = []
    loop.add_signal_handler(signal.SIGUSR1, got.append, "usr1")
    loop.add_signal_handler(signal.SIGTERM, lambda: print("term", got))
    print(signal.getsignal(signal.SIGUSR1).__name__)
    loop.call_soon(print, "soon before")
    signal.raise_signal(signal.SIGUSR1)
    loop.call_soon(print, "soon after")
    print("raised", got)
    await asyncio.sleep(0)
    print("1", got)
    await asyncio.sleep(0)
    print("2", got)
    await asyncio.sleep(0)
    print("3", got)
    signal.raise_signal(signal.SIGTERM)
    await asyncio.sleep(0.01)
    print(loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1), repr(signal.getsignal(signal.SIGUSR1)))
    for bad in (lambda: loop.add_signal_handler("x", print), lambda: loop.add_signal_handler(99, print), lambda: loop.add_signal_handler(signal.SIGUSR2, main)):
        try: bad()
        except Exception as e: print(type(e).__name__, e)
    loop.add_signal_handler(signal.SIGINT, print, "int via loop")
    signal.raise_signal(signal.SIGINT)
    await asyncio.sleep(0.01)
    loop.remove_signal_handler(signal.SIGINT)
    print(signal.getsignal(signal.SIGINT))

asyncio.run(main())
print(repr(signal.getsignal(signal.SIGTERM)))
