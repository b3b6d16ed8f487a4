from functools import cmp_to_key, singledispatch


def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))


@singledispatch
def describe(obj):
    return f"object {obj!r}"


@describe.register
def _(obj: int):
    return f"int {obj}"


@describe.register(list)
def _(obj):
    return f"list of {len(obj)}"


@describe.register(str)
def describe_str(obj):
    return f"str {obj.upper()}"


print(describe(1), describe("abc"), describe([1, 2]), describe(2.5), describe(True))
print(describe.dispatch(bool) is describe.dispatch(int), describe_str("x"))
