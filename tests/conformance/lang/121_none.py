x = None
print(x, repr(x), str(x), type(x).__name__)
print(x is None, x == None, x is not None, bool(x), not x)


def no_return():
    pass


def bare_return():
    return


print(no_return(), bare_return(), print("inner print returns"))
print([].append(1), {}.update(), [3, 1].sort())
d = {"a": None}
print(d.get("a"), d.get("b"), "a" in d)
print(None or "default", None and "never")
print([None] * 3, (None,), {None: "none key"}[None])
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
nothing = None
try:
    nothing()
except TypeError as e:
    print("TypeError:", e)
try:
    None.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)
print(type(None)() is None, hash(None) == hash(None))
print(sorted([3, 1], key=None), max([1, 5], default=None), max([], default=None))
print(f"{None}", "%s" % None, str(None).upper())
