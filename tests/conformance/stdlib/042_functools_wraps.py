import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(2, 3))
print(add.__name__, add.__doc__, add.__qualname__, add.__module__, add.__wrapped__.__name__)


def plain(func):
    def wrapper(*args):
        return func(*args)
    return wrapper


@plain
def mul(a, b):
    """Multiply."""
    return a * b


print(mul.__name__, mul.__doc__)


def repeat(n):
    def deco(func):
        @functools.wraps(func)
        def inner(*args):
            return [func(*args) for _ in range(n)]
        return inner
    return deco


@repeat(3)
def hello(name):
    return f"hi {name}"


print(hello("x"), hello.__name__)


def tagged(f):
    f.tag = "special"
    return f


@logged
@tagged
def g():
    return 1


print(g.tag, g())
def target():
    pass
def shell():
    pass
functools.update_wrapper(shell, target)
print(shell.__name__, shell.__wrapped__ is target, functools.WRAPPER_ASSIGNMENTS)
