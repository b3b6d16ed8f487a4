# datetime, date, UUID and Decimal fields: lax parsing, timestamps, JSON as ISO text.
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from uuid import UUID

from pydantic import BaseModel, ValidationError


class Event(BaseModel):
    at: datetime = datetime(2020, 1, 1)
    day: date = date(2020, 1, 1)
    id: UUID = UUID(int=1)
    price: Decimal = Decimal("0")


for kwargs in [{"at": "2024-05-06T07:08:09"}, {"at": "2024-01-02"}, {"at": "2024-01-02 03:04"},
               {"at": "2024-05-06T07:08:09Z", "day": "2024-02-03"},
               {"at": "2024-05-06T07:08:09.5+01:00"}, {"at": 1700000000}, {"at": 1.5},
               {"at": datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=timezone(timedelta(hours=2)))},
               {"day": datetime(2024, 1, 2)}, {"day": date(2024, 5, 6)},
               {"id": "12345678-1234-5678-1234-567812345678"},
               {"price": "1.50"}, {"price": 2}, {"price": 1.5}]:
    event = Event(**kwargs)
    print(repr(event))
    print(event.model_dump_json())
    print(event.model_dump(mode="json"))
for kwargs in [{"at": None}, {"at": "nope"}, {"at": "2024-13-01T00:00:00"},
               {"day": "2024-02-30"}, {"day": "x"}, {"day": None},
               {"day": datetime(2024, 1, 2, 3)}, {"id": 5}, {"price": "x"}, {"price": None}]:
    try:
        Event(**kwargs)
    except ValidationError as e:
        print(e)
