print(1 + 2, "a" + "b", [1] + [2])
checks = [(1, "x"), ("x", 1), ([1], (1,)), (None, 1)]
for a, b in checks:
    try:
        a + b
    except TypeError as e:
        print("caught:", e)
try:
    "abc" * "d"
except TypeError as e:
    print("caught:", e)
try:
    {} - {}
except TypeError as e:
    print("caught:", e)
try:
    -"s"
except TypeError as e:
    print("caught:", e)
total = 0
for item in [1, 2, "three", 4]:
    print("adding", repr(item))
    total = total + item
print("unreached", total)
