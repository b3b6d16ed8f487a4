from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(isinstance(Color.RED, Color), Color.RED == Color.RED, Color.RED != Color.BLUE, Color.RED == 1)
print(Color.RED is Color(1), type(Color.RED).__name__, Color.__name__)
print({Color.RED: "stop", Color.GREEN: "go"}[Color.GREEN])
print(f"{Color.BLUE}", str(Color.BLUE), format(Color.RED), f"{Color.RED.name.lower()}")
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError", e)
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    def label(self):
        return self.value.title()

    @classmethod
    def default(cls):
        return cls.ACTIVE


print(Status("inactive"), Status.ACTIVE.label(), Status.default())
