# dataclass(slots=True): the class is remade with __slots__ of its fields, so instances
# have no __dict__ and reject other attributes.
from dataclasses import dataclass, field, fields
@dataclass(slots=True)
class P:
    x: int
    y: int = 2
    z: list = field(default_factory=list)
p = P(1)
print(p, P.__slots__, [f.name for f in fields(P)], P.__qualname__)
try:
    p.w = 3
except AttributeError as e:
    print(e)
p.x = 5
print(p, p == P(5), hasattr(p, "__dict__"))
@dataclass(slots=True, frozen=True, order=True)
class F:
    a: int
print(F(1) < F(2), F(3))
