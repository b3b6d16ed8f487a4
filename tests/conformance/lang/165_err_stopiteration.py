def take_two(it):
    return next(it), next(it)


it = iter([1, 2, 3])
print(take_two(it))
print(next(it, "default"))
try:
    next(it)
except StopIteration:
    print("caught StopIteration")


def gen():
    yield 1
    next(iter([]))
    yield 2


try:
    print(list(gen()))
except RuntimeError as e:
    print("caught RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
empty = iter(())
print("bare next on exhausted iterator")
next(empty)
