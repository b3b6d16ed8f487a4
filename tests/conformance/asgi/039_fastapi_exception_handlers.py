# Exceptions and their handlers: HTTPException with headers and a dict detail, a custom
# exception class with its own handler, handlers that override Starlette's HTTPException
# (so 404s for unknown paths pass through them too) and RequestValidationError (showing
# the rejected body), and FastAPI's default handlers reused from a custom one.
import asyncio

import httpx
from fastapi import FastAPI, HTTPException, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

app = FastAPI()
log = []


class OutOfStock(Exception):
    def __init__(self, sku, wanted):
        self.sku = sku
        self.wanted = wanted


class OutOfStockSoon(OutOfStock):
    pass


class Order(BaseModel):
    sku: str
    quantity: int


@app.exception_handler(OutOfStock)
async def out_of_stock(request: Request, exc: OutOfStock):
    return JSONResponse(status_code=409, content={"error": "out_of_stock", "sku": exc.sku,
                                                  "wanted": exc.wanted, "kind": type(exc).__name__})


@app.exception_handler(StarletteHTTPException)
async def logged_http_error(request: Request, exc: StarletteHTTPException):
    log.append(f"http {exc.status_code} at {request.url.path}")
    if exc.status_code == 418:
        return PlainTextResponse(f"teapot says {exc.detail}", status_code=418)
    return await http_exception_handler(request, exc)


@app.exception_handler(RequestValidationError)
async def validation(request: Request, exc: RequestValidationError):
    if request.url.path == "/orders/plain":
        return await request_validation_exception_handler(request, exc)
    return JSONResponse(status_code=400, content=jsonable_encoder(
        {"errors": [{"loc": e["loc"], "type": e["type"]} for e in exc.errors()], "body": exc.body}))


@app.get("/stock/{sku}")
async def stock(sku: str, wanted: int = 1):
    if sku == "teapot":
        raise HTTPException(status_code=418, detail="short and stout")
    if sku == "locked":
        raise HTTPException(status_code=423, detail={"reason": "locked", "until": "monday"},
                            headers={"Retry-After": "3600", "X-Reason": "locked"})
    if wanted > 10:
        raise OutOfStock(sku, wanted)
    if wanted > 5:
        raise OutOfStockSoon(sku, wanted)
    return {"sku": sku, "wanted": wanted}


@app.post("/orders")
async def order(order: Order):
    return order


@app.post("/orders/plain")
async def order_plain(order: Order):
    return order


async def main():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test") as client:
        for method, path, kwargs in [
            ("GET", "/stock/pen", {}), ("GET", "/stock/teapot", {}), ("GET", "/stock/locked", {}),
            ("GET", "/stock/pen?wanted=11", {}), ("GET", "/stock/pen?wanted=7", {}),
            ("GET", "/stock/pen?wanted=x", {}), ("GET", "/nowhere", {}), ("DELETE", "/stock/pen", {}),
            ("POST", "/orders", {"json": {"sku": "a", "quantity": "lots"}}),
            ("POST", "/orders", {"json": {"quantity": 1, "extra": True}}),
            ("POST", "/orders/plain", {"json": {"sku": "a"}}),
            ("POST", "/orders", {"json": {"sku": "a", "quantity": 3}}),
        ]:
            log.clear()
            r = await client.request(method, path, **kwargs)
            print(method, path, r.status_code, r.text, r.headers.get("retry-after"),
                  r.headers.get("x-reason"), r.headers.get("allow"), log)


asyncio.run(main())
