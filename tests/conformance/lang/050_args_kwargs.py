def show(*args, **kwargs):
    print("args:", args, "kwargs:", kwargs)


show()
show(1, 2)
show(a=1, b=2)
show(1, x="y")


def mixed(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)


print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=8, e=9))
print(mixed(a=0, b=1, c=2, d=3, z=4))


def count(*items):
    return len(items), type(items).__name__


print(count(), count(None, None))


def kwtype(**kw):
    return type(kw).__name__, list(kw)


print(kwtype(z=1, a=2, m=3))


def forward(*a, **k):
    return mixed(*a, **k)


print(forward(10, 20, 30, c=40))

try:
    mixed(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    show(1, **{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    mixed(1, a=2, c=3)
except TypeError as e:
    print("TypeError:", e)
