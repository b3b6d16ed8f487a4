seen = set()
for item in [1, "two", (3, 4)]:
    seen.add(item)
print(len(seen))
try:
    seen.add([5])
except TypeError as e:
    print("caught:", e)
try:
    {{}: 1}
except TypeError as e:
    print("caught:", e)
try:
    {1, 2} in {frozenset()}
except TypeError as e:
    print("caught:", e)
cache = {}
key = ("ok", 1)
cache[key] = "stored"
print(cache[key])
bad_key = ["list", "key"]
print("storing with list key")
cache[bad_key] = "fails"
