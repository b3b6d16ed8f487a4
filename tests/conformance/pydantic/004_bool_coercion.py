# Lax-mode bool: pydantic's words for true and false, 0 and 1; anything else fails.
from pydantic import BaseModel, ValidationError


class Flag(BaseModel):
    on: bool


for value in [True, False, 1, 0, 1.0, 0.0, "true", "FALSE", "yes", "no", "on", "off",
              "t", "f", "y", "n", "1", "0"]:
    print(repr(value), "->", Flag(on=value).on)

for value in [2, -1, "maybe", "", 0.5, None, [True]]:
    try:
        Flag(on=value)
    except ValidationError as e:
        err = e.errors()[0]
        print(repr(value), err["type"], "|", err["msg"])
