# Metaclass methods work on the class: iteration, len, `in`, subscription, repr, str, bool,
# a property, a plain method and __getattr__, none of them visible on instances.
class Registry(type):
    def __iter__(cls):
        return iter(sorted(cls._items))
    def __len__(cls):
        return len(cls._items)
    def __contains__(cls, item):
        return item in cls._items
    def __getitem__(cls, key):
        return cls._items[key]
    def __repr__(cls):
        return f"<registry {cls.__name__} of {len(cls)}>"
    def __str__(cls):
        return f"Registry:{cls.__name__}"
    def __bool__(cls):
        return bool(cls._items)
    @property
    def size(cls):
        return len(cls._items)
    def describe(cls):
        return f"{cls.__name__} with {sorted(cls._items)}"
    def __getattr__(cls, name):
        if name.startswith("get_"):
            return cls._items.get(name[4:], "?")
        raise AttributeError(name)

class Colors(metaclass=Registry):
    _items = {"red": 1, "green": 2}

class Empty(metaclass=Registry):
    _items = {}

print(list(Colors), len(Colors), "red" in Colors, "blue" in Colors, Colors["green"])
print(repr(Colors), str(Colors), f"{Colors}", [Colors])
print(bool(Colors), bool(Empty), "yes" if Empty else "no")
print(Colors.size, Colors.describe(), Colors.get_red, Colors.get_blue)
try:
    Colors.missing
except AttributeError as e:
    print("AttributeError:", e)
inst = Colors()
print(hasattr(inst, "describe"), hasattr(inst, "size"))
try:
    Colors.size = 5
except AttributeError as e:
    print("AttributeError:", e)
