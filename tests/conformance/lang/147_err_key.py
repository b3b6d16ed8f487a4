inventory = {"apple": 3, "pear": 0}
print(inventory["apple"])
print(inventory.get("banana", "none"))
try:
    inventory["banana"]
except KeyError as e:
    print("caught:", e, repr(e))
counts = {}
for word in "a b a c b a".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)


def lookup(d, path):
    for key in path:
        print("descending into", key)
        d = d[key]
    return d


nested = {"x": {"y": {"z": 42}}}
print(lookup(nested, ["x", "y", "z"]))
print(lookup(nested, ["x", "q", "z"]))
