from dataclasses import dataclass, field, KW_ONLY, InitVar
from typing import ClassVar


@dataclass
class Config:
    name: str
    _: KW_ONLY
    debug: bool = False
    level: int = 1


print(Config("app"), Config("app", debug=True, level=3))
try:
    Config("app", True)
except TypeError as e:
    print("TypeError", e)


@dataclass
class Scaled:
    value: float
    factor: InitVar[float] = 2.0
    instances: ClassVar[int] = 0

    def __post_init__(self, factor):
        self.value *= factor
        Scaled.instances += 1


print(Scaled(3), Scaled(3, 10), Scaled.instances)


@dataclass(kw_only=True)
class Opts:
    a: int
    b: int = 2


print(Opts(a=1), Opts(b=5, a=0))


@dataclass
class Mixed:
    x: int
    y: int = field(kw_only=True, default=0)
    z: int = 9


print(Mixed(1), Mixed(1, 2, y=3))
