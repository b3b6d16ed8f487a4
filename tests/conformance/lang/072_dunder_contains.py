class Interval:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __contains__(self, x):
        print("  checking", x)
        return self.lo <= x < self.hi


iv = Interval(0, 10)
print(5 in iv)
print(10 in iv)
print(-1 not in iv)


class Truthy:
    def __contains__(self, x):
        return "yes"


print(1 in Truthy())


class IterOnly:
    def __iter__(self):
        print("  iterating")
        return iter([1, 2, 3])


print(2 in IterOnly(), 9 in IterOnly())
print("ell" in "hello", "" in "abc", "x" not in "abc")
print(2 in [1, 2], 2 in (1,), 2 in {2: "v"}, "v" in {2: "v"})
print(3 in range(0, 10, 3), 4 in range(0, 10, 3))
print(b"b" in b"abc", 98 in b"abc")
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
nan = float("nan")
print(nan in [nan], nan == nan)
