# computed_field, field_serializer (always / json only, with info) and model_serializer.
from datetime import datetime

from pydantic import BaseModel, computed_field, field_serializer, model_serializer


class Rect(BaseModel):
    w: int
    h: int
    at: datetime = datetime(2024, 1, 2)

    @computed_field
    @property
    def area(self) -> int:
        return self.w * self.h

    @computed_field(alias="Perimeter")
    def perimeter(self) -> int:
        return 2 * (self.w + self.h)

    @field_serializer("at")
    def ser_at(self, v):
        return v.strftime("%Y/%m/%d")

    @field_serializer("h", when_used="json")
    def ser_h(self, v, info):
        return f"{v}px"


r = Rect(w=2, h=3)
print(repr(r))
print(r)
print(r.model_dump())
print(r.model_dump(mode="json"))
print(r.model_dump_json())
print(r.model_dump(by_alias=True, exclude={"area"}), r.model_dump(include={"area", "w"}))
print(r.area, r.perimeter, list(Rect.model_fields), list(Rect.model_computed_fields))


class Envelope(BaseModel):
    a: int

    @model_serializer
    def ser(self):
        return {"wrapped": self.a}


class Outer(BaseModel):
    inner: Envelope


print(Envelope(a=1).model_dump(), Envelope(a=1).model_dump_json(), repr(Envelope(a=1)))
print(Outer(inner={"a": 2}).model_dump_json())
