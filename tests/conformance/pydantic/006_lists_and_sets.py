# list[X], List[X] and set[X]: items are validated one by one, errors name their index.
from typing import List

from pydantic import BaseModel, ValidationError


class Basket(BaseModel):
    counts: list[int] = []
    names: List[str] = []
    tags: set[int] = set()


print(Basket(counts=("1", 2, 3.0), names=["a", b"b"], tags=[3, 3, "1"]))
print(Basket(counts={5}, tags=(1,)).model_dump())
for kwargs in [{"counts": [1, "x", None, 4.5]}, {"counts": "123"}, {"names": {"a": 1}},
               {"tags": "abc"}, {"tags": [1, "y"]}, {"counts": None}]:
    try:
        Basket(**kwargs)
    except ValidationError as e:
        print(e)
