# ValidationError: str, title, error_count, errors() with and without url/context/input.
from pydantic import BaseModel, Field, ValidationError


class Line(BaseModel):
    sku: str = Field(min_length=3)
    qty: int = Field(gt=0)


class Invoice(BaseModel):
    number: int
    lines: list[Line]


try:
    Invoice(number="INV-1", lines=[{"sku": "ab", "qty": 0}, {"qty": "two"}, "line"])
except ValidationError as e:
    print(type(e).__name__, isinstance(e, ValueError))
    print(e.title, e.error_count())
    print(str(e))
    for err in e.errors():
        print(err)
    print(e.errors(include_url=False, include_context=False, include_input=False))
try:
    Invoice(number=1, lines=[{"sku": "x" * 80, "qty": 1}])
except ValidationError as e:
    print(e)
