# model_dump_json: compact JSON with no spaces, or indented; floats, bytes, None, unicode.
from typing import Optional

from pydantic import BaseModel


class Point(BaseModel):
    x: float
    y: float


class Shape(BaseModel):
    name: str
    points: list[Point]
    closed: bool = False
    data: bytes = b"raw"
    note: Optional[str] = None
    meta: dict[str, int] = {}
    empty: list[int] = []


s = Shape(name='tri "angle" é\n', points=[{"x": 0, "y": 1.5}, {"x": 1e20, "y": -1e-7}],
          meta={"a": 1})
print(s.model_dump_json())
print(s.model_dump_json(indent=2))
print(s.model_dump_json(exclude_none=True, include={"name", "note", "closed"}))
print(Point(x=0.1 + 0.2, y=float("inf")).model_dump_json())
print(type(s.model_dump_json()).__name__)
again = Shape.model_validate_json(s.model_dump_json())
print(again == s)
print(Point.model_validate_json('{"x": "1", "y": 2}'))
