class Dog:
    species = "canine"

    def __init__(self, name, age):
        self.name = name
        self.age = age

    def describe(self):
        return f"{self.name} is {self.age}"

    def birthday(self):
        self.age += 1
        return self


d = Dog("Rex", 3)
print(d.describe())
print(d.birthday().birthday().describe())
print(d.species, Dog.species)
print(type(d).__name__, Dog.__name__)
print(isinstance(d, Dog), isinstance(d, object))
print(Dog.describe(d))
m = d.describe
print(m())
print(sorted(vars(d).items()))


class Empty:
    pass


e = Empty()
e.dynamic = 42
print(e.dynamic)
print(Empty.__name__, Empty.__bases__[0].__name__)


class WithDoc:
    """A docstring."""

    def method(self):
        "method doc"
        return 1


print(WithDoc.__doc__, WithDoc.method.__doc__)
print(Dog.__qualname__, Dog.describe.__qualname__)
