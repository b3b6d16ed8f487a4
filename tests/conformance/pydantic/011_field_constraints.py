# Field constraints: gt/ge/lt/le on numbers, min_length/max_length on strings and lists.
from pydantic import BaseModel, Field, ValidationError


class Product(BaseModel):
    name: str = Field(min_length=2, max_length=8)
    price: float = Field(gt=0, le=1000)
    stock: int = Field(0, ge=0, lt=100)
    tags: list[str] = Field(default_factory=list, max_length=2)
    code: str = Field("ab", min_length=1)


print(Product(name="Tea", price="2.5", stock="7", tags=["a"]))
for kwargs in [{"name": "T", "price": 0}, {"name": "Tea pot set!", "price": 1001, "stock": 100},
               {"name": "ok", "price": 1, "stock": -1, "tags": ["a", "b", "c"]},
               {"name": "ok", "price": 1, "code": ""}, {"name": "xy", "price": "free"}]:
    try:
        Product(**kwargs)
    except ValidationError as e:
        print(e)
        print([err.get("ctx") for err in e.errors()])
print(Product.model_fields["price"])
