# Missing fields, and extra inputs under extra='ignore' (the default), 'forbid' and 'allow'.
from pydantic import BaseModel, ConfigDict, ValidationError


class Plain(BaseModel):
    a: int
    b: str


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")
    a: int


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")
    a: int


try:
    Plain()
except ValidationError as e:
    print(e)
print(Plain(a=1, b="x", c=3))
try:
    Strict(a="x", b=1, c=[2])
except ValidationError as e:
    print(e)
o = Open(a=1, b=2, c="three")
print(repr(o), o.b, o.model_extra)
print(o.model_dump(), o.model_fields_set == {"a", "b", "c"})
