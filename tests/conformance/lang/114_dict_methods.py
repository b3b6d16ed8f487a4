d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
d.update({"d": 4, "a": 10})
d.update(e=5)
d.update([("f", 6)])
print(d)
print(d.popitem(), d)
c = d.copy()
c["new"] = 1
print(len(d), len(c))
c.clear()
print(c)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print(dict(a=1, b=2), dict([("x", 1)]), dict({"y": 2}, z=3))
print("a" in d, 10 in d, "a" not in d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
print(d | {"z": 26}, {"a": 0} | d)
d |= {"g": 7}
print(d)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"})
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
