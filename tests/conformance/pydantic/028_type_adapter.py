# TypeAdapter: one type validated and dumped outside a model.
from typing import Optional

from pydantic import BaseModel, TypeAdapter, ValidationError


class Item(BaseModel):
    name: str
    qty: int = 1


items = TypeAdapter(list[Item])
parsed = items.validate_python([{"name": "tea"}, {"name": "cup", "qty": "2"}])
print(parsed)
print(items.dump_python(parsed))
print(items.dump_json(parsed))
print(TypeAdapter(list[int]).validate_python(["1", 2]), TypeAdapter(Optional[int]).validate_python(None))
print(TypeAdapter(dict[str, float]).validate_json('{"a": "1.5"}'))
for adapter, value in [(TypeAdapter(list[int]), ["x"]), (TypeAdapter(dict[str, float]), {"a": "b"}),
                       (items, [{"qty": 0}])]:
    try:
        adapter.validate_python(value)
    except ValidationError as e:
        print(e)
