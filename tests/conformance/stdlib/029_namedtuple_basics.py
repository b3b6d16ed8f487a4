from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p.y, p[0], p[1], len(p))
x, y = p
print(x, y, p == (3, 4), p == Point(3, 4), tuple(p), list(p))
print(Point(x=1, y=2), Point(5, y=6), Point._fields, type(p).__name__)
Color = namedtuple("Color", "red green blue")
c = Color(255, 128, 0)
print(c, c._asdict(), sum(c), max(c), c.index(128), c.count(0))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), hash(p) == hash((3, 4)))
print(isinstance(p, tuple), Point._make([7, 8]), p[:1], p + (5,))
d = {p: "here"}
print(d[Point(3, 4)])
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError", e)
