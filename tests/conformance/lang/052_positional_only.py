def pos(a, b, /, c, *, d):
    return (a, b, c, d)


print(pos(1, 2, 3, d=4))
print(pos(1, 2, c=3, d=4))
try:
    pos(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)


def name_reuse(x, /, **kw):
    return x, kw


print(name_reuse(1, x=2))


def defaults(a, b=10, /, c=20):
    return a + b + c


print(defaults(1), defaults(1, 2), defaults(1, 2, 3), defaults(1, c=0))
try:
    defaults()
except TypeError as e:
    print("TypeError:", e)


def only(a, /):
    return a * 2


print(only(21))
try:
    only(a=1)
except TypeError as e:
    print("TypeError:", e)

print(pos.__code__.co_posonlyargcount, pos.__code__.co_argcount)
lam = lambda p, /, q: p - q
print(lam(5, q=2))
