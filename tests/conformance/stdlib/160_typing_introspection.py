# get_origin/get_args on X | None and Annotated; get_type_hints evaluates string
# annotations and strips Annotated unless include_extras (what pydantic and FastAPI read).
import types
from typing import Annotated, List, Optional, Union, get_args, get_origin, get_type_hints


print(get_origin(int | None) is types.UnionType, get_args(int | str))
A = Annotated[int, "meta", 3]
print(get_origin(A) is Annotated, get_args(A), A.__metadata__)
print(get_origin(Optional[A]) is Union, get_args(List[A]))


class Base:
    id: "int"
    tags: List[str]


class Child(Base):
    name: Annotated[str, "label"]
    parent: "Optional[Child]" = None
    nothing: None = None


print(get_type_hints(Child))
print(get_type_hints(Child, include_extras=True))


def handler(user_id: "int", q: Annotated[Optional[str], "query"] = None) -> "List[int]":
    return []


print(get_type_hints(handler))
print(get_type_hints(handler, include_extras=True))
print(get_type_hints(lambda: None), get_type_hints(Base))
