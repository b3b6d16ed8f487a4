from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area()} perimeter={self.perimeter()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class Circleish(Shape):
    def area(self):
        return 3

    @property
    def name(self):
        return "circle"


print(Square(3).describe(), isinstance(Square(1), Shape), issubclass(Square, ABC))
for cls in [Shape, Circleish]:
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__))


class Plugin(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    def create(cls):
        return cls()


class Hello(Plugin):
    name = "hello"


print(Hello.create().name)
try:
    Plugin.create()
except TypeError as e:
    print("TypeError", e)
