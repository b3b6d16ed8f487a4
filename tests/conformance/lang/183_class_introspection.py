class Animal:
    legs = 4

    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."


class Bird(Animal):
    legs = 2


b = Bird("tweety")
print(b.__class__.__name__, b.__class__ is Bird, Bird.__base__.__name__)
print(b.__dict__, "legs" in Bird.__dict__, "speak" in Bird.__dict__)
print(sorted(k for k in Animal.__dict__ if not k.startswith("__")))
print(Bird.__name__, Bird.__qualname__, Bird.__bases__ == (Animal,))
print([c.__name__ for c in Bird.__mro__])
print(type(b).legs, b.legs, Animal.legs)
print(callable(Animal.speak), Animal.speak(b), b.speak.__self__ is b)
print(b.speak.__func__ is Animal.speak)
print([name for name in dir(b) if not name.startswith("_")])
print(type(Animal), type(Animal) is type, isinstance(Bird, type))
print(Animal.__init__.__name__, Animal.__init__.__code__.co_varnames[:2])
print(object.__name__, object.__bases__, int.__mro__ == (int, object))
