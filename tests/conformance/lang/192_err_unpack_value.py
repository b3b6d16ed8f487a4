pairs = [("a", 1), ("b", 2), ("c", 3, "extra")]
for name, value in pairs[:2]:
    print(name, value)
try:
    x, y = "abc"
except ValueError as e:
    print("caught:", e)
try:
    x, y, z = [1]
except ValueError as e:
    print("caught:", e)
first, *others = pairs[2]
print(first, others)
for name, value in pairs:
    print("unpacked", name, value)
