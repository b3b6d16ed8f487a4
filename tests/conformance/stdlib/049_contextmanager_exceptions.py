from contextlib import contextmanager


@contextmanager
def guarded(label):
    print("enter", label)
    try:
        yield
    except ValueError as e:
        print("handled", label, e)
    finally:
        print("exit", label)


with guarded("one"):
    raise ValueError("bad value")
print("after one")
try:
    with guarded("two"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))


@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise RuntimeError("math failed") from e


try:
    with translate():
        1 / 0
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)


@contextmanager
def never_yields():
    if False:
        yield


@contextmanager
def yields_twice():
    yield 1
    yield 2


for cm in [never_yields, yields_twice]:
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
