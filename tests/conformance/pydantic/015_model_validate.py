# model_validate on dicts, instances and wrong types; model_construct skips validation.
from pydantic import BaseModel, ValidationError


class Pair(BaseModel):
    left: int
    right: int = 0


p = Pair.model_validate({"left": "3"})
print(p, Pair.model_validate(p) is p)
for bad in [3, "x", [("left", 1)], None, {"left": "l", "right": "r"}]:
    try:
        Pair.model_validate(bad)
    except ValidationError as e:
        print(e)
        print(e.errors(include_url=False))
print(repr(Pair.model_construct(left="not checked")))
