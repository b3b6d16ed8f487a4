# ConfigDict basics: frozen, str_strip_whitespace, str_to_lower, populate_by_name.
from pydantic import BaseModel, ConfigDict, Field, ValidationError


class Point(BaseModel):
    model_config = ConfigDict(frozen=True)
    x: int
    y: int


p = Point(x=1, y=2)
try:
    p.x = 5
except ValidationError as e:
    print(e)
print(hash(p) == hash(Point(x=1, y=2)), p == Point(x=1, y=2))
print(len({p, Point(x=1, y=2), Point(x=2, y=1)}))


class Name(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, str_to_lower=True)
    first: str
    tags: list[str] = []


print(Name(first="  ADA  ", tags=[" X ", "Yy"]))


class Aliased(BaseModel):
    model_config = ConfigDict(populate_by_name=True)
    user_id: int = Field(alias="userId")


print(Aliased(userId=1), Aliased(user_id=2), Aliased(user_id=3).model_dump(by_alias=True))


class Plain(BaseModel):
    count: int


try:
    Plain(count=1).other = 2
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(Plain(count=1))
except TypeError as e:
    print(e)
