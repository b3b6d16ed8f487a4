# CORSMiddleware on a FastAPI app: preflight requests answered by the middleware (allowed,
# or 400 naming what was refused), the Access-Control-* headers added to ordinary
# responses for allowed origins, and Vary: Origin on every response.
import asyncio

import httpx
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

strict = FastAPI()
strict.add_middleware(
    CORSMiddleware,
    allow_origins=["https://app.example.com"],
    allow_origin_regex=r"https://.*\.preview\.example\.com",
    allow_methods=["GET", "POST"],
    allow_headers=["X-Token"],
    allow_credentials=True,
    expose_headers=["X-Total"],
    max_age=300,
)
open_api = FastAPI()
open_api.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["*"],
                        allow_headers=["*"])


@strict.get("/items")
@open_api.get("/items")
async def items():
    return {"items": [1, 2]}


def cors_headers(response):
    return {k: v for k, v in sorted(response.headers.items())
            if k.startswith("access-control") or k == "vary"}


async def main():
    for name, app in [("strict", strict), ("open", open_api)]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://api") as client:
            for origin in ["https://app.example.com", "https://pr-7.preview.example.com",
                           "https://evil.example.org", None]:
                headers = {"Origin": origin} if origin else {}
                r = await client.get("/items", headers=headers)
                print(name, "GET", origin, r.status_code, cors_headers(r))
            for method, wanted in [("POST", "x-token"), ("DELETE", None),
                                   ("GET", "x-token, x-other")]:
                headers = {"Origin": "https://app.example.com",
                           "Access-Control-Request-Method": method}
                if wanted:
                    headers["Access-Control-Request-Headers"] = wanted
                r = await client.options("/items", headers=headers)
                print(name, "preflight", method, wanted, r.status_code, r.text, cors_headers(r))
            r = await client.options("/items", headers={
                "Origin": "https://evil.example.org", "Access-Control-Request-Method": "PUT"})
            print(name, "preflight evil", r.status_code, r.text)


asyncio.run(main())
