# Fields are inherited and may be overridden; Annotated carries Field constraints.
from typing import Annotated, Optional

from pydantic import BaseModel, Field, ValidationError


class Base(BaseModel):
    id: int
    created: Optional[str] = None


class Child(Base):
    name: Annotated[str, Field(max_length=5)]
    id: str


print(list(Child.model_fields))
print(Child(id=7 if False else "7", name="abc"))
try:
    Child(id=1, name="too long")
except ValidationError as e:
    print(e)
print(Base(id="4"), isinstance(Child(id="x", name="y"), Base))
