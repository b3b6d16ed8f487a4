s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step)
data = list(range(10))
print(data[s], "abcdefghij"[s])
print(slice(5), slice(None, 5), slice(2, None))
print(data[slice(5)], data[slice(-3, None)], data[slice(None, None, -1)])
print(slice(1, 10, 3).indices(5), slice(None, None, -1).indices(4), slice(-2, None).indices(6))
print(s == slice(1, 8, 2), s == slice(1, 8))
print(range(*slice(2, 7).indices(4)))


class Recorder:
    def __getitem__(self, key):
        return key


r = Recorder()
print(r[1:2], r[::3], r[:], r[1:2, ::], r[...], r[1, 2])
print(type(r[0:1]).__name__)
first_three = slice(0, 3)
rest = slice(3, None)
row = ["id", "name", "age", "x", "y"]
print(row[first_three], row[rest])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
print(slice("a", "b").start, repr(slice(None)))
