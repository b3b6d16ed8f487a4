# model_copy: shallow by default, deep on request, `update` without validation.
from pydantic import BaseModel


class Settings(BaseModel):
    name: str
    values: list[int] = []


s = Settings(name="base", values=[1, 2])
c = s.model_copy()
d = s.model_copy(deep=True)
u = s.model_copy(update={"name": "changed"})
s.values.append(3)
print(s, "|", c, "|", d, "|", u)
print(u.model_fields_set == {"name", "values"}, c == s, d == s)
