d = {"x": 1, "y": 2, "z": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(list(k), list(v), list(it))
d["w"] = 4
print(list(k), len(v), ("w", 4) in it)
del d["x"]
print(list(k))
print("y" in k, 2 in v, ("y", 2) in it, ("y", 3) in it)
print(sorted(k & {"y", "q"}), sorted(k | {"q"}), sorted(k - {"y"}))
print(sorted(it & {("z", 3)}))
print(type(k).__name__, type(v).__name__, type(it).__name__)
for key, value in d.items():
    print(key, "->", value)
print(list(reversed(d)), list(reversed(d.values())))
try:
    for key in d:
        d["new"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(k == {"y", "z", "w", "new"}, list(d.values()) == [2, 3, 4, 0])
print(max(d.values()), sum(d.values()), sorted(d.keys()))
print({}.keys(), dict(zip(k, v)))
