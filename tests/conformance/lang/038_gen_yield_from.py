def inner():
    yield 1
    yield 2
    return "inner done"


def outer():
    result = yield from inner()
    print("inner returned", result)
    yield 3
    yield from [4, 5]
    yield from "ab"
    yield from range(6, 8)


print(list(outer()))


def flatten(items):
    for it in items:
        if isinstance(it, list):
            yield from flatten(it)
        else:
            yield it


print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))


def echo():
    got = []
    while True:
        v = yield len(got)
        if v is None:
            return got
        got.append(v)


def delegator():
    result = yield from echo()
    yield ("final", result)


d = delegator()
print(next(d))
print(d.send("a"))
print(d.send("b"))
print(d.send(None))


def chain(*its):
    for it in its:
        yield from it


print(list(chain([1], (2, 3), {4: "x"})))
