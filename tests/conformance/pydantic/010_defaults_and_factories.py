# Defaults are copied per instance; default_factory is called for each one.
from pydantic import BaseModel, Field

counter = 0


def next_id():
    global counter
    counter += 1
    return counter


class Order(BaseModel):
    id: int = Field(default_factory=next_id)
    items: list[str] = []
    notes: dict[str, str] = Field(default_factory=dict)
    status: str = Field("new", description="where the order is")


a = Order()
b = Order()
a.items.append("tea")
a.notes["k"] = "v"
print(a)
print(b)
print(Order(id=10, items=["x"]))
print(Order.model_fields["status"])
print(repr(Order.model_fields["status"]))
print(Order.model_fields["id"].is_required(), Order.model_fields["status"].default)
