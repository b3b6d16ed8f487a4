def f(a, b, c):
    return (a, b, c)


print(f(*[1, 2, 3]))
print(f(1, *(2, 3)))
print(f(*"xy", 3))
print(f(**{"a": 1, "b": 2, "c": 3}))
print(f(1, **{"c": 3, "b": 2}))
print(f(*[1], **{"c": 9}, b=8))
print(f(*range(2), *range(1)))
args = (1, 2)
kw = {"c": 3}
print(f(*args, **kw))


def g(*a, **k):
    return a, sorted(k.items())


print(g(*[], **{}))
print(g(*[1, 2], *[3], x=1, **{"y": 2}))
try:
    f(*[1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3, **{"a": 0})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{"a": 1, "b": 2, "d": 4})
except TypeError as e:
    print("TypeError:", e)
print(max(*[3, 9, 2]))
print(*"abc", sep="-")
