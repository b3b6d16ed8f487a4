square = lambda x: x * x
print(square(7))

add = lambda a, b=10: a + b
print(add(1), add(1, 2))

print((lambda: "no args")())
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4))

pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))

fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])

compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))

print(list(map(lambda s: s[::-1], ["abc", "xy"])))
print(list(filter(lambda n: n % 3 == 0, range(15))))

f = lambda: None
print(f.__name__, f())

cond = lambda n: "even" if n % 2 == 0 else "odd"
print([cond(n) for n in range(4)])

kwonly = lambda a, *, b: a - b
print(kwonly(10, b=3))

nested = lambda x: (lambda y: x * y)
print(nested(3)(4))
