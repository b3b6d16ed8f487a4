# Nested models: dicts become models, and errors carry the full location.
from pydantic import BaseModel, ValidationError


class Address(BaseModel):
    street: str
    zip: int


class Person(BaseModel):
    name: str
    address: Address
    previous: list[Address] = []


p = Person(name="Ada", address={"street": "Main", "zip": "123"},
           previous=[Address(street="Old", zip=1), {"street": "Older", "zip": 2}])
print(repr(p))
print(p.address.zip, type(p.address).__name__, p.previous[1])
print(p.model_dump())
try:
    Person(name="Bob", address={"street": 5}, previous=[{"street": "x", "zip": "y"}, 7, {}])
except ValidationError as e:
    print(e)
    for err in e.errors():
        print(err["loc"], err["type"])
try:
    Person(name="Cy", address="nowhere")
except ValidationError as e:
    print(e.errors())
