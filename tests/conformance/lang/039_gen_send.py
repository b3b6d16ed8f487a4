def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
print(acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)

g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)


def averager():
    count = 0
    total = 0.0
    avg = None
    while True:
        x = yield avg
        count += 1
        total += x
        avg = total / count


a = averager()
a.send(None)
for v in [10, 20, 30, 40]:
    print(a.send(v))


def sender():
    received = []
    for i in range(3):
        r = yield i
        received.append(r)
    yield received


s = sender()
print(next(s), s.send("x"), s.send("y"), s.send("z"))
