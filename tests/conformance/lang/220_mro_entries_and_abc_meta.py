# __mro_entries__ replaces a non-class base (and __orig_bases__ keeps what was written);
# ABCMeta as a real metaclass: abstract methods, __subclasshook__ and register().
class Alias:
    def __init__(self, *targets):
        self.targets = targets
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return self.targets

class Base1:
    def hello(self): return "base1"
class Base2:
    def bye(self): return "base2"

class Combined(Alias(Base1, Base2)):
    pass
print([c.__name__ for c in Combined.__mro__], Combined().hello(), Combined().bye())
print(type(Combined.__orig_bases__[0]).__name__, Combined.__bases__ == (Base1, Base2))

class Dropped(Alias(), Base1):
    pass
print([c.__name__ for c in Dropped.__mro__])

class Bad:
    def __mro_entries__(self, bases):
        return [Base1]
try:
    class X(Bad()): pass
except TypeError as e:
    print("TypeError:", e)

from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    def describe(self):
        return f"{type(self).__name__} of area {self.area()}"

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2

try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print(Square(3).describe(), type(Shape).__name__, isinstance(Shape, ABCMeta))

class Proto(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if any("speak" in k.__dict__ for k in C.__mro__):
            return True
        return NotImplemented

class Dog:
    def speak(self): return "woof"
print(isinstance(Dog(), Proto), issubclass(int, Proto))
Proto.register(int)
print(issubclass(int, Proto), isinstance(5, Proto))
