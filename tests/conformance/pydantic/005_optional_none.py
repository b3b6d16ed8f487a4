# Optional[X], X | None and None fields: None passes, anything else is validated as X.
from typing import Optional

from pydantic import BaseModel, ValidationError


class Profile(BaseModel):
    nickname: Optional[str] = None
    age: int | None = None
    score: Optional[float]
    nothing: None = None


print(Profile(score=None))
print(Profile(nickname="ada", age="36", score="9.5"))
print(Profile(score=1).model_dump())
try:
    Profile(age="old", nothing=0)
except ValidationError as e:
    print(e)
    print(e.error_count())
