# Builtins that consume an iterable (sum, min, max, sorted, any, all, list, tuple, set,
# str.join) give the same results and errors over generators, iterator classes and key
# functions as over lists; the traceback of an error inside the generator shows no builtin.
def gen(n):
    for i in range(n):
        yield i
print(sum(gen(10)), sum(gen(4), 100), sum((x/2 for x in range(5)), 0.5))
print(min(gen(5)), max(gen(5)), min([3,1,2], key=lambda x: -x), max("abc", key=ord))
print(min(gen(0), default="empty"), max([], default=None))
print(sorted(gen(5), reverse=True), sorted([3,1,2], key=lambda x: x % 2), sorted([(1,'b'),(1,'a'),(0,'c')], key=lambda p: p[0], reverse=True))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)), any(gen(0)), all(gen(0)))
print(list(gen(3)), tuple(gen(3)), set(gen(3)), list(map(str, gen(3))), "-".join(str(i) for i in range(4)))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(sum(It()), list(It()), sorted(It(), reverse=True))
try:
    max(x for x in [])
except ValueError as e:
    print("ValueError:", e)
try:
    sorted([1, "a"], key=lambda v: v)
except TypeError as e:
    print("TypeError:", e)
try:
    "".join(x for x in [1])
except TypeError as e:
    print("TypeError:", e)
def bad(x):
    return 1 / x
print(sum(bad(x) for x in [1, 0]))
