# Enum fields (by value in lax mode), a self-referencing model, string annotations.
from __future__ import annotations

import enum
from typing import List

from pydantic import BaseModel, ValidationError


class Color(enum.Enum):
    RED = "red"
    GREEN = "green"


class Level(int, enum.Enum):
    LOW = 1
    HIGH = 2


class Node(BaseModel):
    value: int
    children: List[Node] = []
    color: Color = Color.RED
    level: Level = Level.LOW


tree = Node(value=1, color="green", level=2, children=[{"value": 2, "children": [{"value": "3"}]}])
print(repr(tree))
print(tree.children[0].children[0].value, tree.color is Color.GREEN)
print(tree.model_dump())
print(tree.model_dump(mode="json"))
print(tree.model_dump_json())
for kwargs in [{"value": 1, "children": [{"value": 2, "children": [{"value": "x"}]}]},
               {"value": 1, "color": "blue", "level": "3"}]:
    try:
        Node(**kwargs)
    except ValidationError as e:
        print(e)
print(Node.model_fields["children"])
