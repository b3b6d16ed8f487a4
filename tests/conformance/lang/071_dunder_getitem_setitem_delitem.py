class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __getitem__(self, key):
        print("  get", key)
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("out of grid")
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        print("  set", key, value)
        self.cells[key] = value

    def __delitem__(self, key):
        print("  del", key)
        del self.cells[key]


g = Grid(3, 3)
g[1, 1] = "X"
print(g[1, 1], g[0, 0])
print(g[1:5:2])
print(g[::])
del g[1, 1]
print(g[1, 1])
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    del g[0, 2]
except KeyError as e:
    print("KeyError:", e)
g[0, 0] = 1
g[0, 0] += 5
print(g.cells)


class Squares:
    def __getitem__(self, i):
        return i * i


s = Squares()
print(s[4], s[-3])
try:
    s[1] = 2
except TypeError as e:
    print("TypeError:", e)
