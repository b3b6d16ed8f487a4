# Nested pydantic bodies and the 422 answers FastAPI builds from their errors: missing
# fields deep inside, wrong types in lists and dicts, Field constraints (gt, max_length,
# min_items, pattern), a model-level validator, and the `loc` paths that point at each.
import asyncio
from typing import Optional

import httpx
from fastapi import FastAPI
from pydantic import BaseModel, Field, field_validator

app = FastAPI()


class Address(BaseModel):
    street: str
    city: str = Field(max_length=10)
    zip_code: str = Field(pattern=r"^\d{5}$")


class Line(BaseModel):
    sku: str
    quantity: int = Field(gt=0, le=100)
    price: float = Field(ge=0)


class Order(BaseModel):
    customer: str = Field(min_length=1)
    address: Address
    lines: list[Line] = Field(min_length=1)
    notes: Optional[dict[str, int]] = None

    @field_validator("customer")
    @classmethod
    def no_digits(cls, v):
        if any(ch.isdigit() for ch in v):
            raise ValueError("customer must not contain digits")
        return v.title()


@app.post("/orders", status_code=201)
async def create(order: Order):
    total = sum(line.quantity * line.price for line in order.lines)
    return {"customer": order.customer, "city": order.address.city, "total": total,
            "notes": order.notes}


good_address = {"street": "1 Main St", "city": "Springs", "zip_code": "12345"}


async def main():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test") as client:
        for body in [
            {"customer": "ada lovelace", "address": good_address,
             "lines": [{"sku": "a", "quantity": 2, "price": 1.25}], "notes": {"gift": 1}},
            {"customer": "ada", "address": {"street": "x"}, "lines": [{"sku": "a"}]},
            {"customer": "ada", "address": {**good_address, "city": "Far Away Town", "zip_code": "1234"},
             "lines": [{"sku": "a", "quantity": 0, "price": -1}, {"sku": 5, "quantity": "many", "price": 1}]},
            {"customer": "r2d2", "address": good_address, "lines": []},
            {"customer": "", "address": "nowhere", "lines": "none", "notes": {"a": "x"}},
            {"customer": "bob", "address": good_address, "lines": [{"sku": "b", "quantity": 101, "price": "1e2"}]},
            [],
            None,
        ]:
            r = await client.post("/orders", json=body)
            print(r.status_code, r.text)


asyncio.run(main())
