# Body models configured as API code configures them: camelCase aliases on input and
# output (response_model_by_alias on and off), `extra="forbid"` rejecting unknown keys,
# `str_strip_whitespace`, a computed default from default_factory, and a model_validator
# checking two fields together; each failure as FastAPI's 422.
import asyncio
from typing import Optional

import httpx
from fastapi import FastAPI
from pydantic import BaseModel, ConfigDict, Field, model_validator

app = FastAPI()


class Booking(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    guest_name: str = Field(alias="guestName", min_length=2)
    first_night: int = Field(alias="firstNight", ge=1)
    last_night: int = Field(alias="lastNight", ge=1)
    extras: list[str] = Field(default_factory=list)
    note: Optional[str] = None

    @model_validator(mode="after")
    def nights_in_order(self):
        if self.last_night < self.first_night:
            raise ValueError("lastNight is before firstNight")
        return self


class BookingOut(BaseModel):
    guest_name: str = Field(alias="guestName")
    nights: int


@app.post("/bookings", response_model=BookingOut)
async def book(booking: Booking):
    return {"guestName": booking.guest_name, "nights": booking.last_night - booking.first_night + 1}


@app.post("/bookings/snake", response_model=BookingOut, response_model_by_alias=False)
async def book_snake(booking: Booking):
    return BookingOut(guestName=booking.guest_name, nights=booking.last_night - booking.first_night + 1)


@app.post("/bookings/echo")
async def echo(booking: Booking):
    return booking


async def main():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test") as client:
        for path, body in [
            ("/bookings", {"guestName": "  Ada  ", "firstNight": 3, "lastNight": 5}),
            ("/bookings/snake", {"guestName": "Bob", "firstNight": 1, "lastNight": 1}),
            ("/bookings/echo", {"guestName": "Cy", "firstNight": 1, "lastNight": 2, "extras": ["cot"]}),
            ("/bookings", {"guest_name": "Ada", "first_night": 1, "last_night": 2}),
            ("/bookings", {"guestName": "Ada", "firstNight": 4, "lastNight": 2}),
            ("/bookings", {"guestName": " A ", "firstNight": 0, "lastNight": 2, "pets": 1}),
        ]:
            r = await client.post(path, json=body)
            print(path, r.status_code, r.text)


asyncio.run(main())
