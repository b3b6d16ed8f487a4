# APIRouters nested two deep: prefixes joined at include time, router-level and
# include-level dependencies run outermost first, a router included twice under two
# prefixes, the status_code of a nested route kept, and url_path_for by name.
import asyncio
from typing import Annotated

import httpx
from fastapi import APIRouter, Depends, FastAPI, Request

log = []


def dep(name):
    async def mark(request: Request):
        log.append(name)
    return mark


comments = APIRouter(prefix="/comments", tags=["comments"], dependencies=[Depends(dep("comments-router"))])


@comments.get("/", name="list_comments")
async def list_comments(post_id: int):
    return {"post": post_id, "comments": ["first!"]}


@comments.post("/{comment_id}/like", status_code=202, tags=["likes"])
async def like(post_id: int, comment_id: int):
    return {"post": post_id, "comment": comment_id, "liked": True}


posts = APIRouter(prefix="/posts", dependencies=[Depends(dep("posts-router"))])


@posts.get("/{post_id}", name="read_post")
async def read_post(post_id: int):
    return {"post": post_id}


posts.include_router(comments, prefix="/{post_id}", dependencies=[Depends(dep("include-comments"))])

app = FastAPI(dependencies=[Depends(dep("app"))])
app.include_router(posts, prefix="/api/v1", dependencies=[Depends(dep("include-v1"))])
app.include_router(posts, prefix="/api/v2", tags=["v2"])


async def main():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                 base_url="http://test") as client:
        for method, path in [("GET", "/api/v1/posts/7"), ("GET", "/api/v1/posts/7/comments/"),
                             ("POST", "/api/v1/posts/7/comments/3/like"),
                             ("GET", "/api/v2/posts/8/comments/"), ("GET", "/posts/7"),
                             ("GET", "/api/v1/posts/x/comments/")]:
            log.clear()
            r = await client.request(method, path)
            print(method, path, r.status_code, r.text, log)
    print(app.url_path_for("list_comments", post_id=5))
    print(app.url_path_for("read_post", post_id=9))


asyncio.run(main())
