def numbers(limit):
    n = 1
    while n <= limit:
        yield n
        n += 1


def evens(src):
    for v in src:
        if v % 2 == 0:
            yield v


def squares(src):
    for v in src:
        yield v * v


def take(n, src):
    for i, v in enumerate(src):
        if i >= n:
            return
        yield v


print(list(squares(evens(numbers(20)))))
print(list(take(3, squares(numbers(100)))))


def windows(seq, size):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)


print(list(windows(range(6), 3)))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        k = self.n
        while k > 0:
            yield k
            k -= 1


c = Countdown(4)
print(list(c), list(c))
print(sum(Countdown(10)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "exhausted"))
