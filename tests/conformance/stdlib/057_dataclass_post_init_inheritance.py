from dataclasses import dataclass, field, fields


@dataclass
class Rect:
    width: float
    height: float
    area: float = field(init=False)

    def __post_init__(self):
        if self.width < 0:
            raise ValueError("negative width")
        self.area = self.width * self.height


print(Rect(2, 3))
try:
    Rect(-1, 2)
except ValueError as e:
    print("ValueError", e)


@dataclass
class Animal:
    name: str
    sound: str = "..."

    def speak(self):
        return f"{self.name} says {self.sound}"


@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: list = field(default_factory=list)


d = Dog("rex", tricks=["sit"])
print(d, d.speak(), [f.name for f in fields(Dog)])
print(Animal("cat"), isinstance(d, Animal), Dog("a") == Animal("a", "woof"))


@dataclass
class Base:
    id: int

    def __post_init__(self):
        print("base post init", self.id)


@dataclass
class Child(Base):
    label: str = "x"


print(Child(7))
