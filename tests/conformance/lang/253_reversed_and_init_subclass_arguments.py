# reversed() over each kind of sequence it copies, and object.__init_subclass__'s
# argument errors, called directly and through a class statement.
print(list(reversed((1, 2, 3))))
print(list(reversed("abc")))
print(list(reversed(b"xyz")))
print(list(reversed({"a": 1, "b": 2})))
print(list(reversed({"a": 1, "b": 2}.values())))
print(list(reversed({"a": 1, "b": 2}.items())))
print(list(reversed(range(2, 11, 3))))
print(type(reversed((1,))).__name__, type(reversed([1])).__name__)


class Base:
    pass


for call in (
    lambda: object().__init_subclass__(1),
    lambda: Base.__init_subclass__(1, 2),
    lambda: Base.__init_subclass__(flag=True),
    lambda: object.__init_subclass__(),
):
    try:
        print("returned", call())
    except TypeError as e:
        print("TypeError:", e)

try:
    class Tagged(Base, tag="x"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Registry:
    seen = []

    def __init_subclass__(cls, /, tag=None, **rest):
        super().__init_subclass__(**rest)
        Registry.seen.append((cls.__name__, tag))


class One(Registry, tag="first"):
    pass


class Two(One):
    pass


print(Registry.seen)
try:
    class Three(Registry, tag="t", extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)
