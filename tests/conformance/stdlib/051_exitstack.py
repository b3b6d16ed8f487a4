from contextlib import ExitStack, contextmanager


@contextmanager
def resource(name):
    print("acquire", name)
    yield name
    print("release", name)


with ExitStack() as stack:
    names = [stack.enter_context(resource(n)) for n in "abc"]
    print("got", names)
    stack.callback(print, "callback", 1)
print("after")
with ExitStack() as stack:
    stack.callback(print, "first registered")
    stack.callback(print, "second registered")
with ExitStack() as stack:
    stack.enter_context(resource("kept"))
    moved = stack.pop_all()
print("stack exited, resource still held")
moved.close()
try:
    with ExitStack() as stack:
        stack.callback(print, "cleanup runs")
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


def swallow(exc_type, exc, tb):
    print("swallowing", exc_type.__name__)
    return True


with ExitStack() as stack:
    stack.push(swallow)
    raise KeyError("hidden")
print("done")
