# Lax-mode int: strings, floats with no fraction, bools and bytes become ints; the rest fail.
from pydantic import BaseModel, ValidationError


class Item(BaseModel):
    n: int


for value in ["1", " 12 ", "1_000", "-7", "1.0", 3.0, True, b"42", 10**30]:
    print(repr(value), "->", repr(Item(n=value).n))

for value in ["1.5", "abc", "1e3", 1.5, float("inf"), None, [1], ""]:
    try:
        Item(n=value)
    except ValidationError as e:
        print(e)
