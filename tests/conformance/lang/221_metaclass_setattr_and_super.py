# A metaclass __setattr__ guards class attributes (super().__setattr__ stores), zero-argument
# super() and __class__ in classes made by a metaclass, singletons through __call__, and
# metaclass keyword arguments with a class decorator on top.
class Frozen(type):
    def __setattr__(cls, name, value):
        if name.startswith("_"):
            super().__setattr__(name, value)
        else:
            raise AttributeError(f"{cls.__name__} is frozen: {name}")

class Settings(metaclass=Frozen):
    debug = False
try:
    Settings.debug = True
except AttributeError as e:
    print("AttributeError:", e)
Settings._cache = 1
print(Settings.debug, Settings._cache)

class WithSuper(metaclass=Frozen):
    def greet(self):
        return "hi from " + __class__.__name__
class Child(WithSuper):
    def greet(self):
        return super().greet() + " via child"
print(Child().greet())


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in Singleton._instances:
            Singleton._instances[cls] = super().__call__(*args, **kwargs)
        return Singleton._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, **values):
        print("Config init", sorted(values))
        self.values = values


class Logger(metaclass=Singleton):
    pass


a = Config(level=1)
b = Config(level=2)
print(a is b, b.values, Logger() is Logger(), len(Singleton._instances))


class Tagged(type):
    def __new__(mcls, name, bases, ns, tag="none", **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.tag = tag
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


def shout(cls):
    cls.loud = cls.tag.upper()
    return cls


@shout
class Item(metaclass=Tagged, tag="item"):
    pass


@shout
class Thing(Item):
    pass


print(Item.tag, Item.loud, Thing.tag, Thing.loud, type(Thing).__name__)
