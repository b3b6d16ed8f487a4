# Metaclasses: __new__ and __init__ of a metaclass, a registry, __call__ for a singleton,
# and keyword arguments in the class statement.
registry = {}


class Registered(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace)
        cls.tag = kwargs.get("tag", name.lower())
        registry[cls.tag] = cls
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)
        print("init", name, sorted(k for k in namespace if not k.startswith("__")))


class Plugin(metaclass=Registered):
    def run(self):
        return f"running {self.tag}"


class Csv(Plugin, tag="csv"):
    pass


class Json(Plugin):
    pass


print(sorted(registry))
print(type(Csv).__name__, isinstance(Csv, Registered), Csv().run(), Json().run())


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value):
        print("Config created with", value)
        self.value = value


a = Config(1)
b = Config(2)
print(a is b, b.value)

Dynamic = type("Dynamic", (object,), {"x": 5, "double": lambda self: self.x * 2})
print(Dynamic.__name__, Dynamic().double(), type(Dynamic) is type)


class Meta(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"

    @property
    def label(cls):
        return cls.__name__.upper()


class Thing(metaclass=Meta):
    pass


print(repr(Thing), Thing.label)
