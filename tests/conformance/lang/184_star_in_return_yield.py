def head_tail(seq):
    first, *rest = seq
    return first, *rest, "end"


print(head_tail([1, 2, 3]))


def gen(a, b):
    yield *a, *b
    yield 0, *b


print(list(gen([1, 2], (3,))))
rest = [2, 3]
t = 1, *rest
print(t)
nums = [*range(3), *"ab"]
print(nums)
s = {*[1, 2], *(2, 3)}
print(sorted(s))
d = {**{"a": 1}, "b": 2, **dict(c=3)}
print(d)
for x in *rest, 4:
    print("loop", x)
print(*[1, 2], *(3,), sep=",")


def many(*a, **k):
    return a, k


print(many(*[1], *[2, 3], **{"x": 1}, **{"y": 2}))
print([*"hi", *[]], (*(),))
