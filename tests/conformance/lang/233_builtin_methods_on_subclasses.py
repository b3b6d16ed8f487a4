# A dict or list subclass that overrides an item method can still call the builtin one
# (dict.__setitem__(self, k, v) from its own __setitem__), and the builtin methods work
# on such instances when called through the type.


class Frozen(dict):
    def __setitem__(self, key, value):
        raise TypeError("frozen")

    def __delitem__(self, key):
        raise TypeError("frozen")

    def __getitem__(self, key):
        return "overridden"


f = Frozen(a=1)
dict.__setitem__(f, "b", 2)
print(sorted(dict.items(f)), dict.__getitem__(f, "b"), f["b"], dict.get(f, "a"))
dict.__delitem__(f, "a")
print(sorted(f.keys()), len(f))
try:
    f["c"] = 3
except TypeError as e:
    print("TypeError", e)
try:
    dict.__getitem__(f, "zzz")
except KeyError as e:
    print("KeyError", e)
try:
    dict.__delitem__(f, "zzz")
except KeyError as e:
    print("KeyError", e)


class Counting(dict):
    def __missing__(self, key):
        return 0


c = Counting()
print(dict.__getitem__(c, "x"), c["y"])


class Logged(list):
    def __setitem__(self, index, value):
        print("set", index, value)
        list.__setitem__(self, index, value)

    def __delitem__(self, index):
        print("del", index)
        list.__delitem__(self, index)

    def __getitem__(self, index):
        return ("got", list.__getitem__(self, index))

    def append(self, item):
        print("append", item)
        list.append(self, item)


items = Logged([1, 2, 3, 4])
items[0] = 10
del items[1]
items.append(5)
print(items[0], items[1:3], list(items))
del items[0:2]
list.__setitem__(items, slice(0, 1), [7, 8])
print(list(items), list.__getitem__(items, -1))
try:
    list.__delitem__(items, 10)
except IndexError as e:
    print("IndexError", e)
