# Handle reprs and "Exception in callback" reports name a plain function's callback with
# where it was defined (FILE:LINE), shorten its arguments as reprlib does, unwrap
# functools.partial and functools.wraps, and drop the callback of a cancelled handle.
# This file's path is shown as PROGRAM, timer deadlines as when=T, addresses as 0x?.
import asyncio
import contextlib
import functools


def shown(text):
    text = str(text).replace(__file__, "PROGRAM")
    head, *tails = text.split(" at 0x")
    text = head + "".join(" at 0x?" + t.lstrip("0123456789abcdef") for t in tails)
    head, *tails = text.split("when=")
    return head + "".join("when=T" + t.lstrip("0123456789.e+-") for t in tails)


def plain(*args, **kwargs):
    pass


def fails(n):
    raise ValueError(f"bad {n}")


def traced(func):
    @functools.wraps(func)
    def wrapper(*args):
        return func(*args)
    return wrapper


@traced
def decorated(x):
    return x


class Thing:
    def method(self, x):
        pass

    def __repr__(self):
        return "Thing(with a rather long representation)"


class Caller:
    def __call__(self):
        pass

    def __repr__(self):
        return "<Caller>"


class Collect:
    def __init__(self):
        self.text = ""

    def write(self, text):
        self.text += text

    def flush(self):
        pass


def program_lines(report):
    """The report with traceback frames outside this file left out."""
    out = []
    keep = True
    for line in report.splitlines():
        if line.startswith('  File "'):
            keep = line.startswith(f'  File "{__file__}"')
        elif not line.startswith("    "):
            keep = True
        if keep:
            out.append(shown(line))
    return out


async def main():
    loop = asyncio.get_running_loop()
    handles = [
        loop.call_soon(plain),
        loop.call_soon(plain, 1, "two", (3,), None),
        loop.call_soon(plain, "x" * 40, list(range(10)), {"b": 1, "a": 2, "d": 4, "c": 3, "e": 5}),
        loop.call_soon(plain, 2 ** 200, {3, 1, 2}, frozenset(), [[[[[[[1]]]]]]], Thing()),
        loop.call_soon(lambda: None),
        loop.call_soon(functools.partial(plain, 1, k=2), 3),
        loop.call_soon(functools.partial(functools.partial(plain, "a"), "b")),
        loop.call_soon(decorated, 7),
        loop.call_soon(Thing().method, 1),
        loop.call_soon(print, "from print"),
        loop.call_soon(Caller()),
        loop.call_soon(Thing),
        loop.call_later(10, plain, "later"),
    ]

    def nested(a, b=2):
        pass

    handles.append(loop.call_soon(nested, "n"))
    for h in handles:
        print(shown(repr(h)))
    handles[0].cancel()
    handles[-2].cancel()
    print(shown(repr(handles[0])), shown(repr(handles[-2])))
    await asyncio.sleep(0)

    seen = []

    def handler(loop, context):
        seen.append(context)
        print("handler:", shown(context["message"]))
        print("  handle:", shown(repr(context["handle"])))
        print("  exception:", repr(context["exception"]), sorted(context))

    loop.set_exception_handler(handler)
    loop.call_soon(fails, 1)
    loop.call_soon(functools.partial(fails, 2))
    loop.call_soon(lambda: fails(3))
    loop.call_later(0.01, fails, 4)
    await asyncio.sleep(0.05)
    print(len(seen), "reports")

    loop.set_exception_handler(None)
    err = Collect()
    with contextlib.redirect_stderr(err):
        loop.call_soon(nested, "too", "many", "args")
        loop.call_later(0.01, decorated)
        await asyncio.sleep(0.05)
    for line in program_lines(err.text):
        print("|", line)


asyncio.run(main())
