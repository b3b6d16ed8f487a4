from collections.abc import Iterable, Iterator, Mapping, Sequence, Callable, Hashable, Sized, Generator
import collections.abc


def flatten(items):
    for x in items:
        if isinstance(x, Iterable) and not isinstance(x, (str, bytes)):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, [3, "ab"]], (4, {5: None}), range(6, 8)])))
checks = [([], Iterable), (5, Iterable), (iter([]), Iterator), ([], Iterator), ({}, Mapping), ([], Mapping),
          ((1,), Sequence), ("s", Sequence), ({1}, Sequence), (len, Callable), (3, Callable), ("x", Hashable),
          ([], Hashable), ({}, Sized), ((x for x in []), Generator), (range(3), collections.abc.Sequence)]
for obj, abc in checks:
    print(type(obj).__name__, isinstance(obj, abc))
