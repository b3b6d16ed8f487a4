# Subscripted builtin classes and typing's generics are callable as their origin is, keep
# __origin__ and __args__, and print as they are written.
import collections
import typing

print(list[int](), dict[str, int](a=1), set[int]([3, 1]), tuple[int, ...]((1, 2)), frozenset[str]("a"))
print(list[int]("ab"), type(list[int]()) is list, collections.deque[int]([1, 2]), collections.OrderedDict[str, int](b=2))
alias = dict[str, list[int]]
print(alias, alias.__origin__, alias.__args__, repr(list[int]), list[int] == list[int], list[int] != list[str])
print(typing.List[int], typing.List[int].__origin__, typing.List[int].__args__, typing.Dict[str, int].__args__)

for make in (lambda: typing.List[int](), lambda: typing.Dict[str, int](a=1), lambda: list[int](1)):
    try:
        print(make())
    except TypeError as e:
        print("TypeError", e)
