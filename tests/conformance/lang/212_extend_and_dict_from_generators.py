# list.extend and dict() fed by generators: extend appends as it goes, so the generator
# sees the list grow; dict() takes pairs of any iterable kind and says which element was
# not a pair.
log = [1]


def lengths():
    yield len(log)
    yield len(log)


log.extend(lengths())
print(log)

squares = dict((n, n * n) for n in range(5))
print(squares)
print(dict(w for w in ["ab", "cd"]))
print(dict(zip("xyz", (i for i in range(3)))))
print(dict(x for x in []))


def bad_items():
    yield (1, 2)
    yield 3


def long_items():
    yield [1, 2]
    yield (1, 2, 3)


def failing():
    yield ("a", 1)
    raise LookupError("generator gave up")


for make in (bad_items, long_items, failing):
    try:
        dict(make())
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__ + ":", e)

chars = []
chars.extend(c.upper() for c in "abc")
chars.extend(iter(["d"]))
print(chars)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        while self.n:
            yield self.n
            self.n -= 1


nums = [0]
nums.extend(Countdown(3))
print(nums)
try:
    nums.extend(failing())
except LookupError as e:
    print("extend kept what came first:", nums, e)
