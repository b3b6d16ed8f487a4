import json
from collections import Counter, OrderedDict, namedtuple

records = [
    {"id": 1, "name": "alpha", "score": 9.75, "tags": ["x", "y"]},
    {"id": 2, "name": "beta", "score": 7.0, "tags": []},
    {"id": 3, "name": "gamma\u00df", "score": -0.5, "tags": ["z"], "extra": None},
]
text = json.dumps(records, indent=2, sort_keys=True)
print(text)
back = json.loads(text)
print(back == records, [r["name"] for r in back])
Point = namedtuple("Point", "x y")
print(json.dumps({"counts": Counter("hello"), "point": Point(1, 2), "od": OrderedDict(b=1, a=2)}))
nested = {"level": 0}
cur = nested
for i in range(1, 6):
    cur["child"] = {"level": i}
    cur = cur["child"]
print(json.dumps(nested))
print(json.loads(json.dumps(nested))["child"]["child"]["level"])
