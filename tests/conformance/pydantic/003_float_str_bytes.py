# Lax-mode float, str and bytes.
from pydantic import BaseModel, ValidationError


class Reading(BaseModel):
    value: float
    label: str = ""
    raw: bytes = b""


for kwargs in [{"value": 1}, {"value": "1.5"}, {"value": "-2"}, {"value": True},
               {"value": 2.5, "label": b"bytes become text"}, {"value": 0, "raw": "text"},
               {"value": 0, "raw": bytearray(b"xy")}]:
    print(Reading(**kwargs))

for kwargs in [{"value": "x"}, {"value": None}, {"value": [1.0]}, {"value": 1, "label": 5},
               {"value": 1, "label": 1.5}, {"value": 1, "label": None}, {"value": 1, "raw": 3}]:
    try:
        Reading(**kwargs)
    except ValidationError as e:
        print(e)
