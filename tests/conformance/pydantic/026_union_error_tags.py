# A union's errors: one per member, each under the member's tag in the location.
from typing import Literal, Optional, Union

from pydantic import BaseModel, ValidationError


class Sub(BaseModel):
    a: int


class Many(BaseModel):
    u: Union[Literal["a", "b"], dict[str, int], tuple[int, ...], tuple[int, str], set[int],
             float, bool, bytes, Optional[Sub], list[Optional[int]]]


class Opaque:
    def __repr__(self):
        return "Opaque()"


try:
    Many(u=Opaque())
except ValidationError as e:
    print(e)
    print([err["loc"] for err in e.errors()])
print(Many(u="a"), Many(u=None), Many(u={"a": 1}), Many(u=[1, None]), Many(u=b"x"))
