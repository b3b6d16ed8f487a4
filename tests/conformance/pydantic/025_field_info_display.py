# model_fields: each FieldInfo's str and repr, annotations as pydantic displays them.
from typing import Any, Dict, List, Literal, Optional, Tuple, Union

from pydantic import BaseModel, Field


class Sub(BaseModel):
    a: int


class Everything(BaseModel):
    a: Optional[int] = None
    b: dict[str, int] = {}
    c: Dict[str, int] = Field(default_factory=dict)
    d: Optional[List[int]] = None
    e: Literal["x", 1] = "x"
    f: tuple[int, ...] = ()
    g: Tuple[int, str] = (1, "a")
    h: Any = None
    i: Union[int, str, Sub] = 1
    k: set[str] = Field(default_factory=set, min_length=0)
    l: float = Field(1.0, gt=0, title="L", examples=[1.5])
    n: None = None
    o: list = []
    p: Union[int, list[Sub]] = Field(0, alias="P", description="either")
    q: Sub


for name, info in Everything.model_fields.items():
    print(name, info)
print(repr(Everything.model_fields["p"]))
print(repr(Everything.model_fields["q"]))
