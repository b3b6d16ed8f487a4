class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Circle:
    def __init__(self, center, r):
        self.center = center
        self.r = r


def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=x, y=0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case Circle(center=Point(x=cx, y=cy), r=r):
            return f"circle at {cx},{cy} r={r}"
        case int(n) | float(n):
            return f"number {n}"
        case str(s):
            return f"string {s!r}"
        case [Point(x=a), Point(x=b)]:
            return f"two points x={a},{b}"
    return "unknown"


print(where(Point(0, 0)))
print(where(Point(0, 5)))
print(where(Point(7, 0)))
print(where(Point(3, 3)))
print(where(Point(1, 2)))
print(where(Circle(Point(1, 1), 9)))
print(where(4))
print(where(2.5))
print(where("hi"))
print(where([Point(1, 2), Point(3, 4)]))
print(where(None))

match True:
    case bool(b):
        print("bool", b)
