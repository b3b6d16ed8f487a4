x = "global x"
result = [x for x in range(3)]
print(result, x)

y = 10
print([y + i for i in range(3)])


class C:
    base = 5
    values = [i for i in range(3)]
    try:
        failing = [base + i for i in range(3)]
    except NameError as e:
        err = str(e)
    first = [base for _ in range(1)] if False else None
    outer_iter = [v * 2 for v in range(base)]


print(C.values, C.err, C.outer_iter)


def f():
    k = 100
    return [k + n for n in range(2)]


print(f())

i = "untouched"
g = (i for i in range(3))
print(list(g), i)

funcs = [lambda: n for n in range(3)]
print([fn() for fn in funcs])

nums = [1, 2, 3]
print([n for n in nums if n not in [m for m in nums if m > 1]])
