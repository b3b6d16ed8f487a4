# Values beyond str and int in request bodies, paths and query strings: dates and
# datetimes parsed from ISO text (and rejected when malformed), UUIDs (and the ways a
# UUID's text can be wrong), Decimals, Literal choices, how each comes back out as JSON,
# and date arithmetic done by the endpoint.
import asyncio
import datetime
import decimal
import uuid
from typing import Literal, Optional

import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Event(BaseModel):
    id: uuid.UUID
    title: str
    day: datetime.date
    starts: datetime.datetime
    price: decimal.Decimal
    kind: Literal["talk", "workshop"] = "talk"
    ends: Optional[datetime.datetime] = None


@app.post("/events")
async def create(event: Event):
    return {"event": event, "weekday": event.day.strftime("%A"),
            "next_day": event.day + datetime.timedelta(days=1),
            "price_with_tax": event.price * decimal.Decimal("1.2")}


@app.get("/events/{event_id}")
async def read_event(event_id: uuid.UUID):
    return {"id": event_id, "version": event_id.version, "hex": event_id.hex}


@app.get("/calendar")
async def calendar(start: datetime.date, days: int = 1, kind: Literal["talk", "workshop", "any"] = "any"):
    return {"days": [start + datetime.timedelta(days=i) for i in range(days)], "kind": kind}


async def main():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test") as client:
        for body in [
            {"id": "12345678-1234-5678-1234-567812345678", "title": "Intro", "day": "2024-02-28",
             "starts": "2024-02-28T09:30:00", "price": "10.50", "kind": "workshop"},
            {"id": "12345678123456781234567812345678", "title": "Tz", "day": "2024-12-31",
             "starts": "2024-12-31T23:00:00+02:00", "price": 3, "ends": "2025-01-01T01:00:00Z"},
            {"id": "00000000-0000-0000-0000-000000000001", "title": "Bad", "day": "2024-02-30", "starts": "yesterday",
             "price": "ten", "kind": "party"},
        ]:
            r = await client.post("/events", json=body)
            print(r.status_code, r.text)
        for path in ["/calendar?start=2024-02-27&days=3", "/calendar?start=2024-13-01",
                     "/calendar?start=2024-01-01&kind=talk", "/calendar?start=2024-01-01&kind=film",
                     "/events/12345678-1234-4678-9234-567812345678", "/events/{12345678-1234-4678-9234-567812345678}",
                     "/events/123e4567e89b12d3a456426614174000", "/events/not-a-uuid", "/events/1234",
                     "/events/12345678-1234-5678-1234-56781234567", "/events/12345678-12345678-1234-567812345678",
                     "/events/1234567x-1234-5678-1234-567812345678"]:
            r = await client.get(path)
            print(path, r.status_code, r.text)


asyncio.run(main())
