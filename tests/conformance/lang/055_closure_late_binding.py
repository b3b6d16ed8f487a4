funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])

funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])


def make_multipliers():
    return [lambda x: x * k for k in range(4)]


print([m(10) for m in make_multipliers()])


def make_bound():
    def bind(k):
        return lambda x: x * k
    return [bind(k) for k in range(4)]


print([m(10) for m in make_bound()])


def outer():
    v = "first"
    get = lambda: v
    v = "second"
    return get


print(outer()())


def capture_loop():
    out = []
    for n in range(3):
        def show():
            return n
        out.append(show)
    n = "after loop"
    return [f() for f in out]


print(capture_loop())
print(make_bound()[2].__closure__[0].cell_contents)
