class Upper(str):
    def __new__(cls, value):
        print("__new__ called with", value)
        return super().__new__(cls, value.upper())

    def __init__(self, value):
        print("__init__ called with", value)

u = Upper("hello")
print(u, type(u).__name__, isinstance(u, str), u + "!")

class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            print("creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance

a = Singleton()
b = Singleton()
print(a is b)

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

p = Point(3, 4)
print(p, p.x, len(p), p == (3, 4))

class NotInit:
    def __new__(cls, v):
        return "not an instance"

    def __init__(self, v):
        print("never runs")

print(NotInit(1))

class Positive(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)

print(Positive(5) + 1)
try:
    Positive(-1)
except ValueError as e:
    print("ValueError:", e)
