from contextlib import contextmanager


@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")


with tag("b") as t:
    print("inside", t)
with tag("outer"):
    with tag("inner"):
        print("nested")


@contextmanager
def opened(path):
    print("open", path)
    try:
        yield {"path": path}
    finally:
        print("close", path)


with opened("a.txt") as f:
    print(f["path"])


@tag("deco")
def decorated(x):
    print("running with", x)
    return x * 2


print(decorated(21))
print(decorated(1))


@contextmanager
def no_value():
    yield


with no_value() as v:
    print("value is", v)
