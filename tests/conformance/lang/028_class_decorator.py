registry = {}

def register(cls):
    registry[cls.__name__] = cls
    return cls

def add_greeting(cls):
    def greet(self):
        return "hello from " + type(self).__name__
    cls.greet = greet
    return cls

def with_tag(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco

@register
@add_greeting
@with_tag("special")
class Widget:
    def __init__(self, n):
        self.n = n

@register
class Gadget:
    pass

print(sorted(registry))
w = Widget(3)
print(w.greet(), w.tag, w.n)
print(registry["Widget"] is Widget)

def singleton(cls):
    instances = []

    def get():
        if not instances:
            instances.append(cls())
        return instances[0]
    return get

@singleton
class Config:
    def __init__(self):
        print("Config created")
        self.value = 1

a = Config()
b = Config()
print(a is b, a.value)
