# HTML forms as a tutorial handles them: Form fields (required, defaulted, typed and
# constrained, bools spelled as checkboxes send them), a form model-like group of fields
# with Annotated aliases, and the 422s for missing or invalid form parts.
import asyncio
from typing import Annotated, Optional

import httpx
from fastapi import FastAPI, Form

app = FastAPI()


@app.post("/contact")
async def contact(name: Annotated[str, Form()], age: Annotated[int, Form(ge=0)] = 0,
                  newsletter: Annotated[bool, Form()] = False):
    return {"name": name, "age": age, "newsletter": newsletter}


@app.post("/search")
def search(query: Annotated[str, Form(min_length=2, alias="q")],
           page: Annotated[Optional[int], Form()] = None,
           topics: Annotated[list[str], Form()] = []):
    return {"query": query, "page": page, "topics": topics}


async def main():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test") as client:
        for data in [{"name": "Ada", "age": "36", "newsletter": "on"}, {"name": "Bob"},
                     {"age": "-1"}, {"name": "Cy", "age": "old", "newsletter": "maybe"},
                     {"name": "", "age": ""}]:
            r = await client.post("/contact", data=data)
            print("contact", data, r.status_code, r.text)
        for data in [{"q": "fastapi", "page": "2", "topics": ["web", "async"]}, {"q": "x"},
                     {"query": "fastapi"}, {"q": "ok", "page": "two"}]:
            r = await client.post("/search", data=data)
            print("search", data, r.status_code, r.text)
        r = await client.post("/contact", json={"name": "Ada"})
        print("json to a form", r.status_code, r.text)


asyncio.run(main())
