# An uncaught metaclass conflict: two unrelated metaclasses among the bases.
class OrderedMeta(type):
    pass


class TracedMeta(type):
    def __new__(mcls, name, bases, ns):
        print("tracing", name)
        return super().__new__(mcls, name, bases, ns)


class Ordered(metaclass=OrderedMeta):
    pass


class Traced(metaclass=TracedMeta):
    pass


print(type(Ordered).__name__, type(Traced).__name__)


class Both(Ordered, Traced):
    pass


print("not reached")
