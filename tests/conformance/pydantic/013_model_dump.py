# model_dump: python and json modes, include/exclude, by_alias, exclude_none/unset/defaults.
from typing import Optional

from pydantic import BaseModel, Field


class Tag(BaseModel):
    label: str
    weight: Optional[float] = None


class Post(BaseModel):
    id: int
    title: str = Field(alias="postTitle")
    body: bytes = b""
    coords: tuple[int, int] = (0, 0)
    tags: list[Tag] = []
    extra: Optional[str] = None


post = Post(id=1, postTitle="Hi", tags=[{"label": "a", "weight": 1}, {"label": "b"}])
print(post.model_dump())
print(post.model_dump(mode="json"))
print(post.model_dump(by_alias=True))
print(post.model_dump(exclude_none=True))
print(post.model_dump(exclude_unset=True))
print(post.model_dump(exclude_defaults=True))
print(post.model_dump(include={"id", "title"}))
print(post.model_dump(exclude={"tags", "body"}))
print(post.model_dump(include={"tags": {0: {"label"}}}))
print(post.model_dump(exclude={"tags": {"__all__": {"weight"}}}, include={"tags"}))
print(post.title, post.model_fields_set == {"id", "title", "tags"})
