# sys._getframe and inspect.currentframe: the running frame and its callers, with their
# code, line, globals, locals and the frame below.
import inspect
import sys

LIMIT = 3


def where(depth):
    f = sys._getframe(depth + 1)
    return f.f_code.co_name, f.f_lineno


def outer(a, b=2):
    total = a + b
    print("here", sys._getframe().f_code.co_name, sys._getframe().f_lineno)
    print("caller", sys._getframe(1).f_code.co_name, where(0), where(1))
    frame = sys._getframe()
    print(sorted((k, v) for k, v in frame.f_locals.items() if k != "frame"), frame.f_globals is globals(), frame.f_globals["LIMIT"])
    back = frame.f_back
    print(back.f_code.co_name, back.f_back, back.f_locals is back.f_globals)
    return inner()


def inner():
    names = []
    f = inspect.currentframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


print(outer(1))
print(type(sys._getframe()).__name__, inspect.isframe(sys._getframe()), inspect.isframe(1))


class Body:
    x = 1
    seen = sorted(k for k in sys._getframe().f_locals if not k.startswith("__"))
    name = sys._getframe().f_code.co_name


print(Body.seen, Body.name)


def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe(1).f_code.co_name


print(list(gen()), [sys._getframe().f_code.co_name for _ in range(1)])
for bad in (lambda: sys._getframe(100), lambda: sys._getframe("x"), lambda: sys._getframe(1, 2)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
