from dataclasses import dataclass, field


@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict)
    count: int = 0
    secret: str = field(default="hidden", repr=False)
    cached: int = field(default=0, compare=False)


a = Inventory("ann")
b = Inventory("bob")
a.items.append("sword")
print(a, b)
print(a.items is b.items, a.secret)
print(Inventory("x", cached=1) == Inventory("x", cached=2))


@dataclass
class Counter:
    start: int = 0
    history: list = field(default_factory=lambda: ["created"])
    computed: int = field(init=False, default=-1)


c = Counter(5)
print(c, c.computed)
try:
    Counter(1, [], 3)
except TypeError as e:
    print("TypeError", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class Bad:
        values: list = []
except ValueError as e:
    print("ValueError", e)
