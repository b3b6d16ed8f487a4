from enum import Enum, IntEnum, StrEnum, auto, unique


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.HIGH, repr(Priority.LOW), Priority.MEDIUM + 1, Priority.HIGH > Priority.LOW)
print(Priority(2), Priority.LOW == 1, f"{Priority.HIGH}", str(Priority.MEDIUM), int(Priority.HIGH))
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority.LOW, Priority.HIGH))
print(isinstance(Priority.LOW, int), ["a", "b", "c", "d"][Priority.HIGH])


class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    LAST = 10
    AFTER = auto()


print(Step.FIRST.value, Step.SECOND.value, Step.AFTER.value, repr(Step.AFTER))


class Method(StrEnum):
    GET = auto()
    POST = auto()
    CUSTOM = "custom-verb"


print(Method.GET, repr(Method.POST), Method.GET == "get", Method.CUSTOM.upper(), f"{Method.POST}")
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", str(e).split(" in ")[0])


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 2), Planet.MERCURY.radius)
