# Sub-dependencies and the per-request cache: a dependency shared by two others is called
# once per request (and again on the next request), `use_cache=False` calls it again,
# `dependencies=[...]` on the decorator runs ones whose values are not needed, class
# dependencies with `Depends()` shorthand, and query parameters gathered from every level.
import asyncio
from typing import Annotated, Optional

import httpx
from fastapi import Depends, FastAPI, Header, HTTPException, Query

app = FastAPI()
calls = []


def get_settings():
    calls.append("settings")
    return {"prefix": "v1"}


def get_tenant(settings: Annotated[dict, Depends(get_settings)], tenant: str = "public"):
    calls.append("tenant")
    return f"{settings['prefix']}:{tenant}"


async def get_lang(settings: Annotated[dict, Depends(get_settings)],
                   accept_language: Annotated[Optional[str], Header()] = None):
    calls.append("lang")
    return (accept_language or "en").split(",")[0]


def fresh_settings(s: Annotated[dict, Depends(get_settings, use_cache=False)]):
    calls.append("fresh")
    return s


async def require_key(x_key: Annotated[str, Header()]):
    calls.append("key")
    if x_key != "k":
        raise HTTPException(403, "bad key")


class Pager:
    def __init__(self, page: int = 1, per_page: Annotated[int, Query(le=100)] = 20):
        calls.append("pager")
        self.page = page
        self.per_page = per_page

    @property
    def offset(self):
        return (self.page - 1) * self.per_page


@app.get("/reports", dependencies=[Depends(require_key), Depends(get_settings)])
def reports(tenant: Annotated[str, Depends(get_tenant)], lang: Annotated[str, Depends(get_lang)],
            pager: Annotated[Pager, Depends()], fresh: Annotated[dict, Depends(fresh_settings)]):
    return {"tenant": tenant, "lang": lang, "offset": pager.offset, "per_page": pager.per_page,
            "fresh": fresh}


async def main():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test") as client:
        for path, headers in [
            ("/reports", {"X-Key": "k"}),
            ("/reports?tenant=acme&page=3&per_page=10", {"X-Key": "k", "Accept-Language": "fr,en"}),
            ("/reports", {"X-Key": "wrong"}),
            ("/reports?page=x&per_page=500", {}),
        ]:
            calls.clear()
            r = await client.get(path, headers=headers)
            print(path, r.status_code, r.text)
            print("    calls:", calls)


asyncio.run(main())
