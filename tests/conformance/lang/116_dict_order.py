d = {}
for key in ["zebra", "apple", "mango", "banana"]:
    d[key] = len(key)
print(d)
print(list(d))
d["apple"] = 99
print(list(d.items()))
del d["zebra"]
d["zebra"] = 0
print(list(d))
d2 = dict(c=3, a=1, b=2)
print(d2)
print({**{"b": 1}, "a": 2, **{"b": 3}})
merged = {"one": 1}
merged.update([("three", 3), ("two", 2), ("one", 11)])
print(merged)
print({k: None for k in "hello"})
print(dict.fromkeys(["q", "p", "q"]))
s = {3: "c", 1: "a", 2: "b"}
print(s, sorted(s.items()))
d3 = {1: "x"}
d3[1.0] = "y"
d3[True] = "z"
print(d3)
print(list({"b": 0, "a": 0}.keys()) == ["b", "a"])
od = {}
od.setdefault("second", 2)
od.setdefault("first", 1)
od.setdefault("second", 22)
print(od)
print(next(iter(od)), list(od)[-1])
