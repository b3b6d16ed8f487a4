# list.sort with a key: stable both ways, the list looks empty to the key function, a key
# that raises leaves the list as it was, a list changed during the sort gets its sorted
# items back and a ValueError, and subclasses sort as lists.
words = ["pear", "fig", "apple", "kiwi", "date", "plum", "banana"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)

seen = []
data = [3, 1, 2]


def peek(x):
    seen.append(len(data))
    return x


data.sort(key=peek)
print(data, seen)


def fussy(x):
    if x == 2:
        raise KeyError(x)
    return -x


nums = [5, 2, 9, 1]
try:
    nums.sort(key=fussy)
except KeyError as e:
    print("key raised", e, "list:", nums)


def meddle(x):
    data.append(x)
    return x


data = [3, 1, 2]
try:
    data.sort(key=meddle)
except ValueError as e:
    print(type(e).__name__, e, data)


class Names(list):
    def __setitem__(self, i, v):
        print("never called by sort")
        super().__setitem__(i, v)


n = Names(["b", "C", "a"])
n.sort(key=str.lower)
print(n, type(n).__name__)

pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
try:
    [1, "x"].sort(key=lambda v: v)
except TypeError as e:
    print("TypeError:", e)
empty = []
empty.sort(key=abs)
print(empty)
