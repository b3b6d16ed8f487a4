def trace(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        result = func(*args, **kwargs)
        print("result", result)
        return result
    return wrapper


@trace
def add(a, b):
    return a + b


@trace
def greet(name, punct="!"):
    return "hi " + name + punct


add(2, 3)
greet("bob", punct="?")
print(add.__name__)


def register(registry):
    def deco(f):
        registry.append(f.__name__)
        return f
    return deco


names = []


@register(names)
def alpha():
    return "a"


@register(names)
def beta():
    return "b"


print(names, alpha(), beta())


def replace_with_value(f):
    return 42


@replace_with_value
def gone():
    pass


print(gone)
