def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def get():
        return count

    def reset():
        nonlocal count
        count = start

    return inc, get, reset


inc, get, reset = make_counter()
print(inc(), inc(), inc(), get())
reset()
print(get(), inc())

inc2, get2, _ = make_counter(100, -10)
print(inc2(), inc2(), get2())
print(get(), "independent")


def make_accumulator():
    history = []

    def add(x):
        history.append(x)
        return sum(history)

    add.history = history
    return add


acc = make_accumulator()
print(acc(1), acc(2), acc(3), acc.history)


def fib_gen_closure():
    a, b = 0, 1

    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r

    return nxt


nx = fib_gen_closure()
print([nx() for _ in range(10)])
print(inc.__code__.co_freevars)
