from enum import Enum, IntEnum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    ALIAS = 1


print(list(Color), len(Color), Color.RED in Color)
for c in Color:
    print(c.name, c.value)
print(Color, Color.__members__)
print([c.name for c in reversed(Color)], {c.name: c.value for c in Color})
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)


class Level(IntEnum):
    DEBUG = 10
    INFO = 20


print(sum(Level), [lvl for lvl in Level if lvl >= 15])
