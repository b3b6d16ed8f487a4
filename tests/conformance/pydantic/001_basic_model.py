# A model with typed fields: construction, attributes, repr, str, equality.
from pydantic import BaseModel


class User(BaseModel):
    id: int
    name: str
    email: str = "unknown@example.com"
    active: bool = True


ada = User(id=1, name="Ada")
print(repr(ada))
print(ada)
print(ada.id, ada.name, ada.email, ada.active)
print(ada == User(id=1, name="Ada"))
print(ada == User(id=2, name="Ada"))
print(ada == {"id": 1, "name": "Ada"})
print(list(User.model_fields))
print(dict(ada))
for name, value in ada:
    print(name, "->", value)
print(type(ada).__name__, isinstance(ada, BaseModel))
