class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return "animal"


class Cat(Animal):
    sound = "meow"


class Lion(Cat):
    sound = "roar"

    def kind(self):
        return "big " + super().kind()


class Fish(Animal):
    def speak(self):
        return f"{self.name} is silent"


for a in [Animal("generic"), Cat("Tom"), Lion("Leo"), Fish("Nemo")]:
    print(a.speak(), "/", a.kind())

print(issubclass(Lion, Cat), issubclass(Lion, Animal), issubclass(Cat, Lion))
print(isinstance(Lion("x"), Animal))
print([c.__name__ for c in Lion.__mro__])
print(Lion.__bases__[0].__name__)


class Base:
    def template(self):
        return "[" + self.hook() + "]"

    def hook(self):
        return "base"


class Derived(Base):
    def hook(self):
        return "derived"


print(Base().template(), Derived().template())
print(Cat.sound, Lion.sound, "sound" in Lion.__dict__, "speak" in Cat.__dict__)
