class Base:
    def __init__(self, **kw):
        print("Base init, leftover", sorted(kw))
        self.base = True


class Named(Base):
    def __init__(self, name, **kw):
        print("Named init", name)
        self.name = name
        super().__init__(**kw)


class Aged(Base):
    def __init__(self, age, **kw):
        print("Aged init", age)
        self.age = age
        super().__init__(**kw)


class Person(Named, Aged):
    def __init__(self, **kw):
        print("Person init")
        super().__init__(**kw)


p = Person(name="Ann", age=30, extra=1)
print(p.name, p.age, p.base)


class Parent:
    def greet(self):
        return "parent greet"

    @classmethod
    def make(cls):
        return "made " + cls.__name__


class Child(Parent):
    def greet(self):
        return "child + " + super().greet()

    @classmethod
    def make(cls):
        return "child " + super().make()

    def explicit(self):
        return super(Child, self).greet()


c = Child()
print(c.greet())
print(Child.make())
print(c.explicit())
print(super(Child, c).greet())
