# Properties: getter/setter/deleter, validation, read-only errors, inheritance and
# overriding, cached values, and __slots__ with properties.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)


class Shape:
    @property
    def area(self):
        return 0

    @property
    def name(self):
        return type(self).__name__.lower()


class Square(Shape):
    def __init__(self, side):
        self.side = side

    @property
    def area(self):
        return self.side ** 2


s = Square(3)
print(s.name, s.area, Shape().area)


class Point:
    __slots__ = ("_x", "_y")

    def __init__(self, x, y):
        self._x, self._y = x, y

    x = property(lambda self: self._x, doc="the x coordinate")

    @property
    def y(self):
        return self._y


p = Point(1, 2)
print(p.x, p.y, Point.x.__doc__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
