# WeakSet, WeakValueDictionary, WeakKeyDictionary and finalize: entries vanish when their
# objects go; finalize calls its function once.
import weakref


class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Item({self.n})"


items = [Item(i) for i in range(5)]
ws = weakref.WeakSet(items)
print(len(ws), items[2] in ws, Item(9) in ws, 1 in ws)
ws.discard(items[0])
print(sorted(x.n for x in ws))
del items[1:3]
print("after del", len(ws), sorted(x.n for x in ws))
other = weakref.WeakSet(items[:1])
print(sorted(x.n for x in ws | other), sorted(x.n for x in ws - other), ws >= other)

cache = weakref.WeakValueDictionary()
a, b = Item("a"), Item("b")
cache["a"] = a
cache["b"] = b
print(sorted(cache), cache["a"], cache.get("zzz", "default"), "a" in cache, len(cache))
del a
print(sorted(cache), "a" in cache, cache.get("a"))
try:
    cache["a"]
except KeyError as e:
    print("KeyError", e)
print(cache.setdefault("c", b) is b, sorted(cache.keys()), list(cache.values()))

meta = weakref.WeakKeyDictionary()
k1, k2 = Item(1), Item(2)
meta[k1] = "one"
meta[k2] = "two"
print(len(meta), meta[k1], k2 in meta, sorted(v for _, v in meta.items()))
del k2
print(len(meta), list(meta.values()))


def goodbye(who, punct="!"):
    print(f"goodbye {who}{punct}")
    return "done"


x = Item("x")
f = weakref.finalize(x, goodbye, "x", punct="?")
print(f.alive, f.peek()[1] is goodbye, f.peek()[2:])
del x
print(f.alive, f(), f.peek())
y = Item("y")
g = weakref.finalize(y, goodbye, "y")
print(g(), g(), g.alive)
z = Item("z")
h = weakref.finalize(z, goodbye, "z")
obj, func, args, kwargs = h.detach()
print(obj, func is goodbye, args, kwargs, h.alive)
del obj, z
print("end")
