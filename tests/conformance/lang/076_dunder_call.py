class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (self.n + x + sum(rest)) * scale


add5 = Adder(5)
print(add5(1))
print(add5(1, 2, 3))
print(add5(1, scale=10))
print(add5.calls)
print(callable(add5), callable(Adder), callable(5))
print(list(map(Adder(100), [1, 2, 3])))


class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.f(n)
        return self.cache[n]


@Memo
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(20))
print(len(fact.cache))
print(type(fact).__name__)
try:
    Adder(1)()
except TypeError as e:
    print("TypeError:", e)


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
