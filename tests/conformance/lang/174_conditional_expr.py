for n in [-2, 0, 3]:
    print(n, "positive" if n > 0 else "zero" if n == 0 else "negative")
x = 7
label = "odd" if x % 2 else "even"
print(label)
print([("fizz" if i % 3 == 0 else "") + ("buzz" if i % 5 == 0 else "") or str(i) for i in range(1, 16)])
calls = []


def side(tag, val):
    calls.append(tag)
    return val


r = side("a", 1) if side("cond", False) else side("b", 2)
print(r, calls)
f = (lambda: "yes") if x else (lambda: "no")
print(f())
print((1 if True else 2) + 10, 1 if False else 2 + 10)
print(max(3, 4) if x > 5 else min(3, 4))
value = None
print(value if value is not None else "default")
print("a" if "" else "b", "c" if [0] else "d")
