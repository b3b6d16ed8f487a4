# dataclass options: order, frozen, eq=False, field() defaults and factories, repr and
# compare switches, kw_only, __post_init__, InitVar, replace, asdict, astuple, fields.
from dataclasses import InitVar, asdict, astuple, dataclass, field, fields, replace, FrozenInstanceError


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


print(sorted([Version(1, 2), Version(1, 0, 5), Version(0, 9)]))
print(Version(1, 2) < Version(1, 10), Version(2) == Version(2, 0, 0))


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float


c = Coord(1.5, 2.5)
try:
    c.lat = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(c) == hash(Coord(1.5, 2.5)), replace(c, lon=0.0))


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    secret: str = field(default="x", repr=False)
    count: int = field(default=0, compare=False)

    def __post_init__(self):
        self.count = len(self.items)


a = Inventory("a", ["x", "y"])
print(a, a.count)
print(a == Inventory("a", ["x", "y"], count=99))
print(asdict(a), astuple(a))
print([f.name for f in fields(Inventory)])


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1


print(Options(level=3))
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Account:
    owner: str
    password: InitVar[str]
    hashed: str = field(init=False)

    def __post_init__(self, password):
        self.hashed = password[::-1]


acct = Account("ann", "secret")
print(acct, fields(acct)[-1].name)


@dataclass(eq=False)
class Node:
    value: int


print(Node(1) == Node(1), Node(1).__eq__(Node(1)))

try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
