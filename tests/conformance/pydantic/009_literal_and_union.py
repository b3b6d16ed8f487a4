# Literal and Union in smart mode: exact type matches win, then the first lax match.
from typing import Literal, Union

from pydantic import BaseModel, ValidationError


class Pet(BaseModel):
    kind: Literal["cat", "dog"]
    size: Literal[1, 2, 3] = 1


class Box(BaseModel):
    value: Union[int, str]
    other: Union[int, list[int], Pet] = 0


print(Pet(kind="cat", size=2))
print(Box(value="1"), Box(value=1), Box(value=1.0), Box(value=True))
print(Box(value=0, other=["1", 2]), Box(value=0, other="3"), Box(value=0, other={"kind": "dog"}))
for kwargs in [{"kind": "bird"}, {"kind": "cat", "size": "2"}, {"kind": "cat", "size": 4}]:
    try:
        Pet(**kwargs)
    except ValidationError as e:
        print(e)
for kwargs in [{"value": None}, {"value": 2.5}, {"value": [1]}, {"value": 1, "other": "x"}]:
    try:
        Box(**kwargs)
    except ValidationError as e:
        print(e)
