# dict[K, V] and tuples: keys and values are validated; errors name the key.
from pydantic import BaseModel, ValidationError


class Table(BaseModel):
    scores: dict[str, int] = {}
    pair: tuple[int, str] = (0, "")
    many: tuple[float, ...] = ()
    anything: tuple = ()


print(Table(scores={"a": "1", "b": 2.0}, pair=["5", "five"], many=[1, "2.5"], anything=[1, "x"]))
for kwargs in [{"scores": {"a": "x", 2: 3}}, {"scores": [("a", 1)]}, {"pair": [1]},
               {"pair": (1, "a", 3)}, {"pair": ["x", 2]}, {"many": [1, "nope"]},
               {"anything": "ab"}]:
    try:
        Table(**kwargs)
    except ValidationError as e:
        print(e)
        print(e.errors(include_url=False))
