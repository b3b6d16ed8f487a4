from collections import OrderedDict

od = OrderedDict()
od["one"] = 1
od["two"] = 2
od["three"] = 3
print(od, list(od.keys()), list(od.values()))
od.move_to_end("one")
print(od)
od.move_to_end("three", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([("b", 2), ("a", 1)]), OrderedDict(x=1))
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, dict(a) == dict(b), a == {"y": 2, "x": 1})
lru = OrderedDict()
for key in ["a", "b", "c", "a", "d"]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
print(list(reversed(a)), isinstance(a, dict))
